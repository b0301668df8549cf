/**
 * The one permission map. The API's guards enforce it; the web app reads the same
 * map to hide what a user may not do. Editors' write permissions are scoped to
 * their own Sachgebiete (see `mayActOnSachgebiet`).
 */

export const ROLES = ['agent', 'teamlead', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Staff search, staff detail incl. internal notes, staff catalog lists. */
  'staff:read',
  /** Create Leistungen and edit their working revisions (editors: own Sachgebiete). */
  'leistung:edit',
  /** Release or reject another person's revision (editors: own Sachgebiete). */
  'leistung:release',
  /** Archive and delete Leistungen (editors: own Sachgebiete). */
  'leistung:delete',
  /** Confirm a Leistung is still correct without changing it (Wiedervorlage). */
  'leistung:confirm',
  /** Report feedback on a Leistung. */
  'feedback:create',
  /** Answer and close feedback (editors: own Sachgebiete). */
  'feedback:answer',
  /** Users and roles. */
  'user:manage',
  /** Sachgebiete, Standorte, Lebenslagen. */
  'catalog:manage',
  /** Read and export the audit log. */
  'audit:read',
  /** Rebuild search indexes, see the outbox. */
  'system:manage',
  /** Log a citizen contact (channel, topic, outcome; no personal data). */
  'contact:create',
  /** Forward a citizen's concern to a Sachgebiet and follow the forwardings up. */
  'forwarding:create',
  /** Mark a forwarding answered (editors: own Sachgebiete). */
  'forwarding:answer',
  /** The controlling dashboard: aggregated service-center figures. */
  'controlling:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  agent: [
    'staff:read',
    'feedback:create',
    'contact:create',
    'forwarding:create',
  ],
  /**
   * Teamleitung of the service center: works at the desk like an agent and reads
   * the controlling figures (aggregates only). Not the Postausgang: its mails hold
   * the callers' callback details, which only admins (system:manage) may read;
   * the forwardings list is open to agents already (forwarding:create).
   */
  teamlead: [
    'staff:read',
    'feedback:create',
    'contact:create',
    'forwarding:create',
    'controlling:read',
  ],
  editor: [
    'staff:read',
    'feedback:create',
    'contact:create',
    'forwarding:create',
    'forwarding:answer',
    'leistung:edit',
    'leistung:release',
    'leistung:delete',
    'leistung:confirm',
    'feedback:answer',
  ],
  admin: PERMISSIONS,
};

/** Permissions that editors hold only for Leistungen of their own Sachgebiete. */
export const SACHGEBIET_SCOPED: readonly Permission[] = [
  'leistung:edit',
  'leistung:release',
  'leistung:delete',
  'leistung:confirm',
  'feedback:answer',
  'forwarding:answer',
];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Codes of the Sachgebiete an editor is responsible for. */
  sachgebiete: string[];
}

export function hasPermission(
  user: Pick<SessionUser, 'role'> | null | undefined,
  permission: Permission,
): boolean {
  return !!user && ROLE_PERMISSIONS[user.role].includes(permission);
}

/**
 * Whether the user may use `permission` on something owned by `sachgebietCode`.
 * Admins may everywhere; editors only in their own Sachgebiete; a Leistung without
 * a Sachgebiet is only for admins.
 */
export function mayActOnSachgebiet(
  user: SessionUser | null | undefined,
  permission: Permission,
  sachgebietCode: string | null | undefined,
): boolean {
  if (!user || !hasPermission(user, permission)) {
    return false;
  }
  if (user.role === 'admin' || !SACHGEBIET_SCOPED.includes(permission)) {
    return true;
  }
  return !!sachgebietCode && user.sachgebiete.includes(sachgebietCode);
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  sachgebiete: string[];
  createdAt: string;
}

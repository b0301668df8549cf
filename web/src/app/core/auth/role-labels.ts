import type { Role } from '@auskunft/contracts';

/** Roles as the staff call them: by the team they work in. */
export const ROLE_LABELS: Record<Role, string> = {
  agent: 'Auskunftsplatz',
  teamlead: 'Teamleitung',
  editor: 'Redaktion',
  admin: 'Administration',
};

/**
 * Route paths as constants, so route configs and links cannot drift apart.
 * Kept free of component imports: shared components import it without
 * pulling lazy areas into the initial bundle.
 */

/** Who is looking: citizens get the public index, agents the staff index. */
export type Audience = 'public' | 'staff';

export const LEISTUNGEN_SEGMENT = 'leistungen';

export const PUBLIC_PATHS = {
  search: '',
  leistung: `${LEISTUNGEN_SEGMENT}/:slug`,
  aToZ: 'a-z',
  lebenslage: 'lebenslagen/:slug',
  sachgebiete: 'sachgebiete',
  sachgebiet: 'sachgebiete/:code',
  accessibility: 'barrierefreiheit',
  easyLanguage: 'leichte-sprache',
} as const;

/** Router commands for the public browse and information pages. */
export const PUBLIC_LINKS = {
  aToZ: ['/', PUBLIC_PATHS.aToZ],
  sachgebiete: ['/', PUBLIC_PATHS.sachgebiete],
  accessibility: ['/', PUBLIC_PATHS.accessibility],
  easyLanguage: ['/', PUBLIC_PATHS.easyLanguage],
} as const;

export function lebenslageLink(slug: string): string[] {
  return ['/', 'lebenslagen', slug];
}

export function sachgebietLink(code: string): string[] {
  return ['/', PUBLIC_PATHS.sachgebiete, code];
}

/** Service-center operations: the controlling dashboard and the answer link of a Weiterleitung. */
export const CONTROLLING_PATH = 'controlling';
export const MAIL_OUTBOX_PATH = 'postausgang';
export const FORWARDING_ANSWER_ROOT = 'weiterleitungen';
export const FORWARDING_ANSWER_PATH = `${FORWARDING_ANSWER_ROOT}/:token/erledigt`;

/** The staff sign-in page; guards and the session interceptor send people here. */
export const LOGIN_PATH = 'anmelden';

export const DESK_PATHS = {
  root: 'desk',
  search: '',
  leistung: `${LEISTUNGEN_SEGMENT}/:id`,
  forwardings: 'weiterleitungen',
} as const;

/** The editors' area: dashboard, the Leistung editor and its history. */
export const NEW_SEGMENT = 'neu';
export const HISTORY_SEGMENT = 'verlauf';

export const EDITOR_PATHS = {
  root: 'editor',
  dashboard: '',
  newLeistung: `${LEISTUNGEN_SEGMENT}/${NEW_SEGMENT}`,
  leistung: `${LEISTUNGEN_SEGMENT}/:id`,
  history: `${LEISTUNGEN_SEGMENT}/:id/${HISTORY_SEGMENT}`,
} as const;

/** Router commands for the editors' dashboard. */
export function editorDashboardLink(): string[] {
  return ['/', EDITOR_PATHS.root];
}

/** Router commands for the editor of one Leistung, or for a new one without an id. */
export function editorLeistungLink(id?: string): string[] {
  return ['/', EDITOR_PATHS.root, LEISTUNGEN_SEGMENT, id ?? NEW_SEGMENT];
}

/** Router commands for the revision history of one Leistung. */
export function editorHistoryLink(id: string): string[] {
  return ['/', EDITOR_PATHS.root, LEISTUNGEN_SEGMENT, id, HISTORY_SEGMENT];
}

/** Router commands for an audience's search page. */
export function searchLink(audience: Audience): string[] {
  return audience === 'public' ? ['/'] : ['/', DESK_PATHS.root];
}

/** Citizens address a Leistung by its readable slug, agents by its stable id. */
export function leistungLink(
  audience: Audience,
  leistung: { id: string; slug: string },
): string[] {
  return audience === 'public'
    ? ['/', LEISTUNGEN_SEGMENT, leistung.slug]
    : ['/', DESK_PATHS.root, LEISTUNGEN_SEGMENT, leistung.id];
}

/** Router commands for the sign-in page. */
export function loginLink(): string[] {
  return ['/', LOGIN_PATH];
}

/** Where staff land after signing in when no page asked for them. */
export const STAFF_HOME_URL = `/${DESK_PATHS.root}`;

/** The administration area: users, the catalog (Sachgebiete, Standorte, Lebenslagen), the audit log, imports. */
export const ADMIN_PATHS = {
  root: 'admin',
  users: 'benutzer',
  sachgebiete: 'sachgebiete',
  standorte: 'standorte',
  lebenslagen: 'lebenslagen',
  audit: 'protokoll',
  import: 'import',
  /** Child segment of a catalog list for a new entry; edits use the entry's id. */
  create: NEW_SEGMENT,
} as const;

export type AdminSection = Exclude<keyof typeof ADMIN_PATHS, 'root' | 'create'>;

/** Router commands for an admin page; pass an id (or ADMIN_PATHS.create) for a catalog form. */
export function adminLink(section: AdminSection, entry?: string): string[] {
  const link = ['/', ADMIN_PATHS.root, ADMIN_PATHS[section]];
  return entry ? [...link, entry] : link;
}

/** Feedback on Leistungen: agents' own reports, editors' inbox. */
export const FEEDBACK_PATH = 'rueckmeldungen';

export function feedbackLink(): string[] {
  return ['/', FEEDBACK_PATH];
}

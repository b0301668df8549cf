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
} as const;

/** The staff sign-in page; guards and the session interceptor send people here. */
export const LOGIN_PATH = 'anmelden';

export const DESK_PATHS = {
  root: 'desk',
  search: '',
  leistung: `${LEISTUNGEN_SEGMENT}/:id`,
} as const;

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

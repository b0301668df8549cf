import type { Router, UrlTree } from '@angular/router';
import { LOGIN_PATH } from '../../paths';

/** Why someone was sent to the sign-in page; travels as navigation `info`, not in the URL. */
export type LoginReason = 'session-expired' | 'signed-out' | 'forbidden';

export interface LoginNavigationInfo {
  loginReason: LoginReason;
}

const LOGIN_REASONS: readonly LoginReason[] = [
  'session-expired',
  'signed-out',
  'forbidden',
];

/** Only for parsing; any host but ours would do. */
const PARSE_BASE = 'https://auskunft.invalid';
const MAX_RETURN_URL_LENGTH = 2000;

/**
 * `returnUrl` comes from the address bar, so anyone can craft it. Only paths
 * inside this app pass: one leading slash, no scheme, no "//host" or "/\host"
 * (browsers treat both as another site), no control characters (parsers drop
 * tabs and newlines, turning "/\t/evil" into "//evil"). The login page itself
 * is refused as well, so signing in cannot loop.
 */
export function safeReturnUrl(value: unknown): string | null {
  if (
    typeof value !== 'string' ||
    value.length > MAX_RETURN_URL_LENGTH ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\') ||
    hasControlCharacter(value)
  ) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(value, PARSE_BASE);
  } catch {
    return null;
  }
  // A second opinion from the browser's own parser: the URL must stay on our origin.
  if (parsed.origin !== PARSE_BASE || isLoginPath(parsed.pathname)) {
    return null;
  }
  return value;
}

/** Whether an app URL ("/anmelden?returnUrl=…") is the sign-in page. */
export function isLoginUrl(url: string): boolean {
  try {
    return isLoginPath(new URL(url, PARSE_BASE).pathname);
  } catch {
    return false;
  }
}

/** The sign-in page, carrying the page to return to when it is safe to. */
export function loginUrl(router: Router, returnUrl?: string | null): UrlTree {
  const safe = safeReturnUrl(returnUrl);
  return router.createUrlTree(
    ['/', LOGIN_PATH],
    safe ? { queryParams: { returnUrl: safe } } : {},
  );
}

export function loginInfo(loginReason: LoginReason): LoginNavigationInfo {
  return { loginReason };
}

export function loginReasonOf(info: unknown): LoginReason | null {
  if (typeof info !== 'object' || info === null || !('loginReason' in info)) {
    return null;
  }
  const reason = info.loginReason;
  return LOGIN_REASONS.find((known) => known === reason) ?? null;
}

function isLoginPath(pathname: string): boolean {
  const first = pathname.split('/')[1] ?? '';
  // Matrix parameters (";x=1") still address the same route.
  return first.split(';')[0] === LOGIN_PATH;
}

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) {
      return true;
    }
  }
  return false;
}

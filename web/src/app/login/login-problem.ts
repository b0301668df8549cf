import { HttpErrorResponse } from '@angular/common/http';
import type { LoginRequest } from '@auskunft/contracts';
import { toApiProblem } from '../core/api/api-problem';

export type LoginField = keyof LoginRequest;

/** A failed sign-in: either fields to correct, or one sentence for the whole form. */
export type LoginProblem =
  | { kind: 'fields'; fields: LoginField[] }
  | { kind: 'message'; message: string };

const LOGIN_FIELDS: readonly LoginField[] = ['username', 'password'];

export const WRONG_CREDENTIALS = 'Benutzername oder Passwort ist falsch.';
const MISSING_INPUT = 'Bitte geben Sie Benutzername und Passwort ein.';
const SERVER_FAILURE =
  'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es später erneut.';

export function toLoginProblem(error: unknown): LoginProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'message', message: SERVER_FAILURE };
  }
  switch (error.status) {
    case 401:
      // The API's own text may change; this sentence is the one users should read.
      return { kind: 'message', message: WRONG_CREDENTIALS };
    case 429:
      return { kind: 'message', message: lockedMessage(retryAfter(error)) };
    case 400: {
      const fields = invalidFields(error.error);
      return fields.length
        ? { kind: 'fields', fields }
        : { kind: 'message', message: MISSING_INPUT };
    }
    case 0:
      return { kind: 'message', message: toApiProblem(error).message };
    default:
      return { kind: 'message', message: SERVER_FAILURE };
  }
}

/** Whole minutes, rounded up: "in 0 Minuten" would invite a retry that fails again. */
export function lockedMessage(retryAfterSeconds: number | null): string {
  if (retryAfterSeconds === null) {
    return 'Zu viele Fehlversuche. Die Anmeldung ist vorübergehend gesperrt. Bitte versuchen Sie es später erneut.';
  }
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const unit = minutes === 1 ? 'Minute' : 'Minuten';
  return `Zu viele Fehlversuche. Die Anmeldung ist gesperrt. Bitte versuchen Sie es in ${minutes} ${unit} erneut.`;
}

/** The body's retryAfterSeconds, else the standard Retry-After header (seconds). */
function retryAfter(error: HttpErrorResponse): number | null {
  const body: unknown = error.error;
  if (
    typeof body === 'object' &&
    body !== null &&
    'retryAfterSeconds' in body &&
    typeof body.retryAfterSeconds === 'number' &&
    Number.isFinite(body.retryAfterSeconds)
  ) {
    return body.retryAfterSeconds;
  }
  const header = error.headers.get('Retry-After');
  const seconds = header ? Number(header) : Number.NaN;
  return Number.isFinite(seconds) ? seconds : null;
}

function invalidFields(body: unknown): LoginField[] {
  if (
    typeof body !== 'object' ||
    body === null ||
    !('fields' in body) ||
    typeof body.fields !== 'object' ||
    body.fields === null
  ) {
    return [];
  }
  const named = Object.keys(body.fields);
  return LOGIN_FIELDS.filter((field) => named.includes(field));
}

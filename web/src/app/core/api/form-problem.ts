import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@auskunft/contracts';
import { toApiProblem } from './api-problem';

/**
 * A failed save, reduced to what a form needs: fields the server rejected
 * (400 with `fields`), a conflict (409, e.g. a code already taken or an entry
 * still in use), or one German sentence for everything else.
 */
export type FormProblem =
  | { kind: 'fields'; fields: Record<string, string[]> }
  | { kind: 'conflict' }
  | { kind: 'message'; message: string };

export function toFormProblem(error: unknown): FormProblem {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 409) {
      return { kind: 'conflict' };
    }
    const fields = fieldsOf(error.error);
    if (error.status === 400 && fields) {
      return { kind: 'fields', fields };
    }
  }
  return { kind: 'message', message: toApiProblem(error).message };
}

function fieldsOf(body: unknown): Record<string, string[]> | null {
  if (typeof body !== 'object' || body === null || !('fields' in body)) {
    return null;
  }
  const fields = (body as ApiError).fields;
  return fields && Object.keys(fields).length > 0 ? fields : null;
}

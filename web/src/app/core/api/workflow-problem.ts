import { HttpErrorResponse } from '@angular/common/http';
import type { VersionConflict } from '@auskunft/contracts';
import { toApiProblem } from './api-problem';

/** The 409 of a save based on a stale version, with who changed it and when. */
export function versionConflictOf(error: unknown): VersionConflict | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
    return null;
  }
  const body: unknown = error.error;
  if (
    typeof body !== 'object' ||
    body === null ||
    !('currentVersion' in body) ||
    typeof body.currentVersion !== 'number'
  ) {
    return null;
  }
  const conflict = body as Partial<VersionConflict>;
  return {
    statusCode: 409,
    message: typeof conflict.message === 'string' ? conflict.message : '',
    currentVersion: body.currentVersion,
    changedBy: conflict.changedBy ?? null,
    changedAt: conflict.changedAt ?? null,
  };
}

/** Field path → messages of a 400 validation error, or null for any other failure. */
export function validationFieldsOf(
  error: unknown,
): Record<string, string[]> | null {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) {
    return null;
  }
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null || !('fields' in body)) {
    return null;
  }
  const fields = body.fields;
  return typeof fields === 'object' && fields !== null
    ? (fields as Record<string, string[]>)
    : null;
}

/**
 * One German sentence for a failed workflow action. The API words refusals of
 * the workflow (403: four-eyes rule, foreign Sachgebiet; 409: wrong state) for
 * users, so those are shown as they come; everything else is generic.
 */
export function workflowProblemMessage(error: unknown): string {
  if (
    error instanceof HttpErrorResponse &&
    (error.status === 403 || error.status === 409)
  ) {
    const body: unknown = error.error;
    if (
      typeof body === 'object' &&
      body !== null &&
      'message' in body &&
      typeof body.message === 'string' &&
      body.message.trim()
    ) {
      return body.message;
    }
  }
  return toApiProblem(error).message;
}

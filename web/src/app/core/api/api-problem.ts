import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@auskunft/contracts';
import { germanServerMessage } from '../../shared/forms/server-messages';

export type ApiProblemKind =
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'offline'
  | 'server';

/** A failed request reduced to what the UI needs: which case, and a German sentence. */
export interface ApiProblem {
  kind: ApiProblemKind;
  message: string;
}

const MESSAGES: Record<ApiProblemKind, string> = {
  'not-found': 'Der Eintrag wurde nicht gefunden.',
  unauthorized: 'Bitte melden Sie sich an, um diesen Bereich zu nutzen.',
  forbidden: 'Sie haben keine Berechtigung für diesen Bereich.',
  'bad-request': 'Die Anfrage war ungültig.',
  offline: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
  server:
    'Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
};

export function toApiProblem(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { kind: 'server', message: MESSAGES.server };
  }
  const kind = kindOf(error.status);
  // Only validation messages are meant for users; other API texts may be English internals.
  const detail = kind === 'bad-request' ? validationDetail(error.error) : '';
  return {
    kind,
    message: detail ? `${MESSAGES[kind]} ${detail}` : MESSAGES[kind],
  };
}

function kindOf(status: number): ApiProblemKind {
  switch (status) {
    case 0:
      return 'offline';
    case 400:
      return 'bad-request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    default:
      return 'server';
  }
}

function validationDetail(body: unknown): string {
  if (!isApiError(body)) {
    return '';
  }
  if (body.fields && Object.keys(body.fields).length > 0) {
    // The field's name stays in front: this sentence is shown away from the form.
    return Object.entries(body.fields)
      .flatMap(([path, messages]) =>
        messages.map((message) => {
          const german = germanServerMessage(message);
          return german === message ? message : `${path}: ${german}`;
        }),
      )
      .join(' ');
  }
  return Array.isArray(body.message) ? body.message.join(' ') : body.message;
}

function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    'statusCode' in body &&
    'message' in body
  );
}

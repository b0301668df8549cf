import { HttpErrorResponse } from '@angular/common/http';
import { toApiProblem } from './api-problem';

describe(toApiProblem.name, () => {
  it('maps 404 to "not-found"', () => {
    expect(toApiProblem(new HttpErrorResponse({ status: 404 })).kind).toBe(
      'not-found',
    );
  });

  it('maps status 0 (no connection) to "offline"', () => {
    expect(toApiProblem(new HttpErrorResponse({ status: 0 })).kind).toBe(
      'offline',
    );
  });

  it('maps 401 and 403 to sign-in and permission problems', () => {
    expect(toApiProblem(new HttpErrorResponse({ status: 401 })).kind).toBe(
      'unauthorized',
    );
    expect(toApiProblem(new HttpErrorResponse({ status: 403 })).kind).toBe(
      'forbidden',
    );
  });

  it('appends validation messages of a 400 ApiError', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: ['limit muss ≤ 50 sein'],
      },
    });
    expect(toApiProblem(error).message).toBe(
      'Die Anfrage war ungültig. limit muss ≤ 50 sein',
    );
  });

  it('names the field of a translated validation message', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: ['username must be shorter than or equal to 64 characters'],
        fields: {
          username: ['username must be shorter than or equal to 64 characters'],
        },
      },
    });
    expect(toApiProblem(error).message).toBe(
      'Die Anfrage war ungültig. username: Höchstens 64 Zeichen.',
    );
  });

  it('does not show server internals of a 500', () => {
    const error = new HttpErrorResponse({
      status: 500,
      error: {
        statusCode: 500,
        error: 'Internal',
        message: 'QueryFailedError: relation missing',
      },
    });
    expect(toApiProblem(error).message).not.toContain('QueryFailedError');
  });

  it('treats anything that is no HTTP error as a server problem', () => {
    expect(toApiProblem(new Error('boom')).kind).toBe('server');
  });
});

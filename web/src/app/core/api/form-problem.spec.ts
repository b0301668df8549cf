import { HttpErrorResponse } from '@angular/common/http';
import { toFormProblem } from './form-problem';

describe(toFormProblem.name, () => {
  it('passes the fields of a 400 on to the form', () => {
    const problem = toFormProblem(
      new HttpErrorResponse({
        status: 400,
        error: {
          statusCode: 400,
          message: ['password too short'],
          fields: { password: ['password too short'] },
        },
      }),
    );

    expect(problem).toEqual({
      kind: 'fields',
      fields: { password: ['password too short'] },
    });
  });

  it('recognises a conflict', () => {
    expect(toFormProblem(new HttpErrorResponse({ status: 409 }))).toEqual({
      kind: 'conflict',
    });
  });

  it('says everything else in one German sentence', () => {
    const problem = toFormProblem(
      new HttpErrorResponse({
        status: 400,
        error: { statusCode: 400, message: 'kaputt' },
      }),
    );

    expect(problem).toEqual({
      kind: 'message',
      message: 'Die Anfrage war ungültig. kaputt',
    });
    expect(toFormProblem(new HttpErrorResponse({ status: 0 }))).toEqual({
      kind: 'message',
      message:
        'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
    });
  });
});

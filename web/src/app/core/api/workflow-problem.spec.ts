import { HttpErrorResponse } from '@angular/common/http';
import {
  validationFieldsOf,
  versionConflictOf,
  workflowProblemMessage,
} from './workflow-problem';

function response(status: number, error: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error });
}

describe(versionConflictOf.name, () => {
  it('reads who changed it and when from a 409 with a version', () => {
    const conflict = versionConflictOf(
      response(409, {
        statusCode: 409,
        message: 'geändert',
        currentVersion: 4,
        changedBy: 'Erik Editor',
        changedAt: '2026-03-03T09:42:00Z',
      }),
    );

    expect(conflict).toEqual({
      statusCode: 409,
      message: 'geändert',
      currentVersion: 4,
      changedBy: 'Erik Editor',
      changedAt: '2026-03-03T09:42:00Z',
    });
  });

  it('is null for other conflicts and other errors', () => {
    expect(
      versionConflictOf(
        response(409, { statusCode: 409, message: 'Adresse vergeben' }),
      ),
    ).toBeNull();
    expect(versionConflictOf(response(400, { currentVersion: 1 }))).toBeNull();
    expect(versionConflictOf(new Error('x'))).toBeNull();
  });
});

describe(validationFieldsOf.name, () => {
  it('returns the field map of a 400 and null otherwise', () => {
    const fields = { 'content.title': ['title should not be empty'] };

    expect(
      validationFieldsOf(response(400, { statusCode: 400, fields })),
    ).toEqual(fields);
    expect(validationFieldsOf(response(400, { statusCode: 400 }))).toBeNull();
    expect(validationFieldsOf(response(409, { fields }))).toBeNull();
  });
});

describe(workflowProblemMessage.name, () => {
  it("shows the API's own words for refused workflow steps", () => {
    expect(
      workflowProblemMessage(
        response(403, {
          statusCode: 403,
          message: 'Eigene Änderungen können nicht selbst freigegeben werden.',
        }),
      ),
    ).toBe('Eigene Änderungen können nicht selbst freigegeben werden.');
  });

  it('stays generic for server errors', () => {
    expect(
      workflowProblemMessage(
        response(500, { statusCode: 500, message: 'QueryFailedError' }),
      ),
    ).not.toContain('QueryFailedError');
  });
});

import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { lockedMessage, toLoginProblem } from './login-problem';

describe(toLoginProblem.name, () => {
  it('reads the lockout time from Retry-After when the body has none', () => {
    const problem = toLoginProblem(
      new HttpErrorResponse({
        status: 429,
        headers: new HttpHeaders({ 'Retry-After': '120' }),
      }),
    );

    expect(problem).toEqual({
      kind: 'message',
      message: lockedMessage(120),
    });
    expect(lockedMessage(120)).toContain('in 2 Minuten');
  });

  it('still explains a lockout of unknown length', () => {
    const problem = toLoginProblem(new HttpErrorResponse({ status: 429 }));

    expect(problem.kind === 'message' && problem.message).toContain(
      'vorübergehend gesperrt',
    );
  });

  it('rounds up to whole minutes, never below one', () => {
    expect(lockedMessage(1)).toContain('in 1 Minute erneut');
    expect(lockedMessage(61)).toContain('in 2 Minuten erneut');
    expect(lockedMessage(900)).toContain('in 15 Minuten erneut');
  });

  it('keeps server internals of a 500 away from users', () => {
    const problem = toLoginProblem(
      new HttpErrorResponse({
        status: 500,
        error: { message: 'SqliteError: database is locked' },
      }),
    );

    expect(problem).toEqual({
      kind: 'message',
      message:
        'Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es später erneut.',
    });
  });

  it('names only fields the form has', () => {
    const problem = toLoginProblem(
      new HttpErrorResponse({
        status: 400,
        error: { fields: { password: ['zu lang'], role: ['unbekannt'] } },
      }),
    );

    expect(problem).toEqual({ kind: 'fields', fields: ['password'] });
  });
});

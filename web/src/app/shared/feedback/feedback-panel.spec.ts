import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { aFeedback } from '../../../testing/admin-builders';
import {
  buttonByName,
  errorTexts,
  fieldByLabel,
  normalized,
  typeInto,
} from '../../../testing/accessible-queries';
import { signIn } from '../../../testing/auth';
import { aSessionUser } from '../../../testing/builders';
import { hostOf } from '../../../testing/dom';
import {
  openDialog,
  provideNoMaterialAnimations,
  snackBarTexts,
} from '../../../testing/material';
import { provideGermanLocale } from '../../core/locale/german-locale';
import { FeedbackPanel } from './feedback-panel';

describe(FeedbackPanel.name, () => {
  let fixture: ComponentFixture<FeedbackPanel>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideGermanLocale(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoMaterialAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** GET /feedback?leistungId=leistung-1&mine=true, whatever the parameter order. */
  function expectMyReports() {
    return http.expectOne(
      (request) =>
        request.url === '/api/v1/feedback' &&
        request.params.get('leistungId') === 'leistung-1' &&
        request.params.get('mine') === 'true',
    );
  }

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(FeedbackPanel);
    fixture.componentRef.setInput('leistungId', 'leistung-1');
    fixture.componentRef.setInput('leistungTitle', 'Führerschein umtauschen');
    await fixture.whenStable();
    host = hostOf(fixture);
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
  }

  it('shows nothing and asks nothing without the permission to report', async () => {
    await render();

    http.expectNone((request) => request.url === '/api/v1/feedback');
    expect(normalized(host.textContent)).toBe('');
  });

  it("lists the agent's earlier reports on this Leistung with the answers", async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render();

    expectMyReports().flush([
      aFeedback({ id: 'f-1', createdAt: '2026-10-01T08:00:00Z' }),
      aFeedback({
        id: 'f-2',
        kind: 'wrong',
        createdAt: '2026-11-01T08:00:00Z',
        status: 'answered',
        answer: 'Danke, ist korrigiert.',
        answeredByName: 'Eva Redakteurin',
        answeredAt: '2026-11-03T08:00:00Z',
      }),
    ]);
    await settle();

    const items = Array.from(host.querySelectorAll('li'));
    expect(items.length).toBe(2);
    // Newest first, status in words.
    expect(normalized(items[0].textContent)).toContain(
      'Status: Beantwortet Falsch von Anna Beispiel am 01.11.2026',
    );
    expect(normalized(items[0].innerText)).toContain(
      'Antwort von Eva Redakteurin am 03.11.2026 Danke, ist korrigiert.',
    );
    expect(normalized(items[1].textContent)).toContain('Status: Offen');
  });

  it('sends a report in one step, confirms it and adds it to the list', async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render();
    expectMyReports().flush([]);
    await settle();

    const trigger = buttonByName(host, 'Rückmeldung geben');
    trigger.focus();
    trigger.click();
    await settle();

    const dialog = openDialog();
    if (!dialog) {
      throw new Error('The feedback dialog did not open');
    }
    expect(normalized(dialog.querySelector('h2')?.textContent)).toBe(
      'Rückmeldung zu „Führerschein umtauschen“',
    );
    fieldByLabel(dialog, 'Information fehlt').click();
    typeInto(
      fieldByLabel<HTMLTextAreaElement>(dialog, 'Was ist aufgefallen?'),
      '  Die Karteikartenabschrift fehlt bei den Unterlagen. ',
    );
    await settle();
    buttonByName(dialog, 'Rückmeldung senden').click();

    const request = http.expectOne('/api/v1/leistungen/leistung-1/feedback');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      kind: 'missing',
      comment: 'Die Karteikartenabschrift fehlt bei den Unterlagen.',
    });
    request.flush(
      aFeedback({
        id: 'f-new',
        kind: 'missing',
        comment: 'Die Karteikartenabschrift fehlt bei den Unterlagen.',
      }),
    );
    await settle();

    expect(openDialog()).toBeNull();
    expect(snackBarTexts()).toEqual([
      'Danke! Ihre Rückmeldung ist bei der Redaktion eingegangen.',
    ]);
    expect(normalized(host.querySelector('li')?.textContent)).toContain(
      'Information fehlt',
    );
    expect(document.activeElement).toBe(trigger);
  });

  it('asks for the kind and the comment before sending', async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render();
    expectMyReports().flush([]);
    buttonByName(host, 'Rückmeldung geben').click();
    await settle();
    const dialog = openDialog() as HTMLElement;

    buttonByName(dialog, 'Rückmeldung senden').click();
    await settle();

    http.expectNone('/api/v1/leistungen/leistung-1/feedback');
    expect(
      normalized(dialog.querySelector('#feedback-kind-error')?.textContent),
    ).toBe('Bitte wählen Sie aus, was auf die Beschreibung zutrifft.');
    expect(errorTexts(dialog)).toEqual([
      'Bitte beschreiben Sie kurz, was nicht stimmt.',
    ]);
    expect(document.activeElement).toBe(fieldByLabel(dialog, 'Veraltet'));
  });

  it('keeps the dialog open and explains when sending failed', async () => {
    signIn(aSessionUser({ role: 'agent' }));
    await render();
    expectMyReports().flush([]);
    buttonByName(host, 'Rückmeldung geben').click();
    await settle();
    const dialog = openDialog() as HTMLElement;
    fieldByLabel(dialog, 'Unklar').click();
    typeInto(fieldByLabel(dialog, 'Was ist aufgefallen?'), 'Frist unklar');
    buttonByName(dialog, 'Rückmeldung senden').click();

    http
      .expectOne('/api/v1/leistungen/leistung-1/feedback')
      .error(new ProgressEvent('error'));
    await settle();

    const alert = dialog.querySelector('[role="alert"]');
    expect(normalized(alert?.textContent)).toBe(
      'Die Rückmeldung wurde nicht gesendet. Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
    );
    expect(document.activeElement).toBe(alert);
    expect(openDialog()).not.toBeNull();
  });
});

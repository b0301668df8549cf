import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { aStaffLeistung } from '../../../testing/builders';
import { textsOf } from '../../../testing/dom';
import {
  EDITOR_API,
  EditorPageDriver,
  anEditor,
  configureEditorPage,
} from '../../../testing/editor-page';
import { button, buttonByName, typeInto } from '../../../testing/forms';
import { aContent, aRevision } from '../../../testing/workflow-builders';
import { LeaveConfirmation } from '../unsaved-changes.guard';
import { LeistungEditorPage } from './leistung-editor-page';

describe(LeistungEditorPage.name, () => {
  let page: EditorPageDriver;

  beforeEach(() => configureEditorPage());

  afterEach(() => page.http.verify());

  it('fills every field from the working copy and shows its status', async () => {
    page = await EditorPageDriver.open(anEditor);

    expect(page.field('Leistungsbezeichnung').value).toBe(
      'Führerschein umtauschen',
    );
    expect(page.field<HTMLTextAreaElement>('Kurztext').value).toBe(
      'Alte Führerscheine müssen umgetauscht werden.',
    );
    expect(page.field('LeiKa-Schlüssel').value).toBe('99086012104000');
    expect(page.field('Bezeichnung der Gebühr').value).toBe('Umtausch');
    expect(page.field('Betrag ab').value).toBe('25.3');
    expect(page.host.querySelector('.rich-text-content')?.innerHTML).toContain(
      '<strong>Pflicht</strong>',
    );
    expect(
      page.host.querySelector('app-workflow-panel')?.textContent,
    ).toContain('Arbeitsversion 3');
    expect(buttonByName(page.host, 'Speichern')).not.toBeNull();
    expect(buttonByName(page.host, 'Zur Prüfung einreichen')).not.toBeNull();
  });

  it('saves the working copy with its version and says so', async () => {
    page = await EditorPageDriver.open(anEditor);
    typeInto(page.field<HTMLTextAreaElement>('Kurztext'), 'Neuer Kurztext');
    await page.settle();

    button(page.host, 'Speichern').click();
    const request = page.http.expectOne({
      method: 'PUT',
      url: `${EDITOR_API}/working-copy`,
    });
    expect(request.request.body.version).toBe(2);
    expect(request.request.body.content.shortText).toBe('Neuer Kurztext');
    expect(request.request.body.content.internalNotes).toBe(
      'Bei Eilfällen an Frau Beispiel.',
    );
    request.flush(
      aRevision({
        version: 3,
        content: aContent({ shortText: 'Neuer Kurztext' }),
      }),
    );
    await page.settle();

    expect(textsOf(page.host, '.notice')).toEqual([
      'Entwurf gespeichert (Arbeitsversion 3).',
    ]);
    expect(page.host.textContent).not.toContain('Ungespeicherte Änderungen');
  });

  it('shows required and format problems at the fields and focuses the first', async () => {
    page = await EditorPageDriver.open(anEditor);
    typeInto(page.field('Leistungsbezeichnung'), '');
    typeInto(page.field('LeiKa-Schlüssel'), '123');
    await page.settle();

    button(page.host, 'Speichern').click();
    await page.settle();

    page.http.expectNone({ method: 'PUT' });
    const title = page.field('Leistungsbezeichnung');
    expect(document.activeElement).toBe(title);
    const errors = Array.from(page.host.querySelectorAll('mat-error'));
    expect(errors.map((error) => error.textContent?.trim())).toEqual([
      '„Leistungsbezeichnung“ ist ein Pflichtfeld.',
      'Der LeiKa-Schlüssel besteht aus genau 14 Ziffern.',
    ]);
    // Screen readers hear the message with the field.
    expect(title.getAttribute('aria-describedby')).toContain(errors[0].id);
    expect(page.field('LeiKa-Schlüssel').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(textsOf(page.host, '.problem')).toEqual([
      'Die Leistung wurde nicht gespeichert. Bitte korrigieren Sie die markierten Angaben.',
    ]);
  });

  it("puts the API's field errors on the matching controls", async () => {
    page = await EditorPageDriver.open(anEditor);
    typeInto(page.field('Betrag ab'), '5');
    await page.settle();

    button(page.host, 'Speichern').click();
    page.http
      .expectOne({ method: 'PUT', url: `${EDITOR_API}/working-copy` })
      .flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: ['content.fees.0.amountMin must not be less than 0'],
          fields: {
            'content.fees.0.amountMin': ['amountMin must not be less than 0'],
            'content.onlineServices.0.url': ['url must be an http(s) URL'],
          },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await page.settle();

    const amount = page.field('Betrag ab');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(amount);
    expect(textsOf(page.host, 'mat-error')).toEqual([
      'Der Betrag darf nicht negativ sein.',
      'Die Adresse muss mit http:// oder https:// beginnen.',
    ]);
    expect(textsOf(page.host, '.field-errors li')).toEqual([
      'Gebühren, Eintrag 1: Der Betrag darf nicht negativ sein.',
      'Online-Dienste, Eintrag 1: Die Adresse muss mit http:// oder https:// beginnen.',
    ]);
  });

  it('renders the form in both previews, the internal notes only for staff', async () => {
    page = await EditorPageDriver.open(anEditor);
    typeInto(page.field('Leistungsbezeichnung'), 'Führerschein tauschen');
    await page.settle();

    const preview = page.host.querySelector<HTMLElement>('app-preview-tabs');
    expect(preview?.querySelector('h1')?.textContent?.trim()).toBe(
      'Führerschein tauschen',
    );
    expect(preview?.textContent).toContain('Bei Eilfällen an Frau Beispiel.');

    const tabs = Array.from(
      preview?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [],
    );
    tabs.find((tab) => tab.textContent?.includes('Vorschau Bürger'))?.click();
    await page.settle();

    expect(preview?.querySelector('h1')?.textContent?.trim()).toBe(
      'Führerschein tauschen',
    );
    expect(preview?.textContent).not.toContain('Frau Beispiel');
    expect(preview?.textContent).not.toContain('Interne Hinweise');
  });

  it('asks before leaving with unsaved changes and stays when told so', async () => {
    page = await EditorPageDriver.open(anEditor);
    const leave = spyOn(
      TestBed.inject(LeaveConfirmation),
      'confirm',
    ).and.returnValue(false);
    typeInto(page.field<HTMLTextAreaElement>('Kurztext'), 'Halb fertig');
    await page.settle();

    await page.harness.navigateByUrl('/anderswo');

    expect(leave).toHaveBeenCalledTimes(1);
    expect(TestBed.inject(Router).url).toBe('/editor/leistungen/leistung-1');
    expect(page.field<HTMLTextAreaElement>('Kurztext').value).toBe(
      'Halb fertig',
    );
  });

  it('shows agents of other Sachgebiete the content without letting them edit', async () => {
    page = await EditorPageDriver.open(
      { ...anEditor, sachgebiete: ['40.2'] },
      null,
    );

    expect(buttonByName(page.host, 'Speichern')).toBeNull();
    expect(page.field('Leistungsbezeichnung').disabled).toBeTrue();
    expect(page.host.textContent).toContain(
      'Sie können diese Leistung ansehen, aber nicht bearbeiten',
    );
  });

  it('creates a new Leistung as a draft and opens it', async () => {
    page = await EditorPageDriver.openNew(anEditor);
    expect(page.host.querySelector('h1')?.textContent).toContain(
      'Neue Leistung',
    );

    typeInto(page.field('Leistungsbezeichnung'), 'Wohngeld beantragen');
    typeInto(
      page.field<HTMLTextAreaElement>('Kurztext'),
      'Zuschuss zur Miete.',
    );
    typeInto(
      page.field<HTMLTextAreaElement>('Änderungsnotiz'),
      'Neu für das Bürgerbüro',
    );
    await page.settle();
    button(page.host, 'Speichern').click();

    const create = page.http.expectOne({
      method: 'POST',
      url: '/api/v1/leistungen',
    });
    expect(create.request.body.changeNote).toBe('Neu für das Bürgerbüro');
    expect(create.request.body.slug).toBeUndefined();
    expect(create.request.body.sachgebiet).toBe('32.1');
    expect(create.request.body.title).toBe('Wohngeld beantragen');
    create.flush(aStaffLeistung({ id: 'leistung-1', status: 'draft' }));
    await page.settle();
    page.http
      .expectOne(`${EDITOR_API}/working-copy`)
      .flush(aRevision({ number: 1, version: 1 }));
    await page.settle();

    expect(TestBed.inject(Router).url).toBe('/editor/leistungen/leistung-1');
    page.flushCatalog();
    page.flushLeistung(aRevision({ number: 1, version: 1 }), {
      status: 'draft',
    });
    await page.settle();
    expect(textsOf(page.host, '.notice')).toEqual([
      'Die Leistung wurde als Entwurf angelegt.',
    ]);
  });
});

import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  IMPORT_POLL_INTERVAL_MS,
  type ImportJob,
  type ImportReport,
} from '../../core/api/import-api';
import { provideGermanLocale } from '../../core/locale/german-locale';
import {
  buttonByName,
  fieldByLabel,
  normalized,
} from '../../../testing/accessible-queries';
import { hostOf, textsOf } from '../../../testing/dom';
import { provideNoMaterialAnimations } from '../../../testing/material';
import { ImportPage } from './import-page';

const IMPORTS = '/api/v1/imports';
const JOB = `${IMPORTS}/job-1`;

function aReport(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    format: 'dldb',
    dryRun: false,
    published: false,
    handled: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    warnings: [],
    standorte: { created: 0, updated: 0, unchanged: 0 },
    durationMs: 0,
    ...overrides,
  };
}

function aJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    status: 'running',
    fileName: 'services_de.json',
    startedAt: '2026-11-20T09:00:00Z',
    report: null,
    error: null,
    ...overrides,
  };
}

describe(ImportPage.name, () => {
  let fixture: ComponentFixture<ImportPage>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    // Zoneless: no fakeAsync; jasmine's clock drives the pauses between polls.
    jasmine.clock().install();
    TestBed.configureTestingModule({
      imports: [ImportPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideGermanLocale(),
        provideNoMaterialAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ImportPage);
    await fixture.whenStable();
    host = hostOf(fixture);
  });

  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
  });

  const fileInput = (label: string) => fieldByLabel(host, label);
  const liveRegion = () =>
    normalized(host.querySelector('[aria-live="polite"]')?.textContent);
  const progressBar = () =>
    host.querySelector('mat-progress-bar[aria-label="Import läuft"]');

  async function choose(input: HTMLInputElement, name: string): Promise<void> {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{}'], name, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function select(label: string): Promise<void> {
    fieldByLabel(host, label).click();
    await fixture.whenStable();
  }

  async function startDldbImport(): Promise<void> {
    await choose(fileInput('Leistungen (DLDB-JSON)'), 'services_de.json');
    buttonByName(host, 'Import starten').click();
    http.expectOne(IMPORTS).flush(aJob(), {
      status: 202,
      statusText: 'Accepted',
    });
    await fixture.whenStable();
  }

  async function poll(job: ImportJob): Promise<void> {
    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS);
    http.expectOne(JOB).flush(job);
    await fixture.whenStable();
  }

  it('offers the locations file only for DLDB and the trial run not for a backup', async () => {
    expect(fieldByLabel(host, 'DLDB-JSON (Berlin/München)').checked).toBeTrue();
    expect(fileInput('Standorte (DLDB-JSON, optional)').type).toBe('file');
    expect(fieldByLabel(host, 'Probelauf – nichts speichern')).toBeTruthy();

    await select('XZuFi 2.2 (XML)');
    expect(fileInput('Leistungen (XZuFi-XML)').accept).toContain('.xml');
    expect(host.querySelector('#import-locations')).toBeNull();
    expect(fieldByLabel(host, 'Probelauf – nichts speichern')).toBeTruthy();

    await select('Sicherung (JSON, nur in leere Instanz)');
    expect(fileInput('Sicherungsdatei (JSON)').type).toBe('file');
    expect(host.querySelector('#import-locations')).toBeNull();
    expect(host.textContent).not.toContain('Probelauf – nichts speichern');
    expect(fieldByLabel(host, 'Sofort veröffentlichen')).toBeTruthy();
  });

  it('sends the chosen format, options and both files as multipart form data', async () => {
    await choose(fileInput('Leistungen (DLDB-JSON)'), 'services_de.json');
    await choose(
      fileInput('Standorte (DLDB-JSON, optional)'),
      'locations_de.json',
    );
    await select('Sofort veröffentlichen');
    await select('Probelauf – nichts speichern');

    buttonByName(host, 'Import starten').click();

    const request = http.expectOne(IMPORTS);
    expect(request.request.method).toBe('POST');
    const body = request.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('format')).toBe('dldb');
    expect(body.get('publish')).toBe('true');
    expect(body.get('dryRun')).toBe('true');
    expect((body.get('file') as File).name).toBe('services_de.json');
    expect((body.get('locations') as File).name).toBe('locations_de.json');
    request.flush(aJob({ status: 'done', report: aReport({ dryRun: true }) }));
  });

  it('sends an XZuFi file without locations and without unset options', async () => {
    await choose(
      fileInput('Standorte (DLDB-JSON, optional)'),
      'locations_de.json',
    );
    await select('XZuFi 2.2 (XML)');
    await choose(fileInput('Leistungen (XZuFi-XML)'), 'leistungen.xml');

    buttonByName(host, 'Import starten').click();

    const request = http.expectOne(IMPORTS);
    const body = request.request.body as FormData;
    expect(body.get('format')).toBe('xzufi');
    expect((body.get('file') as File).name).toBe('leistungen.xml');
    expect(body.has('locations')).toBeFalse();
    expect(body.has('publish')).toBeFalse();
    expect(body.has('dryRun')).toBeFalse();
    request.flush(aJob({ status: 'failed', error: 'Abgebrochen.' }));
  });

  it('shows the progress while the job runs and polls until it is done, then stops', async () => {
    await startDldbImport();
    expect(liveRegion()).toBe('0 Datensätze verarbeitet …');
    expect(progressBar()).not.toBeNull();

    await poll(aJob({ report: aReport({ handled: 123, created: 100 }) }));
    expect(liveRegion()).toBe('123 Datensätze verarbeitet …');
    expect(host.querySelector('app-import-result')).toBeNull();

    await poll(
      aJob({
        status: 'done',
        report: aReport({
          handled: 1234,
          created: 1000,
          updated: 200,
          unchanged: 30,
          standorte: { created: 12, updated: 3, unchanged: 1 },
          durationMs: 12_300,
        }),
      }),
    );

    expect(liveRegion()).toBe(
      'Import abgeschlossen, 1.234 Datensätze verarbeitet.',
    );
    expect(progressBar()).toBeNull();
    const heading = host.querySelector('#import-result-heading');
    expect(normalized(heading?.textContent)).toBe('Ergebnis des Imports');
    expect(document.activeElement).toBe(heading);
    expect(textsOf(host, '.summary div')).toEqual([
      'Verarbeitet 1.234',
      'Neu angelegt 1.000',
      'Aktualisiert 200',
      'Unverändert 30',
      'Abgelehnt 0',
      'Repariert 0',
      'Neu angelegt 12',
      'Aktualisiert 3',
      'Unverändert 1',
    ]);
    expect(host.textContent).toContain('Dauer: 12,3 Sekunden');

    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS * 5);
    http.expectNone(JOB);
  });

  it('lists rejected and repaired records in captioned tables', async () => {
    await startDldbImport();
    await poll(
      aJob({
        status: 'done',
        report: aReport({
          handled: 3,
          created: 2,
          rejected: [{ record: 'Hundesteuer', reason: 'Titel fehlt.' }],
          warnings: [
            { record: 'Wohngeld', message: 'Ungültiger LeiKa-Schlüssel.' },
            { record: 'Elterngeld', message: 'Unsicheres HTML entfernt.' },
          ],
        }),
      }),
    );

    expect(textsOf(host, 'caption')).toEqual([
      'Abgelehnte Datensätze (1)',
      'Reparierte Datensätze (2)',
    ]);
    expect(textsOf(host, 'tbody tr')).toEqual([
      'Hundesteuer Titel fehlt.',
      'Wohngeld Ungültiger LeiKa-Schlüssel.',
      'Elterngeld Unsicheres HTML entfernt.',
    ]);
  });

  it('shows why a job failed', async () => {
    await startDldbImport();
    await poll(aJob({ status: 'failed', error: 'Die Datei ist kein JSON.' }));

    const heading = host.querySelector('#import-result-heading');
    expect(normalized(heading?.textContent)).toBe('Import fehlgeschlagen');
    expect(document.activeElement).toBe(heading);
    expect(host.textContent).toContain('Die Datei ist kein JSON.');
    expect(liveRegion()).toBe('Import fehlgeschlagen.');
  });

  it('stops polling when the page is left', async () => {
    await startDldbImport();

    fixture.destroy();
    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS * 5);

    expect(http.match(JOB)).toEqual([]);
  });

  it('asks for a file before sending', async () => {
    buttonByName(host, 'Import starten').click();
    await fixture.whenStable();

    http.expectNone(IMPORTS);
    const input = fileInput('Leistungen (DLDB-JSON)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(
      normalized(host.querySelector('#import-file-error')?.textContent),
    ).toBe('Bitte eine Datei auswählen.');
  });

  it('shows the server’s field error at the file input and links it', async () => {
    await choose(fileInput('Leistungen (DLDB-JSON)'), 'services_de.json');
    buttonByName(host, 'Import starten').click();
    http.expectOne(IMPORTS).flush(
      {
        statusCode: 400,
        message: ['file: Bitte eine Datei wählen.'],
        fields: { file: ['Bitte eine Datei wählen.'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const input = fileInput('Leistungen (DLDB-JSON)');
    const error = host.querySelector('#import-file-error');
    expect(normalized(error?.textContent)).toBe('Bitte eine Datei wählen.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(
      'import-file-error',
    );
    expect(document.activeElement).toBe(input);
    expect(progressBar()).toBeNull();
  });
});

import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  IMPORT_POLL_INTERVAL_MS,
  ImportApi,
  type ImportJob,
  type ImportUpload,
  importFormData,
} from './import-api';

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

function anUpload(overrides: Partial<ImportUpload> = {}): ImportUpload {
  return {
    format: 'dldb',
    file: new File(['[]'], 'services_de.json'),
    publish: false,
    dryRun: false,
    ...overrides,
  };
}

describe(importFormData.name, () => {
  it('sends the format, the set flags and both DLDB files', () => {
    const body = importFormData(
      anUpload({
        locations: new File(['[]'], 'locations_de.json'),
        publish: true,
        dryRun: true,
      }),
    );

    expect(body.get('format')).toBe('dldb');
    expect(body.get('publish')).toBe('true');
    expect(body.get('dryRun')).toBe('true');
    expect((body.get('file') as File).name).toBe('services_de.json');
    expect((body.get('locations') as File).name).toBe('locations_de.json');
  });

  it('leaves out unset flags, a trial run of a backup and locations outside DLDB', () => {
    const xzufi = importFormData(
      anUpload({
        format: 'xzufi',
        file: new File(['<x/>'], 'leistungen.xml'),
        locations: new File(['[]'], 'locations_de.json'),
      }),
    );
    expect(xzufi.has('publish')).toBeFalse();
    expect(xzufi.has('dryRun')).toBeFalse();
    expect(xzufi.has('locations')).toBeFalse();

    const backup = importFormData(anUpload({ format: 'json', dryRun: true }));
    expect(backup.get('format')).toBe('json');
    expect(backup.has('dryRun')).toBeFalse();
  });
});

describe(ImportApi.name, () => {
  let api: ImportApi;
  let http: HttpTestingController;

  beforeEach(() => {
    // Zoneless: no fakeAsync; jasmine's clock drives the RxJS timer between polls.
    jasmine.clock().install();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ImportApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jasmine.clock().uninstall();
  });

  it('asks for the job every second after each answer until it is done, then stops', () => {
    const seen: ImportJob[] = [];
    let completed = false;
    api.run(anUpload()).subscribe({
      next: (job) => seen.push(job),
      complete: () => (completed = true),
    });

    const start = http.expectOne('/api/v1/imports');
    expect(start.request.method).toBe('POST');
    start.flush(aJob(), { status: 202, statusText: 'Accepted' });
    expect(seen.map((job) => job.status)).toEqual(['running']);

    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS - 1);
    http.expectNone('/api/v1/imports/job-1');
    jasmine.clock().tick(1);
    http.expectOne('/api/v1/imports/job-1').flush(aJob());

    // The next poll waits a full second after the answer, not after the request.
    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS);
    const last = http.expectOne('/api/v1/imports/job-1');
    expect(last.request.method).toBe('GET');
    last.flush(aJob({ status: 'done' }));

    expect(seen.map((job) => job.status)).toEqual([
      'running',
      'running',
      'done',
    ]);
    expect(completed).toBeTrue();
    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS * 5);
    http.expectNone('/api/v1/imports/job-1');
  });

  it('stops asking once nobody listens any more', () => {
    const subscription = api.run(anUpload()).subscribe();
    http.expectOne('/api/v1/imports').flush(aJob());
    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS);
    http.expectOne('/api/v1/imports/job-1').flush(aJob());

    subscription.unsubscribe();
    jasmine.clock().tick(IMPORT_POLL_INTERVAL_MS * 5);

    expect(http.match('/api/v1/imports/job-1')).toEqual([]);
  });
});

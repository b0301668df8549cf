import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Revision } from '@auskunft/contracts';
import {
  aContent,
  aRevision,
  aRevisionSummary,
} from '../../../testing/workflow-builders';
import { EditorApi } from './editor-api';
import { WorkflowApi } from './workflow-api';

describe(WorkflowApi.name, () => {
  let api: WorkflowApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(WorkflowApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('saves the working copy with content, note and version', () => {
    api
      .save('l-1', { content: aContent(), changeNote: 'Gebühr', version: 3 })
      .subscribe();

    const request = http.expectOne('/api/v1/leistungen/l-1/working-copy');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      content: aContent(),
      changeNote: 'Gebühr',
      version: 3,
    });
    request.flush(aRevision());
  });

  it('creates a Leistung with the note for its first version, and without one', () => {
    api.create(aContent(), 'Neu angelegt').subscribe();
    api.create(aContent()).subscribe();

    const [withNote, without] = http.match('/api/v1/leistungen');
    expect(withNote.request.method).toBe('POST');
    expect(withNote.request.body).toEqual({
      ...aContent(),
      changeNote: 'Neu angelegt',
    });
    expect(without.request.body).toEqual(aContent());
    withNote.flush({});
    without.flush({});
  });

  it('answers null when there is no working copy, and fails on other errors', () => {
    const received: (Revision | null)[] = [];
    let failed = false;
    api.workingCopy('l-1').subscribe((copy) => received.push(copy));
    api.workingCopy('l-2').subscribe({ error: () => (failed = true) });

    http
      .expectOne('/api/v1/leistungen/l-1/working-copy')
      .flush(null, { status: 404, statusText: 'Not Found' });
    http
      .expectOne('/api/v1/leistungen/l-2/working-copy')
      .flush(null, { status: 500, statusText: 'Server Error' });

    expect(received).toEqual([null]);
    expect(failed).toBeTrue();
  });

  it('sends workflow comments trimmed, and none when empty', () => {
    api.reject('l-1', '  Gebühr fehlt ').subscribe();
    api.submit('l-1', '   ').subscribe();

    const reject = http.expectOne('/api/v1/leistungen/l-1/working-copy/reject');
    expect(reject.request.body).toEqual({ comment: 'Gebühr fehlt' });
    reject.flush(aRevisionSummary());
    const submit = http.expectOne('/api/v1/leistungen/l-1/working-copy/submit');
    expect(submit.request.body).toEqual({});
    submit.flush(aRevisionSummary());
  });

  it('compares two revisions by number', () => {
    api.compare('l-1', 2, 5).subscribe();

    const request = http.expectOne(
      (req) => req.url === '/api/v1/leistungen/l-1/revisions/compare',
    );
    expect(request.request.params.get('from')).toBe('2');
    expect(request.request.params.get('to')).toBe('5');
    request.flush({ from: 2, to: 5, changes: [] });
  });

  it('restores, discards, confirms and archives at their own endpoints', () => {
    api.restore('l-1', 2).subscribe();
    api.discard('l-1').subscribe();
    api.confirm('l-1').subscribe();
    api.archive('l-1').subscribe();

    http
      .expectOne({
        method: 'POST',
        url: '/api/v1/leistungen/l-1/revisions/2/restore',
      })
      .flush(aRevision());
    http
      .expectOne({
        method: 'DELETE',
        url: '/api/v1/leistungen/l-1/working-copy',
      })
      .flush(null, { status: 204, statusText: 'No Content' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/leistungen/l-1/confirm' })
      .flush({});
    http
      .expectOne({ method: 'POST', url: '/api/v1/leistungen/l-1/archive' })
      .flush({});
  });
});

describe(EditorApi.name, () => {
  it('lists Leistungen with only the filters that are set', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);

    TestBed.inject(EditorApi)
      .leistungen({
        status: 'in_review',
        sachgebiet: null,
        limit: 20,
        offset: 40,
      })
      .subscribe();

    const request = http.expectOne((req) => req.url === '/api/v1/leistungen');
    expect(request.request.params.get('status')).toBe('in_review');
    expect(request.request.params.has('sachgebiet')).toBeFalse();
    expect(request.request.params.get('offset')).toBe('40');
    request.flush({ items: [], total: 0, limit: 20, offset: 40 });
    http.verify();
  });
});

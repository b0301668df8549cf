import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  EMPTY,
  type Observable,
  concat,
  expand,
  of,
  switchMap,
  timer,
} from 'rxjs';

/*
 * The shapes of the import endpoints, copied from the API
 * (api/src/import/import-types.ts, import-jobs.ts); the web app must not import from api/.
 */

export const IMPORT_FORMATS = ['dldb', 'xzufi', 'json'] as const;
/** DLDB JSON (Berlin/München), XZuFi 2.2 XML, or a backup of a whole instance. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportRejection {
  record: string;
  reason: string;
}

/** A record imported with a correction (invalid LeiKa key dropped, unsafe HTML removed, …). */
export interface ImportWarning {
  record: string;
  message: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport extends ImportCounts {
  format: string;
  dryRun: boolean;
  published: boolean;
  /** Records read so far; grows while the job runs. */
  handled: number;
  rejected: ImportRejection[];
  warnings: ImportWarning[];
  standorte: ImportCounts;
  durationMs: number;
}

export type ImportJobStatus = 'running' | 'done' | 'failed';

export interface ImportJob {
  id: string;
  status: ImportJobStatus;
  fileName: string;
  startedAt: string;
  /** null until the first records are handled; fills in during the run. */
  report: ImportReport | null;
  error: string | null;
}

/** What the import form sends. */
export interface ImportUpload {
  format: ImportFormat;
  file: File;
  /** DLDB only: the locations file (locations_de.json) with the Standorte. */
  locations?: File | null;
  publish: boolean;
  dryRun: boolean;
}

/** How long to wait after each answer before asking for the job's progress again. */
export const IMPORT_POLL_INTERVAL_MS = 1000;

const IMPORTS_URL = '/api/v1/imports';

/** The multipart body of POST /api/v1/imports; flags are only sent when set, as the API expects. */
export function importFormData(upload: ImportUpload): FormData {
  const body = new FormData();
  body.append('format', upload.format);
  if (upload.publish) {
    body.append('publish', 'true');
  }
  // A backup restores everything as it was; there is nothing to try out.
  if (upload.dryRun && upload.format !== 'json') {
    body.append('dryRun', 'true');
  }
  body.append('file', upload.file, upload.file.name);
  if (upload.locations && upload.format === 'dldb') {
    body.append('locations', upload.locations, upload.locations.name);
  }
  return body;
}

/** Imports of Leistungen and Standorte (admins only); they run in the background on the server. */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  start(upload: ImportUpload): Observable<ImportJob> {
    return this.http.post<ImportJob>(IMPORTS_URL, importFormData(upload));
  }

  job(id: string): Observable<ImportJob> {
    return this.http.get<ImportJob>(`${IMPORTS_URL}/${encodeURIComponent(id)}`);
  }

  /**
   * Starts an import and follows it: the started job, then its state every
   * second until it is done or failed. Unsubscribing stops the polling.
   */
  run(upload: ImportUpload): Observable<ImportJob> {
    return this.start(upload).pipe(
      switchMap((job) => concat(of(job), this.follow(job))),
    );
  }

  /** The job's later states; the next request waits for the previous answer. */
  follow(job: ImportJob): Observable<ImportJob> {
    const next = (current: ImportJob): Observable<ImportJob> =>
      current.status === 'running'
        ? timer(IMPORT_POLL_INTERVAL_MS).pipe(
            switchMap(() => this.job(current.id)),
          )
        : EMPTY;
    return next(job).pipe(expand(next));
  }
}

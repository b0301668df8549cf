import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ImportReport } from './import-types';

export interface ImportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  fileName: string;
  startedAt: string;
  report: ImportReport | null;
  error: string | null;
}

/** Uploads run in the background; the admin screen polls their progress. Kept in memory for the last 50 runs. */
@Injectable()
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  start(
    fileName: string,
    work: (progress: (report: ImportReport) => void) => Promise<ImportReport>,
  ): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      status: 'running',
      fileName,
      startedAt: new Date().toISOString(),
      report: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    if (this.jobs.size > 50) {
      this.jobs.delete(this.jobs.keys().next().value as string);
    }
    work((report) => (job.report = report)).then(
      (report) => {
        job.report = report;
        job.status = 'done';
      },
      (error: Error) => {
        job.error = error.message;
        job.status = 'failed';
      },
    );
    return job;
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }
}

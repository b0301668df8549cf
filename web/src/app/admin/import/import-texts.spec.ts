import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import type { ImportJob } from '../../core/api/import-api';
import { durationText, progressMessage } from './import-texts';

const GERMAN = 'de-DE';

function aRunningJob(handled: number | null): ImportJob {
  return {
    id: 'job-1',
    status: 'running',
    fileName: 'services_de.json',
    startedAt: '2026-11-20T09:00:00Z',
    report:
      handled === null
        ? null
        : {
            format: 'dldb',
            dryRun: false,
            published: false,
            handled,
            created: 0,
            updated: 0,
            unchanged: 0,
            rejected: [],
            warnings: [],
            standorte: { created: 0, updated: 0, unchanged: 0 },
            durationMs: 0,
          },
    error: null,
  };
}

describe(durationText.name, () => {
  beforeAll(() => registerLocaleData(localeDe));

  it('says short runs in seconds with a German decimal comma', () => {
    expect(durationText(0, GERMAN)).toBe('unter 1 Sekunde');
    expect(durationText(1000, GERMAN)).toBe('1 Sekunde');
    expect(durationText(12_340, GERMAN)).toBe('12,3 Sekunden');
  });

  it('says long runs in minutes and seconds', () => {
    expect(durationText(60_000, GERMAN)).toBe('1 Minute');
    expect(durationText(125_400, GERMAN)).toBe('2 Minuten 5 Sekunden');
    expect(durationText(181_000, GERMAN)).toBe('3 Minuten 1 Sekunde');
  });
});

describe(progressMessage.name, () => {
  beforeAll(() => registerLocaleData(localeDe));

  it('counts the handled records, in the singular for one', () => {
    expect(progressMessage(aRunningJob(null), GERMAN)).toBe(
      '0 Datensätze verarbeitet …',
    );
    expect(progressMessage(aRunningJob(1), GERMAN)).toBe(
      '1 Datensatz verarbeitet …',
    );
    expect(progressMessage(aRunningJob(12_345), GERMAN)).toBe(
      '12.345 Datensätze verarbeitet …',
    );
  });
});

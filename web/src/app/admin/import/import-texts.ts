import { formatNumber } from '@angular/common';
import type { ImportFormat, ImportJob } from '../../core/api/import-api';

export interface ImportFormatOption {
  format: ImportFormat;
  label: string;
  /** Label of the file input for this format. */
  fileLabel: string;
  fileHint: string;
  accept: string;
}

export const IMPORT_FORMAT_OPTIONS: readonly ImportFormatOption[] = [
  {
    format: 'dldb',
    label: 'DLDB-JSON (Berlin/München)',
    fileLabel: 'Leistungen (DLDB-JSON)',
    fileHint:
      'Der Export der Dienstleistungsdatenbank, z. B. services_de.json.',
    accept: '.json,application/json',
  },
  {
    format: 'xzufi',
    label: 'XZuFi 2.2 (XML)',
    fileLabel: 'Leistungen (XZuFi-XML)',
    fileHint: 'Eine XZuFi-2.2-Datei aus dem Redaktionssystem oder PVOG.',
    accept: '.xml,application/xml,text/xml',
  },
  {
    format: 'json',
    label: 'Sicherung (JSON, nur in leere Instanz)',
    fileLabel: 'Sicherungsdatei (JSON)',
    fileHint:
      'Eine Sicherung aus Auskunft. Sie wird nur in eine Instanz ohne Leistungen eingespielt.',
    accept: '.json,application/json',
  },
];

export function formatOption(format: ImportFormat): ImportFormatOption {
  return (
    IMPORT_FORMAT_OPTIONS.find((option) => option.format === format) ??
    IMPORT_FORMAT_OPTIONS[0]
  );
}

/** "1 Datensatz", "1.234 Datensätze". */
export function recordCount(count: number, locale: string): string {
  return `${formatNumber(count, locale)} ${count === 1 ? 'Datensatz' : 'Datensätze'}`;
}

/** The progress line for the live region: what a screen reader hears while the job runs. */
export function progressMessage(job: ImportJob, locale: string): string {
  const handled = recordCount(job.report?.handled ?? 0, locale);
  switch (job.status) {
    case 'running':
      return `${handled} verarbeitet …`;
    case 'done':
      return `Import abgeschlossen, ${handled} verarbeitet.`;
    case 'failed':
      return 'Import fehlgeschlagen.';
  }
}

/** "unter 1 Sekunde", "12,3 Sekunden", "2 Minuten 5 Sekunden". */
export function durationText(milliseconds: number, locale: string): string {
  if (milliseconds < 1000) {
    return 'unter 1 Sekunde';
  }
  if (milliseconds < 60_000) {
    const seconds = formatNumber(milliseconds / 1000, locale, '1.0-1');
    return seconds === '1' ? '1 Sekunde' : `${seconds} Sekunden`;
  }
  const totalSeconds = Math.round(milliseconds / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const minutePart = minutes === 1 ? '1 Minute' : `${minutes} Minuten`;
  const secondPart = seconds === 1 ? '1 Sekunde' : `${seconds} Sekunden`;
  return seconds === 0 ? minutePart : `${minutePart} ${secondPart}`;
}

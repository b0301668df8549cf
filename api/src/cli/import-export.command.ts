import type { INestApplicationContext } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BackupService } from '../import/backup.service';
import {
  IMPORT_FORMATS,
  readItems,
  type ImportFormat,
} from '../import/import-readers';
import type { ImportReport } from '../import/import-types';
import { ImportService } from '../import/import.service';

export const IMPORT_USAGE = `import --format dldb|xzufi|json <file> [--locations <file>] [--publish] [--dry-run] [--overwrite-local]
  export --format json|xzufi <file> [--with-secrets]`;

function printReport(report: ImportReport) {
  console.log(
    `${report.dryRun ? 'Probelauf (nichts gespeichert): ' : ''}${report.handled} Datensätze: ${report.created} neu, ${report.updated} geändert, ${report.unchanged} unverändert, ${report.rejected.length} abgelehnt (${(report.durationMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `Standorte: ${report.standorte.created} neu, ${report.standorte.updated} geändert, ${report.standorte.unchanged} unverändert`,
  );
  for (const rejection of report.rejected) {
    console.log(`  abgelehnt: ${rejection.record}: ${rejection.reason}`);
  }
  for (const warning of report.warnings) {
    console.log(`  korrigiert: ${warning.record}: ${warning.message}`);
  }
}

export async function importCommand(
  app: INestApplicationContext,
  args: string[],
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      locations: { type: 'string' },
      publish: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'overwrite-local': { type: 'boolean' },
    },
  });
  const format = values.format as ImportFormat;
  const file = positionals[0];
  if (!IMPORT_FORMATS.includes(format) || !file) {
    console.error(`Usage: ${IMPORT_USAGE}`);
    return 2;
  }
  for (const path of [file, values.locations].filter((entry): entry is string =>
    Boolean(entry),
  )) {
    if (!existsSync(path)) {
      console.error(`File not found: ${path}`);
      return 2;
    }
  }
  if (format === 'json') {
    const counts = await app.get(BackupService).restore(file);
    console.log(
      `Sicherung wiederhergestellt: ${Object.entries(counts)
        .map(([name, count]) => `${count} ${name}`)
        .join(', ')}`,
    );
    return 0;
  }
  const report = await app
    .get(ImportService)
    .run(readItems(format, file, values.locations), {
      format,
      publish: values.publish ?? false,
      dryRun: values['dry-run'] ?? false,
      overwriteLocal: values['overwrite-local'] ?? false,
      actor: null,
      onProgress: (progress) =>
        process.stderr.write(`\r${progress.handled} Datensätze verarbeitet …`),
    });
  process.stderr.write('\n');
  printReport(report);
  if (process.env['AUSKUNFT_REPORT_MEMORY']) {
    // maxRSS is in kilobytes: the peak of this whole process, the figure the import benchmark reports.
    console.log(
      `Spitzenspeicher: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
  }
  return 0;
}

export async function exportCommand(
  app: INestApplicationContext,
  args: string[],
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'with-secrets': { type: 'boolean' },
    },
  });
  const file = positionals[0];
  if (!['json', 'xzufi'].includes(values.format ?? '') || !file) {
    console.error(`Usage: ${IMPORT_USAGE}`);
    return 2;
  }
  const backup = app.get(BackupService);
  const count =
    values.format === 'json'
      ? await backup.exportJson(file, values['with-secrets'] ?? false)
      : await backup.exportXzufi(file);
  console.log(`${count} Leistungen exportiert nach ${file}`);
  return 0;
}

#!/usr/bin/env node
// Import benchmark: generates N DLDB records with realistic field sizes, imports them
// with the CLI into a fresh data directory and prints records per second and the
// importing process's peak memory. A benchmark, not a test: it prints figures.
//   node tools/bench/import-bench.mjs [count=10000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN } from '../api-node.mjs';

const count = Number(process.argv[2] ?? 10000);
const work = mkdtempSync(join(tmpdir(), 'auskunft-import-bench-'));
const file = join(work, 'services.json');
const words =
  'Antrag Bescheid Unterlagen Gebühr Termin Nachweis Ausweis Fahrzeug Wohnung Kind Familie Gewerbe Erlaubnis Anzeige Bescheinigung Genehmigung Prüfung Frist Verfahren Zuständigkeit'.split(
    ' ',
  );
const sentence = (seed, length) =>
  Array.from(
    { length },
    (_, index) => words[(seed * 7 + index * 13) % words.length],
  ).join(' ') + '.';

const records = [];
for (let index = 0; index < count; index++) {
  records.push(
    JSON.stringify({
      id: String(100000 + index),
      name: `${words[index % words.length]} ${words[(index * 3) % words.length]} ${index}`,
      description: `<p>${sentence(index, 25)}</p><p>${sentence(index + 1, 40)}</p><ul><li>${sentence(index + 2, 8)}</li><li>${sentence(index + 3, 8)}</li></ul>`,
      meta: {
        keywords: Array.from(
          { length: 6 },
          (_, k) => words[(index + k * 5) % words.length],
        ).join(', '),
      },
      leika: index % 3 === 0 ? String(99000000000000 + index) : '',
      fees: `<p>${(index % 90) + 10},50 Euro</p>`,
      requirements: [
        { name: 'Personalausweis', description: '' },
        { name: 'Nachweis', description: sentence(index, 10) },
      ],
      forms: [
        { name: 'Antrag', link: `https://example.org/formular/${index}.pdf` },
      ],
      links: [],
      locations: [],
    }),
  );
}
writeFileSync(file, `{"data":[\n${records.join(',\n')}\n]}`);
console.log(
  `Generated ${count} records (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB) in ${file}`,
);

const env = {
  ...process.env,
  DATA_DIR: join(work, 'data'),
  DEMO_CONTENT: 'false',
  AUSKUNFT_REPORT_MEMORY: '1',
};
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [...API_MAIN, 'import', '--format', 'dldb', file, '--publish'],
  { env, encoding: 'utf8' },
);
const seconds = (Date.now() - started) / 1000;
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
const summary =
  result.stdout.split('\n').find((line) => line.includes('Datensätze:')) ?? '';
const peak = /Spitzenspeicher: (\d+) MB/.exec(result.stdout)?.[1] ?? '?';
console.log(summary);
console.log(
  `| records | seconds | records/s | peak RSS (MB) |\n|---:|---:|---:|---:|\n| ${count} | ${seconds.toFixed(1)} | ${(count / seconds).toFixed(0)} | ${peak} |`,
);
rmSync(work, { recursive: true, force: true });

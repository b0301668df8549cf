#!/usr/bin/env node
// `npm test`: formatting, lint and type checks, unit tests (api: Jest, web: Karma),
// the API integration suite (real Meilisearch + SQLite) and the browser e2e suite.
import { execFileSync, spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NG_CLI_ANALYTICS: 'false',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
try {
  env.CHROME_BIN = execFileSync(
    process.execPath,
    ['tools/ensure-chromium.mjs'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  ).trim();
} catch {
  process.exit(1);
}

const steps = [
  ['format', ['nx', 'format:check']],
  [
    'lint, typecheck, unit tests, build',
    [
      'nx',
      'run-many',
      '-t',
      'lint',
      'typecheck',
      'test',
      'build',
      '--outputStyle=static',
    ],
  ],
  [
    'API integration (SQLite + Meilisearch)',
    ['nx', 'run', 'api:integration', '--outputStyle=static'],
  ],
  ['e2e (Chromium)', ['nx', 'run', 'e2e:e2e', '--outputStyle=static']],
];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync('npx', args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nAll checks passed.');

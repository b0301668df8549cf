#!/usr/bin/env node
// Starts the built product for the e2e suite on a fresh data directory, and stops it
// (with its embedded Meilisearch) when Playwright ends the run.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(process.cwd(), 'tmp', 'e2e-data');
rmSync(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, ['dist/api/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir, DEMO_CONTENT: 'true' },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));

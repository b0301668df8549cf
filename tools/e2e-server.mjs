#!/usr/bin/env node
// Starts the built product for the e2e suite on a fresh data directory, and stops it
// (with its embedded Meilisearch) when Playwright ends the run.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { API_MAIN } from './api-node.mjs';

const dataDir = join(process.cwd(), 'tmp', 'e2e-data');
rmSync(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, [...API_MAIN], {
  stdio: 'inherit',
  env: {
    // One client drives the whole suite: lift the public rate limits unless a test sets its own.
    PUBLIC_RATE_LIMIT: '100000',
    PUBLIC_PAGE_RATE_LIMIT: '100000',
    ...process.env,
    DATA_DIR: dataDir,
    DEMO_CONTENT: 'true',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => process.exit(code ?? 0));

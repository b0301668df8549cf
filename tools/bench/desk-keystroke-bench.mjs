#!/usr/bin/env node
// Desk keystroke benchmark: starts the built product (dist/) with the demo content on a
// fresh data directory, signs in as the demo agent in Chromium and measures, for 50
// caller-phrased queries, the time from the query's last keystroke (keydown) to the
// frame that shows the results for the whole query (the hit list and the announced
// count). Every query starts from the results of the query minus its last letter, as
// when an agent types. A benchmark, not a test: it prints figures.
//   npm run bench:desk            (builds first)
//   node tools/bench/desk-keystroke-bench.mjs [count=50]
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { API_MAIN } from '../api-node.mjs';

const count = Number(process.argv[2] ?? 50);
/** Mirrors DESK_SEARCH_DEBOUNCE_MS in web/src/app/desk/desk-search-page.ts (printed only). */
const DESK_DEBOUNCE_MS = 25;
const port = Number(process.env.BENCH_PORT ?? 3160);
const base = `http://127.0.0.1:${port}`;
const dataDir = join(process.cwd(), 'tmp', 'bench-desk-data');

const { queries } = JSON.parse(
  readFileSync('search-config/relevance/demo.json', 'utf8'),
);
// Every n-th query: spread over all topics, and the same 50 on every run.
const picked = queries
  .filter(
    (_, index) => index % Math.max(1, Math.floor(queries.length / count)) === 0,
  )
  .slice(0, count)
  .map((entry) => entry.q.trim());

rmSync(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, [...API_MAIN], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_CONTENT: 'true',
  },
});
const stopServer = () =>
  new Promise((resolve) => {
    if (server.exitCode !== null) {
      resolve();
      return;
    }
    server.once('exit', resolve);
    server.kill('SIGTERM');
  });

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok && (await response.json()).status === 'ok') {
        return;
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not become healthy within 120 s');
}

function percentile(sorted, p) {
  const index = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)];
}

let browser;
try {
  await waitForHealth();
  const accounts = JSON.parse(
    readFileSync(join(dataDir, 'demo-users.json'), 'utf8'),
  );
  const agent = accounts.find((account) => account.username === 'agent');

  browser = await chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({
    baseURL: base,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 640, height: 720 },
  });
  const login = await context.request.post('/api/v1/auth/login', {
    data: { username: agent.username, password: agent.password },
  });
  if (!login.ok()) {
    throw new Error(`sign-in failed: ${login.status()}`);
  }
  const page = await context.newPage();
  await page.goto('/desk');
  const field = page.getByRole('searchbox', { name: 'Leistung suchen' });
  await field.waitFor();

  // Records the keydown's time and resolves on the first frame after the count for
  // `query` is on screen (the count and the hit list render in one change detection).
  const measure = (query) =>
    page.evaluate(
      (expected) =>
        new Promise((resolve, reject) => {
          let keydownAt = null;
          const status = document.querySelector('[role="status"]');
          const done = () =>
            requestAnimationFrame(() => {
              observer.disconnect();
              const rendered = performance.now() - keydownAt;
              // The search request this keystroke started: when it left and when its answer was in.
              const request = performance
                .getEntriesByType('resource')
                .filter(
                  (entry) =>
                    entry.name.includes('/api/v1/search') &&
                    entry.startTime >= keydownAt,
                )
                .at(-1);
              resolve({
                rendered,
                sent: request ? request.startTime - keydownAt : NaN,
                answered: request ? request.responseEnd - keydownAt : NaN,
              });
            });
          const observer = new MutationObserver(() => {
            if (
              keydownAt !== null &&
              status.textContent.includes(`„${expected}“`)
            ) {
              done();
            }
          });
          observer.observe(status, {
            childList: true,
            characterData: true,
            subtree: true,
          });
          document.addEventListener(
            'keydown',
            (event) => {
              keydownAt = event.timeStamp;
            },
            { capture: true, once: true },
          );
          setTimeout(
            () => reject(new Error(`timeout for ${expected}`)),
            10_000,
          );
          window.__benchReady = true;
        }),
      query,
    );

  const times = [];
  const requestTimes = [];
  const renderTimes = [];
  const warmup = picked.slice(0, 3);
  for (const [round, query] of [...warmup, ...picked].entries()) {
    const prefix = query.slice(0, -1);
    await field.fill(prefix);
    await page
      .getByRole('status')
      .first()
      .filter({ hasText: `„${prefix.trim()}“` })
      .waitFor({ timeout: 10_000 });
    await page.evaluate(() => (window.__benchReady = false));
    const measured = measure(query);
    await page.waitForFunction(() => window.__benchReady === true);
    await field.press(query.slice(-1));
    const timing = await measured;
    if (round >= warmup.length) {
      times.push(timing.rendered);
      requestTimes.push(timing.answered - timing.sent);
      renderTimes.push(timing.rendered - timing.answered);
    }
  }

  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  console.log(
    `Desk keystroke → rendered results, ${times.length} queries (demo content, Chromium ${browser.version()})`,
  );
  console.log(`  median ${median.toFixed(1)} ms`);
  console.log(`  p95    ${p95.toFixed(1)} ms`);
  console.log(`  max    ${sorted[sorted.length - 1].toFixed(1)} ms`);
  const at = (values, p) =>
    percentile(
      values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b),
      p,
    );
  console.log(
    `  of which: search request median ${at(requestTimes, 50).toFixed(1)} ms (p95 ${at(requestTimes, 95).toFixed(1)} ms), answer → painted frame median ${at(renderTimes, 50).toFixed(1)} ms (p95 ${at(renderTimes, 95).toFixed(1)} ms); the rest is the ${DESK_DEBOUNCE_MS} ms debounce and scheduling`,
  );
  console.log(
    `  machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
  );
  console.log(`  target p95 < 100 ms: ${p95 < 100 ? 'met' : 'NOT met'}`);
} finally {
  await browser?.close();
  await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
}

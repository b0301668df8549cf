#!/usr/bin/env node
// Public page budget: loads a Leistung page of the public guide in Chromium on
// localhost (the built product, fresh demo data) and prints the bytes transferred
// and the Largest Contentful Paint, cold (empty cache) and warm (revalidated).
// A benchmark, not a test: it prints figures and asserts nothing.
//   npm run bench:public                       (builds first)
//   node tools/bench/public-budget.mjs [path=/leistungen/kfz-wunschkennzeichen] [runs=5]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { API_MAIN } from '../api-node.mjs';

const path = process.argv[2] ?? '/leistungen/kfz-wunschkennzeichen';
const runs = Number(process.argv[3] ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3170);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'auskunft-public-bench-'));

const server = spawn(process.execPath, [...API_MAIN], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    DEMO_CONTENT: 'true',
    PORT: String(port),
    PUBLIC_PAGE_RATE_LIMIT: '100000',
    PUBLIC_RATE_LIMIT: '100000',
  },
});

async function ready() {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('server did not become ready');
}

/** One page load; returns transferred bytes (headers + bodies, as on the wire) and LCP. */
async function load(page, client) {
  let bytes = 0;
  let requests = 0;
  const onFinished = (event) => {
    bytes += event.encodedDataLength;
    requests++;
  };
  client.on('Network.loadingFinished', onFinished);
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.locator('main h1').waitFor();
  // Let the app boot and fetch what it needs after the HTML (counted above).
  await page.waitForTimeout(1500);
  const lcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? null);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(null), 3000);
      }),
  );
  client.off('Network.loadingFinished', onFinished);
  return { bytes, requests, lcp };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

try {
  await ready();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  // Warm the server (first render loads the lazy chunks into the renderer).
  await fetch(`${base}${path}`);
  const cold = [];
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    cold.push(await load(page, client));
    warm.push(await load(page, client));
    await context.close();
  }
  await browser.close();
  const html = await fetch(`${base}${path}`);
  const htmlBytes = (await html.arrayBuffer()).byteLength;
  const row = (name, results) =>
    `${name.padEnd(5)} transferred ${(median(results.map((r) => r.bytes)) / 1024).toFixed(1)} KiB in ${median(results.map((r) => r.requests))} requests, LCP ${median(results.map((r) => r.lcp ?? NaN)).toFixed(0)} ms (median of ${results.length})`;
  console.log(`Public page budget for ${path} on localhost`);
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  console.log(
    `server-rendered HTML: ${(htmlBytes / 1024).toFixed(1)} KiB (uncompressed)`,
  );
  console.log(row('cold', cold));
  console.log(row('warm', warm));
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

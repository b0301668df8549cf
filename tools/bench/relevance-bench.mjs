#!/usr/bin/env node
// `npm run bench:relevance`: how often the search puts the right Leistung first.
//
// For each relevance set in search-config/relevance/ (demo content, and the real Munich
// catalogue imported from ../shared/data/munich-dldb) it starts the built product on a
// fresh data directory, asks the staff and the public search every query, and prints
// Recall@1, Recall@3, MRR and the zero-result count — beside a PostgreSQL full-text
// baseline ("german" configuration, ts_rank) on exactly the same content, when a
// PostgreSQL server is available (DATABASE_URL, or a throwaway cluster from the
// server binaries in /usr/lib/postgresql). `--misses` lists every query that missed rank 1.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { cli, freePort, login, root, startServer } from './product.mjs';

const showMisses = process.argv.includes('--misses');
const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice(6);
const MUNICH = resolve(root, '../shared/data/munich-dldb');

// Each corpus is started once and asked every set written for it. The munich-unseen
// sets were written by someone who had seen neither the search configuration nor the
// other sets (see their $comment): a check of how the tuning carries over to queries
// nobody tuned for. docs/benchmarks.md says which of them the tuning has seen since.
const SETS = [
  {
    name: 'demo',
    files: { demo: 'search-config/relevance/demo.json' },
    demo: true,
  },
  {
    name: 'munich',
    files: {
      munich: 'search-config/relevance/munich.json',
      'munich-unseen': 'search-config/relevance/munich-unseen.json',
      'munich-unseen-2': 'search-config/relevance/munich-unseen-2.json',
    },
    demo: false,
    importArgs: [
      'import',
      '--format',
      'dldb',
      join(MUNICH, 'services_de.json'),
      '--locations',
      join(MUNICH, 'locations_de.json'),
      '--publish',
    ],
  },
].filter((set) => !only || set.name === only);

async function startProduct(dataDir, demo) {
  // The engine's port is chosen here too: left to itself, the embedded engine picked a
  // free port at start-up, sometimes the one just chosen for the API, which then failed
  // with EADDRINUSE.
  const port = await freePort();
  let meiliPort = await freePort();
  while (meiliPort === port) {
    meiliPort = await freePort();
  }
  return startServer(
    {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      MEILI_PORT: String(meiliPort),
      DEMO_CONTENT: demo ? 'true' : 'false',
      NODE_ENV: 'development',
    },
    180_000,
  );
}

const cliEnv = (dataDir) => ({
  ...process.env,
  DATA_DIR: dataDir,
  DEMO_CONTENT: 'false',
});

/** The published Leistungen as stored, for the baseline and to map slugs to catalogue ids. */
function readContent(dataDir) {
  const db = new Database(join(dataDir, 'auskunft.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT l.slug, l.externalRefId, l.title, l.plainTitle, l.shortText, l.fullText,
                l.searchTerms, l.requiredDocuments, l.fees, l.prerequisites, l.procedure,
                l.legalBasis, s.name AS sachgebietName
           FROM leistung l LEFT JOIN sachgebiet s ON s.id = l.sachgebietId
          WHERE l.status = 'published'`,
      )
      .all();
  } finally {
    db.close();
  }
}

function score(set, rankOf) {
  let r1 = 0;
  let r3 = 0;
  let mrr = 0;
  let zero = 0;
  const misses = [];
  for (const query of set.queries) {
    const { rank, first, count } = rankOf(query);
    if (count === 0) {
      zero++;
    }
    if (rank === 0) {
      r1++;
    }
    if (rank >= 0 && rank < 3) {
      r3++;
    }
    if (rank >= 0) {
      mrr += 1 / (rank + 1);
    }
    if (rank !== 0) {
      misses.push(
        `  ${query.kind.padEnd(14)} ${JSON.stringify(query.q)} → ${first ?? '(nichts)'}; erwartet ${query.expected.join('|')} auf ${rank < 0 ? '–' : rank + 1}`,
      );
    }
  }
  const n = set.queries.length;
  return { n, r1: r1 / n, r3: r3 / n, mrr: mrr / n, zero, misses };
}

/** For score(): where a query's expected id stands among the ids answered for it. */
function rankIn(answers) {
  return (query) => {
    const ids = answers.get(query);
    return {
      rank: ids.findIndex((id) => query.expected.includes(id)),
      first: ids[0],
      count: ids.length,
    };
  };
}

async function measureProduct(set, base, audience, cookie, idOf) {
  const answers = new Map();
  for (const query of set.queries) {
    const path =
      audience === 'staff' ? '/api/v1/search' : '/api/v1/public/search';
    const response = await fetch(
      `${base}${path}?limit=10&q=${encodeURIComponent(query.q)}`,
      { headers: cookie ? { cookie } : {} },
    );
    if (!response.ok) {
      throw new Error(`${path} answered ${response.status} for ${query.q}`);
    }
    const body = await response.json();
    answers.set(
      query,
      body.hits.map((hit) => idOf(hit.slug)),
    );
  }
  return score(set, rankIn(answers));
}

// --- PostgreSQL full-text baseline -------------------------------------------------

async function startPostgres() {
  if (process.env.DATABASE_URL?.startsWith('postgres')) {
    return { url: process.env.DATABASE_URL, stop: () => Promise.resolve() };
  }
  const libDir = '/usr/lib/postgresql';
  const version = existsSync(libDir)
    ? readdirSync(libDir).sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (!version) {
    return undefined;
  }
  const bin = join(libDir, version, 'bin');
  const dir = mkdtempSync(join(tmpdir(), 'auskunft-bench-pg-'));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (command) => {
    const result = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command], {
          encoding: 'utf8',
        })
      : spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${command}: ${result.stderr}`);
    }
  };
  if (asRoot) {
    spawnSync('chown', ['postgres', dir]);
  }
  run(
    `${bin}/initdb -D ${dir}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null`,
  );
  run(
    `${bin}/pg_ctl -D ${dir}/data -o '-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off' -l ${dir}/log -w start >/dev/null`,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      run(`${bin}/pg_ctl -D ${dir}/data -m immediate stop >/dev/null`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const list = (json) => {
  const value = typeof json === 'string' ? JSON.parse(json) : json;
  return (value ?? [])
    .map((entry) =>
      typeof entry === 'string' ? entry : (entry.name ?? entry.label ?? ''),
    )
    .join(' ');
};
const plain = (html) => String(html ?? '').replace(/<[^>]+>/g, ' ');

/**
 * The obvious PostgreSQL set-up: a weighted tsvector with the "german" configuration
 * (title A, search terms and short text B, the rest C), the query's words OR-ed as
 * german lexemes, ranked by ts_rank_cd.
 */
async function measurePostgres(sets, url, content, idOf) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS bench_leistung');
    await client.query(
      'CREATE TABLE bench_leistung (slug text PRIMARY KEY, doc tsvector)',
    );
    for (const row of content) {
      await client.query(
        `INSERT INTO bench_leistung VALUES ($1,
           setweight(to_tsvector('german', $2), 'A') ||
           setweight(to_tsvector('german', $3), 'B') ||
           setweight(to_tsvector('german', $4), 'C'))`,
        [
          row.slug,
          `${row.title} ${row.plainTitle ?? ''}`,
          `${list(row.searchTerms)} ${row.shortText}`,
          [
            plain(row.fullText),
            list(row.requiredDocuments),
            list(row.fees),
            list(row.prerequisites),
            row.procedure,
            row.legalBasis,
            row.sachgebietName ?? '',
          ].join(' '),
        ],
      );
    }
    const results = [];
    for (const set of sets) {
      results.push(score(set, await rankPostgres(client, set, idOf)));
    }
    return results;
  } finally {
    await client.end();
  }
}

/** The baseline's ranking for each query of a set, as score() takes it. */
async function rankPostgres(client, set, idOf) {
  const answers = new Map();
  for (const query of set.queries) {
    const { rows } = await client.query(
      `WITH q AS (
           SELECT to_tsquery('german', string_agg(lexeme, ' | ')) AS tsq
             FROM unnest(to_tsvector('german', $1)) )
         SELECT slug FROM bench_leistung, q
          WHERE q.tsq IS NOT NULL AND doc @@ q.tsq
          ORDER BY ts_rank_cd(doc, q.tsq) DESC, slug LIMIT 10`,
      [query.q],
    );
    answers.set(
      query,
      rows.map((row) => idOf(row.slug)),
    );
  }
  return rankIn(answers);
}

// --- main ---------------------------------------------------------------------------

const format = (value) => value.toFixed(3);
const rows = [];
const allMisses = [];
const postgres = await startPostgres().catch((error) => {
  console.warn(`PostgreSQL baseline skipped: ${error.message}`);
  return undefined;
});
try {
  for (const set of SETS) {
    const dataDir = mkdtempSync(
      join(tmpdir(), `auskunft-relevance-${set.name}-`),
    );
    try {
      let password = 'relevance-bench-agent-pw';
      let username = 'bench-agent';
      if (set.importArgs) {
        cli(cliEnv(dataDir), set.importArgs);
        cli(cliEnv(dataDir), [
          'user:create',
          '--username',
          username,
          '--password',
          password,
          '--role',
          'agent',
        ]);
      }
      const product = await startProduct(dataDir, set.demo);
      try {
        if (set.demo) {
          const users = JSON.parse(
            readFileSync(join(dataDir, 'demo-users.json'), 'utf8'),
          );
          const agent = users.find((user) => user.username === 'agent');
          username = agent.username;
          password = agent.password;
        }
        const content = readContent(dataDir);
        const bySlug = new Map(
          content.map((row) => [
            row.slug,
            set.demo ? row.slug : row.externalRefId,
          ]),
        );
        const idOf = (slug) => bySlug.get(slug) ?? slug;
        const cookie = await login(product.base, username, password);
        const relevanceSets = Object.entries(set.files).map(([name, file]) => [
          name,
          JSON.parse(readFileSync(join(root, file), 'utf8')),
        ]);
        // The baseline's table is filled once per corpus and asked every set.
        const baseline = postgres
          ? await measurePostgres(
              relevanceSets.map(([, relevance]) => relevance),
              postgres.url,
              content,
              idOf,
            )
          : [];
        for (const [index, [name, relevance]] of relevanceSets.entries()) {
          for (const audience of ['staff', 'public']) {
            const result = await measureProduct(
              relevance,
              product.base,
              audience,
              audience === 'staff' ? cookie : undefined,
              idOf,
            );
            rows.push({ set: name, system: `Auskunft ${audience}`, ...result });
            if (audience === 'staff') {
              allMisses.push(`${name} (Auskunft staff):`, ...result.misses);
            }
          }
          if (postgres) {
            rows.push({
              set: name,
              system: 'PostgreSQL FTS',
              ...baseline[index],
            });
          }
        }
      } finally {
        await product.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  await postgres?.stop();
}

console.log('\nRelevance (search-config/relevance/*.json)\n');
console.log(
  '| Set | System | Queries | Recall@1 | Recall@3 | MRR | Zero results |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.set} | ${row.system} | ${row.n} | ${format(row.r1)} | ${format(row.r3)} | ${format(row.mrr)} | ${row.zero} |`,
  );
}
if (showMisses) {
  console.log(`\n${allMisses.join('\n')}`);
}

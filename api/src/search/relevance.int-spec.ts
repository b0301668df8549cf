import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SearchResponse } from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, type TestApp } from '../../test/test-app';
import { readItems } from '../import/import-readers';
import { ImportService } from '../import/import.service';
import { Leistung } from '../leistungen/leistung.entity';

/**
 * Relevance regression: the hand-written query sets in search-config/relevance must
 * not get worse. The floors sit just under the scores measured when they were last
 * raised (npm run bench:relevance prints the current figures and the misses); raise
 * them when the search gets better, never lower them to make a change pass. The one
 * exception is a deliberate, measured trade written down in docs/benchmarks.md (session 3:
 * synonyms at indexing, demo −4 queries at rank 1, Munich +6, three times faster).
 */
const FLOORS = {
  // Measured in session 9 (staff search; the title coverage weighs more in a sentence
  // no Leistung matches in full, "Frau" is no stop word): demo 0.947 / 0.979 on SQLite
  // and PostgreSQL; Munich 0.918 / 0.979 on SQLite and 0.904 / 0.973 on PostgreSQL (the
  // two imports differ slightly). The floors keep two to four queries of room below the
  // lower run at rank 1 and one or two in the top 3. Session 10 (two-word queries get
  // the relaxed lists too) measured the same except demo Recall@3, now 0.988.
  demo: { recallAt1: 0.93, recallAt3: 0.97 },
  munich: { recallAt1: 0.89, recallAt3: 0.96 },
  // Written in session 10 by someone who had seen neither the search configuration
  // nor the other sets; see docs/benchmarks.md for what the tuning has seen of them
  // since. Measured on SQLite: 0.800 / 0.900 and 0.786 / 0.871.
  'munich-unseen': { recallAt1: 0.74, recallAt3: 0.85 },
  'munich-unseen-2': { recallAt1: 0.73, recallAt3: 0.83 },
};

type SetName = keyof typeof FLOORS;

const RELEVANCE = resolve(__dirname, '../../../search-config/relevance');
const MUNICH = resolve(__dirname, '../../../../shared/data/munich-dldb');

interface RelevanceSet {
  queries: { q: string; expected: string[]; kind: string }[];
}

function readSet(name: SetName): RelevanceSet {
  return JSON.parse(
    readFileSync(join(RELEVANCE, `${name}.json`), 'utf8'),
  ) as RelevanceSet;
}

/** Recall@1 and Recall@3 of the staff search, the agents' view. */
async function measure(
  agent: TestAgent,
  set: RelevanceSet,
  idOf: (slug: string) => string | undefined,
): Promise<{ recallAt1: number; recallAt3: number }> {
  let first = 0;
  let top3 = 0;
  for (const query of set.queries) {
    const body = (
      await agent
        .get('/api/v1/search')
        .query({ q: query.q, limit: 10 })
        .expect(200)
    ).body as SearchResponse;
    const ids = body.hits.map((hit) => idOf(hit.slug));
    const rank = ids.findIndex(
      (id) => id !== undefined && query.expected.includes(id),
    );
    if (rank === 0) {
      first++;
    }
    if (rank >= 0 && rank < 3) {
      top3++;
    }
  }
  return {
    recallAt1: first / set.queries.length,
    recallAt3: top3 / set.queries.length,
  };
}

describe('Search relevance (integration, search-config/relevance)', () => {
  describe('demo content', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ demoContent: true });
      await t.indexed();
    });

    afterAll(async () => {
      await t.close();
    });

    it(`ranks the expected Leistung first for ≥ ${FLOORS.demo.recallAt1} and in the top 3 for ≥ ${FLOORS.demo.recallAt3} of the queries`, async () => {
      const set = readSet('demo');
      expect(set.queries.length).toBeGreaterThanOrEqual(150);
      const result = await measure(await t.as('agent'), set, (slug) => slug);
      expect(result.recallAt1).toBeGreaterThanOrEqual(FLOORS.demo.recallAt1);
      expect(result.recallAt3).toBeGreaterThanOrEqual(FLOORS.demo.recallAt3);
    });
  });

  describe('the imported Munich catalogue', () => {
    let t: TestApp;
    /** The catalogue's own ids, by the slugs the search answers with. */
    let bySlug: Map<string, string | undefined>;

    beforeAll(async () => {
      t = await createTestApp();
      await t.app
        .get(ImportService)
        .run(
          readItems(
            'dldb',
            join(MUNICH, 'services_de.json'),
            join(MUNICH, 'locations_de.json'),
          ),
          { format: 'dldb', publish: true, dryRun: false, actor: null },
        );
      await t.indexed();
      const rows = await t.dataSource
        .getRepository(Leistung)
        .find({ select: { slug: true, externalRefId: true } });
      bySlug = new Map(
        rows.map((row) => [row.slug, row.externalRefId ?? undefined]),
      );
    });

    afterAll(async () => {
      await t.close();
    });

    it.each([
      ['munich', 80],
      ['munich-unseen', 70],
      ['munich-unseen-2', 70],
    ] as const)(
      '%s: ranks the expected Leistung first and in the top 3 for at least the floor share of the queries',
      async (name, size) => {
        const set = readSet(name);
        expect(set.queries.length).toBeGreaterThanOrEqual(size);
        const result = await measure(await t.as('agent'), set, (slug) =>
          bySlug.get(slug),
        );
        expect(result.recallAt1).toBeGreaterThanOrEqual(FLOORS[name].recallAt1);
        expect(result.recallAt3).toBeGreaterThanOrEqual(FLOORS[name].recallAt3);
      },
    );
  });
});

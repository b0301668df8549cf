import type { ControllingSummary } from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { shiftDay, officeDay } from './office-day';
import {
  SearchQueryStatsService,
  normalizeSearchQuery,
} from './search-query-stats.service';
import { SearchQueryDay } from './usage.entities';

describe('Search queries for controlling (integration)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let rows: () => Promise<SearchQueryDay[]>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
    agent = await t.as('agent');
    await t.publish(aLeistung({ title: 'Wunschkennzeichen reservieren' }));
    await t.indexed();
    rows = () =>
      t.dataSource
        .getRepository(SearchQueryDay)
        .find({ order: { channel: 'ASC', query: 'ASC' } });
  });

  beforeEach(async () => {
    await t.dataSource.getRepository(SearchQueryDay).clear();
  });

  afterAll(async () => {
    await t.close();
  });

  const record = (query: unknown, hits: unknown) =>
    agent.post('/api/v1/usage/search-queries').send({ query, hits });

  it('counts settled desk searches per normalized query and day, with the searches that found nothing', async () => {
    await record('  Lappen   WEG ', 3).expect(204);
    await record('lappen weg', 0).expect(204);
    await record('Hundemarke', 0).expect(204);

    const today = officeDay(new Date());
    expect(
      (await rows()).map(({ day, channel, query, searches, zeroHits }) => ({
        day,
        channel,
        query,
        searches,
        zeroHits,
      })),
    ).toEqual([
      {
        day: today,
        channel: 'staff',
        query: 'hundemarke',
        searches: 1,
        zeroHits: 1,
      },
      {
        day: today,
        channel: 'staff',
        query: 'lappen weg',
        searches: 2,
        zeroHits: 1,
      },
    ]);
  });

  it('keeps no user and no time of day: only day, channel, query and the two counts', async () => {
    await record('Führerschein verloren', 1).expect(204);
    const [row] = await rows();
    expect(Object.keys(row).sort()).toEqual(
      ['channel', 'day', 'query', 'searches', 'zeroHits'].sort(),
    );
    const columns = (
      await t.dataSource.query<{ name: string }[]>(
        t.dataSource.options.type === 'postgres'
          ? `SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'search_query_day'`
          : `SELECT name FROM pragma_table_info('search_query_day')`,
      )
    )
      .map((column) => column.name)
      .sort();
    expect(columns).toEqual(
      ['channel', 'day', 'query', 'searches', 'zeroHits'].sort(),
    );
  });

  it('does not count what looks like personal data, and cuts long queries to 100 characters', async () => {
    await record('max.muster@example.org', 0).expect(204);
    await record('07031 123456', 0).expect(204);
    await record('geb. 01.02.1980', 0).expect(204);
    await record('72070 Lindenau', 1).expect(204);
    await record('ab'.repeat(80), 0).expect(204);

    expect((await rows()).map((row) => row.query)).toEqual([
      '72070 lindenau',
      'ab'.repeat(50),
    ]);
    expect(normalizeSearchQuery(' x ')).toBeNull();
  });

  it('answers bad input with 400 naming the field', async () => {
    const problems = [
      [(await record('', 0).expect(400)).body, 'query'],
      [(await record(42, 0).expect(400)).body, 'query'],
      [(await record('Ausweis', -1).expect(400)).body, 'hits'],
      [(await record('Ausweis', 'viele').expect(400)).body, 'hits'],
      [
        (
          await agent
            .post('/api/v1/usage/search-queries')
            .send({ query: 'Ausweis' })
            .expect(400)
        ).body,
        'hits',
      ],
    ] as const;
    for (const [body, field] of problems) {
      expect(JSON.stringify(body)).toContain(field);
    }
    expect(await rows()).toEqual([]);
  });

  it('counts a citizen search once per submit in the public endpoint, not its further pages or filters', async () => {
    await t.http
      .get('/api/v1/public/search')
      .query({ q: 'Wunschkennzeichen', limit: 20, offset: 0 })
      .expect(200);
    await t.http
      .get('/api/v1/public/search')
      .query({ q: 'Gibtesnichtwort', limit: 20, offset: 0 })
      .expect(200);
    // Citizens' searches are summed in memory and written by flush().
    await t.app.get(SearchQueryStatsService).flush();
    const counted = await rows();
    // Further pages and a filter chosen afterwards repeat the same search.
    await t.http
      .get('/api/v1/public/search')
      .query({ q: 'Wunschkennzeichen', limit: 20, offset: 20 })
      .expect(200);
    await t.http
      .get('/api/v1/public/search')
      .query({ q: 'Wunschkennzeichen', sachgebiet: '32.1' })
      .expect(200);
    await t.http.get('/api/v1/public/search').query({ q: '' }).expect(200);
    // The staff search itself counts nothing: the desk reports settled searches.
    await agent.get('/api/v1/search').query({ q: 'Wunschkennzeichen' });

    expect(
      counted.map(({ channel, query, searches, zeroHits }) => ({
        channel,
        query,
        searches,
        zeroHits,
      })),
    ).toEqual([
      {
        channel: 'public',
        query: 'gibtesnichtwort',
        searches: 1,
        zeroHits: 1,
      },
      {
        channel: 'public',
        query: 'wunschkennzeichen',
        searches: 1,
        zeroHits: 0,
      },
    ]);
    await t.app.get(SearchQueryStatsService).flush();
    expect((await rows()).map((row) => row.searches)).toEqual([1, 1]);
  });

  it('shows the most frequent queries and those without result on the controlling summary, only from two searches on, for the chosen period', async () => {
    const stats = t.app.get(SearchQueryStatsService);
    const day = (date: string) => new Date(`${date}T10:00:00+01:00`);
    const searches: [string, 'staff' | 'public', string, number][] = [
      ['2026-02-02', 'staff', 'Sperrmüll', 4],
      ['2026-02-02', 'staff', 'Sperrmüll', 2],
      ['2026-02-03', 'public', 'Sperrmüll', 5],
      ['2026-02-03', 'staff', 'Hundesteuer', 0],
      ['2026-02-04', 'public', 'hundesteuer', 0],
      ['2026-02-04', 'public', 'Hundesteuer', 1],
      ['2026-02-04', 'staff', 'Frau Müller', 0],
      ['2026-02-04', 'staff', 'Elterngeld', 3],
      // Outside the period below.
      ['2026-01-31', 'staff', 'Elterngeld', 3],
      ['2026-02-06', 'staff', 'Frau Müller', 0],
    ];
    for (const [date, channel, query, hits] of searches) {
      expect(await stats.record(channel, query, hits, day(date))).toBe(true);
    }

    const summary = (
      await admin
        .get('/api/v1/controlling/summary')
        .query({ from: '2026-02-01', to: '2026-02-05' })
        .expect(200)
    ).body as ControllingSummary;

    expect(summary.searchQueries.minSearches).toBe(2);
    expect(summary.searchQueries.retentionDays).toBe(90);
    // Equal counts: alphabetical.
    expect(summary.searchQueries.top).toEqual([
      { query: 'hundesteuer', searches: 3, staff: 1, public: 2, zeroHits: 2 },
      { query: 'sperrmüll', searches: 3, staff: 2, public: 1, zeroHits: 0 },
    ]);
    expect(summary.searchQueries.zeroHits).toEqual([
      { query: 'hundesteuer', searches: 3, staff: 1, public: 2, zeroHits: 2 },
    ]);
    // Searched once in the period: neither "elterngeld" nor the name appears.
    expect(JSON.stringify(summary)).not.toContain('müller');
    expect(JSON.stringify(summary)).not.toContain('elterngeld');

    const wider = (
      await admin
        .get('/api/v1/controlling/summary')
        .query({ from: '2026-01-31', to: '2026-02-06' })
        .expect(200)
    ).body as ControllingSummary;
    expect(wider.searchQueries.top.map((row) => row.query)).toEqual([
      'hundesteuer',
      'sperrmüll',
      'elterngeld',
      'frau müller',
    ]);
    // Equal searches without result: the more often searched first.
    expect(wider.searchQueries.zeroHits.map((row) => row.query)).toEqual([
      'hundesteuer',
      'frau müller',
    ]);
  });

  it('the retention job deletes exactly the day counts older than SEARCH_QUERY_RETENTION_DAYS (default 90)', async () => {
    const stats = t.app.get(SearchQueryStatsService);
    const now = new Date('2026-03-10T09:00:00Z');
    const today = '2026-03-10';
    const at = (date: string) => new Date(`${date}T12:00:00Z`);
    for (const date of [
      today,
      shiftDay(today, -90),
      shiftDay(today, -91),
      '2025-01-01',
    ]) {
      await stats.record('staff', 'Ausweis', 1, at(date));
      await stats.record('public', 'Ausweis', 0, at(date));
    }

    expect(stats.retentionCutoff(now)).toBe('2025-12-10');
    expect(await stats.deleteExpired(now)).toBe(4);
    expect([...new Set((await rows()).map((row) => row.day))].sort()).toEqual([
      '2025-12-10',
      today,
    ]);
    expect(await stats.deleteExpired(now)).toBe(0);
  });
});

import type {
  HealthResponse,
  LebenslagePublic,
  LeistungPublic,
  LeistungStaff,
  Page,
  LeistungListItem,
  SachgebietPublic,
  SachgebietStaff,
  SearchResponse,
  StandortPublic,
} from '@auskunft/contracts';
import { Meilisearch } from 'meilisearch';
import { aLeistung } from '../../test/builders';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Leistung } from '../leistungen/leistung.entity';
import { SearchOutboxEntry } from './search-outbox.entity';
import { REBUILD_REQUEST } from './search-outbox.worker';

describe('Search on the demo content (integration)', () => {
  let t: TestApp;
  let admin: TestAgent;

  beforeAll(async () => {
    t = await createTestApp({ demoContent: true });
    admin = await t.as('admin');
    await t.indexed();
  });

  afterAll(async () => {
    await t.close();
  });

  async function search(
    audience: 'staff' | 'public',
    q: string,
    extra: Record<string, string> = {},
  ): Promise<SearchResponse> {
    const path =
      audience === 'staff' ? '/api/v1/search' : '/api/v1/public/search';
    return (
      await admin
        .get(path)
        .query({ q, ...extra })
        .expect(200)
    ).body as SearchResponse;
  }

  it('loads the demo district: ≥80 published Leistungen, ≥15 Sachgebiete, 3 Standorte, ≥12 Lebenslagen', async () => {
    const page = (
      await admin
        .get('/api/v1/leistungen')
        .query({ status: 'published', limit: 1 })
        .expect(200)
    ).body as Page<LeistungListItem>;
    expect(page.total).toBeGreaterThanOrEqual(80);
    const sachgebiete = (
      await t.http.get('/api/v1/public/sachgebiete').expect(200)
    ).body as SachgebietPublic[];
    expect(sachgebiete.length).toBeGreaterThanOrEqual(15);
    const standorte = (await t.http.get('/api/v1/public/standorte').expect(200))
      .body as StandortPublic[];
    expect(standorte.map((standort) => standort.key).sort()).toEqual([
      'aussenstelle-bergheim',
      'aussenstelle-seewald',
      'kreishaus',
    ]);
    const lebenslagen = (
      await t.http.get('/api/v1/public/lebenslagen').expect(200)
    ).body as LebenslagePublic[];
    expect(lebenslagen.length).toBeGreaterThanOrEqual(12);
    const all = await t.dataSource.getRepository(Leistung).find();
    expect(
      all.filter((leistung) => leistung.internalNotes).length * 3,
    ).toBeGreaterThanOrEqual(all.length);
  });

  it('finds the Führerschein Leistungen for citizens, with highlights, facets and timing', async () => {
    const result = await search('public', 'Führerschein');
    expect(result.total).toBeGreaterThan(3);
    expect(result.hits[0]?.sachgebietName).toBe('Fahrerlaubnisbehörde');
    expect(
      result.hits[0]?.highlights.title ?? result.hits[0]?.highlights.shortText,
    ).toContain('<mark>');
    expect(
      result.facets.sachgebiet.find((facet) => facet.value === '32.2'),
    ).toMatchObject({ label: 'Fahrerlaubnisbehörde' });
    expect(result.processingTimeMs).toEqual(expect.any(Number));
    expect(result.degraded).toBe(false);
  });

  it('tolerates typos and colloquial words callers use', async () => {
    expect((await search('staff', 'Fürerschein verloren')).hits[0]?.slug).toBe(
      'fuehrerschein-verlust',
    );
    expect((await search('staff', 'lappen weg')).hits[0]?.slug).toBe(
      'fuehrerschein-verlust',
    );
    expect((await search('public', 'wunschkenzeichen')).hits[0]?.slug).toBe(
      'kfz-wunschkennzeichen',
    );
  });

  it('filters by Sachgebiet, Lebenslage and Standort facets', async () => {
    const bySachgebiet = await search('staff', '', { sachgebiet: '70.1' });
    expect(bySachgebiet.total).toBeGreaterThan(5);
    const details = await Promise.all(
      bySachgebiet.hits.map(
        async (hit) =>
          (await admin.get(`/api/v1/leistungen/${hit.id}`).expect(200))
            .body as LeistungStaff,
      ),
    );
    expect(
      details.every((leistung) => leistung.sachgebiet?.code === '70.1'),
    ).toBe(true);
    const byLebenslage = await search('public', 'Antrag', {
      lebenslage: 'familie',
    });
    expect(byLebenslage.hits.length).toBeGreaterThan(0);
    expect(
      byLebenslage.facets.lebenslagen.find((facet) => facet.value === 'familie')
        ?.count,
    ).toBe(byLebenslage.total);
  });

  it('never lets an internal note reach a public response or the public index', async () => {
    const withNotes = (
      await t.dataSource.getRepository(Leistung).find()
    ).filter((leistung) => leistung.internalNotes);
    expect(withNotes.length).toBeGreaterThan(30);
    const publicDocuments = await t.host.engine.allDocuments('public');
    const publicIndexText = JSON.stringify(publicDocuments);
    expect(publicDocuments.length).toBe(
      await t.dataSource
        .getRepository(Leistung)
        .count({ where: { status: 'published' } }),
    );
    expect(
      publicDocuments.some((document) => 'internalNotes' in document),
    ).toBe(false);
    const sachgebiete = (await admin.get('/api/v1/sachgebiete').expect(200))
      .body as SachgebietStaff[];
    const internalPhones = sachgebiete
      .map((sachgebiet) => sachgebiet.internalPhone)
      .filter((phone): phone is string => Boolean(phone));
    expect(internalPhones.length).toBeGreaterThan(0);
    const publicSachgebiete = JSON.stringify(
      (await t.http.get('/api/v1/public/sachgebiete').expect(200)).body,
    );

    for (const leistung of withNotes) {
      const note = leistung.internalNotes as string;
      const detail = (
        await t.http
          .get(`/api/v1/public/leistungen/${leistung.slug}`)
          .expect(200)
      ).body as LeistungPublic;
      const detailText = JSON.stringify(detail);
      expect(detailText.includes(note)).toBe(false);
      expect('internalNotes' in detail).toBe(false);
      expect(publicIndexText.includes(note)).toBe(false);
      // Search the public side for the note's longest word (a word that may occur only in the note).
      const word =
        note.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ??
        '';
      const results = JSON.stringify(await search('public', word));
      expect(results.includes(note)).toBe(false);
      for (const phone of internalPhones) {
        expect(detailText.includes(phone)).toBe(false);
      }
    }
    for (const phone of internalPhones) {
      expect(publicSachgebiete.includes(phone)).toBe(false);
    }
    // Staff do see them.
    const staffDetail = (
      await admin.get(`/api/v1/leistungen/${withNotes[0]?.id}`).expect(200)
    ).body as LeistungStaff;
    expect(staffDetail.internalNotes).toBe(withNotes[0]?.internalNotes);
  });

  it('rebuilds beside the live indexes and swaps them in: searches find every Leistung throughout, and nothing is left behind', async () => {
    const engine = t.host.engine;
    const published = await t.dataSource
      .getRepository(Leistung)
      .count({ where: { status: 'published' } });
    const before = await engine.indexNames();
    let done = false;
    const rebuilding = t.worker.reindexAll().finally(() => {
      done = true;
    });
    const seen: number[] = [];
    while (!done) {
      const [all, staffDocuments] = await Promise.all([
        search('public', ''),
        engine.documentCount('staff'),
      ]);
      seen.push(all.total, staffDocuments);
    }
    expect(await rebuilding).toBe(published);
    // Observed while the rebuild ran, not only before or after it.
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...seen)).toBe(published);
    expect(Math.max(...seen)).toBe(published);
    expect((await search('public', '')).total).toBe(published);
    expect(await engine.indexNames()).toEqual(before);
  });

  it('reports health with the outbox backlog', async () => {
    const health = (await t.http.get('/api/health').expect(200))
      .body as HealthResponse;
    expect(health).toEqual({
      status: 'ok',
      database: 'up',
      search: 'up',
      outboxBacklog: 0,
    });
  });
});

describe('Synonyms from search-config (integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds a Leistung by an everyday word that occurs nowhere in its text', async () => {
    const kennzeichen = await t.publish(
      aLeistung({
        title: 'Kennzeichen reservieren',
        shortText: 'Reservierung einer Buchstaben-Zahlen-Kombination.',
      }),
    );
    await t.publish(
      aLeistung({
        title: 'Hundesteuer',
        shortText: 'Steuer für das Halten eines Hundes.',
      }),
    );
    await t.indexed();
    const result = (
      await t.http
        .get('/api/v1/public/search')
        .query({ q: 'Nummernschild' })
        .expect(200)
    ).body as SearchResponse;
    expect(result.hits.map((hit) => hit.id)).toEqual([kennzeichen.id]);
  });

  it('finds a Leistung by a word of its Leichte-Sprache summary, for citizens and staff', async () => {
    const wunsch = await t.publish(
      aLeistung({
        title: 'Ausweichkennzeichen zuteilen',
        shortText: 'Zuteilung nach Fahrzeugbrand.',
        leichteSprache:
          'Ihr Auto hat gebrannt? Dann bekommen Sie ein Ersatz-Schild. Das Schild ist aus Blech.',
      }),
    );
    await t.indexed();
    const staff = await t.as('agent');
    for (const request of [
      t.http.get('/api/v1/public/search'),
      staff.get('/api/v1/search'),
    ]) {
      const result = (await request.query({ q: 'Blech' }).expect(200))
        .body as SearchResponse;
      expect(result.hits.map((hit) => hit.id)).toEqual([wunsch.id]);
    }
  });

  it('queues the staff index update before the public one, so agents see an edit first', async () => {
    const engine = t.host.engine;
    const client = new Meilisearch({
      host: process.env['MEILI_URL'] ?? '',
      apiKey: process.env['MEILI_MASTER_KEY'],
      requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    });
    for (let round = 0; round < 5; round++) {
      await t.publish(aLeistung({ title: `Reihenfolge ${round}` }));
      await t.indexed();
      const { results } = await client.tasks.getTasks({
        indexUids: [engine.indexUid('staff'), engine.indexUid('public')],
        types: ['documentAdditionOrUpdate'],
        limit: 2,
      });
      // Newest first: the public task, then the staff task queued before it.
      expect(results.map((task) => task.indexUid)).toEqual([
        engine.indexUid('public'),
        engine.indexUid('staff'),
      ]);
    }
  });

  it('rebuilds the indexes when documents would be built differently (synonyms, format), not otherwise', async () => {
    const engine = t.host.engine;
    await t.worker.reindexAll();
    expect(await engine.ensureIndexes()).toBe(false);
    const otherVocabulary = engine.withSettings({
      ...engine.loadedSettings,
      documentsFingerprint: 'built with other synonyms',
    });
    expect(await otherVocabulary.ensureIndexes()).toBe(true);
    expect(await engine.ensureIndexes()).toBe(false);
  });
});

describe('A search index rebuild cut off half-way (integration)', () => {
  it('is tried again by the next drain, not taken as done', async () => {
    const t = await createTestApp();
    try {
      // The worker's first drain (a timer, not yet run) builds the new instance's indexes.
      const finish = jest
        .spyOn(t.host.engine, 'finishRebuild')
        .mockRejectedValueOnce(new Error('engine went away'));
      await t.indexed();
      await t.indexed();
      expect(finish).toHaveBeenCalledTimes(2);
      // Built the current way (fingerprint recorded), and no half-built index left.
      expect(await t.host.engine.ensureIndexes()).toBe(false);
      expect(
        (await t.host.engine.indexNames()).filter((uid) =>
          uid.endsWith('_rebuild'),
        ),
      ).toEqual([]);
      const leistung = await t.publish(aLeistung({ title: 'Fährbetrieb' }));
      await t.indexed();
      const result = (
        await t.http
          .get('/api/v1/public/search')
          .query({ q: 'Fährbetrieb' })
          .expect(200)
      ).body as SearchResponse;
      expect(result.hits.map((hit) => hit.id)).toEqual([leistung.id]);
    } finally {
      await t.close();
    }
  });
});

describe('A rebuild run by another process, e.g. `npm run reindex` beside a running server (integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function titles(q: string): Promise<string[]> {
    const result = (
      await t.http.get('/api/v1/public/search').query({ q }).expect(200)
    ).body as SearchResponse;
    return result.hits.map((hit) => hit.title);
  }

  /** A rebuild request as another process holds it while it rebuilds. */
  async function claimedElsewhere(): Promise<SearchOutboxEntry> {
    const outbox = t.dataSource.getRepository(SearchOutboxEntry);
    return outbox.save(
      outbox.create({
        leistungId: REBUILD_REQUEST,
        attempts: 1,
        nextAttemptAt: new Date(Date.now() + 60_000),
        lastError: null,
      }),
    );
  }

  it('holds back an edit saved during the rebuild until the rebuilt indexes are in, so the swap cannot lose it', async () => {
    const leistung = await t.publish(aLeistung({ title: 'Fährbetrieb' }));
    await t.indexed();
    const request = await claimedElsewhere();
    await t.publishChange(leistung.id, { title: 'Fährverbindung' });
    await t.indexed();
    // Indexed now, the edit would go into the live index that the other process's swap
    // replaces with indexes read before the edit.
    expect(await titles('Fährverbindung')).toEqual([]);
    expect(await titles('Fährbetrieb')).toEqual(['Fährbetrieb']);
    expect(await t.worker.backlog()).toBe(2);
    // The other process stops renewing its claim (it crashed): this one takes the request
    // over, rebuilds, and then indexes the edit.
    await t.dataSource
      .getRepository(SearchOutboxEntry)
      .update(request.id, { nextAttemptAt: new Date(0) });
    await t.indexed();
    expect(await titles('Fährverbindung')).toEqual(['Fährverbindung']);
    expect(await titles('Fährbetrieb')).toEqual([]);
    expect(await t.worker.backlog()).toBe(0);
  });

  it('makes `npm run reindex` wait for a rebuild another process is running, not start a second one', async () => {
    const request = await claimedElsewhere();
    const published = await t.dataSource
      .getRepository(Leistung)
      .count({ where: { status: 'published' } });
    const rebuild = jest.spyOn(t.host.engine, 'beginRebuild');
    let done = false;
    const reindexed = t.worker.reindexAll().finally(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(done).toBe(false);
    // The other process finishes: its rebuilt indexes are in, its request is done.
    await t.dataSource
      .getRepository(SearchOutboxEntry)
      .delete({ id: request.id });
    expect(await reindexed).toBe(published);
    expect(rebuild).not.toHaveBeenCalled();
    rebuild.mockRestore();
  });

  it('finds the pending request through an index on the outbox, which grows while the engine is away', async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      const table = await runner.getTable('search_outbox');
      const indexed = table?.indices.map((index) => index.columnNames);
      expect(indexed).toContainEqual(['leistungId']);
    } finally {
      await runner.release();
    }
  });
});

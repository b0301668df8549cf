import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HealthResponse, SearchResponse } from '@auskunft/contracts';
import { aLeistung } from '../../test/builders';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, type TestApp } from '../../test/test-app';
import { Leistung } from '../leistungen/leistung.entity';
import { EmbeddedMeili } from '../meili/embedded-meili';

async function eventually(
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('Meilisearch outage (integration)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'auskunft-outage-'));
  let meili: EmbeddedMeili;
  let port: number;
  let t: TestApp;
  let admin: TestAgent;

  beforeAll(async () => {
    meili = new EmbeddedMeili({ dataDir });
    await meili.start();
    port = Number(new URL(meili.url).port);
    t = await createTestApp({
      meili: { url: meili.url, masterKey: meili.masterKey },
    });
    admin = await t.as('admin');
  });

  afterAll(async () => {
    await t.close();
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every edit while the engine is down and catches the index up when it returns', async () => {
    const kept = await t.publish(
      aLeistung({ title: 'Kanuverleih am Badesee' }),
    );
    const toDelete = await t.publish(aLeistung({ title: 'Eisstockschießen' }));
    const plain = await t.publish(
      aLeistung({
        title: 'Ausnahmegenehmigung Seeuferweg',
        leichteSprache: 'Sie wollen mit dem Auto zum Bootshaus fahren.',
      }),
    );
    await t.indexed();

    await meili.stop();
    const created = await t.publish(
      aLeistung({ title: 'Floßfahrt auf der Lindach' }),
    );
    await t.publishChange(kept.id, { title: 'Kajakverleih am Badesee' });
    await admin.delete(`/api/v1/leistungen/${toDelete.id}`).expect(204);

    const health = await t.http.get('/api/health').expect(503);
    expect(health.body as HealthResponse).toMatchObject({
      status: 'degraded',
      database: 'up',
      search: 'down',
    });
    expect((health.body as HealthResponse).outboxBacklog).toBeGreaterThan(0);
    const degraded = (
      await admin.get('/api/v1/search').query({ q: 'Floßfahrt' }).expect(200)
    ).body as SearchResponse;
    expect(degraded.degraded).toBe(true);
    expect(degraded.hits.map((hit) => hit.id)).toEqual([created.id]);
    const filtered = (
      await admin
        .get('/api/v1/search')
        .query({ q: 'Floßfahrt', lebenslage: 'abfall', standort: 'kreishaus' })
        .expect(200)
    ).body as SearchResponse;
    expect(filtered).toMatchObject({ degraded: true, hits: [] });
    // The database's full-text search: filler dropped, other word forms, best match first.
    const conversational = (
      await t.http
        .get('/api/v1/public/search')
        .query({ q: 'Ich möchte bitte Floßfahrten auf der Lindach buchen' })
        .expect(200)
    ).body as SearchResponse;
    expect(conversational.degraded).toBe(true);
    expect(conversational.hits[0]?.id).toBe(created.id);
    // Words that stand only in the Leichte-Sprache text, as in the engine's indexes.
    const plainWords = (
      await t.http
        .get('/api/v1/public/search')
        .query({ q: 'Bootshaus' })
        .expect(200)
    ).body as SearchResponse;
    expect(plainWords).toMatchObject({ degraded: true });
    expect(plainWords.hits.map((hit) => hit.id)).toEqual([plain.id]);

    meili = new EmbeddedMeili({ dataDir, port });
    await meili.start();
    await eventually(
      async () =>
        ((await t.http.get('/api/health')).body as HealthResponse)
          .outboxBacklog === 0,
      45_000,
    );

    const published = await t.dataSource
      .getRepository(Leistung)
      .find({ where: { status: 'published' } });
    for (const audience of ['staff', 'public'] as const) {
      const documents = await t.host.engine.allDocuments(audience);
      expect(
        documents.map((document) => [document.id, document.title]).sort(),
      ).toEqual(
        published.map((leistung) => [leistung.id, leistung.title]).sort(),
      );
    }
    const found = (
      await admin.get('/api/v1/search').query({ q: 'Kajakverleih' }).expect(200)
    ).body as SearchResponse;
    expect(found).toMatchObject({ degraded: false });
    expect(found.hits.map((hit) => hit.id)).toEqual([kept.id]);
    await t.http.get('/api/health').expect(200);
  });
});

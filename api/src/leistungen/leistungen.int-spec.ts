import type { LeistungStaff, SearchResponse } from '@auskunft/contracts';
import { aLeistung } from '../../test/builders';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('Leistungen API with search sync (integration)', () => {
  let t: TestApp;
  let admin: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
  });

  afterAll(async () => {
    await t.close();
  });

  async function staffSearch(q: string): Promise<SearchResponse> {
    const response = await admin.get('/api/v1/search').query({ q }).expect(200);
    return response.body as SearchResponse;
  }

  async function publicSearch(q: string): Promise<SearchResponse> {
    const response = await t.http
      .get('/api/v1/public/search')
      .query({ q })
      .expect(200);
    return response.body as SearchResponse;
  }

  it('create → found by search; update → new text found and old text gone; delete → gone', async () => {
    const created = (
      await admin
        .post('/api/v1/leistungen')
        .send(
          aLeistung({
            title: 'Zeppelinlandeerlaubnis',
            shortText: 'Anreise mit der Postkutsche auf dem Kreisgebiet.',
          }),
        )
        .expect(201)
    ).body as LeistungStaff;
    expect(created.slug).toBe('zeppelinlandeerlaubnis');
    expect(created.version).toBe(1);
    await t.indexed();
    expect(
      (await staffSearch('Zeppelinlandeerlaubnis')).hits.map((hit) => hit.id),
    ).toEqual([created.id]);
    expect(
      (await publicSearch('Postkutsche')).hits.map((hit) => hit.id),
    ).toEqual([created.id]);

    const updated = (
      await admin
        .patch(`/api/v1/leistungen/${created.id}`)
        .send({
          version: created.version,
          shortText: 'Anreise mit dem Tretroller auf dem Kreisgebiet.',
        })
        .expect(200)
    ).body as LeistungStaff;
    expect(updated.version).toBe(2);
    await t.indexed();
    expect((await staffSearch('Tretroller')).hits.map((hit) => hit.id)).toEqual(
      [created.id],
    );
    expect((await staffSearch('Postkutsche')).hits).toEqual([]);
    expect((await publicSearch('Postkutsche')).hits).toEqual([]);

    await admin.delete(`/api/v1/leistungen/${created.id}`).expect(204);
    await t.indexed();
    expect((await staffSearch('Tretroller')).hits).toEqual([]);
    expect((await publicSearch('Tretroller')).hits).toEqual([]);
    await admin.get(`/api/v1/leistungen/${created.id}`).expect(404);
  });

  it('keeps drafts out of both indexes until they are published', async () => {
    const draft = (
      await admin
        .post('/api/v1/leistungen')
        .send(aLeistung({ title: 'Drachenflugschein', status: 'draft' }))
        .expect(201)
    ).body as LeistungStaff;
    await t.indexed();
    expect((await staffSearch('Drachenflugschein')).hits).toEqual([]);
    await t.http.get(`/api/v1/public/leistungen/${draft.slug}`).expect(404);
    await admin
      .patch(`/api/v1/leistungen/${draft.id}`)
      .send({ version: draft.version, status: 'published' })
      .expect(200);
    await t.indexed();
    expect(
      (await publicSearch('Drachenflugschein')).hits.map((hit) => hit.id),
    ).toEqual([draft.id]);
  });

  it('drops a Leistung whose validity has ended from staff and public search', async () => {
    await admin
      .post('/api/v1/leistungen')
      .send(
        aLeistung({
          title: 'Maibaumaufstellung',
          validFrom: '2020-01-01',
          validTo: '2021-12-31',
        }),
      )
      .expect(201);
    const current = (
      await admin
        .post('/api/v1/leistungen')
        .send(aLeistung({ title: 'Maibaumaufstellung aktuell' }))
        .expect(201)
    ).body as LeistungStaff;
    await t.indexed();
    expect(
      (await staffSearch('Maibaumaufstellung')).hits.map((hit) => hit.id),
    ).toEqual([current.id]);
    expect(
      (await publicSearch('Maibaumaufstellung')).hits.map((hit) => hit.id),
    ).toEqual([current.id]);
  });

  it('answers 409 with the current version when the save is based on a stale version', async () => {
    const created = (
      await admin.post('/api/v1/leistungen').send(aLeistung()).expect(201)
    ).body as LeistungStaff;
    await admin
      .patch(`/api/v1/leistungen/${created.id}`)
      .send({ version: 1, shortText: 'Erste Änderung' })
      .expect(200);
    const stale = await admin
      .patch(`/api/v1/leistungen/${created.id}`)
      .send({ version: 1, shortText: 'Zweite Änderung' })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, currentVersion: 2 });
    const stored = (
      await admin.get(`/api/v1/leistungen/${created.id}`).expect(200)
    ).body as LeistungStaff;
    expect(stored.shortText).toBe('Erste Änderung');
  });

  it('rejects bad input with 400 naming the field, and never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ ...aLeistung(), title: '' }, 'title'],
      [{ ...aLeistung(), leikaKey: '123456789012345' }, 'leikaKey'],
      [{ ...aLeistung(), unknownField: 1 }, 'unknownField'],
      [
        {
          ...aLeistung(),
          fees: [
            {
              label: 'x',
              amountMin: -1,
              amountMax: null,
              currency: 'EUR',
              note: '',
            },
          ],
        },
        'fees.0.amountMin',
      ],
      [
        {
          ...aLeistung(),
          forms: [{ name: 'Formular', url: 'javascript:alert(1)' }],
        },
        'forms.0.url',
      ],
      [{ ...aLeistung(), sachgebiet: '99.9' }, 'sachgebiet'],
      [{ ...aLeistung(), lebenslagen: ['gibt-es-nicht'] }, 'lebenslagen'],
      [{ ...aLeistung(), validFrom: '2026-13-45' }, 'validFrom'],
      [
        { ...aLeistung(), validFrom: '2026-05-01', validTo: '2026-04-01' },
        'validTo',
      ],
      [{ ...aLeistung(), status: 'gelöscht' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const response = await admin
        .post('/api/v1/leistungen')
        .send(body as object);
      expect({ field, status: response.status }).toEqual({
        field,
        status: 400,
      });
      expect(
        Object.keys(
          (response.body as { fields: Record<string, string[]> }).fields,
        ),
      ).toContain(field);
    }
    const created = (
      await admin.post('/api/v1/leistungen').send(aLeistung()).expect(201)
    ).body as LeistungStaff;
    const nullTitle = await admin
      .patch(`/api/v1/leistungen/${created.id}`)
      .send({ version: created.version, title: null })
      .expect(400);
    expect(
      Object.keys(
        (nullTitle.body as { fields: Record<string, string[]> }).fields,
      ),
    ).toContain('title');
    await admin
      .patch(`/api/v1/leistungen/${created.id}`)
      .send({ shortText: 'ohne Version' })
      .expect(400);
    await admin
      .post('/api/v1/leistungen')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    await admin.get('/api/v1/leistungen/not-a-uuid').expect(400);
    await admin
      .get('/api/v1/leistungen/3f1c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f')
      .expect(404);
    await admin.get('/api/v1/search').query({ limit: 'viele' }).expect(400);
  });

  it('answers 409 when a slug is taken and derives free slugs from titles', async () => {
    await admin
      .post('/api/v1/leistungen')
      .send(aLeistung({ slug: 'doppelt' }))
      .expect(201);
    await admin
      .post('/api/v1/leistungen')
      .send(aLeistung({ slug: 'doppelt' }))
      .expect(409);
    const first = (
      await admin
        .post('/api/v1/leistungen')
        .send(aLeistung({ title: 'Gleicher Titel' }))
        .expect(201)
    ).body as LeistungStaff;
    const second = (
      await admin
        .post('/api/v1/leistungen')
        .send(aLeistung({ title: 'Gleicher Titel' }))
        .expect(201)
    ).body as LeistungStaff;
    expect([first.slug, second.slug]).toEqual([
      'gleicher-titel',
      'gleicher-titel-2',
    ]);
  });

  it('sanitizes the Volltext to the whitelist', async () => {
    const created = (
      await admin
        .post('/api/v1/leistungen')
        .send(
          aLeistung({
            fullText:
              '<p onclick="x()">Hallo <script>alert(1)</script><a href="javascript:alert(2)">Link</a> <strong>fett</strong></p><img src=x onerror=alert(3)>',
          }),
        )
        .expect(201)
    ).body as LeistungStaff;
    expect(created.fullText).toBe(
      '<p>Hallo <a rel="noopener noreferrer">Link</a> <strong>fett</strong></p>',
    );
  });
});

import type {
  LeistungStaff,
  Revision,
  SearchResponse,
  VersionConflict,
} from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
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

  async function staffSearch(q: string): Promise<string[]> {
    const response = await admin.get('/api/v1/search').query({ q }).expect(200);
    return (response.body as SearchResponse).hits.map((hit) => hit.id);
  }

  async function publicSearch(q: string): Promise<string[]> {
    const response = await t.http
      .get('/api/v1/public/search')
      .query({ q })
      .expect(200);
    return (response.body as SearchResponse).hits.map((hit) => hit.id);
  }

  it('create → found by search; update → new text found and old text gone; delete → gone', async () => {
    const created = await t.publish(
      aLeistung({
        title: 'Zeppelinlandeerlaubnis',
        shortText: 'Anreise mit der Postkutsche auf dem Kreisgebiet.',
      }),
    );
    expect(created).toMatchObject({
      slug: 'zeppelinlandeerlaubnis',
      status: 'published',
      workingCopy: null,
    });
    await t.indexed();
    expect(await staffSearch('Zeppelinlandeerlaubnis')).toEqual([created.id]);
    expect(await publicSearch('Postkutsche')).toEqual([created.id]);

    await t.publishChange(created.id, {
      shortText: 'Anreise mit dem Tretroller auf dem Kreisgebiet.',
    });
    await t.indexed();
    expect(await staffSearch('Tretroller')).toEqual([created.id]);
    expect(await staffSearch('Postkutsche')).toEqual([]);
    expect(await publicSearch('Postkutsche')).toEqual([]);

    await admin.delete(`/api/v1/leistungen/${created.id}`).expect(204);
    await t.indexed();
    expect(await staffSearch('Tretroller')).toEqual([]);
    expect(await publicSearch('Tretroller')).toEqual([]);
    await admin.get(`/api/v1/leistungen/${created.id}`).expect(404);
  });

  it('keeps a new Leistung out of both indexes until it is released', async () => {
    const draft = (
      await admin
        .post('/api/v1/leistungen')
        .send(aLeistung({ title: 'Drachenflugschein' }))
        .expect(201)
    ).body as LeistungStaff;
    expect(draft).toMatchObject({
      status: 'draft',
      workingCopy: { number: 1, status: 'draft' },
    });
    await t.indexed();
    expect(await staffSearch('Drachenflugschein')).toEqual([]);
    await t.http.get(`/api/v1/public/leistungen/${draft.slug}`).expect(404);
  });

  it('keeps the published text live while a working copy is edited, until it is released', async () => {
    const live = await t.publish(
      aLeistung({
        title: 'Bootsliegeplatz',
        shortText: 'Liegeplatz am Steg mieten.',
      }),
    );
    await admin
      .put(`/api/v1/leistungen/${live.id}/working-copy`)
      .send({ content: { shortText: 'Liegeplatz an der Boje mieten.' } })
      .expect(200);
    await t.indexed();
    expect(
      (await t.http.get(`/api/v1/public/leistungen/${live.slug}`).expect(200))
        .body,
    ).toMatchObject({ shortText: 'Liegeplatz am Steg mieten.' });
    expect(await publicSearch('Boje')).toEqual([]);
    const staffView = (
      await admin.get(`/api/v1/leistungen/${live.id}`).expect(200)
    ).body as LeistungStaff;
    expect(staffView).toMatchObject({
      shortText: 'Liegeplatz am Steg mieten.',
      workingCopy: { number: 2, status: 'draft' },
    });
  });

  it('drops a Leistung whose validity has ended from staff and public search', async () => {
    await t.publish(
      aLeistung({
        title: 'Maibaumaufstellung',
        validFrom: '2020-01-01',
        validTo: '2021-12-31',
      }),
    );
    const current = await t.publish(
      aLeistung({ title: 'Maibaumaufstellung aktuell' }),
    );
    await t.indexed();
    expect(await staffSearch('Maibaumaufstellung')).toEqual([current.id]);
    expect(await publicSearch('Maibaumaufstellung')).toEqual([current.id]);
  });

  it('answers 409 naming who saved in between, and keeps the first save', async () => {
    const live = await t.publish(aLeistung());
    const other = await t.as('admin');
    const first = (
      await admin
        .put(`/api/v1/leistungen/${live.id}/working-copy`)
        .send({ content: { shortText: 'Erste Änderung' } })
        .expect(200)
    ).body as Revision;
    await other
      .put(`/api/v1/leistungen/${live.id}/working-copy`)
      .send({
        version: first.version,
        content: { shortText: 'Zweite Änderung' },
      })
      .expect(200);
    const stale = await admin
      .put(`/api/v1/leistungen/${live.id}/working-copy`)
      .send({
        version: first.version,
        content: { shortText: 'Dritte Änderung' },
      })
      .expect(409);
    expect(stale.body as VersionConflict).toMatchObject({
      statusCode: 409,
      currentVersion: first.version + 1,
      changedBy: expect.stringMatching(/^Test admin/),
    });
    expect((stale.body as VersionConflict).message).toContain(
      (stale.body as VersionConflict).changedBy,
    );
    const workingCopy = (
      await admin.get(`/api/v1/leistungen/${live.id}/working-copy`).expect(200)
    ).body as Revision;
    expect(workingCopy.content.shortText).toBe('Zweite Änderung');
    // Starting a second working copy while one is open is a conflict, too.
    await admin
      .put(`/api/v1/leistungen/${live.id}/working-copy`)
      .send({ content: { shortText: 'Ohne Version' } })
      .expect(409);
  });

  it('lets exactly one of many simultaneous saves of the same version win', async () => {
    const live = await t.publish(aLeistung());
    const first = (
      await admin
        .put(`/api/v1/leistungen/${live.id}/working-copy`)
        .send({ content: { shortText: 'Start' } })
        .expect(200)
    ).body as Revision;
    const editors = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => t.as('admin')),
    );
    const responses = await Promise.all(
      editors.map((editor, index) =>
        editor.put(`/api/v1/leistungen/${live.id}/working-copy`).send({
          version: first.version,
          content: { shortText: `Fassung ${index}` },
        }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([
      200, 409, 409, 409, 409, 409,
    ]);
  });

  it('rejects bad input with 400 naming the field, and never a 500', async () => {
    const cases: [unknown, string][] = [
      [{ ...aLeistung(), title: '' }, 'title'],
      [{ ...aLeistung(), leikaKey: '123456789012345' }, 'leikaKey'],
      [{ ...aLeistung(), unknownField: 1 }, 'unknownField'],
      [{ ...aLeistung(), status: 'published' }, 'status'],
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
    const live = await t.publish(aLeistung());
    const nullTitle = await admin
      .put(`/api/v1/leistungen/${live.id}/working-copy`)
      .send({ content: { title: null } })
      .expect(400);
    expect(
      Object.keys(
        (nullTitle.body as { fields: Record<string, string[]> }).fields,
      ),
    ).toContain('content.title');
    const badUrl = await admin
      .put(`/api/v1/leistungen/${live.id}/working-copy`)
      .send({ content: { onlineServices: [{ name: 'x', url: 'ftp://x' }] } })
      .expect(400);
    expect(
      Object.keys((badUrl.body as { fields: Record<string, string[]> }).fields),
    ).toContain('content.onlineServices.0.url');
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
    await admin
      .get(`/api/v1/leistungen/${live.id}/revisions/compare`)
      .query({ from: 'eins', to: 2 })
      .expect(400);
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
    const created = await t.publish(
      aLeistung({
        fullText:
          '<p onclick="x()">Hallo <script>alert(1)</script><a href="javascript:alert(2)">Link</a> <strong>fett</strong></p><img src=x onerror=alert(3)>',
      }),
    );
    expect(created.fullText).toBe(
      '<p>Hallo <a rel="noopener noreferrer">Link</a> <strong>fett</strong></p>',
    );
  });
});

import type {
  AuditEntry,
  EditorDashboard,
  Feedback,
  LeistungStaff,
  Page,
  Revision,
  RevisionComparison,
  RevisionSummary,
  SearchResponse,
} from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

const WEEK = {
  mon: [{ from: '08:00', to: '12:00' }],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
};

describe('Editorial workflow (integration)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let editorA: TestAgent;
  let editorB: TestAgent;
  let agent: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
    await admin
      .post('/api/v1/sachgebiete')
      .send({
        code: '32.1',
        name: 'Zulassung',
        openingHours: WEEK,
        reviewIntervalMonths: 6,
      })
      .expect(201);
    await admin
      .post('/api/v1/sachgebiete')
      .send({ code: '70.1', name: 'Abfall', openingHours: WEEK })
      .expect(201);
    editorA = await t.as('editor', ['32.1']);
    editorB = await t.as('editor', ['32.1']);
    agent = await t.as('agent');
  });

  afterAll(async () => {
    await t.close();
  });

  const path = (id: string, suffix = '') => `/api/v1/leistungen/${id}${suffix}`;

  it('four eyes: the author submits, cannot release, a second editor releases; old text stays live until then', async () => {
    const live = await t.publish(
      aLeistung({
        sachgebiet: '32.1',
        title: 'Saisonkennzeichen',
        shortText: 'Von April bis Oktober.',
      }),
    );
    await editorA
      .put(path(live.id, '/working-copy'))
      .send({
        content: { shortText: 'Von März bis November.' },
        changeNote: 'Zeitraum korrigiert',
      })
      .expect(200);
    await editorA
      .post(path(live.id, '/working-copy/submit'))
      .send({})
      .expect(200);
    await t.indexed();
    expect(
      (await t.http.get(`/api/v1/public/leistungen/${live.slug}`).expect(200))
        .body,
    ).toMatchObject({ shortText: 'Von April bis Oktober.' });

    const own = await editorA
      .post(path(live.id, '/working-copy/release'))
      .send({})
      .expect(403);
    expect((own.body as { message: string }).message).toMatch(/Vier-Augen/);
    await agent
      .post(path(live.id, '/working-copy/release'))
      .send({})
      .expect(403);
    await editorB
      .post(path(live.id, '/working-copy/release'))
      .send({ comment: 'Passt' })
      .expect(200);
    await t.indexed();

    const released = (await editorA.get(path(live.id)).expect(200))
      .body as LeistungStaff;
    expect(released).toMatchObject({
      shortText: 'Von März bis November.',
      status: 'published',
      workingCopy: null,
    });
    // The review date follows the Sachgebiet's interval (6 months here).
    const expectedDue = new Date();
    expectedDue.setMonth(expectedDue.getMonth() + 6);
    expect(released.reviewDue?.slice(0, 7)).toBe(
      expectedDue.toISOString().slice(0, 7),
    );
    const hits = (
      await agent
        .get('/api/v1/search')
        .query({ q: 'November Saisonkennzeichen' })
        .expect(200)
    ).body as SearchResponse;
    expect(hits.hits[0]?.id).toBe(live.id);
  });

  it('keeps the note an editor writes when creating a Leistung on its first version', async () => {
    const content = {
      sachgebiet: '32.1',
      title: 'Kurzzeitkennzeichen',
      shortText: 'Für Probe- und Überführungsfahrten.',
    };
    const tooLong = await editorA
      .post('/api/v1/leistungen')
      .send({ ...content, changeNote: 'x'.repeat(2001) })
      .expect(400);
    expect(JSON.stringify(tooLong.body)).toContain('changeNote');
    const created = (
      await editorA
        .post('/api/v1/leistungen')
        .send({
          ...content,
          changeNote: 'Neu nach Anfrage der Zulassungsstelle',
        })
        .expect(201)
    ).body as LeistungStaff;
    const copy = (
      await editorA.get(path(created.id, '/working-copy')).expect(200)
    ).body as Revision;
    expect(copy).toMatchObject({
      number: 1,
      changeNote: 'Neu nach Anfrage der Zulassungsstelle',
    });
  });

  it('rejects with a reason back to the author, keeps the history and compares any two revisions', async () => {
    const live = await t.publish(
      aLeistung({
        sachgebiet: '32.1',
        title: 'Kurzzeitkennzeichen',
        shortText: 'Gilt fünf Tage.',
        fees: [
          {
            label: 'Gebühr',
            amountMin: 13.1,
            amountMax: 13.1,
            currency: 'EUR',
            note: '',
          },
        ],
      }),
    );
    await editorA
      .put(path(live.id, '/working-copy'))
      .send({ content: { shortText: 'Gilt drei Tage.' } })
      .expect(200);
    await editorA
      .post(path(live.id, '/working-copy/submit'))
      .send({})
      .expect(200);
    await editorB
      .post(path(live.id, '/working-copy/reject'))
      .send({})
      .expect(400);
    await editorA
      .post(path(live.id, '/working-copy/reject'))
      .send({ comment: 'Selbst' })
      .expect(403);
    const rejected = (
      await editorB
        .post(path(live.id, '/working-copy/reject'))
        .send({ comment: 'Es sind fünf Tage.' })
        .expect(200)
    ).body as RevisionSummary;
    expect(rejected).toMatchObject({
      status: 'draft',
      rejected: true,
      reviewComment: 'Es sind fünf Tage.',
    });

    const copy = (await editorA.get(path(live.id, '/working-copy')).expect(200))
      .body as Revision;
    await editorA
      .put(path(live.id, '/working-copy'))
      .send({
        version: copy.version,
        content: {
          shortText: 'Gilt fünf Tage, danach neues Kennzeichen.',
          fees: [
            {
              label: 'Gebühr',
              amountMin: 13.5,
              amountMax: 13.5,
              currency: 'EUR',
              note: '',
            },
          ],
        },
      })
      .expect(200);
    await editorA
      .post(path(live.id, '/working-copy/submit'))
      .send({})
      .expect(200);
    await editorB
      .post(path(live.id, '/working-copy/release'))
      .send({ comment: 'Jetzt richtig' })
      .expect(200);

    const history = (await agent.get(path(live.id, '/revisions')).expect(200))
      .body as RevisionSummary[];
    expect(
      history.map((revision) => [revision.number, revision.status]),
    ).toEqual([
      [2, 'released'],
      [1, 'released'],
    ]);
    expect(history[0]).toMatchObject({
      reviewComment: 'Jetzt richtig',
      authorName: expect.stringMatching(/^Test editor/),
    });
    const comparison = (
      await agent
        .get(path(live.id, '/revisions/compare'))
        .query({ from: 1, to: 2 })
        .expect(200)
    ).body as RevisionComparison;
    expect(comparison.changes.map((change) => change.field)).toEqual([
      'shortText',
      'fees',
    ]);
    const shortText = comparison.changes[0];
    expect(shortText?.label).toBe('Kurztext');
    expect(
      shortText?.textChanges
        ?.filter((part) => part.added)
        .map((part) => part.value.trim()),
    ).toEqual([', danach neues Kennzeichen']);

    // Restore revision 1 as a new working copy; the live text stays until released.
    const restored = (
      await editorA.post(path(live.id, '/revisions/1/restore')).expect(201)
    ).body as Revision;
    expect(restored).toMatchObject({
      number: 3,
      status: 'draft',
      changeNote: 'Wiederhergestellt aus Version 1',
    });
    expect(restored.content.shortText).toBe('Gilt fünf Tage.');
    expect(
      ((await agent.get(path(live.id)).expect(200)).body as LeistungStaff)
        .shortText,
    ).toBe('Gilt fünf Tage, danach neues Kennzeichen.');
    await editorA.post(path(live.id, '/revisions/1/restore')).expect(409);
    await editorA.delete(path(live.id, '/working-copy')).expect(204);
    expect(
      ((await agent.get(path(live.id)).expect(200)).body as LeistungStaff)
        .workingCopy,
    ).toBeNull();
  });

  it('lets editors confirm a Leistung as still correct and archive it out of search', async () => {
    const live = await t.publish(
      aLeistung({ sachgebiet: '32.1', title: 'Ausfuhrkennzeichen' }),
    );
    const found = async () =>
      (
        (
          await agent
            .get('/api/v1/search')
            .query({ q: 'Ausfuhrkennzeichen' })
            .expect(200)
        ).body as SearchResponse
      ).hits.map((hit) => hit.id);
    await t.indexed();
    expect(await found()).toContain(live.id);
    await agent.post(path(live.id, '/confirm')).expect(403);
    const confirmed = (
      await editorA.post(path(live.id, '/confirm')).expect(200)
    ).body as LeistungStaff;
    expect(confirmed.lastReviewedAt).toBe(
      new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }),
    );
    await editorA.post(path(live.id, '/archive')).expect(200);
    await t.indexed();
    // Other Kennzeichen Leistungen may answer the compound's parts; this one is gone.
    expect(await found()).not.toContain(live.id);
    await t.http.get(`/api/v1/public/leistungen/${live.slug}`).expect(404);
  });

  it('routes agent feedback to the owning editors, who answer it; the agent sees the answer', async () => {
    const own = await t.publish(
      aLeistung({ sachgebiet: '32.1', title: 'Oldtimerkennzeichen' }),
    );
    const other = await t.publish(
      aLeistung({ sachgebiet: '70.1', title: 'Sperrmüll' }),
    );
    const report = (
      await agent
        .post(path(own.id, '/feedback'))
        .send({ kind: 'outdated', comment: 'Gebühr hat sich geändert' })
        .expect(201)
    ).body as Feedback;
    await agent
      .post(path(other.id, '/feedback'))
      .send({ kind: 'unclear', comment: 'Wie viele Kubikmeter?' })
      .expect(201);
    await agent
      .post(path(own.id, '/feedback'))
      .send({ kind: 'kaputt', comment: 'x' })
      .expect(400);

    const inbox = (
      await editorA
        .get('/api/v1/feedback')
        .query({ status: 'open' })
        .expect(200)
    ).body as Feedback[];
    expect(inbox.map((entry) => entry.leistungTitle)).toEqual([
      'Oldtimerkennzeichen',
    ]);
    const dashboard = (
      await editorA.get('/api/v1/editor/dashboard').expect(200)
    ).body as EditorDashboard;
    expect(dashboard.openFeedback.map((entry) => entry.id)).toContain(
      report.id,
    );

    const foreignFeedback = (
      (
        await admin
          .get('/api/v1/feedback')
          .query({ status: 'open' })
          .expect(200)
      ).body as Feedback[]
    ).find((entry) => entry.leistungTitle === 'Sperrmüll');
    await editorA
      .post(`/api/v1/feedback/${foreignFeedback?.id}/answer`)
      .send({ answer: 'Nicht zuständig' })
      .expect(403);
    await editorA
      .post(`/api/v1/feedback/${report.id}/answer`)
      .send({ answer: 'Danke, ist korrigiert.' })
      .expect(201);
    await editorB
      .post(`/api/v1/feedback/${report.id}/answer`)
      .send({ answer: 'Doppelt' })
      .expect(409);

    const mine = (
      await agent
        .get('/api/v1/feedback')
        .query({ leistungId: own.id })
        .expect(200)
    ).body as Feedback[];
    expect(mine).toEqual([
      expect.objectContaining({
        status: 'answered',
        answer: 'Danke, ist korrigiert.',
        answeredByName: expect.stringMatching(/^Test editor/),
      }),
    ]);
  });

  it('shows each editor their drafts, the changes waiting for their review and overdue reviews', async () => {
    const live = await t.publish(
      aLeistung({ sachgebiet: '32.1', title: 'Umschreibung Halterwechsel' }),
    );
    await editorA
      .put(path(live.id, '/working-copy'))
      .send({ content: { shortText: 'Neuer Halter, neue Papiere.' } })
      .expect(200);
    const draftsA = (await editorA.get('/api/v1/editor/dashboard').expect(200))
      .body as EditorDashboard;
    expect(draftsA.myDrafts.map((item) => item.leistungId)).toContain(live.id);
    await editorA
      .post(path(live.id, '/working-copy/submit'))
      .send({})
      .expect(200);
    const forB = (await editorB.get('/api/v1/editor/dashboard').expect(200))
      .body as EditorDashboard;
    expect(forB.awaitingMyReview.map((item) => item.leistungId)).toContain(
      live.id,
    );
    const forA = (await editorA.get('/api/v1/editor/dashboard').expect(200))
      .body as EditorDashboard;
    expect(forA.awaitingMyReview.map((item) => item.leistungId)).not.toContain(
      live.id,
    );
  });

  it('audits every write with who, what and which fields, filterable and exportable as CSV', async () => {
    const live = await t.publish(
      aLeistung({ sachgebiet: '32.1', title: 'Protokollierte Leistung' }),
    );
    await editorA
      .put(path(live.id, '/working-copy'))
      .send({ content: { shortText: 'Geändert', fees: [] } })
      .expect(200);
    await editorA.get('/api/v1/audit').expect(403);
    const page = (
      await admin.get('/api/v1/audit').query({ entityId: live.id }).expect(200)
    ).body as Page<AuditEntry>;
    expect(page.items.map((entry) => entry.action)).toEqual([
      'revision.save',
      'revision.release',
      'revision.submit',
      'leistung.create',
    ]);
    expect(page.items[0]).toMatchObject({
      fields: ['shortText', 'fees'],
      entityLabel: 'Protokollierte Leistung',
      userName: expect.stringMatching(/^Test editor/),
    });
    const csv = await admin
      .get('/api/v1/audit/export.csv')
      .query({ entityId: live.id })
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFZeitpunkt;Benutzer;Aktion;Objekttyp;Objekt-ID;Objekt;Felder',
    );
    expect(csv.text).toContain('revision.save;leistung;');
    await admin.get('/api/v1/audit').query({ from: '21.11.2026' }).expect(400);
    const byName = (
      await admin
        .get('/api/v1/audit')
        .query({ entityId: live.id, userName: 'TEST EDITOR' })
        .expect(200)
    ).body as Page<AuditEntry>;
    expect(byName.items.map((entry) => entry.action)).toEqual([
      'revision.save',
    ]);
  });

  it('lets admins maintain the catalog, validating opening hours and refusing to delete what is in use', async () => {
    const created = (
      await admin
        .post('/api/v1/standorte')
        .send({
          key: 'buergerbuero-nord',
          name: 'Bürgerbüro Nord',
          openingHours: WEEK,
        })
        .expect(201)
    ).body as { id: string };
    const overlapping = {
      ...WEEK,
      tue: [
        { from: '08:00', to: '12:00' },
        { from: '11:00', to: '13:00' },
      ],
    };
    const bad = await admin
      .patch(`/api/v1/standorte/${created.id}`)
      .send({ openingHours: overlapping })
      .expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/overlap/);
    await admin
      .post('/api/v1/standorte')
      .send({ key: 'buergerbuero-nord', name: 'Doppelt', openingHours: WEEK })
      .expect(409);
    const sachgebiete = (await admin.get('/api/v1/sachgebiete').expect(200))
      .body as { id: string; code: string }[];
    const used = sachgebiete.find((entry) => entry.code === '32.1');
    await admin.delete(`/api/v1/sachgebiete/${used?.id}`).expect(409);
    await admin.delete(`/api/v1/standorte/${created.id}`).expect(204);
    const log = (
      await admin
        .get('/api/v1/audit')
        .query({ entityId: created.id })
        .expect(200)
    ).body as Page<AuditEntry>;
    expect(log.items.map((entry) => entry.action)).toEqual([
      'standort.delete',
      'standort.write',
    ]);
    await admin
      .patch(`/api/v1/sachgebiete/${used?.id}`)
      .send({ email: '' })
      .expect(200);
  });
});

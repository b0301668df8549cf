import type { ControllingSummary } from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ContactEntryEntity } from '../contacts/contact-entry.entity';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { ForwardingEntity } from '../forwardings/forwarding.entity';
import { User } from '../users/user.entity';
import { ControllingService } from './controlling.service';

const WEEK = {
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
};

describe('Controlling summary (integration)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let colleague: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
    agent = await t.as('agent');
    colleague = await t.as('agent');
    await admin
      .post('/api/v1/sachgebiete')
      .send({
        code: '32.1',
        name: 'Zulassungsstelle',
        email: 'zulassung@lindenau.example',
        openingHours: WEEK,
      })
      .expect(201);
  });

  afterAll(async () => {
    await t.close();
  });

  it('counts contacts by day, channel, outcome and Sachgebiet with the first-contact rate against the target', async () => {
    const leistung = await t.publish(
      aLeistung({ title: 'Controllingleistung', sachgebiet: '32.1' }),
    );
    await agent
      .post('/api/v1/contacts')
      .send({ channel: 'phone', outcome: 'settled', leistungId: leistung.id })
      .expect(201);
    await colleague
      .post('/api/v1/forwardings')
      .send({
        leistungId: leistung.id,
        concern: 'Rückfrage zur Abmeldung',
        callbackName: 'Frau Muster',
        callbackContact: '07031 123456',
      })
      .expect(201);
    await agent
      .post('/api/v1/leistungen/' + leistung.id + '/feedback')
      .send({ kind: 'outdated', comment: 'Gebühr veraltet' })
      .expect(201);
    await agent
      .post('/api/v1/usage/missing-topics')
      .send({ query: 'Hundesteuer' })
      .expect(201);

    const summary = (await admin.get('/api/v1/controlling/summary').expect(200))
      .body as ControllingSummary;

    expect(summary.contacts.total).toBe(2);
    expect(summary.contacts.byChannel).toEqual({
      phone: 2,
      counter: 0,
      email: 0,
      letter: 0,
    });
    expect(summary.contacts.byOutcome).toEqual({
      settled: 1,
      forwarded: 1,
      referred: 0,
    });
    expect(summary.contacts.perDay).toEqual([
      { day: summary.to, total: 2, settled: 1 },
    ]);
    expect(summary.contacts.perWeek).toHaveLength(1);
    expect(summary.contacts.bySachgebiet).toEqual([
      { code: '32.1', total: 2, settled: 1 },
    ]);
    expect(summary.firstContactResolution).toEqual({
      percent: 50,
      targetPercent: 65,
      meetsTarget: false,
    });
    expect(summary.forwardings).toEqual({
      total: 1,
      open: 1,
      overdue: 0,
      answeredInTime: 0,
      answeredLate: 0,
    });
    expect(summary.topLeistungen).toEqual([
      { id: leistung.id, title: 'Controllingleistung', contacts: 2 },
    ]);
    expect(summary.missingTopics).toEqual([
      { query: 'hundesteuer', reports: 1 },
    ]);
    expect(summary.flaggedLeistungen).toEqual([
      { id: leistung.id, title: 'Controllingleistung', reports: 1 },
    ]);
  });

  it('counts forwardings answered in time, late and overdue in the period', async () => {
    const service = t.app.get(ControllingService);
    const repository = t.dataSource.getRepository(ForwardingEntity);
    const [row] = await repository.find();
    const base = { ...row };
    const make = (id: string, overrides: Partial<ForwardingEntity>) =>
      repository.insert({
        ...base,
        id,
        token: `token-${id}`,
        createdDay: '2026-03-02',
        deadline: '2026-03-03',
        ...overrides,
      });
    await make('00000000-0000-4000-8000-0000000000a1', {
      answeredAt: new Date('2026-03-03T10:00:00Z'),
      answeredDay: '2026-03-03',
    });
    await make('00000000-0000-4000-8000-0000000000a2', {
      answeredAt: new Date('2026-03-04T10:00:00Z'),
      answeredDay: '2026-03-04',
    });
    await make('00000000-0000-4000-8000-0000000000a3', {
      answeredAt: null,
      answeredDay: null,
    });
    const summary = await service.summary(
      '2026-03-01',
      '2026-03-31',
      new Date('2026-03-05T09:00:00Z'),
    );
    expect(summary.forwardings).toEqual({
      total: 3,
      open: 0,
      overdue: 1,
      answeredInTime: 1,
      answeredLate: 1,
    });
    expect(summary.contacts.total).toBe(0);
    expect(summary.firstContactResolution.percent).toBeNull();
  });

  it('counts flagged Leistungen by office days in Europe/Berlin, not UTC days', async () => {
    const leistung = await t.publish(
      aLeistung({ title: 'Grenzfallleistung', sachgebiet: '32.1' }),
    );
    const feedback = t.dataSource.getRepository(FeedbackEntity);
    const at = async (id: string, instant: string) => {
      await feedback.insert({
        id,
        leistungId: leistung.id,
        kind: 'outdated',
        comment: instant,
        status: 'open',
        createdById: null,
        createdByName: 'Test',
        answer: null,
        answeredByName: null,
        answeredAt: null,
      });
      await feedback.update(id, { createdAt: new Date(instant) });
    };
    // 00:30 on 2 March in Berlin (still 1 March in UTC): inside.
    await at('00000000-0000-4000-8000-0000000000f1', '2026-03-01T23:30:00Z');
    // 23:59 on 1 March in Berlin: outside.
    await at('00000000-0000-4000-8000-0000000000f2', '2026-03-01T22:59:00Z');
    // 00:30 on 3 March in Berlin (still 2 March in UTC): outside.
    await at('00000000-0000-4000-8000-0000000000f3', '2026-03-02T23:30:00Z');
    // Summer time: 00:15 on 1 July in Berlin (30 June 22:15 UTC): inside.
    await at('00000000-0000-4000-8000-0000000000f4', '2026-06-30T22:15:00Z');

    const service = t.app.get(ControllingService);
    const flagged = async (from: string, to: string) =>
      (await service.summary(from, to)).flaggedLeistungen.find(
        (row) => row.id === leistung.id,
      )?.reports ?? 0;
    expect(await flagged('2026-03-02', '2026-03-02')).toBe(1);
    expect(await flagged('2026-03-01', '2026-03-01')).toBe(1);
    expect(await flagged('2026-03-03', '2026-03-03')).toBe(1);
    expect(await flagged('2026-07-01', '2026-07-01')).toBe(1);
    expect(await flagged('2026-06-30', '2026-06-30')).toBe(0);
  });

  it('never names an agent: no user id, username or display name in any controlling answer', async () => {
    const users = await t.dataSource.getRepository(User).find();
    expect(users.length).toBeGreaterThanOrEqual(3);
    const identifiers = users.flatMap((user) => [
      user.id,
      user.username,
      user.displayName,
    ]);
    const answers = [
      await admin.get('/api/v1/controlling/summary').expect(200),
      await admin
        .get('/api/v1/controlling/summary')
        .query({ from: '2025-01-01', to: '2026-01-31' })
        .expect(200),
    ].map((response) => JSON.stringify(response.body));
    for (const answer of answers) {
      for (const identifier of identifiers) {
        expect(answer).not.toContain(identifier);
      }
      expect(answer).not.toMatch(/user|agent|createdBy/i);
    }
    // Nor can the log itself be joined back to a person.
    const columns = t.dataSource
      .getMetadata(ContactEntryEntity)
      .columns.map((column) => column.propertyName);
    expect(columns.filter((name) => /user|agent|by/i.test(name))).toEqual([]);
  });

  it.each([
    [{ from: '2026-13-01' }, 'from'],
    [{ to: 'gestern' }, 'to'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'from'],
    [{ from: '2020-01-01', to: '2026-01-01' }, 'from'],
  ])('refuses %j with a 400 naming %s', async (query, field) => {
    const response = await admin
      .get('/api/v1/controlling/summary')
      .query(query);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });
});

import type { ContactEntry } from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { shiftDay } from '../usage/office-day';
import {
  ContactDayLeistung,
  ContactDayStat,
  ContactEntryEntity,
} from './contact-entry.entity';
import { ContactsService } from './contacts.service';

describe('Contact log API (integration)', () => {
  let t: TestApp;
  let agent: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.as('agent');
    const admin = await t.as('admin');
    await admin
      .post('/api/v1/sachgebiete')
      .send({
        code: '32.1',
        name: 'Zulassung',
        openingHours: {
          mon: [],
          tue: [],
          wed: [],
          thu: [],
          fri: [],
          sat: [],
          sun: [],
        },
      })
      .expect(201);
  });

  afterAll(async () => {
    await t.close();
  });

  it('logs a contact on a Leistung with its Sachgebiet, and keeps neither agent nor exact time', async () => {
    const leistung = await t.publish(
      aLeistung({ title: 'Kontaktleistung', sachgebiet: '32.1' }),
    );

    const entry = (
      await agent
        .post('/api/v1/contacts')
        .send({ channel: 'phone', outcome: 'settled', leistungId: leistung.id })
        .expect(201)
    ).body as ContactEntry;

    expect(entry).toEqual({
      id: expect.any(String),
      day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      hour: expect.any(Number),
      channel: 'phone',
      outcome: 'settled',
      leistungId: leistung.id,
      topic: null,
      sachgebietCode: '32.1',
    });
    const stored = await t.dataSource
      .getRepository(ContactEntryEntity)
      .findOneByOrFail({ id: entry.id });
    expect(Object.keys(stored).sort()).toEqual(
      [
        'channel',
        'day',
        'hour',
        'id',
        'leistungId',
        'outcome',
        'sachgebietCode',
        'topic',
      ].sort(),
    );
  });

  it('keeps the daily counts in step with the log, also for simultaneous clicks', async () => {
    const leistung = await t.publish(
      aLeistung({ title: 'Gezählte Leistung', sachgebiet: '32.1' }),
    );
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        agent
          .post('/api/v1/contacts')
          .send({
            channel: 'email',
            outcome: index < 4 ? 'settled' : 'referred',
            leistungId: leistung.id,
          })
          .expect(201),
      ),
    );
    const stats = await t.dataSource
      .getRepository(ContactDayStat)
      .findBy({ channel: 'email', sachgebietCode: '32.1' });
    expect(stats.map((row) => [row.outcome, row.contacts]).sort()).toEqual([
      ['referred', 2],
      ['settled', 4],
    ]);
    const [perLeistung] = await t.dataSource
      .getRepository(ContactDayLeistung)
      .findBy({ leistungId: leistung.id });
    expect(perLeistung.contacts).toBe(6);
  });

  it('logs a free topic when nothing was found', async () => {
    const entry = (
      await agent
        .post('/api/v1/contacts')
        .send({
          channel: 'counter',
          outcome: 'referred',
          topic: ' Hundesteuer ',
        })
        .expect(201)
    ).body as ContactEntry;
    expect(entry).toMatchObject({
      channel: 'counter',
      outcome: 'referred',
      leistungId: null,
      topic: 'Hundesteuer',
      sachgebietCode: null,
    });
  });

  it.each([
    [{ channel: 'fax', outcome: 'settled', topic: 'Test' }, 'channel'],
    [{ channel: 'phone', outcome: 'maybe', topic: 'Test' }, 'outcome'],
    [{ channel: 'phone', outcome: 'settled' }, 'topic'],
    [
      {
        channel: 'phone',
        outcome: 'settled',
        leistungId: '00000000-0000-4000-8000-000000000000',
      },
      'leistungId',
    ],
    [{ channel: 'phone', outcome: 'settled', leistungId: 'x' }, 'leistungId'],
    [
      { channel: 'phone', outcome: 'settled', topic: 'T', agentId: 'a' },
      'agentId',
    ],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const response = await agent.post('/api/v1/contacts').send(body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('the retention job deletes exactly the entries older than CONTACT_RETENTION_DAYS (default 365)', async () => {
    const contacts = t.dataSource.getRepository(ContactEntryEntity);
    await contacts.clear();
    const now = new Date('2026-03-10T09:00:00Z');
    const today = '2026-03-10';
    const entry = (id: string, day: string) =>
      contacts.create({
        id,
        day,
        hour: 9,
        channel: 'phone',
        outcome: 'settled',
        leistungId: null,
        topic: 'Test',
        sachgebietCode: null,
      });
    await contacts.insert([
      entry('00000000-0000-4000-8000-000000000001', today),
      entry('00000000-0000-4000-8000-000000000002', shiftDay(today, -365)),
      entry('00000000-0000-4000-8000-000000000003', shiftDay(today, -366)),
      entry('00000000-0000-4000-8000-000000000004', '2024-01-01'),
    ]);

    const stats = t.dataSource.getRepository(ContactDayStat);
    const perLeistung = t.dataSource.getRepository(ContactDayLeistung);
    await stats.clear();
    await perLeistung.clear();
    for (const day of [
      today,
      shiftDay(today, -365),
      shiftDay(today, -366),
      '2024-01-01',
    ]) {
      await stats.insert({
        day,
        channel: 'phone',
        outcome: 'settled',
        sachgebietCode: '',
        contacts: 1,
      });
      await perLeistung.insert({
        day,
        leistungId: '00000000-0000-4000-8000-00000000000f',
        contacts: 1,
      });
    }

    const service = t.app.get(ContactsService);
    expect(service.retentionCutoff(now)).toBe('2025-03-10');
    expect(await service.deleteExpired(now)).toBe(2);

    const left = (await contacts.find({ order: { day: 'ASC' } })).map(
      (row) => row.day,
    );
    expect(left).toEqual(['2025-03-10', today]);
    const daysOf = async (rows: Promise<{ day: string }[]>) =>
      (await rows).map((row) => row.day).sort();
    expect(await daysOf(stats.find())).toEqual(['2025-03-10', today]);
    expect(await daysOf(perLeistung.find())).toEqual(['2025-03-10', today]);
    expect(await service.deleteExpired(now)).toBe(0);
  });
});

import type {
  Forwarding,
  ForwardingByToken,
  OutboxMail,
} from '@auskunft/contracts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ContactEntryEntity } from '../contacts/contact-entry.entity';
import { MailService } from '../mail/mail.service';
import { ForwardingEntity } from './forwarding.entity';
import { ForwardingsService } from './forwardings.service';

const WEEK = {
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
};

/** Fixed instants (Europe/Berlin office days in the names). */
const FRIDAY_2026_11_20 = new Date('2026-11-20T10:00:00+01:00');
const MONDAY_2026_01_05 = new Date('2026-01-05T15:00:00+01:00');

describe('Weiterleitungen (integration)', () => {
  let t: TestApp;
  let agent: TestAgent;
  let editorOwn: TestAgent;
  let editorOther: TestAgent;
  let admin: TestAgent;
  let service: ForwardingsService;

  beforeAll(async () => {
    process.env['HOLIDAY_STATE'] = 'BW';
    t = await createTestApp();
    service = t.app.get(ForwardingsService);
    admin = await t.as('admin');
    await admin
      .post('/api/v1/sachgebiete')
      .send({
        code: '32.1',
        name: 'Zulassungsstelle',
        email: 'zulassung@lindenau.example',
        forwardingEmail: 'weiterleitung-zulassung@lindenau.example',
        answerDeadlineDays: 1,
        openingHours: WEEK,
      })
      .expect(201);
    await admin
      .post('/api/v1/sachgebiete')
      .send({
        code: '70.1',
        name: 'Abfallwirtschaft',
        email: 'abfall@lindenau.example',
        answerDeadlineDays: 2,
        openingHours: WEEK,
      })
      .expect(201);
    await admin
      .post('/api/v1/sachgebiete')
      .send({ code: '99.9', name: 'Ohne Postfach', openingHours: WEEK })
      .expect(201);
    agent = await t.as('agent');
    editorOwn = await t.as('editor', ['32.1']);
    editorOther = await t.as('editor', ['70.1']);
  });

  afterAll(async () => {
    await t.close();
    delete process.env['HOLIDAY_STATE'];
  });

  const body = {
    sachgebietCode: '32.1',
    concern: 'Fragt, ob das Saisonkennzeichen auch für ein Wohnmobil geht.',
    callbackName: 'Frau Muster',
    callbackContact: '07031 123456',
  };

  it('computes the deadline in working days across a weekend', async () => {
    const forwarding = await service.create(body, FRIDAY_2026_11_20);
    expect(forwarding.deadline).toBe('2026-11-23');
    expect(forwarding.status).toBe('open');
  });

  it('computes the deadline across a public holiday of the Bundesland (6 January in BW)', async () => {
    const oneDay = await service.create(body, MONDAY_2026_01_05);
    expect(oneDay.deadline).toBe('2026-01-07');
    const twoDays = await service.create(
      { ...body, sachgebietCode: '70.1' },
      MONDAY_2026_01_05,
    );
    expect(twoDays.deadline).toBe('2026-01-08');
  });

  it('is overdue after the deadline day and open until its end', async () => {
    const forwarding = await service.create(body, FRIDAY_2026_11_20);
    const entity = await t.dataSource
      .getRepository(ForwardingEntity)
      .findOneByOrFail({ id: forwarding.id });
    expect(
      service.toForwarding(entity, new Date('2026-11-23T23:30:00+01:00'))
        .status,
    ).toBe('open');
    expect(
      service.toForwarding(entity, new Date('2026-11-24T00:30:00+01:00'))
        .status,
    ).toBe('overdue');
  });

  it('mails the Sachgebiet with concern, callback and deadline, logs the contact, and the link marks it answered', async () => {
    const leistung = await t.publish(
      aLeistung({ title: 'Saisonkennzeichen', sachgebiet: '32.1' }),
    );
    const created = (
      await agent
        .post('/api/v1/forwardings')
        .send({
          leistungId: leistung.id,
          concern: 'Wohnmobil mit Saisonkennzeichen?',
          callbackName: 'Herr Beispiel',
          callbackContact: 'beispiel@example.org',
          channel: 'counter',
        })
        .expect(201)
    ).body as Forwarding;
    expect(created).toMatchObject({
      sachgebietCode: '32.1',
      leistungId: leistung.id,
      status: 'open',
      mailSent: true,
      answeredAt: null,
    });

    const contacts = await t.dataSource
      .getRepository(ContactEntryEntity)
      .findBy({ leistungId: leistung.id });
    expect(
      contacts.map((c) => [c.channel, c.outcome, c.sachgebietCode]),
    ).toEqual([['counter', 'forwarded', '32.1']]);

    const outbox = (await admin.get('/api/v1/mail-outbox').expect(200))
      .body as OutboxMail[];
    const mail = outbox.find((m) =>
      m.text.includes('Wohnmobil mit Saisonkennzeichen?'),
    );
    expect(mail).toBeDefined();
    const [year, month, day] = created.deadline.split('-');
    expect(mail?.to).toBe('weiterleitung-zulassung@lindenau.example');
    expect(mail?.subject).toContain(`${day}.${month}.${year}`);
    expect(mail?.text).toContain('Herr Beispiel, beispiel@example.org');
    const link = /\/weiterleitungen\/([A-Za-z0-9_-]+)\/erledigt/.exec(
      mail?.text ?? '',
    );
    expect(link).not.toBeNull();
    const token = link?.[1] ?? '';

    const before = (
      await t.http.get(`/api/v1/public/forwardings/${token}`).expect(200)
    ).body as ForwardingByToken;
    expect(before).toEqual({
      sachgebietName: 'Zulassungsstelle',
      deadline: created.deadline,
      status: 'open',
      answeredAt: null,
    });
    const answered = (
      await t.http
        .post(`/api/v1/public/forwardings/${token}/answered`)
        .expect(200)
    ).body as ForwardingByToken;
    expect(answered.status).toBe('answered');
    // Repeating the link changes nothing.
    const again = (
      await t.http
        .post(`/api/v1/public/forwardings/${token}/answered`)
        .expect(200)
    ).body as ForwardingByToken;
    expect(again.answeredAt).toBe(answered.answeredAt);
    await t.http
      .post('/api/v1/public/forwardings/not-a-token/answered')
      .expect(404);

    const listed = (
      await agent.get('/api/v1/forwardings?status=answered').expect(200)
    ).body as Forwarding[];
    expect(listed.find((f) => f.id === created.id)).toMatchObject({
      status: 'answered',
      answeredInTime: true,
    });
  });

  it('lets only the responsible Sachgebiet (or an admin) mark it answered in the app, once', async () => {
    const created = (
      await agent.post('/api/v1/forwardings').send(body).expect(201)
    ).body as Forwarding;
    await editorOther
      .post(`/api/v1/forwardings/${created.id}/answered`)
      .expect(403);
    await agent.post(`/api/v1/forwardings/${created.id}/answered`).expect(403);
    const answered = (
      await editorOwn
        .post(`/api/v1/forwardings/${created.id}/answered`)
        .expect(200)
    ).body as Forwarding;
    expect(answered.status).toBe('answered');
    await editorOwn
      .post(`/api/v1/forwardings/${created.id}/answered`)
      .expect(409);
  });

  it('keeps a Sachgebiet with forwardings from being deleted: 409, not a database error', async () => {
    await agent.post('/api/v1/forwardings').send(body).expect(201);
    const sachgebiete = (await admin.get('/api/v1/sachgebiete').expect(200))
      .body as { id: string; code: string }[];
    const target = sachgebiete.find((entry) => entry.code === '32.1');
    const response = await admin.delete(`/api/v1/sachgebiete/${target?.id}`);
    expect(response.status).toBe(409);
  });

  it.each([
    [{ ...body, concern: '' }, 'concern'],
    [{ ...body, callbackContact: 'irgendwann' }, 'callbackContact'],
    [{ ...body, sachgebietCode: '12.3' }, 'sachgebietCode'],
    [{ ...body, sachgebietCode: '99.9' }, 'sachgebietCode'],
    [{ ...body, sachgebietCode: undefined }, 'sachgebietCode'],
    [{ ...body, channel: 'fax' }, 'channel'],
  ])('refuses %j with a 400 naming %s', async (bad, field) => {
    const response = await agent.post('/api/v1/forwardings').send(bad);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('erases the personal data of exactly the forwardings answered more than 30 days ago', async () => {
    const repository = t.dataSource.getRepository(ForwardingEntity);
    const now = new Date('2026-06-30T12:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    const make = async (answeredAt: Date | null) => {
      const created = await service.create(
        body,
        new Date('2026-05-01T10:00:00Z'),
      );
      await repository.update(created.id, { answeredAt });
      return created.id;
    };
    const due = await make(new Date(now.getTime() - 30 * day - 60_000));
    const notYet = await make(new Date(now.getTime() - 30 * day + 60_000));
    const open = await make(null);

    const erased = await service.erasePersonalData(now);
    // Only `due`: every other forwarding of this suite is open or answered today.
    expect(erased).toBe(1);
    const byId = async (id: string) => repository.findOneByOrFail({ id });
    expect(await byId(due)).toMatchObject({
      concern: '',
      callbackName: '',
      callbackContact: '',
    });
    expect((await byId(due)).personalDataErasedAt).not.toBeNull();
    for (const kept of [notYet, open]) {
      expect(await byId(kept)).toMatchObject({
        concern: body.concern,
        callbackName: body.callbackName,
        callbackContact: body.callbackContact,
        personalDataErasedAt: null,
      });
    }
    // Nothing left to erase at the same instant.
    expect(await service.erasePersonalData(now)).toBe(0);
  });

  it('reminds the Sachgebiet once per day of an overdue forwarding', async () => {
    const created = await service.create(
      { ...body, concern: 'Erinnerungstest Anliegen' },
      FRIDAY_2026_11_20,
    );
    const later = new Date('2026-11-25T08:00:00+01:00');
    const mail = t.app.get(MailService);
    const count = async () =>
      (await mail.outbox(500)).filter(
        (m) =>
          m.subject.startsWith('Erinnerung') &&
          m.text.includes('Erinnerungstest Anliegen'),
      ).length;
    expect(created.deadline).toBe('2026-11-23');
    await service.remindOverdue(later);
    await service.remindOverdue(later);
    expect(await count()).toBe(1);
  });

  it('keeps contact log entries without the forwarding’s personal data', async () => {
    await agent.post('/api/v1/forwardings').send(body).expect(201);
    const entries = await t.dataSource.getRepository(ContactEntryEntity).find();
    expect(JSON.stringify(entries)).not.toContain(body.callbackContact);
    expect(JSON.stringify(entries)).not.toContain(body.callbackName);
  });

  it('deletes the outbox mails of forwardings whose personal data is erased, and keeps the others', async () => {
    const mail = t.app.get(MailService);
    const repository = t.dataSource.getRepository(ForwardingEntity);
    const created = new Date('2027-01-04T10:00:00+01:00');
    const erased = await service.create(
      { ...body, callbackName: 'Herr Löschmich', callbackContact: '0711 999' },
      created,
    );
    await service.create(
      { ...body, callbackName: 'Frau Bleibt', callbackContact: '0711 888' },
      created,
    );
    // Overdue on 7 January (6 January is a holiday in BW): both are reminded, then one is answered.
    await service.remindOverdue(new Date('2027-01-07T08:00:00+01:00'));
    await repository.update(erased.id, {
      answeredAt: new Date('2027-01-07T10:00:00Z'),
    });
    // A mail from before references were kept: only its link ties it to the forwarding.
    const { token } = await repository.findOneByOrFail({ id: erased.id });
    await mail.send({
      to: 'weiterleitung-zulassung@lindenau.example',
      subject: 'Weiterleitung (alt)',
      text: `Rückruf an: Herr Löschmich\n${service.answerLink(token)}`,
    });

    const mailsOf = async (name: string) =>
      (await mail.outbox(1000)).filter((entry) => entry.text.includes(name));
    const files = (entries: OutboxMail[]) =>
      entries.flatMap((entry) =>
        ['json', 'eml'].map((ext) =>
          join(mail.outboxDir, `${entry.id}.${ext}`),
        ),
      );
    const before = await mailsOf('Herr Löschmich');
    // The forwarding mail, the reminder and the old one.
    expect(before.map((entry) => entry.subject).sort()).toEqual([
      expect.stringMatching(/^Erinnerung/),
      'Weiterleitung (alt)',
      expect.stringMatching(/^Weiterleitung aus dem Bürgerservice/),
    ]);
    expect(files(before).every((file) => existsSync(file))).toBe(true);
    const keptMails = await mailsOf('Frau Bleibt');
    expect(keptMails).toHaveLength(2);

    // Not yet due: the mails stay.
    await service.erasePersonalData(new Date('2027-02-05T12:00:00Z'));
    expect(await mailsOf('Herr Löschmich')).toHaveLength(3);

    expect(
      await service.erasePersonalData(new Date('2027-02-07T12:00:00Z')),
    ).toBeGreaterThanOrEqual(1);
    expect(await mailsOf('Herr Löschmich')).toEqual([]);
    expect(files(before).filter((file) => existsSync(file))).toEqual([]);
    expect(await mailsOf('Frau Bleibt')).toEqual(keptMails);
    expect(files(keptMails).every((file) => existsSync(file))).toBe(true);
  });
});

import type {
  ControllingSummary,
  Feedback,
  SessionUser,
  UserSummary,
} from '@auskunft/contracts';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * The Teamleitung end to end: created through the user API, signed in, reads the
 * controlling figures that agents and editors may not, works at the desk like an
 * agent, and sees neither the Postausgang (callers' callback details) nor other
 * people's feedback.
 */
describe('Teamleitung role (integration)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let agent: TestAgent;
  let editor: TestAgent;
  let teamlead: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
    agent = await t.as('agent');
    editor = await t.as('editor', []);
    const created = (
      await admin
        .post('/api/v1/users')
        .send({
          username: 'tleitung',
          displayName: 'Tina Leitung',
          password: 'ein-langes-passwort',
          role: 'teamlead',
        })
        .expect(201)
    ).body as UserSummary;
    expect(created.role).toBe('teamlead');
    teamlead = request.agent(t.app.getHttpServer());
    await teamlead
      .post('/api/v1/auth/login')
      .send({ username: 'tleitung', password: 'ein-langes-passwort' })
      .expect(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it('signs in as Teamleitung and reads the controlling figures, which agents and editors may not', async () => {
    const me = (await teamlead.get('/api/v1/auth/me').expect(200))
      .body as SessionUser;
    expect(me.role).toBe('teamlead');

    await agent
      .post('/api/v1/contacts')
      .send({ channel: 'phone', outcome: 'settled', topic: 'Teamleitung' })
      .expect(201);
    const summary = (
      await teamlead.get('/api/v1/controlling/summary').expect(200)
    ).body as ControllingSummary;
    expect(summary.contacts.total).toBe(1);

    await agent.get('/api/v1/controlling/summary').expect(403);
    await editor.get('/api/v1/controlling/summary').expect(403);
  });

  it('works at the desk like an agent, but without the Postausgang, user management or editing', async () => {
    await teamlead.get('/api/v1/search').query({ q: 'Ausweis' }).expect(200);
    await teamlead
      .post('/api/v1/contacts')
      .send({ channel: 'counter', outcome: 'referred', topic: 'Fundsache' })
      .expect(201);
    await teamlead.get('/api/v1/forwardings').expect(200);
    await teamlead.get('/api/v1/mail-outbox').expect(403);
    await teamlead.get('/api/v1/users').expect(403);
    await teamlead
      .post('/api/v1/leistungen')
      .send(aLeistung({ title: 'Nicht erlaubt' }))
      .expect(403);
  });

  it('sees only its own feedback reports, like an agent', async () => {
    const leistung = await t.publish(aLeistung({ title: 'Rückmeldeleistung' }));
    await agent
      .post(`/api/v1/leistungen/${leistung.id}/feedback`)
      .send({ kind: 'outdated', comment: 'Vom Auskunftsplatz' })
      .expect(201);
    await teamlead
      .post(`/api/v1/leistungen/${leistung.id}/feedback`)
      .send({ kind: 'unclear', comment: 'Von der Teamleitung' })
      .expect(201);

    const seen = (await teamlead.get('/api/v1/feedback').expect(200))
      .body as Feedback[];
    expect(seen.map((entry) => entry.comment)).toEqual(['Von der Teamleitung']);
    const all = (await admin.get('/api/v1/feedback').expect(200))
      .body as Feedback[];
    expect(all).toHaveLength(2);
  });

  it('is a role the user API accepts; an unknown role is a 400 naming the field', async () => {
    const response = await admin
      .post('/api/v1/users')
      .send({
        username: 'unbekannt',
        displayName: 'Unbekannt',
        password: 'ein-langes-passwort',
        role: 'teamleiter',
      })
      .expect(400);
    expect(JSON.stringify(response.body)).toContain('role');
  });
});

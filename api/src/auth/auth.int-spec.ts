import type { LeistungStaff, SessionUser } from '@auskunft/contracts';
import request from 'supertest';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { runCli } from '../cli/run-cli';
import { UsersService } from '../users/users.service';

describe('Sign-in, sessions and permissions (integration)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ demoContent: true });
  });

  afterAll(async () => {
    await t.close();
  });

  it('signs in with a session cookie that is httpOnly and SameSite=Strict, and signs out', async () => {
    await t.app.get(UsersService).create({
      username: 'Sabine',
      password: 'richtig-geheim',
      role: 'agent',
      displayName: 'Sabine S.',
    });
    const agent = request.agent(t.app.getHttpServer());
    const login = await agent
      .post('/api/v1/auth/login')
      .send({ username: 'sabine', password: 'richtig-geheim' })
      .expect(200);
    expect(login.body as SessionUser).toMatchObject({
      username: 'sabine',
      displayName: 'Sabine S.',
      role: 'agent',
      sachgebiete: [],
    });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/auskunft_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(JSON.stringify(login.body)).not.toMatch(/passwordHash|argon2/);
    await agent.get('/api/v1/auth/me').expect(200);
    await agent.get('/api/v1/search').query({ q: 'Führerschein' }).expect(200);
    await agent.post('/api/v1/auth/logout').expect(204);
    expect((await agent.get('/api/v1/auth/me').expect(200)).body).toEqual({});
    await agent.get('/api/v1/search').expect(401);
  });

  it('answers wrong credentials with 401 and throttles guessing the same way for known and unknown names', async () => {
    await t.app.get(UsersService).create({
      username: 'lockme',
      password: 'richtig-geheim',
      role: 'agent',
      displayName: 'L',
    });
    for (const username of ['lockme', 'niemand']) {
      for (let attempt = 1; attempt <= 4; attempt++) {
        await t.http
          .post('/api/v1/auth/login')
          .send({ username, password: 'falsch' })
          .expect(401);
      }
      const locked = await t.http
        .post('/api/v1/auth/login')
        .send({ username, password: 'falsch' })
        .expect(429);
      expect(locked.body).toMatchObject({
        statusCode: 429,
        retryAfterSeconds: 900,
      });
      expect(locked.headers['retry-after']).toBe('900');
    }
    // Even the right password is refused while throttled (per client: see login-throttle.spec.ts).
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'lockme', password: 'richtig-geheim' })
      .expect(429);
    await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'lockme' })
      .expect(400);
  });

  it('requires a session for staff endpoints and keeps public ones open', async () => {
    await t.http.get('/api/v1/search').query({ q: 'Führerschein' }).expect(401);
    await t.http.get('/api/v1/sachgebiete').expect(401);
    await t.http.post('/api/v1/leistungen').send(aLeistung()).expect(401);
    await t.http
      .get('/api/v1/public/search')
      .query({ q: 'Führerschein' })
      .expect(200);
    await t.http.get('/api/v1/public/sachgebiete').expect(200);
    await t.http
      .get('/api/health')
      .expect((response) => expect([200, 503]).toContain(response.status));
    await t.http
      .get('/api/v1/search')
      .set('Cookie', 'auskunft_session=erfunden')
      .expect(401);
  });

  it('lets agents read but not write, and editors write only in their own Sachgebiete', async () => {
    const agent = await t.as('agent');
    await agent.get('/api/v1/leistungen').expect(200);
    await agent
      .post('/api/v1/leistungen')
      .send(aLeistung({ sachgebiet: '32.1' }))
      .expect(403);

    const editor = await t.as('editor', ['32.1']);
    const own = (
      await editor
        .post('/api/v1/leistungen')
        .send(aLeistung({ sachgebiet: '32.1' }))
        .expect(201)
    ).body as LeistungStaff;
    await editor
      .post('/api/v1/leistungen')
      .send(aLeistung({ sachgebiet: '70.1' }))
      .expect(403);
    await editor.post('/api/v1/leistungen').send(aLeistung()).expect(403);
    await editor
      .put(`/api/v1/leistungen/${own.id}/working-copy`)
      .send({
        version: own.workingCopy?.version,
        content: { sachgebiet: '70.1' },
      })
      .expect(403);
    await editor.get('/api/v1/users').expect(403);

    const admin = await t.as('admin');
    const foreign = (
      await admin
        .post('/api/v1/leistungen')
        .send(aLeistung({ sachgebiet: '70.1' }))
        .expect(201)
    ).body as LeistungStaff;
    await editor
      .put(`/api/v1/leistungen/${foreign.id}/working-copy`)
      .send({
        version: foreign.workingCopy?.version,
        content: { title: 'Übernommen' },
      })
      .expect(403);
    await editor.delete(`/api/v1/leistungen/${foreign.id}`).expect(403);
    await admin.get('/api/v1/users').expect(200);
  });

  it('ends the sessions of a deactivated user at once', async () => {
    const admin = await t.as('admin');
    const users = t.app.get(UsersService);
    const user = await users.create({
      username: 'wechsel',
      password: 'richtig-geheim',
      role: 'agent',
      displayName: 'W',
    });
    const agent = request.agent(t.app.getHttpServer());
    await agent
      .post('/api/v1/auth/login')
      .send({ username: 'wechsel', password: 'richtig-geheim' })
      .expect(200);
    await admin
      .patch(`/api/v1/users/${user.id}`)
      .send({ active: false })
      .expect(200);
    expect((await agent.get('/api/v1/auth/me').expect(200)).body).toEqual({});
    await agent
      .post('/api/v1/auth/login')
      .send({ username: 'wechsel', password: 'richtig-geheim' })
      .expect(401);
  });

  it('creates users from the command line, with clear errors for bad input', async () => {
    const errors = jest
      .spyOn(console, 'error')
      .mockImplementation(() => undefined);
    const logs = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(
        await runCli('user:create', [
          '--username',
          'cli-editor',
          '--password',
          'cli-passwort-lang',
          '--role',
          'editor',
          '--sachgebiet',
          '32.1',
        ]),
      ).toBe(0);
      expect(logs).toHaveBeenCalledWith(
        'Created editor "cli-editor" for Sachgebiet 32.1',
      );
      expect(
        await runCli('user:create', [
          '--username',
          'cli-kurz',
          '--password',
          'kurz',
          '--role',
          'agent',
        ]),
      ).toBe(2);
      expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^password: /));
      expect(
        await runCli('user:create', [
          '--username',
          'cli-editor',
          '--password',
          'cli-passwort-lang',
          '--role',
          'agent',
        ]),
      ).toBe(1);
      expect(errors).toHaveBeenLastCalledWith(
        expect.stringContaining('bereits vergeben'),
      );
    } finally {
      errors.mockRestore();
      logs.mockRestore();
    }
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ username: 'cli-editor', password: 'cli-passwort-lang' })
      .expect(200);
    expect(login.body).toMatchObject({ role: 'editor', sachgebiete: ['32.1'] });
  });

  it('creates one demo account per role with the demo content', async () => {
    const admin = await t.as('admin');
    const users = (await admin.get('/api/v1/users').expect(200)).body as {
      username: string;
      role: string;
    }[];
    expect(
      users
        .filter((user) =>
          ['admin', 'agent', 'editor', 'editor2'].includes(user.username),
        )
        .map((user) => user.role)
        .sort(),
    ).toEqual(['admin', 'agent', 'editor', 'editor']);
  });
});

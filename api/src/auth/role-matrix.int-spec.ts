import {
  hasPermission,
  ROLES,
  SACHGEBIET_SCOPED,
  type Feedback,
  type LeistungStaff,
  type Permission,
} from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { resolve } from 'node:path';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ForwardingEntity } from '../forwardings/forwarding.entity';
import { UsersService } from '../users/users.service';

/*
 * The role matrix, generated from the OpenAPI document: every operation is called
 * without a session (401 unless public), by every role that lacks its permission
 * (403), by an editor of another Sachgebiet where the permission is scoped (403),
 * and by every role that holds it (success). An operation without a fixture here
 * fails the test, so new endpoints cannot slip past the matrix.
 */

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  permission?: Permission;
  public: boolean;
}

interface Prepared {
  params?: Record<string, string>;
  body?: object;
  query?: Record<string, string | number>;
  /** Multipart upload: form fields and files. */
  upload?: { fields: Record<string, string>; files: Record<string, string> };
}

const MALFORMED_XZUFI = resolve(
  __dirname,
  '../../test/fixtures/xzufi-malformed.xml',
);

const OWN = '32.1';
const OTHER = '70.1';
const WEEK = {
  mon: [{ from: '08:00', to: '12:00' }],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
};
/**
 * What each operation must require, reviewed here rather than read from the code,
 * so a wrong or missing decorator fails the test instead of redefining it.
 */
const EXPECTED: Record<string, Permission | 'public'> = {
  'get /api/health': 'public',
  'get /api/v1/public/search': 'public',
  'get /api/v1/public/sachgebiete': 'public',
  'get /api/v1/public/standorte': 'public',
  'get /api/v1/public/lebenslagen': 'public',
  'get /api/v1/public/leistungen/{slug}': 'public',
  'get /api/v1/public/haeufig-gesucht': 'public',
  'post /api/v1/auth/login': 'public',
  'post /api/v1/auth/logout': 'public',
  'get /api/v1/auth/me': 'public',
  'get /api/v1/search': 'staff:read',
  'get /api/v1/sachgebiete': 'staff:read',
  'post /api/v1/sachgebiete': 'catalog:manage',
  'patch /api/v1/sachgebiete/{id}': 'catalog:manage',
  'delete /api/v1/sachgebiete/{id}': 'catalog:manage',
  'get /api/v1/standorte': 'staff:read',
  'post /api/v1/standorte': 'catalog:manage',
  'patch /api/v1/standorte/{id}': 'catalog:manage',
  'delete /api/v1/standorte/{id}': 'catalog:manage',
  'get /api/v1/lebenslagen': 'staff:read',
  'post /api/v1/lebenslagen': 'catalog:manage',
  'patch /api/v1/lebenslagen/{id}': 'catalog:manage',
  'delete /api/v1/lebenslagen/{id}': 'catalog:manage',
  'get /api/v1/leistungen': 'staff:read',
  'post /api/v1/leistungen': 'leistung:edit',
  'get /api/v1/leistungen/{id}': 'staff:read',
  'delete /api/v1/leistungen/{id}': 'leistung:delete',
  'get /api/v1/leistungen/{id}/working-copy': 'staff:read',
  'put /api/v1/leistungen/{id}/working-copy': 'leistung:edit',
  'delete /api/v1/leistungen/{id}/working-copy': 'leistung:edit',
  'post /api/v1/leistungen/{id}/working-copy/submit': 'leistung:edit',
  'post /api/v1/leistungen/{id}/working-copy/release': 'leistung:release',
  'post /api/v1/leistungen/{id}/working-copy/reject': 'leistung:release',
  'get /api/v1/leistungen/{id}/revisions': 'staff:read',
  'get /api/v1/leistungen/{id}/revisions/compare': 'staff:read',
  'get /api/v1/leistungen/{id}/revisions/{number}': 'staff:read',
  'post /api/v1/leistungen/{id}/revisions/{number}/restore': 'leistung:edit',
  'post /api/v1/leistungen/{id}/confirm': 'leistung:confirm',
  'post /api/v1/leistungen/{id}/archive': 'leistung:delete',
  'post /api/v1/leistungen/{id}/feedback': 'feedback:create',
  'get /api/v1/feedback': 'staff:read',
  'post /api/v1/feedback/{feedbackId}/answer': 'feedback:answer',
  'get /api/v1/editor/dashboard': 'leistung:edit',
  'get /api/v1/audit': 'audit:read',
  'get /api/v1/audit/export.csv': 'audit:read',
  'get /api/v1/users': 'user:manage',
  'post /api/v1/users': 'user:manage',
  'patch /api/v1/users/{id}': 'user:manage',
  'post /api/v1/imports': 'system:manage',
  'get /api/v1/imports/{id}': 'system:manage',
  'post /api/v1/usage/leistungen/{id}/views': 'staff:read',
  'get /api/v1/usage/top-leistungen': 'staff:read',
  'post /api/v1/usage/missing-topics': 'feedback:create',
  'get /api/v1/usage/missing-topics': 'staff:read',
  'post /api/v1/usage/search-queries': 'staff:read',
  'post /api/v1/contacts': 'contact:create',
  'post /api/v1/forwardings': 'forwarding:create',
  'get /api/v1/forwardings': 'forwarding:create',
  'post /api/v1/forwardings/{id}/answered': 'forwarding:answer',
  'get /api/v1/public/forwardings/{token}': 'public',
  'post /api/v1/public/forwardings/{token}/answered': 'public',
  'get /api/v1/mail-outbox': 'system:manage',
  'get /api/v1/controlling/summary': 'controlling:read',
};

let unique = 0;
const next = () => ++unique;

describe('Role matrix from /api/docs-json (integration)', () => {
  let t: TestApp;
  let admin: TestAgent;
  let author: TestAgent;
  const agents = new Map<string, TestAgent>();

  async function published(sachgebiet = OWN): Promise<LeistungStaff> {
    return t.publish(
      aLeistung({ sachgebiet, title: `Matrixleistung ${next()}` }),
    );
  }

  async function withWorkingCopy(
    sachgebiet = OWN,
    submitted = false,
  ): Promise<LeistungStaff> {
    const leistung = await published(sachgebiet);
    await author
      .put(`/api/v1/leistungen/${leistung.id}/working-copy`)
      .send({ content: { shortText: `Geändert ${next()}` } })
      .expect(200);
    if (submitted) {
      await author
        .post(`/api/v1/leistungen/${leistung.id}/working-copy/submit`)
        .send({})
        .expect(200);
    }
    return leistung;
  }

  async function catalogEntry(
    kind: 'sachgebiete' | 'standorte' | 'lebenslagen',
  ): Promise<string> {
    const n = next();
    const body =
      kind === 'sachgebiete'
        ? { code: `99.${n}`, name: `Matrix ${n}`, openingHours: WEEK }
        : kind === 'standorte'
          ? { key: `matrix-${n}`, name: `Matrix ${n}`, openingHours: WEEK }
          : { slug: `matrix-${n}`, name: `Matrix ${n}` };
    return (
      (await admin.post(`/api/v1/${kind}`).send(body).expect(201)).body as {
        id: string;
      }
    ).id;
  }

  function forwardingBody(sachgebiet: string) {
    return {
      sachgebietCode: sachgebiet,
      concern: `Matrixanliegen ${next()}`,
      callbackName: 'Frau Matrix',
      callbackContact: '07031 000000',
    };
  }

  /** A forwarding to `sachgebiet` (id) with its answer token, read from the database. */
  async function forwarding(
    sachgebiet: string,
  ): Promise<{ id: string; token: string }> {
    const created = (
      await admin
        .post('/api/v1/forwardings')
        .send(forwardingBody(sachgebiet))
        .expect(201)
    ).body as { id: string };
    const row = await t.dataSource
      .getRepository(ForwardingEntity)
      .findOneByOrFail({ id: created.id });
    return { id: row.id, token: row.token };
  }

  /** A request that succeeds for a permitted user, on a resource of `sachgebiet`. */
  /** Per operation, a request that succeeds for a permitted user on a resource of `sachgebiet`. */
  const FIXTURES: Record<string, (sachgebiet: string) => Promise<Prepared>> = {
    'get /api/health': async () => ({}),
    'get /api/v1/public/search': async () => ({ query: { q: 'Matrix' } }),
    'get /api/v1/public/sachgebiete': async () => ({}),
    'get /api/v1/public/standorte': async () => ({}),
    'get /api/v1/public/lebenslagen': async () => ({}),
    'get /api/v1/public/haeufig-gesucht': async () => ({}),
    'get /api/v1/public/leistungen/{slug}': async () => ({
      params: { slug: (await published()).slug },
    }),
    'post /api/v1/auth/login': async () => ({
      body: { username: 'matrix-login', password: 'matrix-passwort' },
    }),
    'post /api/v1/auth/logout': async () => ({}),
    'get /api/v1/auth/me': async () => ({}),
    'get /api/v1/search': async () => ({ query: { q: 'Matrix' } }),
    'get /api/v1/sachgebiete': async () => ({}),
    'post /api/v1/sachgebiete': async () => ({
      body: { code: `98.${next()}`, name: 'Neu', openingHours: WEEK },
    }),
    'patch /api/v1/sachgebiete/{id}': async () => ({
      params: { id: await catalogEntry('sachgebiete') },
      body: { name: 'Umbenannt' },
    }),
    'delete /api/v1/sachgebiete/{id}': async () => ({
      params: { id: await catalogEntry('sachgebiete') },
    }),
    'get /api/v1/standorte': async () => ({}),
    'post /api/v1/standorte': async () => ({
      body: { key: `neu-${next()}`, name: 'Neu', openingHours: WEEK },
    }),
    'patch /api/v1/standorte/{id}': async () => ({
      params: { id: await catalogEntry('standorte') },
      body: { name: 'Umbenannt' },
    }),
    'delete /api/v1/standorte/{id}': async () => ({
      params: { id: await catalogEntry('standorte') },
    }),
    'get /api/v1/lebenslagen': async () => ({}),
    'post /api/v1/lebenslagen': async () => ({
      body: { slug: `neu-${next()}`, name: 'Neu' },
    }),
    'patch /api/v1/lebenslagen/{id}': async () => ({
      params: { id: await catalogEntry('lebenslagen') },
      body: { name: 'Umbenannt' },
    }),
    'delete /api/v1/lebenslagen/{id}': async () => ({
      params: { id: await catalogEntry('lebenslagen') },
    }),
    'get /api/v1/leistungen': async () => ({}),
    'post /api/v1/leistungen': async (sachgebiet) => ({
      body: aLeistung({ sachgebiet }),
    }),
    'get /api/v1/leistungen/{id}': async () => ({
      params: { id: (await published()).id },
    }),
    'delete /api/v1/leistungen/{id}': async (sachgebiet) => ({
      params: { id: (await published(sachgebiet)).id },
    }),
    'get /api/v1/leistungen/{id}/working-copy': async () => ({
      params: { id: (await withWorkingCopy()).id },
    }),
    'put /api/v1/leistungen/{id}/working-copy': async (sachgebiet) => ({
      params: { id: (await published(sachgebiet)).id },
      body: { content: { shortText: 'Neu formuliert' } },
    }),
    'delete /api/v1/leistungen/{id}/working-copy': async (sachgebiet) => ({
      params: { id: (await withWorkingCopy(sachgebiet)).id },
    }),
    'post /api/v1/leistungen/{id}/working-copy/submit': async (sachgebiet) => ({
      params: { id: (await withWorkingCopy(sachgebiet)).id },
      body: {},
    }),
    'post /api/v1/leistungen/{id}/working-copy/release': async (
      sachgebiet,
    ) => ({
      params: { id: (await withWorkingCopy(sachgebiet, true)).id },
      body: {},
    }),
    'post /api/v1/leistungen/{id}/working-copy/reject': async (sachgebiet) => ({
      params: { id: (await withWorkingCopy(sachgebiet, true)).id },
      body: { comment: 'Bitte Gebühr prüfen' },
    }),
    'get /api/v1/leistungen/{id}/revisions': async () => ({
      params: { id: (await published()).id },
    }),
    'get /api/v1/leistungen/{id}/revisions/compare': async () => ({
      params: { id: (await withWorkingCopy()).id },
      query: { from: 1, to: 2 },
    }),
    'get /api/v1/leistungen/{id}/revisions/{number}': async () => ({
      params: { id: (await published()).id, number: '1' },
    }),
    'post /api/v1/leistungen/{id}/revisions/{number}/restore': async (
      sachgebiet,
    ) => ({ params: { id: (await published(sachgebiet)).id, number: '1' } }),
    'post /api/v1/leistungen/{id}/confirm': async (sachgebiet) => ({
      params: { id: (await published(sachgebiet)).id },
    }),
    'post /api/v1/leistungen/{id}/archive': async (sachgebiet) => ({
      params: { id: (await published(sachgebiet)).id },
    }),
    'post /api/v1/leistungen/{id}/feedback': async () => ({
      params: { id: (await published()).id },
      body: { kind: 'outdated', comment: 'Gebühr ist veraltet' },
    }),
    'get /api/v1/feedback': async () => ({}),
    'post /api/v1/feedback/{feedbackId}/answer': async (sachgebiet) => {
      const leistung = await published(sachgebiet);
      const feedback = (
        await admin
          .post(`/api/v1/leistungen/${leistung.id}/feedback`)
          .send({ kind: 'wrong', comment: 'Falsch' })
          .expect(201)
      ).body as Feedback;
      return {
        params: { feedbackId: feedback.id },
        body: { answer: 'Korrigiert' },
      };
    },
    'get /api/v1/editor/dashboard': async () => ({}),
    'post /api/v1/usage/leistungen/{id}/views': async () => ({
      params: { id: (await published()).id },
    }),
    'get /api/v1/usage/top-leistungen': async () => ({
      query: { days: 7, limit: 5 },
    }),
    'post /api/v1/usage/missing-topics': async () => ({
      body: { query: `Matrixthema ${next()}` },
    }),
    'get /api/v1/usage/missing-topics': async () => ({}),
    'post /api/v1/usage/search-queries': async () => ({
      body: { query: `Matrixsuche ${next()}`, hits: 0 },
    }),
    'post /api/v1/contacts': async () => ({
      body: { channel: 'phone', outcome: 'settled', topic: 'Matrixkontakt' },
    }),
    'post /api/v1/forwardings': async (sachgebiet) => ({
      body: forwardingBody(sachgebiet),
    }),
    'get /api/v1/forwardings': async () => ({ query: { status: 'open' } }),
    'post /api/v1/forwardings/{id}/answered': async (sachgebiet) => ({
      params: { id: (await forwarding(sachgebiet)).id },
    }),
    'get /api/v1/public/forwardings/{token}': async () => ({
      params: { token: (await forwarding(OWN)).token },
    }),
    'post /api/v1/public/forwardings/{token}/answered': async () => ({
      params: { token: (await forwarding(OWN)).token },
    }),
    'get /api/v1/mail-outbox': async () => ({}),
    'get /api/v1/controlling/summary': async () => ({
      query: { from: '2026-01-01', to: '2026-12-31' },
    }),
    'post /api/v1/imports': async () => ({
      upload: {
        fields: { format: 'xzufi', dryRun: 'true' },
        files: { file: MALFORMED_XZUFI },
      },
    }),
    'get /api/v1/imports/{id}': async () => {
      const job = (
        await admin
          .post('/api/v1/imports')
          .field('format', 'xzufi')
          .field('dryRun', 'true')
          .attach('file', MALFORMED_XZUFI)
          .expect(202)
      ).body as { id: string };
      return { params: { id: job.id } };
    },
    'get /api/v1/audit': async () => ({}),
    'get /api/v1/audit/export.csv': async () => ({}),
    'get /api/v1/users': async () => ({}),
    'post /api/v1/users': async () => ({
      body: {
        username: `neu${next()}`,
        displayName: 'Neu',
        password: 'ein-langes-passwort',
        role: 'agent',
      },
    }),
    'patch /api/v1/users/{id}': async () => {
      const created = (
        await admin
          .post('/api/v1/users')
          .send({
            username: `ziel${next()}`,
            displayName: 'Ziel',
            password: 'ein-langes-passwort',
            role: 'agent',
          })
          .expect(201)
      ).body as { id: string };
      return {
        params: { id: created.id },
        body: { displayName: 'Neuer Name' },
      };
    },
  };

  function send(agent: TestAgent, operation: Operation, prepared: Prepared) {
    const url = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
      encodeURIComponent(prepared.params?.[name] ?? `missing-${name}`),
    );
    const request = agent[operation.method](url).query(prepared.query ?? {});
    if (prepared.upload) {
      // field() and attach() return the request itself (a thenable), so no callbacks that return it.
      for (const [name, value] of Object.entries(prepared.upload.fields)) {
        void request.field(name, value);
      }
      for (const [name, path] of Object.entries(prepared.upload.files)) {
        void request.attach(name, path);
      }
      return request;
    }
    return prepared.body ? request.send(prepared.body) : request;
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.as('admin');
    author = await t.as('admin');
    const week = WEEK;
    await admin
      .post('/api/v1/sachgebiete')
      .send({
        code: OWN,
        name: 'Zulassung',
        email: 'zulassung@matrix.example',
        openingHours: week,
      })
      .expect(201);
    await admin
      .post('/api/v1/sachgebiete')
      .send({
        code: OTHER,
        name: 'Abfall',
        email: 'abfall@matrix.example',
        openingHours: week,
      })
      .expect(201);
    for (const role of ROLES) {
      agents.set(role, await t.as(role, role === 'editor' ? [OWN] : []));
    }
    agents.set('editor-other', await t.as('editor', [OTHER]));
    await t.app.get(UsersService).create({
      username: 'matrix-login',
      password: 'matrix-passwort',
      role: 'agent',
      displayName: 'M',
    });
    // Health is 200 only once the indexes caught up.
    await t.indexed();
  });

  afterAll(async () => {
    await t.close();
  });

  it('gives the controlling figures to team leads and admins only, the Postausgang to admins only', () => {
    // Reviewed here, as the matrix below derives success or 403 from the permission map.
    const holders = (permission: Permission) =>
      ROLES.filter((role) => hasPermission({ role }, permission));
    expect(ROLES).toContain('teamlead');
    expect(holders('controlling:read')).toEqual(['teamlead', 'admin']);
    expect(holders('system:manage')).toEqual(['admin']);
    expect(holders('user:manage')).toEqual(['admin']);
  });

  it('covers every operation: 401 without a session, 403 for a role or Sachgebiet that may not, success for one that may', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const operations: Operation[] = Object.entries(document.paths).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, spec]) => ({
          method: method as Operation['method'],
          path,
          permission: spec['x-permission'] as Permission | undefined,
          public: spec['x-public'] === true,
        })),
    );
    expect(operations.length).toBeGreaterThan(40);
    const missing = operations
      .map((operation) => `${operation.method} ${operation.path}`)
      .filter((key) => !FIXTURES[key]);
    expect(missing).toEqual([]);

    const failures: string[] = [];
    for (const operation of operations) {
      const key = `${operation.method} ${operation.path}`;
      const fixture = FIXTURES[key] as (
        sachgebiet: string,
      ) => Promise<Prepared>;
      const declared = operation.public
        ? 'public'
        : (operation.permission ?? 'none');
      if (declared !== EXPECTED[key]) {
        failures.push(
          `${key}: declares ${declared}, the matrix expects ${EXPECTED[key] ?? 'an entry in EXPECTED'}`,
        );
        continue;
      }
      if (!operation.public && !operation.permission) {
        failures.push(
          `${key}: declares neither @Public nor @RequirePermission`,
        );
        continue;
      }
      const anonymous = await send(t.http, operation, await fixture(OWN));
      if (
        operation.public ? anonymous.status >= 400 : anonymous.status !== 401
      ) {
        failures.push(`${key} without session: ${anonymous.status}`);
      }
      if (operation.public || !operation.permission) {
        continue;
      }
      const permission = operation.permission;
      for (const role of ROLES) {
        const response = await send(
          agents.get(role) as TestAgent,
          operation,
          await fixture(OWN),
        );
        const may = hasPermission({ role }, permission);
        if (may ? response.status >= 400 : response.status !== 403) {
          failures.push(
            `${key} as ${role}: ${response.status} (expected ${may ? 'success' : 403}) ${JSON.stringify(response.body).slice(0, 160)}`,
          );
        }
      }
      if (
        SACHGEBIET_SCOPED.includes(permission) &&
        key !== 'get /api/v1/editor/dashboard'
      ) {
        const response = await send(
          agents.get('editor-other') as TestAgent,
          operation,
          await fixture(OWN),
        );
        if (response.status !== 403) {
          failures.push(
            `${key} as editor of another Sachgebiet: ${response.status} (expected 403)`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

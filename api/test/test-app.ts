import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app/app.module';
import { configureApp } from '../src/app/configure-app';
import { SearchEngineHost } from '../src/search/search-engine.host';
import { SearchOutboxWorker } from '../src/search/search-outbox.worker';
import { DemoContentService } from '../src/seed/demo-content.service';
import { UsersService } from '../src/users/users.service';
import type { LeistungContent, LeistungStaff, Role } from '@auskunft/contracts';
import type { LeistungBody } from './builders';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  dataSource: DataSource;
  worker: SearchOutboxWorker;
  host: SearchEngineHost;
  /** A signed-in client (cookie session) for a new user with this role and these Sachgebiete. */
  as(role: Role, sachgebiete?: string[]): Promise<TestAgent>;
  /** Creates a Leistung and takes it through the four-eyes release (two admins); returns it live. */
  publish(body: LeistungBody): Promise<LeistungStaff>;
  /** Changes a published Leistung through a working copy and releases it. */
  publishChange(
    id: string,
    content: Partial<LeistungContent>,
  ): Promise<LeistungStaff>;
  /** Waits until every queued index update has reached Meilisearch. */
  indexed(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  demoContent?: boolean;
  /** Use this Meilisearch instead of the run's shared one (e.g. one the test stops and starts). */
  meili?: { url: string; masterKey: string };
}

const WORKSPACE = resolve(__dirname, '../..');

async function resetPostgres(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/**
 * The whole API as it runs in production (same module, same configureApp),
 * on a fresh database (SQLite file, or a reset PostgreSQL schema when
 * DATABASE_URL is set) and its own pair of Meilisearch indexes.
 */
export async function createTestApp(
  options: TestAppOptions = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'auskunft-it-'));
  process.env['DATA_DIR'] = dataDir;
  process.env['DEMO_CONTENT'] = options.demoContent ? 'true' : 'false';
  process.env['MEILI_INDEX_PREFIX'] = `it${randomBytes(4).toString('hex')}_`;
  process.env['SEED_DIR'] = join(WORKSPACE, 'seed-data');
  process.env['SEARCH_CONFIG_DIR'] = join(WORKSPACE, 'search-config');
  process.env['WEB_DIST_DIR'] = join(dataDir, 'no-web');
  if (options.meili) {
    process.env['MEILI_URL'] = options.meili.url;
    process.env['MEILI_MASTER_KEY'] = options.meili.masterKey;
  }
  const databaseUrl = process.env['DATABASE_URL'];
  if (databaseUrl) {
    await resetPostgres(databaseUrl);
  }

  const moduleRef = await Test.createTestingModule({
    imports: [AppModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApp(app);
  await app.init();
  await app.get(DemoContentService).loadIfEmpty();
  app.get(SearchOutboxWorker).start();

  const worker = app.get(SearchOutboxWorker);
  const dataSource = app.get(DataSource);
  const host = app.get(SearchEngineHost);
  let userCounter = 0;
  const as = async (
    role: Role,
    sachgebiete: string[] = [],
  ): Promise<TestAgent> => {
    userCounter++;
    const username = `test-${role}-${userCounter}`;
    const password = `passwort-${userCounter}-geheim`;
    await app.get(UsersService).create({
      username,
      password,
      role,
      displayName: `Test ${role} ${userCounter}`,
      sachgebiete,
    });
    const agent = request.agent(app.getHttpServer());
    await agent
      .post('/api/v1/auth/login')
      .send({ username, password })
      .expect(200);
    return agent;
  };
  let reviewers: { author: TestAgent; reviewer: TestAgent } | undefined;
  const twoAdmins = async () =>
    (reviewers ??= { author: await as('admin'), reviewer: await as('admin') });
  const releaseWorkingCopy = async (id: string) => {
    const { author, reviewer } = await twoAdmins();
    await author
      .post(`/api/v1/leistungen/${id}/working-copy/submit`)
      .send({})
      .expect(200);
    await reviewer
      .post(`/api/v1/leistungen/${id}/working-copy/release`)
      .send({ comment: 'Geprüft' })
      .expect(200);
    return (await author.get(`/api/v1/leistungen/${id}`).expect(200))
      .body as LeistungStaff;
  };
  const publish = async (body: LeistungBody) => {
    const { author } = await twoAdmins();
    const created = (
      await author.post('/api/v1/leistungen').send(body).expect(201)
    ).body as LeistungStaff;
    return releaseWorkingCopy(created.id);
  };
  const publishChange = async (
    id: string,
    content: Partial<LeistungContent>,
  ) => {
    const { author } = await twoAdmins();
    await author
      .put(`/api/v1/leistungen/${id}/working-copy`)
      .send({ content })
      .expect((response) => {
        if (response.status !== 200) {
          throw new Error(
            `working copy: ${response.status} ${JSON.stringify(response.body)}`,
          );
        }
      });
    return releaseWorkingCopy(id);
  };
  return {
    app,
    as,
    publish,
    publishChange,
    http: request(app.getHttpServer()),
    dataSource,
    worker,
    host,
    indexed: () => worker.drain(),
    close: async () => {
      await host.engine.dropIndexes().catch(() => undefined);
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

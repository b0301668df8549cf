import type { MissingTopic, TopLeistungen } from '@auskunft/contracts';
import type TestAgent from 'supertest/lib/agent';
import { aLeistung } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { LeistungViewDay } from './usage.entities';

describe('Desk usage API (integration)', () => {
  let t: TestApp;
  let agent: TestAgent;
  let colleague: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.as('agent');
    colleague = await t.as('agent');
  });

  afterAll(async () => {
    await t.close();
  });

  async function view(who: TestAgent, id: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await who.post(`/api/v1/usage/leistungen/${id}/views`).expect(204);
    }
  }

  it('counts answer views per Leistung and ranks the week’s most asked-for, without any per-agent figure', async () => {
    const often = await t.publish(aLeistung({ title: 'Oft gefragt' }));
    const sometimes = await t.publish(aLeistung({ title: 'Manchmal gefragt' }));
    await view(agent, often.id, 2);
    await view(colleague, often.id, 1);
    await Promise.all([
      view(agent, sometimes.id),
      view(colleague, sometimes.id),
    ]);

    const top = (await agent.get('/api/v1/usage/top-leistungen').expect(200))
      .body as TopLeistungen;

    expect(top.items.slice(0, 2)).toEqual([
      { id: often.id, slug: often.slug, title: 'Oft gefragt', views: 3 },
      {
        id: sometimes.id,
        slug: sometimes.slug,
        title: 'Manchmal gefragt',
        views: 2,
      },
    ]);
    expect(top.from < top.to).toBe(true);

    const stored = await t.dataSource
      .getRepository(LeistungViewDay)
      .findBy({ leistungId: often.id });
    expect(stored).toEqual([{ leistungId: often.id, day: top.to, views: 3 }]);
  });

  it('counts simultaneous views without losing one', async () => {
    const busy = await t.publish(aLeistung({ title: 'Gleichzeitig gefragt' }));
    await Promise.all(
      Array.from({ length: 8 }, () =>
        agent.post(`/api/v1/usage/leistungen/${busy.id}/views`).expect(204),
      ),
    );

    const [row] = await t.dataSource
      .getRepository(LeistungViewDay)
      .findBy({ leistungId: busy.id });
    expect(row.views).toBe(8);
  });

  it('leaves archived Leistungen out of the ranking', async () => {
    const archived = await t.publish(aLeistung({ title: 'Abgeschafft' }));
    await view(agent, archived.id, 20);
    const admin = await t.as('admin');
    await admin
      .post(`/api/v1/leistungen/${archived.id}/archive`)
      .send({})
      .expect(200);

    const top = (await agent.get('/api/v1/usage/top-leistungen').expect(200))
      .body as TopLeistungen;
    expect(top.items.map((item) => item.id)).not.toContain(archived.id);
  });

  it('answers 404 for an unknown Leistung and 400 naming the field for a bad period', async () => {
    await agent
      .post(
        '/api/v1/usage/leistungen/00000000-0000-4000-8000-000000000000/views',
      )
      .expect(404);
    const bad = await agent
      .get('/api/v1/usage/top-leistungen')
      .query({ days: 400 })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('days');
  });

  it('collects missing topics case-insensitively and counts the reports', async () => {
    await agent
      .post('/api/v1/usage/missing-topics')
      .send({ query: 'Drohne  anmelden' })
      .expect(201);
    const second = (
      await colleague
        .post('/api/v1/usage/missing-topics')
        .send({ query: 'drohne anmelden' })
        .expect(201)
    ).body as MissingTopic;
    expect(second).toMatchObject({ query: 'drohne anmelden', reports: 2 });

    const list = (await agent.get('/api/v1/usage/missing-topics').expect(200))
      .body as MissingTopic[];
    expect(list[0]).toMatchObject({ query: 'drohne anmelden', reports: 2 });

    const empty = await agent
      .post('/api/v1/usage/missing-topics')
      .send({ query: ' ' })
      .expect(400);
    expect(JSON.stringify(empty.body)).toContain('query');
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FILINGS } from './support/case-fixtures';
import { SseClient } from './support/sse';
import { bearer, PASSWORD, randomAddress, TestApp } from './support/test-app';

/**
 * Two api instances (each with its own connection pools, as two processes would have) behind
 * one "address": requests alternate between them. The guarantees live in PostgreSQL and Redis,
 * so they hold across instances.
 */
describe('two api instances (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await TestApp.start();
    b = await TestApp.start();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });
  const servers = () => [request(a.app.getHttpServer()), request(b.app.getHttpServer())];

  it('lets exactly one of two concurrent accepts win across instances', async () => {
    const creator = await a.user('creator');
    const [agent1, agent2] = [await a.user('agent', { zoneId: 'yangpu' }), await a.user('agent', { zoneId: 'yangpu' })];
    for (let round = 0; round < 5; round++) {
      const c = (await a.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'yangpu' }).expect(201)).body;
      const [s1, s2] = servers();
      const results = await Promise.all([
        s1.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(agent1)).send({ version: c.version }),
        s2.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(agent2)).send({ version: c.version }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const [row] = await a.db.query(`SELECT version FROM cases WHERE id = $1`, [c.id]);
      expect(row.version).toBe(2);
    }
  });

  it('files one case for one Idempotency-Key sent to both instances at once', async () => {
    const creator = await a.user('creator');
    const key = randomUUID();
    const body = { ...FILINGS.legislation, zoneId: 'huangpu' };
    const results = await Promise.all(
      servers().flatMap((s) => [0, 1, 2].map(() => s.post('/api/v1/cases').set(bearer(creator)).set('Idempotency-Key', key).send(body))),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const [{ n }] = await a.db.query(`SELECT count(*)::int AS n FROM cases WHERE creator_id = $1`, [creator.id]);
    expect(n).toBe(1);
  });

  it('counts failed logins from one address against the lockout across instances', async () => {
    const agent = await a.user('agent');
    const attacker = randomAddress();
    const [s1, s2] = servers();
    for (let i = 0; i < 5; i++) {
      const s = i % 2 === 0 ? s1 : s2;
      await s.post('/api/v1/auth/login').set('X-Forwarded-For', attacker).send({ username: agent.login, password: 'Wrong@pass1' });
    }
    await s1.post('/api/v1/auth/login').set('X-Forwarded-For', attacker).send({ username: agent.login, password: PASSWORD }).expect(423);
    await s2.post('/api/v1/auth/login').set('X-Forwarded-For', attacker).send({ username: agent.login, password: PASSWORD }).expect(423);
    // The owner, elsewhere, is not locked out on either instance.
    await s2.post('/api/v1/auth/login').set('X-Forwarded-For', randomAddress()).send({ username: agent.login, password: PASSWORD }).expect(200);
  });

  it('ends an access token on every instance the moment it is revoked on one', async () => {
    const sysadmin = await a.user('sysadmin', { zoneId: null });
    const creator = await a.user('creator');
    const agent = await a.user('agent');
    const [s1, s2] = servers();
    await s2.get('/api/v1/me').set(bearer(creator)).expect(200);
    await s1.post('/api/v1/auth/logout').send({ refreshToken: creator.refreshToken }).expect(204);
    await s2.get('/api/v1/me').set(bearer(creator)).expect(401);

    await s2.get('/api/v1/me').set(bearer(agent)).expect(200);
    await s1.patch(`/api/v1/admin/users/${agent.id}`).set(bearer(sysadmin)).send({ status: 'disabled' }).expect(200);
    await s2.get('/api/v1/me').set(bearer(agent)).expect(401);
    await s1.get('/api/v1/me').set(bearer(agent)).expect(401);
  });
});

describe('live case updates across two api instances (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  const clients: SseClient[] = [];
  beforeAll(async () => {
    a = await TestApp.start();
    b = await TestApp.start();
  });
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await a.close();
    await b.close();
  });
  const listen = async (app: TestApp, user: { token: string }) => {
    const c = await SseClient.open(app.app.getHttpServer(), user.token);
    clients.push(c);
    return c;
  };

  it('refuses a stream without a session', async () => {
    await b.http.get('/api/v1/events').expect(401);
  });

  it('brings a change made through one instance to the streams, scoped, on the other', async () => {
    const creator = await a.user('creator');
    const otherCreator = await a.user('creator');
    const huangpuAgent = await a.user('agent', { zoneId: 'huangpu' });
    const yangpuAgent = await a.user('agent', { zoneId: 'yangpu' });
    const citySupervisor = await a.user('supervisor', { zoneId: null });
    const [agentStream, otherZoneStream, supervisorStream, creatorStream, otherCreatorStream] = await Promise.all([
      listen(b, huangpuAgent),
      listen(b, yangpuAgent),
      listen(b, citySupervisor),
      listen(b, creator),
      listen(b, otherCreator),
    ]);
    expect(agentStream.status).toBe(200);

    const c = (await a.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    await agentStream.waitFor((s) => s.cases().some((e) => e.caseId === c.id && e.kind === 'filed'));
    await a.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(huangpuAgent)).send({ version: c.version }).expect(201);
    await a.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(huangpuAgent)).send({ body: '内部：先核实身份', visibility: 'internal' }).expect(201);
    await a.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(creator)).send({ body: '请问进度如何？' }).expect(201);

    // The agent hears every change (their own accept marked as theirs), in order.
    await agentStream.waitFor((s) => s.cases().filter((e) => e.caseId === c.id).length === 4);
    const seen = agentStream.cases().filter((e) => e.caseId === c.id);
    expect(seen.map((e) => [e.kind, e.action ?? null, e.self])).toEqual([
      ['filed', null, false],
      ['transitioned', 'accept', true],
      ['commented', null, true],
      ['commented', null, false],
    ]);
    const [{ version }] = await a.db.query(`SELECT version FROM cases WHERE id = $1`, [c.id]);
    expect(seen[1].version).toBe(version);
    await supervisorStream.waitFor((s) => s.cases().filter((e) => e.caseId === c.id).length === 4);
    // The creator hears the public changes only: not the internal note.
    await creatorStream.waitFor((s) => s.cases().filter((e) => e.caseId === c.id).length === 3);
    expect(creatorStream.cases().map((e) => e.kind)).toEqual(['filed', 'transitioned', 'commented']);
    // The other zone's agent and another creator hear nothing of it.
    await new Promise((r) => setTimeout(r, 300));
    expect(otherZoneStream.cases().filter((e) => e.caseId === c.id)).toEqual([]);
    expect(otherCreatorStream.cases().filter((e) => e.caseId === c.id)).toEqual([]);
    expect(otherZoneStream.cases().length + otherCreatorStream.cases().length).toBe(0);
  });

  it('tells nobody of a refused change (nothing committed)', async () => {
    const creator = await a.user('creator');
    const agent = await a.user('agent', { zoneId: 'yangpu' });
    const stream = await listen(b, agent);
    const c = (await a.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'yangpu' }).expect(201)).body;
    await stream.waitFor((s) => s.cases().some((e) => e.caseId === c.id));
    // A stale version is refused before anything is written; a refused action (reject without reason) rolls back.
    await a.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(agent)).send({ version: c.version + 5 }).expect(409);
    await a.http.post(`/api/v1/cases/${c.id}/actions/resolve`).set(bearer(agent)).send({ version: c.version, outcome: 'x', summary: 'y' }).expect((r) => expect(r.status).toBeGreaterThanOrEqual(400));
    await new Promise((r) => setTimeout(r, 300));
    expect(stream.cases().filter((e) => e.caseId === c.id).map((e) => e.kind)).toEqual(['filed']);
  });
});

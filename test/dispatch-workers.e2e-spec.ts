import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';
import { startPrivateRedis, until, WorkerProcess } from './support/workers';

/**
 * Supervision orders' timers (督办: 催办 before the deadline, 提级 at it) through real worker
 * processes and a Redis of this file's own: the escalation happens at the deadline even when
 * the worker that held its timer is gone and Redis lost everything.
 */
jest.setTimeout(300_000);

describe('supervision orders through worker processes (e2e)', () => {
  let t: TestApp;
  let redisServer: ChildProcess;
  let redis: Redis;
  let redisUrl: string;
  let worker: WorkerProcess | undefined;
  let creator: TestUser;
  let agent: TestUser;
  let supervisor: TestUser;
  let city: TestUser;

  beforeAll(async () => {
    ({ server: redisServer, url: redisUrl } = await startPrivateRedis());
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    t = await TestApp.start();
    // Sweep every 2 s in this file's workers (read at worker start).
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{sweepEverySeconds}', '2') WHERE key = 'dispatch'`);
    creator = await t.user('creator');
    agent = await t.user('agent', { zoneId: 'huangpu' });
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    city = await t.user('supervisor', { zoneId: null });
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await t?.db.query(`UPDATE settings SET value = jsonb_set(value, '{sweepEverySeconds}', '30') WHERE key = 'dispatch'`);
    await t?.close();
    redis?.disconnect();
    redisServer?.kill('SIGTERM');
  });

  afterEach(() => {
    const state = expect.getState();
    if (state.assertionCalls !== state.numPassingAsserts && worker) process.stdout.write(`--- worker ---\n${worker.tail()}\n`);
  });

  const order = async (id: string) => (await t.db.query(`SELECT reminded_at, escalated_at, escalated_to, answered_at FROM supervision_orders WHERE id = $1`, [id]))[0];

  it('reminds before the deadline and escalates an unanswered order at it, with the worker restarted and Redis flushed in between', async () => {
    worker = await WorkerProcess.start('A', redisUrl);
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = (await t.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(agent)).send({ version: c.version }).expect(201)).body;

    await t.http.post(`/api/v1/cases/${c.id}/supervision-orders`).set(bearer(agent)).send({ requirement: '请尽快处理', deadline: new Date(Date.now() + 60_000).toISOString() }).expect(403);
    await t.http.post(`/api/v1/cases/${c.id}/supervision-orders`).set(bearer(supervisor)).send({ requirement: '请尽快处理', deadline: new Date(Date.now() - 60_000).toISOString() }).expect(400);
    await t.http.post(`/api/v1/cases/${c.id}/supervision-orders`).set(bearer(await t.user('supervisor', { zoneId: 'yangpu' }))).send({ requirement: '请尽快处理', deadline: new Date(Date.now() + 60_000).toISOString() }).expect(404);

    const deadline = new Date(Date.now() + 14_000);
    const unanswered = (await t.http.post(`/api/v1/cases/${c.id}/supervision-orders`).set(bearer(supervisor)).send({ requirement: '请于期限前联系创作者并书面说明平台处置进展', deadline: deadline.toISOString() }).expect(201)).body;
    expect(unanswered).toMatchObject({ status: 'open', issuerRole: 'supervisor', escalatedAt: null });
    const answered = (await t.http.post(`/api/v1/cases/${c.id}/supervision-orders`).set(bearer(supervisor)).send({ requirement: '请补充平台回函', deadline: deadline.toISOString() }).expect(201)).body;
    const [told] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'supervision_order'`, [agent.id]);
    expect(told.n).toBe(2);
    const done = (await t.http.post(`/api/v1/supervision-orders/${answered.id}/answer`).set(bearer(agent)).send({ answer: '平台回函已上传至案件材料' }).expect(201)).body;
    expect(done).toMatchObject({ status: 'answered', answer: '平台回函已上传至案件材料' });
    await t.http.post(`/api/v1/supervision-orders/${answered.id}/answer`).set(bearer(agent)).send({ answer: '再答复一次' }).expect(409);
    await t.http.post(`/api/v1/supervision-orders/${unanswered.id}/answer`).set(bearer(await t.user('agent', { zoneId: 'yangpu' }))).send({ answer: '不是本区的案件' }).expect(404);

    // The reminder (at 75% of the time) comes from worker A's timer.
    await until('the reminder', async () => (await order(unanswered.id)).reminded_at, 40_000);
    expect((await order(answered.id)).reminded_at).toBeNull();
    const [reminder] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'supervision_reminder'`, [agent.id]);
    expect(reminder.n).toBe(1);

    // Worker A goes away with its delayed escalation job, and Redis forgets everything.
    await worker.stop();
    worker = undefined;
    await redis.flushall();
    expect((await order(unanswered.id)).escalated_at).toBeNull();
    const wait = deadline.getTime() - Date.now() + 1000;
    if (wait > 0) await sleep(wait);
    expect((await order(unanswered.id)).escalated_at).toBeNull();

    // A new worker's sweep finds the overdue order in PostgreSQL and escalates it once.
    worker = await WorkerProcess.start('B', redisUrl);
    const escalated = await until('the escalation', async () => {
      const o = await order(unanswered.id);
      return o.escalated_at ? o : null;
    }, 40_000);
    expect(new Date(escalated.escalated_at).getTime()).toBeGreaterThanOrEqual(deadline.getTime());
    expect(escalated.escalated_to).toBe('city_supervisors');
    await sleep(5000); // several sweeps later
    expect((await order(answered.id)).escalated_at).toBeNull();
    const [toCity] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'supervision_escalated'`, [city.id]);
    expect(toCity.n).toBe(1);
    const audits = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [unanswered.id])).map((r: { action: string }) => r.action);
    expect(audits).toEqual(['supervision_order.issue', 'supervision_order.remind', 'supervision_order.escalate']);

    // The city supervisor sees it escalated; the desk sees its status.
    const list = (await t.http.get('/api/v1/supervision-orders').set(bearer(city)).expect(200)).body as { id: string; status: string }[];
    expect(list.find((o) => o.id === unanswered.id)?.status).toBe('escalated');
    const caseView = (await t.http.get(`/api/v1/cases/${c.id}/dispatch`).set(bearer(agent)).expect(200)).body;
    expect(caseView.orders.map((o: { status: string }) => o.status).sort()).toEqual(['answered', 'escalated']);
    await t.http.get(`/api/v1/cases/${c.id}/dispatch`).set(bearer(await t.user('agent', { zoneId: 'yangpu' }))).expect(404);
  });
});

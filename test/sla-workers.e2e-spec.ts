import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { INestApplicationContext } from '@nestjs/common';
import { auditCheckpointDir, auditKey, latestCheckpoint, unlinkedEvents, verifyAuditChain } from '@app/audit';
import { createSlaSystemContext, SlaClockRebuild } from '@app/sla';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';
import { startPrivateRedis, until, WorkerProcess } from './support/workers';

/**
 * The SLA timers through real worker processes (`apps/worker/src/main.ts` under ts-node, as
 * `npm start` runs the compiled one), against the run's PostgreSQL and a Redis of this file's
 * own (FLUSHALL must not touch anybody else's keys). Deadlines are brought to within seconds by
 * moving the cases' timestamps back and recomputing their clocks.
 */
// Each test starts real worker processes under ts-node, which on a busy 2-core machine takes most of a minute.
jest.setTimeout(240_000);

const H = 3600_000;

describe('SLA timers through worker processes (e2e)', () => {
  let t: TestApp;
  let redisServer: ChildProcess;
  let redis: Redis;
  let redisUrl: string;
  let workers: WorkerProcess[] = [];
  let creator: TestUser;
  let agent: TestUser;
  let supervisor: TestUser;
  /** The worker's SLA services in this process, to move clocks (built on first use). */
  let system: INestApplicationContext | undefined;

  beforeAll(async () => {
    ({ server: redisServer, url: redisUrl } = await startPrivateRedis());
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    t = await TestApp.start();
    // Sweep every 2 s in this file's workers (read at worker start).
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{sweepEverySeconds}', '2') WHERE key = 'sla'`);
    creator = await t.user('creator');
    agent = await t.user('agent', { zoneId: 'huangpu' });
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    workers = await Promise.all([WorkerProcess.start('A', redisUrl), WorkerProcess.start('B', redisUrl)]);
  }, 180_000);

  afterAll(async () => {
    await system?.close();
    await Promise.all(workers.map((w) => w.stop()));
    await t?.db.query(`UPDATE settings SET value = jsonb_set(value, '{sweepEverySeconds}', '10') WHERE key = 'sla'`);
    await t?.close();
    redis?.disconnect();
    redisServer?.kill('SIGTERM');
  });

  afterEach(() => {
    const state = expect.getState();
    if (state.assertionCalls !== state.numPassingAsserts) for (const w of workers) process.stdout.write(`--- worker ${w.name} ---\n${w.tail()}\n`);
  });

  /** Urgent shield cases (24×7 clocks) in huangpu; accepted ones have had their first public reply. */
  async function urgentCases(n: number, accepted: boolean): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu', title: `超时测试 ${i}` }).expect(201)).body;
      expect(c.priority).toBe('urgent');
      if (accepted) c = (await t.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(agent)).send({ version: c.version }).expect(201)).body;
      ids.push(c.id);
    }
    return ids;
  }

  /** Moves the cases back in time so that the clock named is due `inMs` from now, and recomputes. */
  async function dueIn(ids: string[], clock: 'resolve' | 'accept-warning', inMs: number): Promise<void> {
    const ago = clock === 'resolve' ? 24 * H - inMs : 1.5 * H - inMs;
    if (clock === 'resolve') {
      await t.db.query(
        `UPDATE cases SET submitted_at = now() - make_interval(secs => $2), accepted_at = now() - make_interval(secs => $2),
           first_response_at = now() - make_interval(secs => $2) WHERE id = ANY($1::uuid[])`,
        [ids, ago / 1000],
      );
    } else {
      await t.db.query(`UPDATE cases SET submitted_at = now() - make_interval(secs => $2) WHERE id = ANY($1::uuid[])`, [ids, ago / 1000]);
    }
    await (system ??= await createSlaSystemContext()).get(SlaClockRebuild).recompute({ caseIds: ids, rebuild: true });
  }

  async function effects(ids: string[]): Promise<Record<string, Record<string, number>>> {
    const rows: { entity_id: string; action: string; n: number }[] = await t.db.query(
      `SELECT entity_id, action, count(*)::int AS n FROM audit_events
       WHERE entity_id = ANY($1::text[]) AND action IN ('sla.warning', 'sla.breach', 'case.escalate') GROUP BY 1, 2`,
      [ids],
    );
    const out: Record<string, Record<string, number>> = Object.fromEntries(ids.map((id) => [id, {}]));
    for (const r of rows) out[r.entity_id][r.action] = r.n;
    return out;
  }

  const escalated = async (ids: string[]) => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[]) AND status = 'escalated'`, [ids]);
    return n === ids.length;
  };

  it('escalates a breached shield case to the district authority exactly once, with two worker processes', async () => {
    const ids = await urgentCases(6, true);
    await dueIn(ids, 'resolve', 3000);
    // At-least-once delivery made worse: every breach timer is delivered four times, to two workers.
    await t.db.query(
      `INSERT INTO job_outbox (queue, name, job_id, payload, run_at)
       SELECT queue, name, job_id || ':again' || g, payload, run_at FROM job_outbox, generate_series(1, 3) g
       WHERE name = 'sla-breach' AND payload->>'caseId' = ANY($1::text[])`,
      [ids],
    );
    await until('all six cases to be escalated', () => escalated(ids));
    await sleep(3000); // several sweeps and every duplicate have run by now
    const seen = await effects(ids);
    for (const id of ids) expect(seen[id]).toEqual({ 'sla.warning': 1, 'sla.breach': 1, 'case.escalate': 1 });
    const escalations = await t.db.query(`SELECT case_id, authority_id, automatic FROM escalations WHERE case_id = ANY($1::uuid[])`, [ids]);
    expect(escalations).toHaveLength(6);
    expect(escalations.every((e: { authority_id: string; automatic: boolean }) => e.authority_id === 'cac_huangpu' && e.automatic)).toBe(true);
    const clocks = await t.db.query(`SELECT escalated_to, breached_at = due_at AS at_deadline FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND clock = 'resolve'`, [ids]);
    expect(clocks.every((c: { escalated_to: string; at_deadline: boolean }) => c.escalated_to === 'authority' && c.at_deadline)).toBe(true);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'sla_escalated' AND case_id = ANY($2::uuid[])`, [supervisor.id, ids]);
    expect(n).toBe(6);
    const timeline = await t.db.query(`SELECT data->>'event' AS event FROM case_events WHERE case_id = $1 AND kind = 'sla' ORDER BY id`, [ids[0]]);
    expect(timeline.map((e: { event: string }) => e.event)).toEqual(['sla_warning', 'sla_breach']);
  });

  it('survives a worker killed in the middle of processing: the warning and the escalation happen once', async () => {
    await workers[1].stop();
    workers = [workers[0]];
    const [id] = await urgentCases(1, true);
    // Hold the audit log (as its owner): the worker gets as far as writing the audit event, then waits.
    const blocker = new Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE audit_events IN EXCLUSIVE MODE');
      await dueIn([id], 'resolve', 6000);
      await until('the worker to be stuck mid-transaction', async () => {
        const rows = await blocker.query(`SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))`);
        return (rows.rowCount ?? 0) >= 1;
      });
      await workers[0].stop('SIGKILL');
      workers = [];
      await blocker.query('ROLLBACK');
    } finally {
      await blocker.end();
    }
    await sleep(500);
    const [clock] = await t.db.query(`SELECT warned_at, breached_at FROM sla_clocks WHERE case_id = $1 AND clock = 'resolve'`, [id]);
    expect(clock).toEqual({ warned_at: null, breached_at: null });
    expect(await effects([id])).toEqual({ [id]: {} });

    workers = [await WorkerProcess.start('A2', redisUrl)];
    await until('the case to be escalated', () => escalated([id]));
    await sleep(3000);
    expect((await effects([id]))[id]).toEqual({ 'sla.warning': 1, 'sla.breach': 1, 'case.escalate': 1 });
  });

  it('loses nothing when Redis is flushed with clocks running: after the sweep every due effect happens once', async () => {
    const waiting = await urgentCases(3, false);
    const accepted = await urgentCases(3, true);
    await dueIn(waiting, 'accept-warning', 6000);
    await dueIn(accepted, 'resolve', 7000);
    const all = [...waiting, ...accepted];
    await until('the timers to reach Redis', async () => {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM job_outbox WHERE payload->>'caseId' = ANY($1::text[])`, [all]);
      return n === 0;
    });
    const [{ first }] = await t.db.query(
      `SELECT min(at) AS first FROM (SELECT warn_at AS at FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND clock = 'accept'
         UNION ALL SELECT due_at FROM sla_clocks WHERE case_id = ANY($2::uuid[]) AND clock = 'resolve') x`,
      [waiting, accepted],
    );
    // The timers are in Redis, not yet due, when everything there is thrown away. (Running
    // workers write their own keys again at once, so the key count after the flush proves nothing.)
    expect((await redis.keys('*')).filter((k) => all.some((id) => k.includes(id))).length).toBeGreaterThan(0);
    expect(await redis.flushall()).toBe('OK');
    expect(Date.now()).toBeLessThan(new Date(first).getTime());

    await until('the warnings and escalations after the flush', async () => {
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND clock = 'accept' AND warned_at IS NOT NULL`, [waiting]);
      return n === 3 && (await escalated(accepted));
    });
    await sleep(3000);
    const seen = await effects(all);
    for (const id of waiting) expect(seen[id]).toEqual({ 'sla.warning': 1 });
    for (const id of accepted) expect(seen[id]).toEqual({ 'sla.warning': 1, 'sla.breach': 1, 'case.escalate': 1 });
    // The repeatable sweep registered itself again.
    expect((await redis.keys('*sla-sweep:repeat*')).length).toBeGreaterThan(0);
  });
  it('links every audit event into the chain and writes signed checkpoints of its head, as the workers run', async () => {
    const key = auditKey(process.env.AUDIT_HMAC_KEY!);
    const dir = auditCheckpointDir(process.env.AUDIT_CHECKPOINT_DIR!, process.env.DATABASE_URL!);
    await urgentCases(2, true);
    // Nobody links here but the workers' linker.
    await until('the workers to link every event', async () => (await unlinkedEvents(t.db, true)).count === 0);
    const [head] = await t.db.query(`SELECT last_seq::int AS seq, last_hash AS hash FROM audit_chain_head`);
    await until('a checkpoint of that head', async () => ((await latestCheckpoint(dir, key)).checkpoint?.seq ?? 0) >= head.seq, 20_000);
    const result = await verifyAuditChain(t.db, { key, checkpointDir: dir });
    expect(result).toMatchObject({ ok: true, problemCount: 0 });
    expect(result.checkpoint?.seq).toBeGreaterThanOrEqual(head.seq);
  });
});

import 'reflect-metadata';
import { Module } from '@nestjs/common';
import Bull from 'bull';
import { NestFactory } from '@nestjs/core';
import { ChildProcess, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule, runMigrations } from '@app/database';
import { PiiModule } from '@app/pii';
import { RedisModule } from '@app/redis';
import { provisionDatabase } from '../dev-start/database-roles';
import { developmentRoles, developmentSecrets, dropDatabase, resolvePostgresServer, resolveRedis } from '../dev-start/local-services';
import { SlaSweeper, SlaSystemModule, timerJob } from '@app/sla';

/**
 * `npm run bench:sla -- [--cases 100000] [--due 1000] [--jobs 5000] [--noop 10000] [--workers 1]`
 *
 * On a scratch database with `--cases` open cases and their SLA clocks:
 * 1. the sweep's time when nothing is due, and when `--due` clocks are past their warning and
 *    deadline (each acted on exactly once: warning, breach, escalation of shield cases);
 * 2. timer throughput through real worker processes (`dist/apps/worker/src/main.js`): `--jobs`
 *    warning timers with their full effects, then `--noop` stale timers that must do nothing.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CASES = arg('cases', 100_000);
const DUE = arg('due', 1000);
const JOBS = arg('jobs', 5000);
const NOOP = arg('noop', 10_000);
const WORKERS = arg('workers', 1);
const ROUNDS = arg('rounds', 1);
/** Only the timers (no sweep, no stale timers), and one JSON line `BENCH_SLA {...}` for npm run bench. */
const TIMERS_ONLY = args.includes('--timers-only');
const PREFIX = process.env.BENCH_SLA_PREFIX ?? 'creator_desk_bench_sla';

@Module({ imports: [ConfigModule, DatabaseModule, PiiModule, RedisModule, SlaSystemModule] })
class BenchModule {}

const log = (message: string) => process.stdout.write(`[bench-sla] ${message}\n`);

async function seed(db: DataSource): Promise<void> {
  const [creator] = await db.query(
    `INSERT INTO users (role, username, display_name, password_hash) VALUES ('creator', 'bench.creator', '压测创作者', 'x') RETURNING id`,
  );
  await db.query(
    `INSERT INTO users (role, zone_id, username, display_name, password_hash, skills) VALUES
       ('agent', 'huangpu', 'bench.agent.hp', '压测专员（黄浦）', 'x', '{starlight,shield,compliance,legislation}'),
       ('agent', 'yangpu', 'bench.agent.yp', '压测专员（杨浦）', 'x', '{starlight,shield,compliance,legislation}'),
       ('supervisor', 'huangpu', 'bench.sup.hp', '压测主管（黄浦）', 'x', '{}'),
       ('supervisor', 'yangpu', 'bench.sup.yp', '压测主管（杨浦）', 'x', '{}'),
       ('supervisor', NULL, 'bench.sup.city', '压测主管（全市）', 'x', '{}')`,
  );
  const agents: { id: string; zone_id: string }[] = await db.query(`SELECT id, zone_id FROM users WHERE role = 'agent'`);
  const agentOf = Object.fromEntries(agents.map((a) => [a.zone_id, a.id]));
  const started = Date.now();
  // Open cases: a third waiting for acceptance, the rest in hand; a quarter are shield cases.
  for (let from = 1; from <= CASES; from += 20_000) {
    const to = Math.min(CASES, from + 19_999);
    await db.query(
      `INSERT INTO cases (reference, programme, category, zone_id, creator_id, filed_by, assignee_id, status, priority, channel, title, description, intake,
                          created_at, submitted_at, accepted_at, first_response_at, updated_at)
       SELECT 'BN-' || lpad(g::text, 7, '0'),
              (ARRAY['shield', 'compliance', 'starlight', 'legislation'])[1 + g % 4],
              (ARRAY['cyberviolence', 'compliance_guidance', 'honour_recommendation', 'law_revision_suggestion'])[1 + g % 4],
              CASE WHEN g % 2 = 0 THEN 'huangpu' ELSE 'yangpu' END, $1, $1,
              CASE WHEN g % 3 = 0 THEN NULL WHEN g % 2 = 0 THEN $2::uuid ELSE $3::uuid END,
              CASE WHEN g % 3 = 0 THEN 'submitted' WHEN g % 3 = 1 THEN 'accepted' ELSE 'in_progress' END,
              (ARRAY['high', 'normal', 'normal', 'low'])[1 + g % 4], 'online', '压测案件 ' || g, '压测用的案件描述', '{}',
              now() - interval '2 hours', now() - interval '2 hours',
              CASE WHEN g % 3 = 0 THEN NULL ELSE now() - interval '1 hour' END,
              CASE WHEN g % 3 = 0 THEN NULL ELSE now() - interval '1 hour' END, now()
       FROM generate_series($4::int, $5::int) g`,
      [creator.id, agentOf.huangpu, agentOf.yangpu, from, to],
    );
  }
  // Their clocks: accept running (or met) and resolve running with deadlines spread over 30 days.
  await db.query(`
    INSERT INTO sla_clocks (case_id, clock, kind, priority, budget_ms, segments, warn_at, due_at, stopped_at, stop_reason)
    SELECT c.id, 'accept', 'working', c.priority, 30600000,
           jsonb_build_array(jsonb_build_object('start', (extract(epoch FROM c.submitted_at) * 1000)::bigint,
             'end', CASE WHEN c.accepted_at IS NULL THEN NULL ELSE (extract(epoch FROM c.accepted_at) * 1000)::bigint END)),
           now() + interval '1 day', now() + interval '2 days', c.accepted_at, CASE WHEN c.accepted_at IS NULL THEN NULL ELSE 'met' END
    FROM cases c WHERE c.reference LIKE 'BN-%'`);
  await db.query(`
    INSERT INTO sla_clocks (case_id, clock, kind, priority, budget_ms, segments, warn_at, due_at)
    SELECT c.id, 'resolve', 'working', c.priority, 153000000,
           jsonb_build_array(jsonb_build_object('start', (extract(epoch FROM c.accepted_at) * 1000)::bigint, 'end', NULL)),
           now() + make_interval(hours => 1 + (hashtext(c.id::text) & 1023) / 2),
           now() + make_interval(hours => 600 + (hashtext(c.id::text) & 1023) / 2)
    FROM cases c WHERE c.reference LIKE 'BN-%' AND c.accepted_at IS NOT NULL`);
  await db.query(`ANALYZE cases`);
  await db.query(`ANALYZE sla_clocks`);
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM sla_clocks`);
  log(`seeded ${CASES} open cases and ${n} clocks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Makes `count` resolve clocks of in-hand cases past warning and deadline (or only warning). */
async function makeDue(db: DataSource, count: number, offset: number, breach: boolean): Promise<string[]> {
  // An UPDATE answers [rows, affected].
  const [rows]: [{ case_id: string }[], number] = await db.query(
    `WITH picked AS (
       SELECT s.case_id FROM sla_clocks s JOIN cases c ON c.id = s.case_id
       WHERE s.clock = 'resolve' AND s.warned_at IS NULL AND s.stopped_at IS NULL AND c.status IN ('accepted', 'in_progress')
       ORDER BY s.case_id OFFSET $2 LIMIT $1)
     UPDATE sla_clocks s SET warn_at = now() - interval '1 second',
       due_at = CASE WHEN $3 THEN now() - interval '1 second' ELSE s.due_at END
     FROM picked WHERE s.case_id = picked.case_id AND s.clock = 'resolve' RETURNING s.case_id`,
    [count, offset, breach],
  );
  return rows.map((r) => r.case_id);
}

async function insertJobs(owner: DataSource, jobs: ReturnType<typeof timerJob>[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += 5000) {
    const batch = jobs.slice(i, i + 5000);
    await owner.query(
      `INSERT INTO job_outbox (queue, name, job_id, payload, run_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])`,
      [batch.map((j) => j.queue), batch.map((j) => j.name), batch.map((j) => j.jobId), batch.map((j) => JSON.stringify(j.payload)), batch.map((j) => j.runAt)],
    );
  }
}

const workerOutput = new Map<ChildProcess, string>();

function startWorker(env: NodeJS.ProcessEnv, name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve(__dirname, '../../apps/worker/src/main.js')], { env: { ...env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  workerOutput.set(child, '');
  const collect = (chunk: Buffer) => workerOutput.set(child, ((workerOutput.get(child) ?? '') + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return new Promise((done, fail) => {
    const timer = setInterval(() => {
      if ((workerOutput.get(child) ?? '').includes('worker started')) {
        clearInterval(timer);
        done(child);
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      fail(new Error(`worker ${name} exited with ${code}:\n${(workerOutput.get(child) ?? '').slice(-3000)}`));
    });
  });
}

async function waitFor(db: DataSource, sql: string, params: unknown[], target: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const [{ n }] = await db.query(sql, params);
    if (n >= target) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${n}/${target}`);
    await sleep(50);
  }
}

async function main(): Promise<void> {
  const server = await resolvePostgresServer(process.env);
  const redisUrl = await resolveRedis(process.env);
  // A database of its own per run: two runs (or a developer's database) never collide.
  const database = `${PREFIX}_${process.pid}_${Date.now().toString(36)}`;
  // The development roles: the owner migrates and seeds, the services log in as csd_api.
  const { ownerUrl: databaseUrl, appUrl } = await provisionDatabase(server, database, developmentRoles());
  await runMigrations(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...developmentSecrets(),
    DATABASE_URL: appUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `${database}_q`,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
  };
  Object.assign(process.env, env);
  const owner = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  const workers: ChildProcess[] = [];
  try {
    // Keep the repeatable sweep out of the timer measurement.
    await owner.query(`UPDATE settings SET value = '{"sweepEverySeconds": 3600}' WHERE key = 'sla'`);
    await seed(owner);

    if (!TIMERS_ONLY) await sweeps(owner);
    for (let i = 0; i < WORKERS; i++) workers.push(await startWorker(env, `W${i + 1}`));
    await sleep(1000);
    const ours: number[] = [];
    const bare: number[] = [];
    const loads: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const a = async () => ours.push(await timersWithEffects(owner, DUE + round * JOBS));
      const b = async () => bare.push(await bareBull(redisUrl, `${env.QUEUE_PREFIX}_bare${round}`));
      if (round % 2) await b().then(a);
      else await a().then(b);
      loads.push(loadavg()[0]);
    }
    if (TIMERS_ONLY) {
      process.stdout.write(`BENCH_SLA ${JSON.stringify({ workers: WORKERS, jobs: JOBS, ours, bare, loads })}\n`);
      return;
    }
    await staleTimers(owner, redisUrl, env.QUEUE_PREFIX!);
  } catch (error) {
    for (const w of workers) log(`worker output:\n${(workerOutput.get(w) ?? '').slice(-4000)}`);
    throw error;
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((done) => (w.exitCode !== null ? done(null) : w.once('exit', done)))));
    await owner.destroy();
    if (!args.includes('--keep')) await dropDatabase(server, database);
  }
}

/** The sweep's time when nothing is due, and when DUE clocks are past warning and deadline. */
async function sweeps(owner: DataSource): Promise<void> {
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  const sweeper = app.get(SlaSweeper);
  await sweeper.sweepOnce(0); // warm caches and connections
  const idle: number[] = [];
  for (let i = 0; i < 5; i++) idle.push((await sweeper.sweepOnce(20_000)).durationMs);
  log(`sweep over ${CASES} open cases, nothing due: median ${idle.sort((a, b) => a - b)[2]} ms (runs: ${idle.join(', ')} ms)`);

  const due = await makeDue(owner, DUE, 0, true);
  const acting = await sweeper.sweepOnce(20_000);
  const [{ escalated }] = await owner.query(`SELECT count(*)::int AS escalated FROM escalations WHERE automatic AND case_id = ANY($1::uuid[])`, [due]);
  log(
    `sweep over ${CASES} open cases with ${DUE} past warning and deadline: ${acting.durationMs} ms ` +
      `(${acting.warnings} warnings, ${acting.breaches} breaches, ${escalated} escalations to the district authority; ` +
      `${((acting.warnings + acting.breaches) / (acting.durationMs / 1000)).toFixed(0)} effects/s)`,
  );
  const again = await sweeper.sweepOnce(20_000);
  log(`sweep repeated right after: ${again.durationMs} ms, acted on ${again.warnings + again.breaches} (exactly once)`);
  await app.close();
}

/** Jobs/s of JOBS warning timers with their full effects (timeline, audit event, notifications), outbox to effect. */
async function timersWithEffects(owner: DataSource, offset: number): Promise<number> {
  const warned = await makeDue(owner, JOBS, offset, false);
  const clocks: { case_id: string; generation: number; warn_at: Date }[] = await owner.query(
    `SELECT case_id, generation, warn_at FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND clock = 'resolve'`,
    [warned],
  );
  await insertJobs(owner, clocks.map((c) => timerJob('sla-warning', c.case_id, 'resolve', c.generation, c.warn_at.getTime())));
  const effectMs = await waitFor(owner, `SELECT count(*)::int AS n FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND clock = 'resolve' AND warned_at IS NOT NULL`, [warned], JOBS, 120_000);
  log(`timer throughput with effects: ${JOBS} warning jobs in ${(effectMs / 1000).toFixed(2)} s = ${(JOBS / (effectMs / 1000)).toFixed(0)} jobs/s (${WORKERS} worker process${WORKERS > 1 ? 'es' : ''})`);
  return JOBS / (effectMs / 1000);
}

/** The ceiling: JOBS jobs through a bare Bull processor (same concurrency as the timers queue, no work). */
async function bareBull(redisUrl: string, prefix: string): Promise<number> {
  const queue = new Bull('bare-timers', redisUrl, { prefix });
  void queue.process('*', 8, async () => undefined);
  await queue.isReady();
  const started = Date.now();
  await queue.addBulk(Array.from({ length: JOBS }, (_, i) => ({ name: 'bare', data: { i }, opts: { jobId: `bare:${i}`, removeOnComplete: false } })));
  for (;;) {
    const { completed } = await queue.getJobCounts();
    if (completed >= JOBS) break;
    if (Date.now() - started > 120_000) throw new Error('bare Bull did not drain');
    await sleep(20);
  }
  const rate = JOBS / ((Date.now() - started) / 1000);
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  log(`bare Bull processor: ${JOBS} jobs = ${rate.toFixed(0)} jobs/s`);
  return rate;
}

/** Stale timers (the deadline moved): each must find nothing to do. */
async function staleTimers(owner: DataSource, redisUrl: string, queuePrefix: string): Promise<void> {
  // Stale timers (the deadline moved): each locks the case and the clock, finds nothing to do.
  const stale: { id: string }[] = await owner.query(`SELECT case_id AS id FROM sla_clocks WHERE clock = 'resolve' AND stopped_at IS NULL ORDER BY case_id DESC LIMIT $1`, [NOOP]);
  const queue = new Bull('sla-timers', redisUrl, { prefix: queuePrefix });
  const before = (await queue.getJobCounts()).completed;
  await insertJobs(owner, stale.map((c, i) => timerJob('sla-breach', c.id, 'resolve', 999, 1000 + i)));
  const noopStarted = Date.now();
  for (;;) {
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM job_outbox`);
    const counts = await queue.getJobCounts();
    // Delayed jobs are the real timers of the seeded clocks, not these.
    if (n === 0 && counts.waiting === 0 && counts.active === 0) break;
    if (Date.now() - noopStarted > 600_000) throw new Error('no-op timers did not drain');
    await sleep(50);
  }
  const noopMs = Date.now() - noopStarted;
  const [{ breached }] = await owner.query(`SELECT count(*)::int AS breached FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND breached_at IS NOT NULL`, [stale.map((s) => s.id)]);
  log(`timer throughput, stale timers (no effect): ${NOOP} jobs in ${(noopMs / 1000).toFixed(2)} s = ${(NOOP / (noopMs / 1000)).toFixed(0)} jobs/s; effects wrongly taken: ${breached}; completed before ${before}`);
  await queue.close();
}

void main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench-sla] ${error.stack ?? error.message}`);
    process.exit(1);
  },
);

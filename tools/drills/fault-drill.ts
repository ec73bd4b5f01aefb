import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { auditCheckpointDir, linkAuditEvents, auditKey, verifyAuditChain } from '@app/audit';
import { runMigrations } from '@app/database';
import { maskPhone, PiiCipher } from '@app/pii';
import { provisionDatabase } from '../dev-start/database-roles';
import { createSlaSystemContext, SlaClockRebuild } from '@app/sla';
import { hashPassword } from '@app/users';

/**
 * `npm run drill:faults`: the api and two workers against a PostgreSQL server and a Redis of the
 * drill's own, under a steady stream of filings with timers falling due, while a worker is
 * SIGKILLed, Redis is restarted (losing every queued job) and PostgreSQL is restarted. Afterwards
 * it counts, in PostgreSQL, that no acknowledged filing, timer, escalation or notification was
 * lost or doubled, and that /ready said 503 while a dependency was down. Needs PostgreSQL's
 * server binaries (Debian: /usr/lib/postgresql/<version>/bin) and redis-server; touches no
 * other server on the machine.
 */
const DIST = resolve(__dirname, '../..');

/** A throw-away PostgreSQL cluster in /tmp, owned by the postgres OS user when run as root. */
class PrivatePostgres {
  readonly dir = `/tmp/csd-drill-pg-${process.pid}`;
  private readonly bin = `/usr/lib/postgresql/${readdirSync('/usr/lib/postgresql')[0]}/bin`;
  constructor(readonly port: number) {}

  private run(tool: string, args: string[]): void {
    const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    const [cmd, ...rest] = [...asPostgres, `${this.bin}/${tool}`, ...args];
    execFileSync(cmd, rest, { stdio: 'ignore' });
  }

  init(): void {
    execFileSync('mkdir', ['-p', this.dir]);
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', this.dir]);
    this.run('initdb', ['-D', this.dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }

  start(): void {
    this.run('pg_ctl', ['-D', this.dir, '-w', '-l', `${this.dir}/log`, '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`, 'start']);
  }

  stop(): void {
    this.run('pg_ctl', ['-D', this.dir, '-w', '-m', 'fast', 'stop']);
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }
}
const PASSWORD = 'Drill@2026pw';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

function log(message: string): void {
  console.log(`[drill ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function main(): Promise<void> {
  const postgres = new PrivatePostgres(await freePort());
  postgres.init();
  postgres.start();
  const server = postgres.url;
  const database = 'creator_desk_faults';
  // The roles as in production: the owner migrates, the api and the workers log in as csd_api.
  const { ownerUrl: url, appUrl } = await provisionDatabase(server, database, {
    owner: { name: 'csd_owner', password: randomBytes(16).toString('hex') },
    app: { name: 'csd_api', password: randomBytes(16).toString('hex') },
    readAllStats: true,
  });
  await runMigrations(url);
  const checkpoints = mkdtempSync(`${tmpdir()}/csd-drill-checkpoints-`);

  const redisPort = await freePort();
  const startRedis = () => spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  let redis = startRedis();
  const secrets = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PII_HASH_KEY: randomBytes(32).toString('hex'),
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
  };
  const apiPort = await freePort();
  const env = { ...process.env, ...secrets, DATABASE_URL: appUrl, AUDIT_CHECKPOINT_DIR: checkpoints, AUDIT_CHECKPOINT_INTERVAL_SECONDS: '5', REDIS_URL: `redis://127.0.0.1:${redisPort}`, QUEUE_PREFIX: 'drill', PORT: String(apiPort), LOG_LEVEL: 'warn', SEED_DEMO: 'false', TRUSTED_PROXIES: 'loopback' };
  // The drill logs in through 127.0.0.1 as ten creators at ten addresses (X-Forwarded-For).
  // The in-process SLA context (moving cases' clocks) reads its configuration from the environment too.
  Object.assign(process.env, env);

  const db = await new DataSource({ type: 'postgres', url, extra: { max: 4 } }).initialize();
  const pii = new PiiCipher(secrets.PII_ENCRYPTION_KEY, secrets.PII_HASH_KEY);
  await db.query(`UPDATE settings SET value = jsonb_set(value, '{sweepEverySeconds}', '2') WHERE key = 'sla'`);
  const hash = await hashPassword(PASSWORD);
  const phones = Array.from({ length: 10 }, (_, i) => `137${String(i).padStart(8, '0')}`);
  for (const phone of phones) {
    await db.query(`INSERT INTO users (role, phone_cipher, phone_hash, phone_masked, display_name, password_hash) VALUES ('creator', $1, $2, $3, '演练创作者', $4)`, [
      pii.encrypt(phone),
      pii.searchKey(phone),
      maskPhone(phone),
      hash,
    ]);
  }
  await db.query(`INSERT INTO users (role, zone_id, username, display_name, password_hash) VALUES ('supervisor', 'huangpu', 'drill.supervisor', '演练主管', $1)`, [hash]);

  const start = (name: string): ChildProcess => spawn(process.execPath, [resolve(DIST, `apps/${name}/src/main.js`)], { env, stdio: 'ignore' });
  const api = start('api');
  let workers = [start('worker'), start('worker')];
  const base = `http://127.0.0.1:${apiPort}`;
  const ready = async () => (await fetch(`${base}/ready`)).status;
  await until('the api', async () => (await ready()) === 200);

  const tokens: string[] = [];
  for (const [i, phone] of phones.entries()) {
    const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.8.0.${i + 1}` }, body: JSON.stringify({ username: phone, password: PASSWORD }) });
    tokens.push(((await res.json()) as { accessToken: string }).accessToken);
  }

  // The writer: files cases one after another; a filing is retried with its key until the api
  // acknowledges it, as a client would. Every few filings a case is moved back so that its
  // acceptance clock falls due during the drill.
  const acknowledged = new Set<string>();
  const readyDuringOutage: Record<string, number[]> = { redis: [], postgres: [] };
  let stopping = false;
  let attempts = 0;
  let refused = 0;
  const writer = (async () => {
    for (let n = 0; !stopping; n++) {
      const key = randomUUID();
      const body = JSON.stringify({
        programme: 'shield',
        category: 'cyberviolence',
        zoneId: 'huangpu',
        title: `故障演练 #${n}`,
        description: '演练：持续遭受网络暴力，请尽快处理。',
        intake: { platform: 'weibo', offendingAccounts: ['演练账号'], startedOn: '2026-11-01', ongoing: true, minorInvolved: false },
      });
      for (;;) {
        attempts++;
        const res = await fetch(`${base}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[n % tokens.length]}`, 'idempotency-key': key }, body }).catch(() => null);
        if (res?.status === 201) {
          const c = (await res.json()) as { id: string };
          acknowledged.add(c.id);
          if (n % 3 === 0) await dueSoon(db, c.id, 3 + (n % 20)).catch(() => undefined);
          break;
        }
        refused++;
        await sleep(300);
      }
      await sleep(100);
    }
  })();

  await sleep(5000);
  log('SIGKILL worker 1');
  workers[0].kill('SIGKILL');
  await sleep(3000);
  workers[0] = start('worker');

  await sleep(5000);
  log('stop Redis (its queued jobs are gone for good)');
  redis.kill('SIGTERM');
  await new Promise((done) => redis.once('exit', done));
  for (let i = 0; i < 8; i++, await sleep(250)) readyDuringOutage.redis.push(await ready().catch(() => 0));
  await sleep(3000);
  log('start Redis again, empty');
  redis = startRedis();
  await until('readiness after Redis', async () => (await ready()) === 200);

  await sleep(5000);
  log('stop PostgreSQL');
  postgres.stop();
  for (let i = 0; i < 8; i++, await sleep(250)) readyDuringOutage.postgres.push(await ready().catch(() => 0));
  await sleep(3000);
  log('start PostgreSQL again');
  postgres.start();
  await until('readiness after PostgreSQL', async () => (await ready()) === 200);

  await sleep(10_000);
  stopping = true;
  await writer;
  log('writer stopped; letting timers and the sweep settle');
  await sleep(25_000);

  const check = await new DataSource({ type: 'postgres', url }).initialize();
  const one = async (sql: string, params: unknown[] = []) => Number((await check.query(sql, params))[0].n);
  const report = {
    filings: {
      attempts,
      refusedWhileDown: refused,
      acknowledged: acknowledged.size,
      lost: acknowledged.size - (await one(`SELECT count(*) AS n FROM cases WHERE id = ANY($1)`, [[...acknowledged]])),
      duplicated: (await one(`SELECT count(*) AS n FROM cases`)) - (await one(`SELECT count(DISTINCT coalesce(case_id::text, response->>'id')) AS n FROM idempotency_keys`)),
    },
    timers: {
      breached: await one(`SELECT count(*) AS n FROM sla_clocks WHERE breached_at IS NOT NULL`),
      dueButNotBreached: await one(`SELECT count(*) AS n FROM sla_clocks WHERE stopped_at IS NULL AND breached_at IS NULL AND due_at < now() - interval '10 seconds'`),
      warnedDueButNot: await one(`SELECT count(*) AS n FROM sla_clocks WHERE stopped_at IS NULL AND warned_at IS NULL AND warn_at < now() - interval '10 seconds'`),
      doubledTimelineEffects: await one(`SELECT count(*) AS n FROM (SELECT case_id FROM case_events WHERE kind = 'sla' GROUP BY case_id, data->>'event', data->>'clock' HAVING count(*) > 1) d`),
      doubledNotifications: await one(`SELECT count(*) AS n FROM (SELECT 1 FROM notifications WHERE kind LIKE 'sla%' GROUP BY user_id, case_id, kind, title, body HAVING count(*) > 1) d`),
    },
    readyDuringOutage,
    // The workers linked the chain through the restarts; whatever they had not reached yet is linked here, then all is verified.
    audit: await (async () => {
      const linkedAtEnd = (await linkAuditEvents(check, auditKey(secrets.AUDIT_HMAC_KEY))).linked;
      const v = await verifyAuditChain(check, { key: secrets.AUDIT_HMAC_KEY, checkpointDir: auditCheckpointDir(checkpoints, url) });
      return { ok: v.ok, checked: v.checked, problemCount: v.problemCount, firstBroken: v.firstBroken ?? null, unlinked: v.unlinked.count, linkedAtEnd, checkpointSeq: v.checkpoint?.seq ?? null };
    })(),
  };
  await check.destroy();
  await db.destroy().catch(() => undefined);
  for (const p of [api, ...workers]) p.kill('SIGTERM');
  redis.kill('SIGTERM');
  await sleep(1000);
  postgres.stop();
  execFileSync('rm', ['-rf', postgres.dir]);
  rmSync(checkpoints, { recursive: true, force: true });
  console.log(JSON.stringify(report, null, 2));
  const sawOutage = report.readyDuringOutage.redis.includes(503) && report.readyDuringOutage.postgres.includes(503);
  const clean = report.filings.lost === 0 && report.filings.duplicated === 0 && report.timers.dueButNotBreached === 0 && report.timers.warnedDueButNot === 0 && report.timers.doubledTimelineEffects === 0 && report.timers.doubledNotifications === 0 && report.audit.ok && report.audit.unlinked === 0;
  if (!clean || !sawOutage) process.exitCode = 2;
  setTimeout(() => process.exit(), 1000).unref();
}

/** Moves a case back so that its 2-hour acceptance clock falls due in `seconds`. */
async function dueSoon(db: DataSource, caseId: string, seconds: number): Promise<void> {
  await db.query(`UPDATE cases SET submitted_at = now() - make_interval(secs => $2), created_at = now() - make_interval(secs => $2) WHERE id = $1`, [caseId, 7200 - seconds]);
  await (await slaSystem()).get(SlaClockRebuild).recompute({ caseIds: [caseId], rebuild: true });
}

let system: ReturnType<typeof createSlaSystemContext> | undefined;
/** The worker's SLA services in this process, on the drill's database (built on first use). */
function slaSystem(): ReturnType<typeof createSlaSystemContext> {
  return (system ??= createSlaSystemContext());
}

void main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});

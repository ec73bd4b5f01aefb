import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { auditKey, linkAuditEvents, verifyAuditChain } from '@app/audit';
import { runMigrations } from '@app/database';
import { maskPhone, PiiCipher } from '@app/pii';
import { provisionDatabase } from '../dev-start/database-roles';
import { dropDatabase, resolvePostgresServer, resolveRedis } from '../dev-start/local-services';
import { hashPassword } from '@app/users';

/**
 * `npm run load -- [--duration 60] [--connections 200] [--soak]`: starts an api process on a
 * scratch database, drives it from 127.0.0.1 with a mix of filing, listing, reading and
 * replying, then counts 5xx, lost and duplicated cases against PostgreSQL and reports latency
 * percentiles and the api's memory over time. Traffic goes to 127.0.0.1 only and stops by itself.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DURATION = arg('duration', args.includes('--soak') ? 600 : 60);
const CONNECTIONS = arg('connections', 200);
const PORT = arg('port', 3100);
const CREATORS = 200;
const PASSWORD = 'Load@2026pw';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
  const server = await resolvePostgresServer(process.env);
  const redisUrl = await resolveRedis(process.env);
  // A database of its own per run (never a developer's, never another run's), dropped at the end.
  const database = `creator_desk_load_${process.pid}_${Date.now().toString(36)}`;
  // The roles as in production: the owner migrates (and counts here), the api logs in as its own role.
  const { ownerUrl: url, appUrl } = await provisionDatabase(server, database, {
    owner: { name: 'csd_load_owner', password: randomBytes(16).toString('hex') },
    app: { name: 'csd_load_app', password: randomBytes(16).toString('hex') },
    readAllStats: true,
  });
  await runMigrations(url);
  const secrets = {
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PII_HASH_KEY: randomBytes(32).toString('hex'),
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
  };
  const pii = new PiiCipher(secrets.PII_ENCRYPTION_KEY, secrets.PII_HASH_KEY);

  // Creators and one agent per zone, straight into the database.
  const ds = await new DataSource({ type: 'postgres', url }).initialize();
  const hash = await hashPassword(PASSWORD);
  const phones = Array.from({ length: CREATORS }, (_, i) => `135${String(i).padStart(8, '0')}`);
  for (const phone of phones) {
    await ds.query(
      `INSERT INTO users (role, phone_cipher, phone_hash, phone_masked, display_name, password_hash) VALUES ('creator', $1, $2, $3, '压测创作者', $4)`,
      [pii.encrypt(phone), pii.searchKey(phone), maskPhone(phone), hash],
    );
  }
  await ds.query(`INSERT INTO users (role, zone_id, username, display_name, password_hash, skills) VALUES ('agent', 'huangpu', 'load.agent', '压测专员', $1, '{shield,compliance}')`, [hash]);

  const api: ChildProcess = spawn(process.execPath, [resolve(__dirname, '../../apps/api/src/main.js')], {
    env: { ...process.env, ...secrets, DATABASE_URL: appUrl, AUDIT_CHECKPOINT_DIR: `/tmp/${database}/audit-checkpoints`, REDIS_URL: redisUrl, QUEUE_PREFIX: `load_${Date.now()}`, PORT: String(PORT), LOG_LEVEL: process.env.LOAD_API_LOG_LEVEL ?? 'warn', SEED_DEMO: 'false',
      // Creators log in through 127.0.0.1 from addresses of their own (X-Forwarded-For).
      TRUSTED_PROXIES: 'loopback' },
    stdio: ['ignore', process.env.LOAD_API_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 100 && !(await fetch(`${base}/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 300));

  const login = async (username: string, i: number) => {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${Math.floor(i / 250)}.${(i % 250) + 1}` },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const creatorTokens = await Promise.all(phones.map((p, i) => login(p, i)));
  const agentToken = await login('load.agent', 999);

  // Cases the readers and repliers work on.
  const seeded: string[] = [];
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`${base}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${creatorTokens[i]}` }, body: filing(2 * i + 1) });
    seeded.push(((await res.json()) as { id: string }).id);
  }

  const filed = new Set<string>();
  let filingAttempts = 0;
  const memory: number[] = [rssMb(api.pid!)];
  const sampler = setInterval(() => memory.push(rssMb(api.pid!)), 5000);
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        setupRequest: (req) => {
          const roll = Math.random();
          const i = Math.floor(Math.random() * CREATORS);
          const creator = { 'content-type': 'application/json', authorization: `Bearer ${creatorTokens[i]}` };
          const agent = { 'content-type': 'application/json', authorization: `Bearer ${agentToken}` };
          const caseId = seeded[Math.floor(Math.random() * seeded.length)];
          if (roll < 0.25) {
            filingAttempts++;
            return { ...req, method: 'POST', path: '/api/v1/cases', headers: { ...creator, 'idempotency-key': randomUUID() }, body: filing(i) };
          }
          if (roll < 0.55) return { ...req, method: 'GET', path: '/api/v1/cases?status=submitted&pageSize=20', headers: agent };
          if (roll < 0.65) return { ...req, method: 'GET', path: `/api/v1/cases?q=${encodeURIComponent('网络暴力')}`, headers: agent };
          if (roll < 0.9) return { ...req, method: 'GET', path: `/api/v1/cases/${caseId}`, headers: agent };
          return { ...req, method: 'POST', path: `/api/v1/cases/${caseId}/comments`, headers: agent, body: JSON.stringify({ body: '压测回复：已收到。', visibility: 'internal' }) };
        },
        onResponse: (status, body) => {
          if (status === 201 && body.includes('"reference"')) filed.add((JSON.parse(body) as { id: string }).id);
        },
      },
    ],
  });
  clearInterval(sampler);
  memory.push(rssMb(api.pid!));
  // Let the api finish what it still holds (graceful stop) before counting, or a filing
  // committed between two counts looks like a case without its key.
  const exited = new Promise((done) => api.once('exit', done));
  api.kill('SIGTERM');
  await exited;

  const [{ n: casesInDb }] = await ds.query(`SELECT count(*)::int AS n FROM cases`);
  const [{ n: acknowledgedInDb }] = await ds.query(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1)`, [[...filed]]);
  const [{ n: keys }] = await ds.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE coalesce(case_id::text, response->>'id') IS NOT NULL`);
  const [{ n: duplicates }] = await ds.query(`SELECT count(*)::int AS n FROM (SELECT reference FROM cases GROUP BY reference HAVING count(*) > 1) d`);
  // No worker ran: the whole run's audit events are linked now (the linker's catch-up speed), then verified.
  const linkStarted = Date.now();
  const { linked } = await linkAuditEvents(ds, auditKey(secrets.AUDIT_HMAC_KEY));
  const linkMs = Date.now() - linkStarted;
  const chain = await verifyAuditChain(ds, { key: secrets.AUDIT_HMAC_KEY });
  await ds.destroy();
  if (!args.includes('--keep')) await dropDatabase(server, database);

  const fiveXx = result['5xx'];
  // Lost: a filing the client was told succeeded but the database does not have.
  const lost = filed.size - acknowledgedInDb;
  console.log(JSON.stringify({
    cores: require('node:os').cpus().length,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    requests: result.requests.total,
    throughputPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    status: { '2xx': result['2xx'], non2xx: result.non2xx, '5xx': fiveXx, errors: result.errors, timeouts: result.timeouts },
    filings: { attempted: filingAttempts, acknowledged: filed.size, inDatabase: casesInDb - seeded.length, casesWithoutTheirKey: casesInDb - seeded.length - keys, duplicatedReferences: duplicates, lost },
    casesPerSecond: Math.round((filed.size / DURATION) * 10) / 10,
    auditChain: { ok: chain.ok, checked: chain.checked, problemCount: chain.problemCount, unlinked: chain.unlinked.count, linkedAfterRun: linked, linkMs },
    apiMemoryMb: { start: Math.round(memory[0]), end: Math.round(memory[memory.length - 1]), max: Math.round(Math.max(...memory)), samples: memory.map(Math.round) },
  }, null, 2));
  // A request left unanswered (autocannon's timeout: 10 s) is a failure too, not just a slow one.
  if (fiveXx > 0 || result.errors > 0 || lost !== 0 || duplicates > 0 || casesInDb - seeded.length !== keys || !chain.ok || chain.unlinked.count > 0) process.exitCode = 2;
}

const TITLES = ['直播间遭遇有组织网络暴力', '仿冒账号冒用身份带货', '营销号编造谣言', '模型备案咨询'];
function filing(i: number): string {
  return JSON.stringify({
    programme: 'shield',
    category: 'cyberviolence',
    zoneId: i % 2 ? 'huangpu' : 'yangpu',
    title: `${TITLES[i % TITLES.length]} #${i}`,
    description: '压测：持续遭受网络暴力，评论区出现大量侮辱性内容，请尽快处理。',
    intake: { platform: 'bilibili', offendingAccounts: ['压测账号'], startedOn: '2026-11-01', ongoing: false, minorInvolved: false },
  });
}

void main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});

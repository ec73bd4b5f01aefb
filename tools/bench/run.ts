import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { hashPassword } from '@app/users';
import { generateBulk } from './bulk/bulk-generator';
import { compareSearch } from './bench-search';
import { provisionDatabase } from '../dev-start/database-roles';
import { developmentRoles, dropDatabase, ensureDatabase, resolvePostgresServer, resolveRedis, withDatabase } from '../dev-start/local-services';

const USAGE = `npm run bench [-- --rounds 5 --seconds 5 --connections 16 --bulk-database NAME --parts auth,search]

One table of the desk against its ceilings, each part interleaved with its ceiling in rounds, on
PostgreSQL and Redis at 127.0.0.1, in databases of its own (creator_desk_bench_<pid>_<time>_*,
dropped at the end). --bulk-database reuses a database filled once by npm run seed:bulk (left as
it is); without it the search part builds 20,000 cases of its own. Writes bench/results/bench-<time>.json.`;

interface Row {
  measure: string;
  ours: number;
  ceiling: number | null;
  ceilingIs: string;
  unit: string;
  ratio: number | null;
  spread: string;
  loadavg: number;
}

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const ROUNDS = Number(opt('rounds', '5'));
const SECONDS = Number(opt('seconds', '5'));
const CONNECTIONS = Number(opt('connections', '16'));
const PARTS = opt('parts', 'auth,search').split(',');
const RUN = `creator_desk_bench_${process.pid}_${Date.now().toString(36)}`;
const PASSWORD = 'Bench@2026pw';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load1 = () => +loadavg()[0].toFixed(2);
const round = (x: number, d = 2) => +x.toFixed(d);

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

async function rps(url: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (result.non2xx) throw new Error(`${url}: ${result.non2xx} answers that are not 2xx`);
  return result.requests.average;
}

/** The lightest authenticated route (GET /api/v1/zones, from memory) against a bare NestJS route on Express. */
async function authPart(server: string, redisUrl: string, children: ChildProcess[]): Promise<Row> {
  const database = `${RUN}_api`;
  // The roles as in production: the owner migrates, the api logs in as its own role.
  const { ownerUrl: url, appUrl } = await provisionDatabase(server, database, developmentRoles());
  await runMigrations(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`INSERT INTO users (role, zone_id, username, display_name, password_hash, skills) VALUES ('agent', 'huangpu', 'bench.agent', '压测专员', $1, '{shield}')`, [await hashPassword(PASSWORD)]);
  await db.end();
  const secret = () => randomBytes(32).toString('hex');
  const secrets = { JWT_SECRET: secret(), PII_ENCRYPTION_KEY: secret(), PII_HASH_KEY: secret(), AUDIT_HMAC_KEY: secret() };
  const env = { ...process.env, ...secrets, DATABASE_URL: appUrl, AUDIT_CHECKPOINT_DIR: `/tmp/${database}/audit-checkpoints`, REDIS_URL: redisUrl, QUEUE_PREFIX: `${RUN}_q`, PORT: '3181', LOG_LEVEL: 'warn', SEED_DEMO: 'false' };
  children.push(spawn(process.execPath, [resolve(__dirname, '../../apps/api/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
  children.push(spawn(process.execPath, [resolve(__dirname, 'bare-nest.js')], { env: { ...process.env, PORT: '3182' }, stdio: ['ignore', 'ignore', 'inherit'] }));
  await waitFor('http://127.0.0.1:3181/health');
  await waitFor('http://127.0.0.1:3182/zones');
  const login = await fetch('http://127.0.0.1:3181/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.7.7.7' },
    body: JSON.stringify({ username: 'bench.agent', password: PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const ours: number[] = [];
  const bare: number[] = [];
  const loads: number[] = [];
  // Warm both, then alternate which goes first in each round.
  await rps('http://127.0.0.1:3181/api/v1/zones', { authorization: `Bearer ${accessToken}` });
  await rps('http://127.0.0.1:3182/zones');
  for (let r = 0; r < ROUNDS; r++) {
    const a = () => rps('http://127.0.0.1:3181/api/v1/zones', { authorization: `Bearer ${accessToken}` }).then((x) => ours.push(x));
    const b = () => rps('http://127.0.0.1:3182/zones').then((x) => bare.push(x));
    if (r % 2) await b().then(a);
    else await a().then(b);
    loads.push(load1());
  }
  const ratios = ours.map((o, i) => o / bare[i]);
  return {
    measure: `authenticated GET /api/v1/zones, ${CONNECTIONS} clients`,
    ours: round(median(ours), 0),
    ceiling: round(median(bare), 0),
    ceilingIs: 'bare NestJS + Express route',
    unit: 'req/s',
    ratio: round(median(ratios)),
    spread: `ratio ${round(Math.min(...ratios))}–${round(Math.max(...ratios))}`,
    loadavg: median(loads),
  };
}

/** Search: the bigram index against the substring match it replaced (pg_trgm), p99 of the list query. */
async function searchPart(server: string): Promise<Row[]> {
  const reuse = argv.includes('--bulk-database') ? opt('bulk-database', '') : undefined;
  const database = reuse ?? `${RUN}_bulk`;
  const url = withDatabase(server, database);
  if (!reuse) {
    await ensureDatabase(server, database);
    await runMigrations(url);
    await generateBulk({ databaseUrl: url, auditKey: randomBytes(32).toString('hex'), cases: 20_000, log: () => undefined });
  }
  const { total, rows } = await compareSearch(url, ROUNDS);
  const l = load1();
  return rows.map((r) => ({
    measure: `search q=${r.query} at ${total} cases (${r.matches} hits${r.sameResults ? ', same results' : ', RESULTS DIFFER'}), p99 ms`,
    ours: r.bigramsP99,
    ceiling: r.substringP99,
    ceilingIs: 'previous design: substring ILIKE + pg_trgm (lower is better)',
    unit: 'ms',
    ratio: r.substringP99 ? round(r.bigramsP99 / r.substringP99) : null,
    spread: `p50 ${r.bigramsP50} vs ${r.substringP50}`,
    loadavg: l,
  }));
}

async function main(): Promise<void> {
  if (argv.includes('--help')) return void console.log(USAGE);
  const server = await resolvePostgresServer(process.env);
  const redisUrl = await resolveRedis(process.env);
  const children: ChildProcess[] = [];
  const rows: Row[] = [];
  try {
    if (PARTS.includes('auth')) rows.push(await authPart(server, redisUrl, children));
    for (const c of children.splice(0)) c.kill('SIGTERM');
    if (PARTS.includes('search')) rows.push(...(await searchPart(server)));
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await dropDatabase(server, `${RUN}_api`);
    await dropDatabase(server, `${RUN}_bulk`);
  }
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg().map((x) => round(x)) };
  console.log(`npm run bench: ${ROUNDS} rounds × ${SECONDS} s, ${machine.cores} cores (${machine.cpu}), load average now ${machine.loadavg.join(' ')}`);
  console.table(rows.map(({ measure, ours, ceiling, unit, ratio, spread, loadavg: la }) => ({ measure, ours: `${ours} ${unit}`, ceiling: ceiling === null ? '—' : `${ceiling} ${unit}`, ratio, spread, load: la })));
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, machine, rows }, null, 2));
  console.log(`written ${file}`);
}

void main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] ${error.stack ?? error.message}`);
    process.exit(1);
  },
);

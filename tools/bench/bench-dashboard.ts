import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { DateTime } from 'luxon';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';
import { provisionDatabase } from '../dev-start/database-roles';
import { developmentRoles, developmentSecrets, resolveRedis, withDatabase } from '../dev-start/local-services';
import { BULK_PASSWORD } from './bulk/bulk-generator';

const USAGE = `npm run bench:dashboard [-- --runs 20 --warmup 3]

Times the dashboard and the filtered case list over HTTP against the database at DATABASE_URL
(default postgres://postgres@127.0.0.1:5432/creator_desk_bench, filled by npm run seed:bulk),
logged in as the bulk.* supervisors. Prints median and p95 of warm runs, and the machine.`;

interface Scenario {
  name: string;
  user: 'city' | 'zone';
  path: string;
  /** Bound (ms) the median must stay under. */
  bound: number;
}

function args(): { runs: number; warmup: number } {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  return { runs: value('runs', 20), warmup: value('warmup', 3) };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const { runs, warmup } = args();
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/creator_desk_bench';
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const [{ cases, version }] = (await pg.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, current_setting('server_version') AS version`)).rows;
  const [agent] = (await pg.query(`SELECT u.id FROM users u WHERE u.username = 'bulk.huangpu.agent01'`)).rows;
  const [reference] = (await pg.query(`SELECT reference FROM cases WHERE zone_id = 'huangpu' ORDER BY created_at DESC OFFSET 5000 LIMIT 1`)).rows;
  await pg.end();
  if (!agent) throw new Error(`no bulk.* accounts in ${databaseUrl}: run npm run seed:bulk first`);

  // The api as production builds it, in this process, with throwaway secrets, logged in as csd_api.
  const { appUrl } = await provisionDatabase(withDatabase(databaseUrl, 'postgres'), new URL(databaseUrl).pathname.slice(1), developmentRoles());
  Object.assign(process.env, {
    DATABASE_URL: appUrl,
    AUDIT_HMAC_KEY: developmentSecrets().AUDIT_HMAC_KEY,
    REDIS_URL: await resolveRedis(process.env),
    QUEUE_PREFIX: `csd_bench_${randomBytes(3).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PII_HASH_KEY: randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  const { createApiApp } = await import('../../apps/api/src/bootstrap');
  const app = await createApiApp();
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api/v1`;
  const login = async (username: string) => {
    const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BULK_PASSWORD }) });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  };

  const today = DateTime.now().setZone(SHANGHAI_TIME_ZONE);
  const d30 = today.minus({ days: 29 }).toISODate();
  const d365 = today.minus({ days: 364 }).toISODate();
  const to = today.toISODate();
  const created30 = today.minus({ days: 29 }).startOf('day').toUTC().toISO();
  const since30 = encodeURIComponent(created30!);
  const OPEN = 'submitted,accepted,in_progress,awaiting_creator,escalated';
  const scenarios: Scenario[] = [
    { name: 'dashboard, city-wide (2 zones + all), 30 days', user: 'city', path: `/dashboard?from=${d30}&to=${to}`, bound: 300 },
    { name: 'dashboard, one zone, 30 days', user: 'zone', path: `/dashboard?from=${d30}&to=${to}`, bound: 300 },
    { name: 'dashboard, city-wide, 30 days, shield only', user: 'city', path: `/dashboard?from=${d30}&to=${to}&programme=shield`, bound: 300 },
    { name: 'dashboard, city-wide, 365 days', user: 'city', path: `/dashboard?from=${d365}&to=${to}`, bound: 1000 },
    { name: 'dashboard, one zone, 365 days', user: 'zone', path: `/dashboard?from=${d365}&to=${to}`, bound: 1000 },
    { name: 'case list, zone, newest first (no filter)', user: 'zone', path: `/cases`, bound: 100 },
    { name: 'case list, zone, status=submitted (intake queue)', user: 'zone', path: `/cases?status=submitted&sort=priority`, bound: 100 },
    { name: 'case list, zone, shield in_progress', user: 'zone', path: `/cases?programme=shield&status=in_progress`, bound: 100 },
    { name: 'case list, zone, one agent’s open cases', user: 'zone', path: `/cases?assigneeId=${agent.id}&status=accepted,in_progress,awaiting_creator,escalated`, bound: 100 },
    { name: 'case list, zone, created in the last 30 days, closed', user: 'zone', path: `/cases?createdFrom=${since30}&status=closed`, bound: 100 },
    { name: 'case list, zone, overdue', user: 'zone', path: `/cases?overdue=true&sort=nextDueAt`, bound: 100 },
    { name: 'case list, zone, search by reference', user: 'zone', path: `/cases?q=${encodeURIComponent(reference.reference)}`, bound: 100 },
    { name: 'case list, city-wide, escalated', user: 'city', path: `/cases?status=escalated`, bound: 100 },
    // The dashboard's drill-throughs (with the period, as the links carry it) and the same filters chosen by hand (no period).
    { name: 'case list, zone, shield category open now (在办 bar)', user: 'zone', path: `/cases?programme=shield&category=cyberviolence&status=${OPEN}`, bound: 100 },
    { name: 'case list, zone, shield category, last 30 days', user: 'zone', path: `/cases?programme=shield&category=cyberviolence&createdFrom=${since30}`, bound: 100 },
    { name: 'case list, zone, category (no period)', user: 'zone', path: `/cases?category=cyberviolence`, bound: 100 },
    { name: 'case list, zone, shield platform, last 30 days', user: 'zone', path: `/cases?programme=shield&platform=bilibili&createdFrom=${since30}`, bound: 100 },
    { name: 'case list, zone, platform (no period)', user: 'zone', path: `/cases?platform=zhihu`, bound: 100 },
    { name: 'case list, zone, escalated to the district, last 30 days', user: 'zone', path: `/cases?authorityId=cac_huangpu&createdFrom=${since30}`, bound: 100 },
    { name: 'case list, zone, escalated to the city (no period)', user: 'zone', path: `/cases?authorityId=cac_city`, bound: 100 },
    { name: 'case list, zone, rated 非常不满意, last 30 days', user: 'zone', path: `/cases?rating=1&createdFrom=${since30}`, bound: 100 },
    { name: 'case list, zone, rated 非常不满意 (no period)', user: 'zone', path: `/cases?rating=1`, bound: 100 },
    { name: 'case list, city-wide, rated 非常满意 (no period)', user: 'city', path: `/cases?rating=5`, bound: 100 },
  ];

  console.log(`bench:dashboard — ${cases.toLocaleString('en')} cases, PostgreSQL ${version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${warmup} warm-up + ${runs} measured runs per scenario, sequential, over HTTP\n`);
  const rows: string[][] = [];
  let failed = 0;
  // One login per account: a login per scenario would run into the login rate limit.
  const tokens = { city: await login('bulk.city.supervisor'), zone: await login('bulk.huangpu.supervisor') };
  for (const s of scenarios) {
    const token = tokens[s.user];
    const times: number[] = [];
    let detail = '';
    for (let i = 0; i < warmup + runs; i++) {
      const started = process.hrtime.bigint();
      const res = await fetch(`${base}${s.path}`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { total?: number; figures?: Record<string, { counts: { submitted: number } }> };
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (!res.ok) throw new Error(`${s.name}: ${res.status} ${JSON.stringify(body)}`);
      if (i >= warmup) times.push(ms);
      detail = body.total !== undefined ? `${body.total} matching` : `${Object.values(body.figures ?? {})[0]?.counts.submitted ?? 0} filed in range`;
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    const ok = median < s.bound;
    if (!ok) failed++;
    rows.push([s.name, median.toFixed(1), quantile(times, 0.95).toFixed(1), times[0].toFixed(1), `< ${s.bound}`, ok ? 'ok' : 'OVER', detail]);
  }
  const header = ['scenario', 'median ms', 'p95 ms', 'min ms', 'bound', '', 'answer'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await app.close();
  process.exit(failed ? 1 : 0);
}

void main().catch((error: Error) => {
  console.error(`[bench:dashboard] ${error.stack ?? error.message}`);
  process.exit(1);
});

import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DateTime } from 'luxon';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';
import { runMigrations } from '@app/database';
import { provisionDatabase } from '../../dev-start/database-roles';
import { developmentRoles, developmentSecrets, withDatabase } from '../../dev-start/local-services';
import { BULK_PASSWORD } from '../bulk/bulk-generator';
import { countAndSortEveryHit, quantile, searchQueries } from '../bench-search';
import { BenchOptions, interleaved, load1, login, rps, Row, startNode, stopAll, waitFor } from '../kit';
import { apiLikePool, recordStatements, replayRate } from '../replay';

/**
 * Reads at bulk scale (the database `npm run bench:data` filled, reused as it is): case detail,
 * a filtered list and the dashboard, each against the very statements the api sent for it
 * (recorded from one request) through plain `pg` with as many clients; and search, one request
 * at a time, against the list's search as it was before ranked pages.
 */
export async function readParts(server: string, redisUrl: string, bulkDatabase: string, o: BenchOptions, children: ChildProcess[], parts: string[]): Promise<Row[]> {
  const ownerish = withDatabase(server, bulkDatabase);
  // The bulk data is built once; the migrations written since then are applied to it here.
  await runMigrations(ownerish);
  const pg = new Client({ connectionString: ownerish });
  await pg.connect();
  const [{ cases }] = (await pg.query(`SELECT count(*)::int AS cases FROM cases`)).rows;
  const [sample] = (await pg.query(`SELECT id FROM cases WHERE zone_id = 'huangpu' AND programme = 'shield' ORDER BY created_at DESC OFFSET 50 LIMIT 1`)).rows;
  await pg.end();
  if (!sample) throw new Error(`${bulkDatabase} has no bulk cases: run npm run bench:data first`);
  const { appUrl } = await provisionDatabase(server, bulkDatabase, developmentRoles());
  const recordFile = `/tmp/${o.run}_reads.json`;
  const env = {
    ...process.env,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PII_HASH_KEY: randomBytes(32).toString('hex'),
    AUDIT_HMAC_KEY: developmentSecrets().AUDIT_HMAC_KEY,
    DATABASE_URL: appUrl,
    AUDIT_CHECKPOINT_DIR: `/tmp/${o.run}_reads/audit-checkpoints`,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `${o.run}_qr`,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    PORT: '3185',
    BENCH_RECORD_FILE: recordFile,
  };
  const api = startNode(children, 'apps/api/src/main.js', env, ['-r', require.resolve('../pg-recorder')]);
  const base = 'http://127.0.0.1:3185';
  await waitFor(`${base}/health`);
  const zoneToken = await login(base, 'bulk.huangpu.supervisor', BULK_PASSWORD);
  const cityToken = await login(base, 'bulk.city.supervisor', BULK_PASSWORD);
  const today = DateTime.now().setZone(SHANGHAI_TIME_ZONE);
  const scenarios = [
    { part: 'detail', name: 'GET /api/v1/cases/{id}', path: `/api/v1/cases/${sample.id}`, token: zoneToken, clients: o.connections },
    { part: 'list', name: 'GET /api/v1/cases?programme=shield&status=in_progress (zone)', path: `/api/v1/cases?programme=shield&status=in_progress`, token: zoneToken, clients: o.connections },
    { part: 'dashboard', name: 'GET /api/v1/dashboard, city-wide, 30 days', path: `/api/v1/dashboard?from=${today.minus({ days: 29 }).toISODate()}&to=${today.toISODate()}`, token: cityToken, clients: 4 },
  ].filter((s) => parts.includes(s.part));
  const pool = apiLikePool(appUrl);
  const rows: Row[] = [];
  try {
    for (const s of scenarios) {
      const headers = { authorization: `Bearer ${s.token}` };
      const get = async () => {
        const res = await fetch(`${base}${s.path}`, { headers });
        if (!res.ok) throw new Error(`${s.path}: ${res.status} ${await res.text()}`);
      };
      for (let i = 0; i < 3; i++) await get();
      const statements = await recordStatements(api, recordFile, get);
      await rps(`${base}${s.path}`, s.clients, 2, headers);
      rows.push(
        await interleaved(o.rounds, () => rps(`${base}${s.path}`, s.clients, o.seconds, headers), () => replayRate(pool, statements, s.clients, o.seconds, false), {
          measure: `${s.name} at ${cases} cases, ${s.clients} clients (${statements.length} statements)`,
          ceilingIs: 'the same statements through plain pg',
          unit: 'req/s',
          target: s.part === 'dashboard' ? undefined : '≥ 0.6',
        }),
      );
    }
    if (parts.includes('search')) rows.push(...(await searchLatency(base, zoneToken, ownerish, cases, o.rounds * 5)));
  } finally {
    await pool.end();
    await stopAll(children);
  }
  return rows;
}

/** p99 of the list's search through the api (a zone supervisor's first page), interleaved with counting and sorting every hit. */
async function searchLatency(base: string, token: string, url: string, cases: number, samples: number): Promise<Row[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const queries = await searchQueries(db);
    const times = new Map(queries.map((q) => [q, { api: [] as number[], before: [] as number[], hits: '' }]));
    for (let i = 0; i < samples; i++) {
      for (const q of queries) {
        const t = times.get(q)!;
        let started = performance.now();
        const res = await fetch(`${base}/api/v1/cases?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${token}` } });
        if (!res.ok) throw new Error(`search ${q}: ${res.status} ${await res.text()}`);
        const page = (await res.json()) as { total: number; totalCapped: boolean };
        t.api.push(performance.now() - started);
        t.hits = `${page.total}${page.totalCapped ? '+' : ''}`;
        started = performance.now();
        await countAndSortEveryHit(db, q);
        t.before.push(performance.now() - started);
      }
    }
    return queries.map((q) => {
      const t = times.get(q)!;
      const [api, before] = [t.api, t.before].map((xs) => [...xs].sort((a, b) => a - b));
      const ours = Math.round(quantile(api, 0.99));
      const ceiling = Math.round(quantile(before, 0.99));
      return {
        measure: `search q=${q} through the api at ${cases} cases (${t.hits} hits), p99 ms`,
        ours,
        ceiling,
        ceilingIs: 'counting and sorting every hit (the list before ranked pages), through pg (lower is better)',
        unit: 'ms',
        ratio: ceiling ? Math.round((ours / ceiling) * 100) / 100 : null,
        target: 'p99 < 100 ms at 1M',
        spread: `p50 ${Math.round(quantile(api, 0.5))} vs ${Math.round(quantile(before, 0.5))}`,
        loadavg: load1(),
      };
    });
  } finally {
    await db.end();
  }
}

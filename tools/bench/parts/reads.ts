import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DateTime } from 'luxon';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';
import { provisionDatabase } from '../../dev-start/database-roles';
import { developmentRoles, developmentSecrets, withDatabase } from '../../dev-start/local-services';
import { BULK_PASSWORD } from '../bulk/bulk-generator';
import { BenchOptions, interleaved, login, rps, Row, startNode, stopAll, waitFor } from '../kit';
import { apiLikePool, recordStatements, replayRate } from '../replay';

/**
 * Reads at bulk scale (the database `npm run bench:data` filled, reused as it is): case detail,
 * a filtered list and the dashboard, each against the very statements the api sent for it
 * (recorded from one request) through plain `pg` with as many clients.
 */
export async function readParts(server: string, redisUrl: string, bulkDatabase: string, o: BenchOptions, children: ChildProcess[], parts: string[]): Promise<Row[]> {
  const ownerish = withDatabase(server, bulkDatabase);
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
  } finally {
    await pool.end();
    await stopAll(children);
  }
  return rows;
}

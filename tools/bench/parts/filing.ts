import autocannon from 'autocannon';
import { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { hashPassword } from '@app/users';
import { provisionDatabase } from '../../dev-start/database-roles';
import { developmentRoles } from '../../dev-start/local-services';
import { BenchOptions, interleaved, login, Row, startNode, stopAll, throwawaySecrets, waitFor } from '../kit';
import { apiLikePool, recordStatements, replayRate } from '../replay';

const PASSWORD = 'Bench@2026pw';
const CREATORS = 64;
const FILING_CLIENTS = 32;

export function filingBody(i: number): string {
  return JSON.stringify({
    programme: 'shield',
    category: 'cyberviolence',
    zoneId: i % 2 ? 'huangpu' : 'yangpu',
    title: `直播间遭遇有组织网络暴力 #${i}`,
    description: '压测：持续遭受网络暴力，评论区出现大量侮辱性内容，请尽快处理。',
    intake: { platform: 'bilibili', offendingAccounts: ['压测账号'], startedOn: '2026-11-01', ongoing: false, minorInvolved: false },
  });
}

/** Filings/s with `clients` connections spread over `bases`; anything but 201 fails the bench. */
async function filingRate(bases: string[], tokens: string[], clients: number, seconds: number): Promise<number> {
  let firstError = '';
  const results = await Promise.all(
    bases.map((url) =>
      new Promise<autocannon.Result>((done, fail) => {
        const instance = autocannon({
        url,
        connections: Math.round(clients / bases.length),
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => {
              const i = Math.floor(Math.random() * tokens.length);
              return {
                ...req,
                method: 'POST',
                path: '/api/v1/cases',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}`, 'idempotency-key': randomUUID() },
                body: filingBody(i),
              };
            },
          },
        ],
      }, (error, result) => (error ? fail(error) : done(result)));
        instance.on('reqError', (error: Error) => (firstError ||= error.message));
        instance.on('response', (_client: unknown, status: number) => {
          if (status >= 300 && !firstError) firstError = `status ${status}`;
        });
      }),
    ),
  );
  for (const r of results) if (r.non2xx || r.errors) throw new Error(`filing: ${r.non2xx} answers that are not 2xx, ${r.errors} errors (${firstError})`);
  return results.reduce((sum, r) => sum + r.requests.average, 0);
}

/**
 * Filing at 32 clients against the same statements through plain `pg` (recorded from one real
 * filing, replayed as new filings), and two api processes on one database against one.
 */
export async function filingParts(server: string, redisUrl: string, o: BenchOptions, children: ChildProcess[], parts: string[]): Promise<Row[]> {
  const database = `${o.run}_filing`;
  const { ownerUrl, appUrl } = await provisionDatabase(server, database, developmentRoles());
  await runMigrations(ownerUrl);
  const db = new Client({ connectionString: ownerUrl });
  await db.connect();
  const hash = await hashPassword(PASSWORD);
  await db.query(
    `INSERT INTO users (role, username, display_name, password_hash) SELECT 'creator', 'bench.creator.' || g, '压测创作者' || g, $1 FROM generate_series(1, $2::int) g`,
    [hash, CREATORS],
  );
  await db.end();
  const recordFile = `/tmp/${o.run}_filing.json`;
  const env = {
    ...process.env,
    ...throwawaySecrets(),
    DATABASE_URL: appUrl,
    AUDIT_CHECKPOINT_DIR: `/tmp/${database}/audit-checkpoints`,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `${o.run}_qf`,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    TRUSTED_PROXIES: 'loopback',
    BENCH_RECORD_FILE: recordFile,
  };
  const preload = ['-r', require.resolve('../pg-recorder')];
  const api = startNode(children, 'apps/api/src/main.js', { ...env, PORT: '3183' }, preload);
  const second = parts.includes('filing2') ? startNode(children, 'apps/api/src/main.js', { ...env, PORT: '3184' }) : undefined;
  const one = 'http://127.0.0.1:3183';
  const two = 'http://127.0.0.1:3184';
  await waitFor(`${one}/health`);
  if (second) await waitFor(`${two}/health`);
  const tokens: string[] = [];
  for (let i = 1; i <= CREATORS; i++) tokens.push(await login(one, `bench.creator.${i}`, PASSWORD, `10.8.${Math.floor(i / 200)}.${(i % 200) + 1}`));
  const fileOne = async (i: number) => {
    const res = await fetch(`${one}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % CREATORS]}`, 'idempotency-key': randomUUID() },
      body: filingBody(i),
    });
    if (res.status !== 201) throw new Error(`filing answered ${res.status}: ${await res.text()}`);
  };
  for (let i = 0; i < 20; i++) await fileOne(i);
  const statements = await recordStatements(api, recordFile, () => fileOne(99));
  const pool = apiLikePool(appUrl);
  const rows: Row[] = [];
  try {
    // Warm both sides once.
    await filingRate([one], tokens, FILING_CLIENTS, 2);
    await replayRate(pool, statements, FILING_CLIENTS, 2, true);
    if (parts.includes('filing')) {
      rows.push(
        await interleaved(o.rounds, () => filingRate([one], tokens, FILING_CLIENTS, o.seconds), () => replayRate(pool, statements, FILING_CLIENTS, o.seconds, true), {
          measure: `filing POST /api/v1/cases, ${FILING_CLIENTS} clients (${statements.length} statements per filing)`,
          ceilingIs: 'the same statements through plain pg (recorded from one filing, replayed as new ones)',
          unit: 'cases/s',
          target: '≥ 0.8',
        }),
      );
    }
    if (second) {
      rows.push(
        await interleaved(o.rounds, () => filingRate([one, two], tokens, FILING_CLIENTS, o.seconds), () => filingRate([one], tokens, FILING_CLIENTS, o.seconds), {
          measure: `filing, two api processes vs one, ${FILING_CLIENTS} clients in all`,
          ceilingIs: 'one api process (the ratio is the speed-up)',
          unit: 'cases/s',
          target: '≥ 1.6 with the cores for it',
        }),
      );
    }
  } finally {
    await pool.end();
    await stopAll(children);
  }
  return rows;
}

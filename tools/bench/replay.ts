import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { Pool, PoolClient } from 'pg';
import type { RecordedStatement } from './pg-recorder';
import { sleep } from './kit';

/**
 * The ceiling of a request: the very statements one real request sent PostgreSQL (recorded in
 * the api process by pg-recorder.ts), sent again through a plain `pg` pool — no HTTP, no Nest, no
 * TypeORM, no JSON answer. Statements inside START TRANSACTION … COMMIT run on one connection,
 * the others on any, as the api sends them.
 *
 * A write is replayed as a new one of the same shape: values that must be new per request (the
 * Idempotency-Key, a document's verification code) are made fresh, and every value a statement
 * answered (the case id, its reference, a notification's id…) is replaced, wherever it appears
 * in a later statement's parameters (also inside JSON and job ids), by what the replay answered.
 */

/** Records the statements the api sends for `request` (sent alone, nothing else in flight). */
export async function recordStatements(api: ChildProcess, file: string, request: () => Promise<unknown>): Promise<RecordedStatement[]> {
  rmSync(file, { force: true });
  api.kill('SIGWINCH');
  await sleep(300);
  await request();
  await sleep(300);
  api.kill('SIGWINCH');
  for (let i = 0; i < 100 && !existsSync(file); i++) await sleep(50);
  await sleep(100);
  const statements = JSON.parse(readFileSync(file, 'utf8')) as RecordedStatement[];
  if (!statements.length) throw new Error('the recorder saw no statements (is the api started with -r pg-recorder.js and BENCH_RECORD_FILE?)');
  return statements;
}

const FRESH: { pattern: RegExp; index: number; make: () => string }[] = [
  { pattern: /^INSERT INTO idempotency_keys/, index: 1, make: () => randomUUID() },
  { pattern: /^INSERT INTO issued_documents/, index: 0, make: () => verificationCode() },
];
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function verificationCode(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

function revive(v: unknown): unknown {
  if (v && typeof v === 'object' && '$buffer' in (v as object)) return Buffer.from((v as { $buffer: string }).$buffer, 'base64');
  return v;
}

function substitute(v: unknown, map: Map<string, string>): unknown {
  if (!map.size || v === null || v === undefined) return v;
  if (typeof v === 'string') {
    let s = v;
    for (const [from, to] of map) if (s.includes(from)) s = s.split(from).join(to);
    return s;
  }
  if (Array.isArray(v)) return v.map((x) => substitute(x, map));
  if (Buffer.isBuffer(v)) return v;
  if (typeof v === 'object') return JSON.parse(substitute(JSON.stringify(v), map) as string);
  return v;
}

/** A case reference (HP-SHD-2026-000011): formatted in the api from the number case_reference_next answered. */
const REFERENCE = /^([A-Z]{2,}-[A-Z]{2,}-\d{4}-)(\d{4,})$/;

function mapReferences(values: unknown[], sequence: { from: string; to: string } | undefined, map: Map<string, string>): void {
  if (!sequence) return;
  for (const v of values) {
    const m = typeof v === 'string' ? REFERENCE.exec(v) : null;
    if (m && Number(m[2]) === Number(sequence.from) && !map.has(v as string)) map.set(v as string, m[1] + sequence.to.padStart(m[2].length, '0'));
  }
}

const text = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Sends the recorded statements once more; `fresh` makes it a new write of the same shape. */
export async function replayOnce(pool: Pool, statements: RecordedStatement[], fresh: boolean): Promise<void> {
  const map = new Map<string, string>();
  let sequence: { from: string; to: string } | undefined;
  let client: PoolClient | undefined;
  try {
    for (const st of statements) {
      const rule = fresh ? FRESH.find((f) => f.pattern.test(st.text)) : undefined;
      if (rule) map.set(String(st.values[rule.index]), rule.make());
      if (fresh) mapReferences(st.values, sequence, map);
      const values = st.values.map((v) => (fresh ? substitute(revive(v), map) : revive(v)));
      const begins = /^(START TRANSACTION|BEGIN)/i.test(st.text);
      if (begins) client = await pool.connect();
      const result = await (client ?? pool).query(st.text, values);
      if (/^(COMMIT|ROLLBACK)/i.test(st.text) && client) {
        client.release();
        client = undefined;
      }
      if (!fresh) continue;
      if (st.text.includes('case_reference_next(')) sequence = { from: String(Object.values(st.rows[0] ?? {})[0]), to: String(Object.values(result.rows[0] ?? {})[0]) };
      st.rows.forEach((row, i) => {
        for (const [column, old] of Object.entries(row)) {
          const before = text(old);
          const after = text(result.rows[i]?.[column]);
          if (before && after && before !== after && before.length >= 6) map.set(before, after);
        }
      });
    }
  } catch (error) {
    if (client) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
    throw error;
  }
}

/** Replays per second with `connections` concurrent loops for `seconds`, on a pool like the api's. */
export async function replayRate(pool: Pool, statements: RecordedStatement[], connections: number, seconds: number, fresh: boolean): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        await replayOnce(pool, statements, fresh);
        done++;
      }
    }),
  );
  return done / ((Date.now() - started) / 1000);
}

/** A pool as the api's (DB_POOL_MAX 20, UTC sessions), logged in as the api's role. */
export function apiLikePool(url: string, max = 20): Pool {
  return new Pool({ connectionString: url, max, options: '-c timezone=UTC' });
}

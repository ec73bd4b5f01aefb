import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { generateBulk } from './bulk/bulk-generator';
import { dropDatabase, ensureDatabase, resolvePostgresServer, withDatabase } from '../dev-start/local-services';

const USAGE = `node dist/tools/bench/bench-search.js [--database NAME | --cases 200000 [--keep]] [--rounds 7]

Compares two designs of the case list's search (q) in one run, on the same data, interleaved:
  substring   the plain substring match (ILIKE) with the pg_trgm index the desk had before
  bigrams     the GIN index of character bigrams (cases.search_bigrams) + the same ILIKE as recheck
Each query is the list's: a zone agent's scope, count(*) and the first ranked page of 20, with
the creator-name subquery. Checks that both designs return exactly the same cases for every
sample query. --database reuses a bulk database (npm run seed:bulk), which is left as it is;
otherwise a database of its own (creator_desk_bench_search_<pid>_<time>) is built and dropped.`;

const DOCUMENT = `(c.reference || ' ' || c.title || ' ' || c.description)`;

function listSql(design: 'substring' | 'bigrams', shape: 'count' | 'page' | 'ids'): string {
  const doc = design === 'bigrams' ? `(c.search_bigrams @> search_bigrams($2) AND ${DOCUMENT} ILIKE $3)` : `${DOCUMENT} ILIKE $3`;
  const name = design === 'bigrams' ? `(u.name_bigrams @> search_bigrams($2) AND u.display_name ILIKE $3)` : `u.display_name ILIKE $3`;
  const where = `c.zone_id = $1 AND $2::text IS NOT NULL AND (${doc} OR c.creator_id = ANY(ARRAY(SELECT u.id FROM users u WHERE u.role = 'creator' AND ${name})))`;
  if (shape === 'count') return `SELECT count(*)::int AS n FROM cases c WHERE ${where}`;
  if (shape === 'ids') return `SELECT c.id FROM cases c WHERE ${where} ORDER BY c.id`;
  return `SELECT c.* FROM cases c WHERE ${where}
    ORDER BY CASE WHEN lower(c.reference) = lower($2) THEN 0 WHEN c.title ILIKE $3 THEN 1 ELSE 2 END, c.created_at DESC, c.id LIMIT 20`;
}

const pattern = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

export function quantile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface SearchRow {
  query: string;
  matches: number;
  sameResults: boolean;
  substringP50: number;
  substringP99: number;
  bigramsP50: number;
  bigramsP99: number;
}

/** The sample queries, at any scale: common and rare words, a reference, a creator's name, no match. */
export async function searchQueries(db: Client): Promise<string[]> {
  const ref = (await db.query(`SELECT reference FROM cases WHERE zone_id = 'huangpu' ORDER BY created_at DESC OFFSET 1000 LIMIT 1`)).rows[0].reference;
  const name = (await db.query(`SELECT u.display_name FROM users u JOIN cases c ON c.creator_id = u.id WHERE c.zone_id = 'huangpu' AND u.role = 'creator' ORDER BY u.id LIMIT 1`)).rows[0].display_name;
  return ['网暴', '标识', '网络暴力', '人肉', '侵权', ref, name, '量子纠缠'];
}

/** The list's search as it was before ranked pages: count every hit, then sort them all for the first page (huangpu scope). */
export async function countAndSortEveryHit(db: Client, q: string): Promise<void> {
  const params = ['huangpu', q, pattern(q)];
  await db.query(listSql('bigrams', 'count'), params);
  await db.query(listSql('bigrams', 'page'), params);
}

/** Both designs, interleaved, on the bulk database at `url` (builds the pg_trgm index for the comparison and drops it after). */
export async function compareSearch(url: string, rounds: number): Promise<{ total: number; sizes: { trgm: string; bigrams: string }; rows: SearchRow[] }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // The design being replaced: its index, as migration 1764150000000-cases built it.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    const t0 = Date.now();
    await db.query(`CREATE INDEX IF NOT EXISTS cases_search_trgm ON cases USING gin ((reference || ' ' || title || ' ' || description) gin_trgm_ops)`);
    console.log(`[bench:search] pg_trgm index ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await db.query(`ANALYZE cases`);
    const [{ n: total }] = (await db.query(`SELECT count(*)::int AS n FROM cases`)).rows;
    const sizes = (await db.query(`SELECT pg_size_pretty(pg_relation_size('cases_search_trgm')) AS trgm, pg_size_pretty(pg_relation_size('cases_search_bigrams_idx')) AS bigrams`)).rows[0];
    const queries = await searchQueries(db);

    const results: Record<string, { substring: number[]; bigrams: number[] }> = {};
    const equal: Record<string, { matches: number; equal: boolean }> = {};
    for (const q of queries) {
      const params = ['huangpu', q, pattern(q)];
      const a = (await db.query(listSql('substring', 'ids'), params)).rows.map((r) => r.id);
      const b = (await db.query(listSql('bigrams', 'ids'), params)).rows.map((r) => r.id);
      equal[q] = { matches: a.length, equal: a.length === b.length && a.every((id, i) => id === b[i]) };
      results[q] = { substring: [], bigrams: [] };
    }
    // Interleaved: each round runs every query once per design, alternating which goes first.
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const params = ['huangpu', q, pattern(q)];
        const order: ('substring' | 'bigrams')[] = round % 2 ? ['bigrams', 'substring'] : ['substring', 'bigrams'];
        for (const design of order) {
          await db.query('BEGIN');
          // Each design with only its own index (the DROP is undone by the ROLLBACK).
          await db.query(design === 'bigrams' ? 'DROP INDEX cases_search_trgm' : 'DROP INDEX cases_search_bigrams_idx');
          const started = process.hrtime.bigint();
          await db.query(listSql(design, 'count'), params);
          await db.query(listSql(design, 'page'), params);
          results[q][design].push(Number(process.hrtime.bigint() - started) / 1e6);
          await db.query('ROLLBACK');
        }
      }
    }
    const rows = queries.map((q) => {
      const s = [...results[q].substring].sort((x, y) => x - y);
      const b = [...results[q].bigrams].sort((x, y) => x - y);
      return {
        query: q,
        matches: equal[q].matches,
        sameResults: equal[q].equal,
        substringP50: +quantile(s, 0.5).toFixed(1),
        substringP99: +quantile(s, 0.99).toFixed(1),
        bigramsP50: +quantile(b, 0.5).toFixed(1),
        bigramsP99: +quantile(b, 0.99).toFixed(1),
      };
    });
    return { total, sizes, rows };
  } finally {
    // The replaced design's index goes again: the api's planner must not find it in the bulk data.
    await db.query(`DROP INDEX IF EXISTS cases_search_trgm`).catch(() => undefined);
    await db.end();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) return void console.log(USAGE);
  const server = await resolvePostgresServer(process.env);
  const reuse = arg('database');
  const database = reuse ?? `creator_desk_bench_search_${process.pid}_${Date.now().toString(36)}`;
  const url = withDatabase(server, database);
  const rounds = Number(arg('rounds') ?? 7);
  if (!reuse) {
    await ensureDatabase(server, database);
    await runMigrations(url);
    await generateBulk({ databaseUrl: url, auditKey: randomBytes(32).toString('hex'), cases: Number(arg('cases') ?? 200_000), log: (l) => console.log(`[bench:search] ${l}`) });
  }
  try {
    const { total, sizes, rows } = await compareSearch(url, rounds);
    const machine = { cores: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg().map((x) => +x.toFixed(2)) };
    console.log(`[bench:search] ${total} cases, huangpu agent scope, ${rounds} rounds per design (count + first page, ms); index size pg_trgm ${sizes.trgm}, bigrams ${sizes.bigrams}; load average ${machine.loadavg.join(' ')} on ${machine.cores} cores`);
    console.table(rows);
    mkdirSync('bench/results', { recursive: true });
    const file = `bench/results/search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    writeFileSync(file, JSON.stringify({ cases: total, rounds, indexSize: sizes, machine, rows }, null, 2));
    console.log(`[bench:search] written ${file}`);
    if (rows.some((r) => !r.sameResults)) throw new Error('the designs disagree on some query');
  } finally {
    if (!reuse && !process.argv.includes('--keep')) await dropDatabase(server, database);
  }
}

if (require.main === module) void main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench:search] ${error.stack ?? error.message}`);
    process.exit(1);
  },
);

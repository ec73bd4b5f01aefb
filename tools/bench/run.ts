import 'reflect-metadata';
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { runMigrations } from '@app/database';
import { generateBulk } from './bulk/bulk-generator';
import { compareSearch } from './bench-search';
import { BENCH_DATA_FILE, BenchData } from './bench-data';
import { BenchOptions, load1, round, Row, stopAll } from './kit';
import { authPart } from './parts/auth';
import { filingParts } from './parts/filing';
import { readParts } from './parts/reads';
import { slaParts } from './parts/sla';
import { dropDatabase, ensureDatabase, resolvePostgresServer, resolveRedis, withDatabase } from '../dev-start/local-services';

const ALL_PARTS = 'auth,filing,filing2,detail,list,dashboard,search,sla';
const USAGE = `npm run bench [-- --rounds 3 --seconds 5 --connections 16 --parts ${ALL_PARTS} --bulk-database NAME]

One table of the desk against its ceilings, each part interleaved with its ceiling in rounds, on
PostgreSQL and Redis at 127.0.0.1, in databases of its own (creator_desk_bench_<pid>_<time>_*,
dropped at the end). The reads at scale (detail, list, dashboard, search) use the database that
npm run bench:data filled once (named in ${BENCH_DATA_FILE}; --bulk-database overrides it); without
one the search part builds 20,000 cases of its own and the other reads are skipped.
Writes bench/results/bench-<time>.json.`;

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const options: BenchOptions = {
  rounds: Number(opt('rounds', '3')),
  seconds: Number(opt('seconds', '5')),
  connections: Number(opt('connections', '16')),
  run: `creator_desk_bench_${process.pid}_${Date.now().toString(36)}`,
};
const PARTS = opt('parts', ALL_PARTS).split(',');

function bulkDatabase(): string | undefined {
  if (argv.includes('--bulk-database')) return opt('bulk-database', '');
  if (!existsSync(BENCH_DATA_FILE)) return undefined;
  return (JSON.parse(readFileSync(BENCH_DATA_FILE, 'utf8')) as BenchData).database;
}

/** Search: the bigram index against the substring match it replaced (pg_trgm), p99 of the list query. */
async function searchPart(server: string, reuse: string | undefined): Promise<Row[]> {
  const database = reuse ?? `${options.run}_bulk`;
  const url = withDatabase(server, database);
  if (!reuse) {
    await ensureDatabase(server, database);
    await runMigrations(url);
    await generateBulk({ databaseUrl: url, auditKey: randomBytes(32).toString('hex'), cases: 20_000, log: () => undefined });
  }
  const { total, rows } = await compareSearch(url, options.rounds);
  const l = load1();
  return rows.map((r) => ({
    measure: `search q=${r.query} at ${total} cases (${r.matches} hits${r.sameResults ? ', same results' : ', RESULTS DIFFER'}), p99 ms`,
    ours: r.bigramsP99,
    ceiling: r.substringP99,
    ceilingIs: 'previous design: substring ILIKE + pg_trgm (lower is better)',
    unit: 'ms',
    ratio: r.substringP99 ? round(r.bigramsP99 / r.substringP99) : null,
    target: 'p99 < 100 ms at 1M',
    spread: `p50 ${r.bigramsP50} vs ${r.substringP50}`,
    loadavg: l,
  }));
}

async function main(): Promise<void> {
  if (argv.includes('--help')) return void console.log(USAGE);
  const started = Date.now();
  const server = await resolvePostgresServer(process.env);
  const redisUrl = await resolveRedis(process.env);
  const bulk = bulkDatabase();
  const children: ChildProcess[] = [];
  const rows: Row[] = [];
  const failures: string[] = [];
  const step = async (name: string, part: () => Promise<Row | Row[]>) => {
    const t = Date.now();
    try {
      const out = await part();
      rows.push(...(Array.isArray(out) ? out : [out]));
      console.log(`[bench] ${name} done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    } catch (error) {
      // One part failing does not lose the others' figures; the run still exits 1.
      failures.push(`${name}: ${(error as Error).message}`);
      console.error(`[bench] ${name} FAILED: ${(error as Error).stack ?? error}`);
      await stopAll(children);
    }
  };
  try {
    if (PARTS.includes('auth')) await step('auth', () => authPart(server, redisUrl, options, children));
    if (PARTS.includes('filing') || PARTS.includes('filing2')) await step('filing', () => filingParts(server, redisUrl, options, children, PARTS));
    const reads = ['detail', 'list', 'dashboard', 'search'].filter((p) => PARTS.includes(p));
    if (reads.length && bulk) await step('reads', () => readParts(server, redisUrl, bulk, options, children, reads));
    else if (reads.length) console.log(`[bench] no bulk database (run npm run bench:data once): ${reads.join(', ')} skipped`);
    if (PARTS.includes('sla')) await step('sla', () => slaParts(options));
    if (PARTS.includes('search')) await step('search', () => searchPart(server, bulk));
  } finally {
    await stopAll(children);
    for (const suffix of ['api', 'filing', 'bulk']) await dropDatabase(server, `${options.run}_${suffix}`);
  }
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30, 1), loadavg: loadavg().map((x) => round(x)) };
  const minutes = round((Date.now() - started) / 60_000, 1);
  console.log(`npm run bench: ${options.rounds} rounds × ${options.seconds} s, ${machine.cores} cores (${machine.cpu}), load average now ${machine.loadavg.join(' ')}, ${minutes} min`);
  console.table(
    rows.map(({ measure, ours, ceiling, unit, ratio, target, spread, loadavg: la }) => ({
      measure,
      ours: `${ours} ${unit}`,
      ceiling: ceiling === null ? '—' : `${ceiling} ${unit}`,
      ratio,
      target: target ?? '',
      spread,
      load: la,
    })),
  );
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ when: new Date().toISOString(), minutes, ...options, parts: PARTS, bulkDatabase: bulk ?? null, machine, rows, failures }, null, 2));
  console.log(`written ${file}`);
  if (failures.length) throw new Error(`parts failed:\n${failures.join('\n')}`);
}

void main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] ${error.stack ?? error.message}`);
    process.exit(1);
  },
);

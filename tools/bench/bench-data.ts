import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { DATA_DIR, resolvePostgresServer, withDatabase } from '../dev-start/local-services';

/** Where `npm run bench:data` notes the database it filled; `npm run bench` reads it. */
export const BENCH_DATA_FILE = resolve(DATA_DIR, 'bench-data.json');

export interface BenchData {
  database: string;
  cases: number;
  builtAt: string;
  seconds: number;
}

const USAGE = `npm run bench:data [-- --cases 1000000] [--rebuild]

Builds the bulk data of npm run bench once: --cases realistic cases (npm run seed:bulk) in a
database of its own, creator_desk_benchdata_<cases>_<random>, never a developer's, and notes its
name in ${BENCH_DATA_FILE}. Run again, it reuses that database when it still holds as many cases;
--rebuild builds a new one (and drops the one noted before). A million cases take about 15–30
minutes on 2 cores.`;

async function casesIn(server: string, database: string): Promise<number | null> {
  const admin = new Client({ connectionString: server });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount;
  await admin.end();
  if (!exists) return null;
  const db = new Client({ connectionString: withDatabase(server, database) });
  await db.connect();
  try {
    return (await db.query(`SELECT count(*)::int AS n FROM cases`)).rows[0].n;
  } catch {
    return null;
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) return void console.log(USAGE);
  const i = argv.indexOf('--cases');
  const cases = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  const server = await resolvePostgresServer(process.env);
  const noted = existsSync(BENCH_DATA_FILE) ? (JSON.parse(readFileSync(BENCH_DATA_FILE, 'utf8')) as BenchData) : undefined;
  if (noted && !argv.includes('--rebuild') && noted.cases === cases && (await casesIn(server, noted.database)) === cases) {
    console.log(`[bench:data] ${noted.database} already holds ${cases} cases (built ${noted.builtAt}): reused`);
    return;
  }
  if (noted) {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${noted.database}" WITH (FORCE)`);
    await admin.end();
  }
  const database = `creator_desk_benchdata_${cases}_${randomBytes(3).toString('hex')}`;
  const started = Date.now();
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [resolve(__dirname, 'seed-bulk.js'), '--cases', String(cases)], {
      env: { ...process.env, DATABASE_URL: withDatabase(server, database) },
      stdio: 'inherit',
    });
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`seed:bulk exited with ${code}`))));
  });
  const data: BenchData = { database, cases, builtAt: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000) };
  mkdirSync(dirname(BENCH_DATA_FILE), { recursive: true });
  writeFileSync(BENCH_DATA_FILE, JSON.stringify(data, null, 2));
  console.log(`[bench:data] ${cases} cases in ${database} (${data.seconds} s), noted in ${BENCH_DATA_FILE}`);
}

if (require.main === module) {
  void main().catch((error: Error) => {
    console.error(`[bench:data] ${error.stack ?? error.message}`);
    process.exit(1);
  });
}

import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { runMigrations } from '@app/database';
import { dropDatabase, ensureDatabase, resolvePostgresServer, resolveRedis, withDatabase } from '../dev-start/local-services';
import { hashPassword } from '@app/users';

/**
 * `npm run bench:me -- [--api path/to/main.js]... [--rounds 3] [--duration 10] [--connections 16]`
 *
 * Requests/s of the lightest authenticated route, `GET /api/v1/me`, for one or more builds of the
 * api side by side: every build runs at once (idle but for its turn) on one scratch database and
 * Redis prefix, and the rounds interleave the builds (A B A B …) so that the load the shared
 * machine carries falls on each alike. Pass an older build's `dist/apps/api/src/main.js` to
 * compare before and after; without `--api` it measures this checkout's build alone. Besides
 * requests/s it reports the CPU the api process spent per request, which a busy machine disturbs
 * far less than throughput (PostgreSQL's and Redis's own CPU is not in it).
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const builds = args.flatMap((a, i) => (a === '--api' ? [resolve(args[i + 1])] : []));
if (!builds.length) builds.push(resolve(__dirname, '../../apps/api/src/main.js'));
const ROUNDS = arg('rounds', 3);
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 16);
const FIRST_PORT = arg('port', 3200);
const PASSWORD = 'Bench@2026pw-me';

interface Api {
  build: string;
  process: ChildProcess;
  base: string;
  token: string;
  rates: number[];
  /** CPU the api process spent per answered request (user + system), in ms. */
  cpuMs: number[];
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // Fields 14 and 15 of stat (utime, stime), counted from the state field here; clock ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const server = await resolvePostgresServer(process.env);
  const redisUrl = await resolveRedis(process.env);
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `csd_bench_me_${runId}`;
  await ensureDatabase(server, database);
  const apis: Api[] = [];
  try {
    const url = withDatabase(server, database);
    await runMigrations(url);
    const ds = await new DataSource({ type: 'postgres', url }).initialize();
    await ds.query(`INSERT INTO users (role, zone_id, username, display_name, password_hash, skills) VALUES ('agent', 'huangpu', 'bench.agent', '压测专员', $1, '{shield}')`, [
      await hashPassword(PASSWORD),
    ]);
    await ds.destroy();
    const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'), PII_HASH_KEY: randomBytes(32).toString('hex') };

    for (const [i, build] of builds.entries()) {
      const port = FIRST_PORT + i;
      const child = spawn(process.execPath, [build], {
        env: { ...process.env, ...secrets, DATABASE_URL: url, REDIS_URL: redisUrl, QUEUE_PREFIX: `bench_me_${runId}`, PORT: String(port), LOG_LEVEL: 'warn', SEED_DEMO: 'false' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      apis.push({ build, process: child, base: `http://127.0.0.1:${port}`, token: '', rates: [], cpuMs: [] });
    }
    for (const api of apis) {
      for (let i = 0; i < 100 && !(await fetch(`${api.base}/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 300));
      const res = await fetch(`${api.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench.agent', password: PASSWORD }) });
      if (!res.ok) throw new Error(`login on ${api.build} answered ${res.status}: ${await res.text()}`);
      api.token = ((await res.json()) as { accessToken: string }).accessToken;
    }

    const load: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const api of apis) {
        const cpuBefore = cpuSeconds(api.process.pid!);
        const result = await autocannon({
          url: `${api.base}/api/v1/me`,
          connections: CONNECTIONS,
          duration: DURATION,
          headers: { authorization: `Bearer ${api.token}` },
        });
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${api.build}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
        api.rates.push(Math.round(result.requests.average));
        api.cpuMs.push(Number((((cpuSeconds(api.process.pid!) - cpuBefore) * 1000) / result.requests.total).toFixed(3)));
        load.push(loadavg()[0]);
      }
    }

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const baseline = median(apis[0].rates);
    const rows = apis.map((api) => ({
      build: api.build,
      medianPerSecond: median(api.rates),
      rounds: api.rates,
      ratioToFirst: Number((median(api.rates) / baseline).toFixed(3)),
      medianCpuMsPerRequest: median(api.cpuMs),
      cpuMsPerRequest: api.cpuMs,
    }));
    console.log(JSON.stringify({ route: 'GET /api/v1/me', connections: CONNECTIONS, durationSeconds: DURATION, rounds: ROUNDS, loadAverage1m: load.map((l) => Number(l.toFixed(2))), results: rows }, null, 2));
  } finally {
    for (const api of apis) {
      const exited = new Promise((done) => api.process.once('exit', done));
      api.process.kill('SIGTERM');
      await exited;
    }
    await dropDatabase(server, database);
  }
}

void main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});

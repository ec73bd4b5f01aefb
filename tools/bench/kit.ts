import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

/** One line of the bench table. */
export interface Row {
  measure: string;
  ours: number;
  ceiling: number | null;
  ceilingIs: string;
  unit: string;
  /** ours / ceiling (higher is better), or ceiling-relative time for `ms` rows (lower is better). */
  ratio: number | null;
  target?: string;
  spread: string;
  loadavg: number;
}

export interface BenchOptions {
  rounds: number;
  seconds: number;
  connections: number;
  /** Prefix of every database, Redis prefix and temporary folder of this run. */
  run: string;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const load1 = () => +loadavg()[0].toFixed(2);
export const round = (x: number, d = 2) => +x.toFixed(d);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const secret = () => randomBytes(32).toString('hex');
export const throwawaySecrets = () => ({ JWT_SECRET: secret(), PII_ENCRYPTION_KEY: secret(), PII_HASH_KEY: secret(), AUDIT_HMAC_KEY: secret() });

export async function waitFor(url: string, tries = 240): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

/** Starts `dist/<script>` as a child process (stdout dropped, stderr shown) and remembers it. */
export function startNode(children: ChildProcess[], script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...args, resolve(__dirname, '../..', script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

/** Stops the children (SIGTERM) and waits for them to exit. */
export async function stopAll(children: ChildProcess[]): Promise<void> {
  const all = children.splice(0);
  await Promise.all(
    all.map(
      (c) =>
        new Promise<void>((done) => {
          if (c.exitCode !== null || c.signalCode !== null) return done();
          const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
          c.once('exit', () => {
            clearTimeout(timer);
            done();
          });
          c.kill('SIGTERM');
        }),
    ),
  );
}

export async function login(base: string, username: string, password: string, forwardedFor = '10.7.7.7'): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Requests/s of GETs on `url` with `connections` clients for `seconds`; any answer other than 2xx fails the bench. */
export async function rps(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} answers that are not 2xx, ${result.errors} errors`);
  return result.requests.average;
}

/**
 * Runs `ours` and `ceiling` alternately for `rounds` rounds (which goes first alternates, so the
 * shared machine's load falls on both alike) and folds them into a table row.
 */
export async function interleaved(
  rounds: number,
  ours: () => Promise<number>,
  ceiling: () => Promise<number>,
  row: Omit<Row, 'ours' | 'ceiling' | 'ratio' | 'spread' | 'loadavg'>,
  lowerIsBetter = false,
): Promise<Row> {
  const a: number[] = [];
  const b: number[] = [];
  const loads: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) {
      b.push(await ceiling());
      a.push(await ours());
    } else {
      a.push(await ours());
      b.push(await ceiling());
    }
    loads.push(load1());
  }
  const ratios = a.map((x, i) => (lowerIsBetter ? b[i] / x : x / b[i]));
  const digits = row.unit === 'ms' ? 1 : 0;
  return {
    ...row,
    ours: round(median(a), digits),
    ceiling: round(median(b), digits),
    ratio: round(median(ratios)),
    spread: `ratio ${round(Math.min(...ratios))}–${round(Math.max(...ratios))}; ours ${round(Math.min(...a), digits)}–${round(Math.max(...a), digits)}`,
    loadavg: median(loads),
  };
}

/** p50/p99 helper for latency samples in ms. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

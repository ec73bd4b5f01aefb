/**
 * Preloaded into an api process by `npm run bench` (`node -r dist/tools/bench/pg-recorder.js`)
 * when BENCH_RECORD_FILE is set: a first SIGWINCH starts recording every statement the process sends
 * PostgreSQL through `pg` (text, parameters, rows answered), the next writes them to
 * BENCH_RECORD_FILE as JSON. The bench sends one request in between, then replays exactly
 * those statements through plain `pg` as the request's ceiling (see replay.ts). Costs one
 * boolean test per query when not recording.
 */
import { writeFileSync } from 'node:fs';
import { Client } from 'pg';

export interface RecordedStatement {
  text: string;
  values: unknown[];
  rows: Record<string, unknown>[];
}

const file = process.env.BENCH_RECORD_FILE;
if (file) {
  let recording: RecordedStatement[] | null = null;
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: Client, ...args: unknown[]) {
    if (!recording) return original.apply(this, args);
    const [q, v] = args;
    const text = typeof q === 'string' ? q : (q as { text: string }).text;
    const values = (Array.isArray(v) ? v : ((q as { values?: unknown[] }).values ?? [])).map((x) => (Buffer.isBuffer(x) ? { $buffer: x.toString('base64') } : x));
    const entry: RecordedStatement = { text, values, rows: [] };
    recording.push(entry);
    const keep = (result: unknown) => {
      const rows = (result as { rows?: Record<string, unknown>[] } | undefined)?.rows;
      if (Array.isArray(rows)) entry.rows = rows;
    };
    const callback = args.findIndex((a, i) => i > 0 && typeof a === 'function');
    if (callback > 0) {
      const cb = args[callback] as (err: unknown, result: unknown) => void;
      args[callback] = (err: unknown, result: unknown) => {
        keep(result);
        cb(err, result);
      };
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === 'function') (out as Promise<unknown>).then(keep, () => undefined);
    return out;
  };
  // SIGWINCH toggles: the first starts recording, the next writes what was recorded (SIGUSR1 is Node's inspector, SIGUSR2 one of Nest's shutdown signals; SIGWINCH is ignored by default).
  process.on('SIGWINCH', () => {
    if (!recording) recording = [];
    else {
      writeFileSync(file, JSON.stringify(recording));
      recording = null;
    }
  });
}

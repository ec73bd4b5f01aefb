import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { BenchOptions, median, round, Row } from '../kit';

const JOBS = 1000;

/** Runs bench-sla.ts (a database of its own, real worker processes) and reads its BENCH_SLA line. */
function runBenchSla(o: BenchOptions, workers: number): Promise<{ ours: number[]; bare: number[]; loads: number[] }> {
  const args = ['--timers-only', '--cases', '20000', '--jobs', String(JOBS), '--rounds', String(o.rounds), '--workers', String(workers)];
  const child = spawn(process.execPath, [resolve(__dirname, '../bench-sla.js'), ...args], {
    env: { ...process.env, BENCH_SLA_PREFIX: `${o.run}_sla${workers}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((done, fail) =>
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_SLA '));
      if (code !== 0 || !line) return fail(new Error(`bench-sla --workers ${workers} exited with ${code}:\n${out.slice(-3000)}`));
      done(JSON.parse(line.slice('BENCH_SLA '.length)));
    }),
  );
}

/** SLA warning timers with their effects, one and two worker processes, against a bare Bull processor. */
export async function slaParts(o: BenchOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const workers of [1, 2]) {
    const { ours, bare, loads } = await runBenchSla(o, workers);
    const ratios = ours.map((x, i) => x / bare[i]);
    const seconds = ours.map((x) => JOBS / x);
    rows.push({
      measure: `SLA timers: ${JOBS} due warning clocks with effects, ${workers} worker process${workers > 1 ? 'es' : ''} (${round(median(seconds), 1)} s)`,
      ours: round(median(ours), 0),
      ceiling: round(median(bare), 0),
      ceilingIs: 'a bare Bull processor (concurrency 8, no work)',
      unit: 'jobs/s',
      ratio: round(median(ratios)),
      target: workers === 2 ? '1,000 in < 5 s (≥ 200 jobs/s)' : undefined,
      spread: `ratio ${round(Math.min(...ratios))}–${round(Math.max(...ratios))}; ${round(Math.min(...seconds), 1)}–${round(Math.max(...seconds), 1)} s`,
      loadavg: round(median(loads)),
    });
  }
  return rows;
}

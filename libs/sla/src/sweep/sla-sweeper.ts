import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SlaClockName } from '../domain/sla-clock';
import { EffectResult, SlaEffects } from '../effects/sla-effects.service';
import { enqueueJobs } from '../jobs/job-outbox';
import { AUTO_CLOSE_UNANSWERED_MS, AUTO_CLOSE_UNRATED_MS, JOB, timerJob } from '../jobs/queues';
import { recomputeSlaClocks } from '../clocks/recompute-sla-clocks';

export interface SweepReport {
  warnings: number;
  breaches: number;
  closes: number;
  /** Timers due before the next sweep, handed (again) to the queue. */
  scheduled: number;
  durationMs: number;
}

const BATCH = 500;
const CONCURRENCY = 8;

/**
 * PostgreSQL is the source of truth for deadlines; Redis may lose every timer. The sweep finds
 * each warning, breach and automatic close that is due and not yet recorded, and performs it
 * through the same exactly-once effects as the timers; timers due before the next sweep are
 * handed to the queue again. Run by the worker on a repeatable job and once at start.
 */
@Injectable()
export class SlaSweeper {
  private readonly logger = new Logger('SlaSweeper');

  constructor(
    private readonly dataSource: DataSource,
    private readonly effects: SlaEffects,
  ) {}

  async sweepOnce(horizonMs = 20_000, now = Date.now()): Promise<SweepReport> {
    const started = Date.now();
    const report: SweepReport = { warnings: 0, breaches: 0, closes: 0, scheduled: 0, durationMs: 0 };
    const at = new Date(now);
    // Warnings first, so that a breach found in the same sweep is never announced before them.
    report.warnings = await this.drain(
      `SELECT case_id, clock FROM sla_clocks WHERE warned_at IS NULL AND stopped_at IS NULL AND warn_at IS NOT NULL AND warn_at <= $1 ORDER BY warn_at LIMIT $2`,
      at,
      (r) => this.effects.warn(r.case_id, r.clock, undefined, now),
    );
    report.breaches = await this.drain(
      `SELECT case_id, clock FROM sla_clocks WHERE breached_at IS NULL AND stopped_at IS NULL AND due_at IS NOT NULL AND due_at <= $1 ORDER BY due_at LIMIT $2`,
      at,
      (r) => this.effects.breach(r.case_id, r.clock, undefined, now),
    );
    report.closes += await this.drain(
      `SELECT id AS case_id, 'unrated' AS clock FROM cases WHERE status = 'resolved' AND resolved_at <= $1::timestamptz - make_interval(secs => ${AUTO_CLOSE_UNRATED_MS / 1000}) ORDER BY resolved_at LIMIT $2`,
      at,
      (r) => this.effects.autoClose(r.case_id, 'unrated', undefined, now),
    );
    report.closes += await this.drain(
      `SELECT id AS case_id, 'unanswered' AS clock FROM cases WHERE status = 'awaiting_creator' AND awaiting_creator_since <= $1::timestamptz - make_interval(secs => ${AUTO_CLOSE_UNANSWERED_MS / 1000}) ORDER BY awaiting_creator_since LIMIT $2`,
      at,
      (r) => this.effects.autoClose(r.case_id, 'unanswered', undefined, now),
    );
    report.scheduled = await this.scheduleUpcoming(at, new Date(now + horizonMs));
    report.durationMs = Date.now() - started;
    if (report.warnings || report.breaches || report.closes) this.logger.log(`sweep acted: ${JSON.stringify(report)}`);
    return report;
  }

  /**
   * Gives open cases that have no clocks (inserted by a seed or an import) their clocks, up to
   * `limit` per call so that a worker start stays quick; more are left for `recomputeSlaClocks`.
   */
  async backfill(limit = 2000): Promise<number> {
    let total = 0;
    while (total < limit) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT c.id FROM cases c WHERE c.status NOT IN ('draft', 'closed', 'rejected', 'withdrawn')
           AND NOT EXISTS (SELECT 1 FROM sla_clocks s WHERE s.case_id = c.id) LIMIT $1`,
        [BATCH],
      );
      if (!rows.length) return total;
      const result = await this.dataSource.transaction((m) => recomputeSlaClocks(m, { caseIds: rows.map((r) => r.id) }));
      total += result.cases;
      if (result.cases === 0) return total;
    }
    this.logger.warn(`more than ${limit} open cases had no SLA clocks; run recomputeSlaClocks() for the rest`);
    return total;
  }

  /** Runs `act` on every row the query finds, a batch at a time, a few at once; returns how many acted. */
  private async drain(sql: string, at: Date, act: (row: { case_id: string; clock: SlaClockName }) => Promise<EffectResult>): Promise<number> {
    let acted = 0;
    const seen = new Set<string>();
    for (;;) {
      const rows: { case_id: string; clock: SlaClockName }[] = await this.dataSource.query(sql, [at, BATCH]);
      const fresh = rows.filter((r) => !seen.has(`${r.case_id}/${r.clock}`));
      if (!fresh.length) return acted;
      fresh.forEach((r) => seen.add(`${r.case_id}/${r.clock}`));
      const queue = [...fresh];
      const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        for (let row = queue.shift(); row; row = queue.shift()) {
          try {
            if ((await act(row)) === 'done') acted += 1;
          } catch (error) {
            this.logger.error(`sweep could not act on ${row.case_id}/${row.clock}: ${(error as Error).message}`);
          }
        }
      });
      await Promise.all(workers);
      if (rows.length < BATCH) return acted;
    }
  }

  private async scheduleUpcoming(from: Date, until: Date): Promise<number> {
    const rows: { case_id: string; clock: SlaClockName; generation: number; effect: 'warning' | 'breach'; at: Date }[] = await this.dataSource.query(
      `SELECT case_id, clock, generation, 'warning' AS effect, warn_at AS at FROM sla_clocks
         WHERE warned_at IS NULL AND stopped_at IS NULL AND warn_at > $1 AND warn_at <= $2
       UNION ALL
       SELECT case_id, clock, generation, 'breach' AS effect, due_at AS at FROM sla_clocks
         WHERE breached_at IS NULL AND stopped_at IS NULL AND due_at > $1 AND due_at <= $2`,
      [from, until],
    );
    if (!rows.length) return 0;
    await this.dataSource.transaction((m) =>
      enqueueJobs(m, rows.map((r) => timerJob(r.effect === 'warning' ? JOB.warning : JOB.breach, r.case_id, r.clock, r.generation, r.at.getTime()))),
    );
    return rows.length;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { SystemCaseRepository } from '@app/cases';
import { JobOutbox } from '@app/jobs';
import { EffectResult, SlaEffects } from '../effects/sla-effects.service';
import { AUTO_CLOSE_UNANSWERED_MS, AUTO_CLOSE_UNRATED_MS, JOB, timerJob } from '../jobs/queues';
import { SlaClockRebuild } from '../clocks/sla-clock-rebuild.service';
import { SlaClockRepository } from '../clocks/sla-clock.repository';

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
    private readonly effects: SlaEffects,
    private readonly clocks: SlaClockRepository,
    private readonly cases: SystemCaseRepository,
    private readonly rebuild: SlaClockRebuild,
    private readonly outbox: JobOutbox,
  ) {}

  async sweepOnce(horizonMs = 20_000, now = Date.now()): Promise<SweepReport> {
    const started = Date.now();
    const report: SweepReport = { warnings: 0, breaches: 0, closes: 0, scheduled: 0, durationMs: 0 };
    const at = new Date(now);
    // Warnings first, so that a breach found in the same sweep is never announced before them.
    report.warnings = await this.drain(() => this.clocks.due('warn', at, BATCH), (r) => this.effects.warn(r.case_id, r.clock, undefined, now));
    report.breaches = await this.drain(() => this.clocks.due('breach', at, BATCH), (r) => this.effects.breach(r.case_id, r.clock, undefined, now));
    report.closes += await this.drain(
      async () => (await this.cases.waitingSince('resolved', new Date(now - AUTO_CLOSE_UNRATED_MS), BATCH)).map((id) => ({ case_id: id, clock: 'unrated' as const })),
      (r) => this.effects.autoClose(r.case_id, 'unrated', undefined, now),
    );
    report.closes += await this.drain(
      async () => (await this.cases.waitingSince('awaiting_creator', new Date(now - AUTO_CLOSE_UNANSWERED_MS), BATCH)).map((id) => ({ case_id: id, clock: 'unanswered' as const })),
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
    let after = '00000000-0000-0000-0000-000000000000';
    while (total < limit) {
      const open = await this.cases.openIds(after, 5000);
      if (!open.length) return total;
      after = open[open.length - 1];
      const clockless = await this.clocks.withoutClocks(open);
      for (let i = 0; i < clockless.length && total < limit; i += BATCH) {
        const result = await this.rebuild.recompute({ caseIds: clockless.slice(i, i + BATCH) });
        total += result.cases;
      }
    }
    this.logger.warn(`more than ${limit} open cases had no SLA clocks; run SlaClockRebuild.recompute() for the rest`);
    return total;
  }

  /** Runs `act` on every row the query finds, a batch at a time, a few at once; returns how many acted. */
  private async drain<R extends { case_id: string; clock: string }>(find: () => Promise<R[]>, act: (row: R) => Promise<EffectResult>): Promise<number> {
    let acted = 0;
    const seen = new Set<string>();
    for (;;) {
      const rows = await find();
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
    const rows = await this.clocks.upcoming(from, until);
    if (!rows.length) return 0;
    await this.outbox.enqueue(rows.map((r) => timerJob(r.effect === 'warning' ? JOB.warning : JOB.breach, r.case_id, r.clock, r.generation, r.at.getTime())));
    return rows.length;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { UnknownCalendarYearError, WorkingCalendar } from '@app/calendar';
import { CaseCommented, CaseDetailContributor, CaseEntity, CaseFiled, CaseTransitioned, ExtendsCases, OnCaseEvent } from '@app/cases';
import { Transactional } from '@app/database';
import { JobOutbox } from '@app/jobs';
import { HolidayCalendar } from '../holidays/holiday-calendar.service';
import { calendarProblem } from '../sla.errors';
import { clockTimes, displayState, freshStart, remainingAt, SLA_CLOCK_LABELS } from '../domain/sla-clock';
import { settle } from '../domain/sla-plan';
import { timerJobs } from '../jobs/queues';
import { SlaPolicies } from '../policies/sla-policies.service';
import { CaseForClocks, clockFactsOf, jobsFor, planClocks } from './clock-planning';
import { fromRow, SlaClockRepository, StoredClock } from './sla-clock.repository';

/** One clock as the case page and list show it. */
export interface SlaClockView {
  clock: string;
  label: string;
  kind: string;
  budgetMs: number;
  dueAt: Date | null;
  warnAt: Date | null;
  state: string;
  /** Working (or 24×7) time left; negative when overdue; null if the calendar cannot tell. */
  remainingMs: number | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
  metAt: Date | null;
  escalatedTo: string | null;
}

/**
 * Keeps each case's SLA clocks in step with the case, in the transaction of every change:
 * started at filing and acceptance, paused while waiting for the creator, stopped when met,
 * recomputed when the priority changes. Timers for the new deadlines go to the job outbox.
 * Also adds the clocks to the case page and list rows (the lists' filters: SlaCaseListRepository).
 */
@Injectable()
@ExtendsCases()
export class SlaClocksService implements CaseDetailContributor {
  private readonly logger = new Logger('SlaClocks');

  constructor(
    private readonly clocks: SlaClockRepository,
    private readonly outbox: JobOutbox,
    private readonly calendar: HolidayCalendar,
    private readonly policies: SlaPolicies,
  ) {}

  /** A case filed in this transaction has no clocks yet: they start without a read. */
  @OnCaseEvent({ listener: 'sla-clocks', events: ['case.filed'] })
  async onCaseFiled(event: CaseFiled): Promise<void> {
    await this.plan(clockFactsOf(event.case), event.at.getTime(), this.clocks.newCaseClocks(event.case.id));
  }

  @OnCaseEvent({ listener: 'sla-clocks', events: ['case.transitioned', 'case.commented'] })
  async onCaseChanged(event: CaseTransitioned | CaseCommented): Promise<void> {
    if ('publicStaffReply' in event && !event.publicStaffReply) return;
    await this.reconcile(clockFactsOf(event.case), event.at.getTime());
  }

  /** 转办 accepted: the case's running clocks (the caller locked the case) restart at `at` in the receiving zone. */
  async restartForTransfer(row: CaseEntity, at: number): Promise<void> {
    const c = clockFactsOf(row);
    const cal = await this.calendar.calendar();
    const stored = await this.clocks.lockCaseClocks(c.id);
    const running = [...stored.values()].filter((s) => s.state.stoppedAt === null);
    const planned = withCalendar(() => running.map((s) => settle(cal, freshStart(s.state, at))));
    await this.clocks.saveClocks(c.id, planned);
    await this.outbox.enqueue(jobsFor(c, planned));
  }

  /** Brings the case's clocks in line with the case row (locked by the caller) at `at`. */
  async reconcile(c: CaseForClocks, at: number): Promise<void> {
    await this.plan(c, at, await this.clocks.lockCaseClocks(c.id));
  }

  private async plan(c: CaseForClocks, at: number, stored: Map<string, StoredClock>): Promise<void> {
    const policy = await this.policies.policy(c.programme, c.priority);
    const cal = await this.calendar.calendar();
    const planned = withCalendar(() => planClocks(cal, policy, c, stored, at));
    await this.clocks.saveClocks(c.id, planned);
    await this.outbox.enqueue(jobsFor(c, planned));
  }

  async describe(caseIds: readonly string[], now: Date): Promise<Map<string, Record<string, unknown>>> {
    const clocks = await this.clocks.readClocks(caseIds);
    let cal: WorkingCalendar | undefined;
    try {
      cal = await this.calendar.calendar();
    } catch (error) {
      this.logger.error(`holiday calendar unavailable: ${(error as Error).message}`);
    }
    const out = new Map<string, Record<string, unknown>>();
    const t = now.getTime();
    for (const id of caseIds) {
      const views: SlaClockView[] = (clocks.get(id) ?? []).map(({ state, times, escalatedTo }) => {
        let remainingMs: number | null = null;
        try {
          if (cal) remainingMs = remainingAt(cal, state, t);
        } catch (error) {
          if (!(error instanceof UnknownCalendarYearError)) throw error;
        }
        const date = (ms: number | null) => (ms === null ? null : new Date(ms));
        return {
          clock: state.clock,
          label: SLA_CLOCK_LABELS[state.clock],
          kind: state.kind,
          budgetMs: state.budgetMs,
          dueAt: date(times.dueAt),
          warnAt: date(times.warnAt),
          state: displayState(state, times.dueAt, t),
          remainingMs,
          warnedAt: date(state.warnedAt),
          breachedAt: date(state.breachedAt),
          metAt: state.stopReason === 'met' ? date(state.stoppedAt) : null,
          escalatedTo,
        };
      });
      const open = views.filter((v) => v.state !== 'met' && v.state !== 'cancelled');
      const dues = open.map((v) => v.dueAt).filter((d): d is Date => d !== null);
      out.set(id, {
        slaClocks: views,
        nextDueAt: dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null,
        overdue: open.some((v) => v.state === 'breached'),
      });
    }
    return out;
  }

  /**
   * Recomputes the deadlines of every running working-time clock with the current calendar
   * (after a holiday year was edited). Returns how many deadlines moved.
   */
  async recalendar(batchSize = 500): Promise<number> {
    this.calendar.invalidate();
    const cal = await this.calendar.calendar();
    let moved = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.recalendarBatch(cal, after, batchSize);
      if (!batch) return moved;
      moved += batch.moved;
      after = batch.last;
    }
  }

  /** One batch of running working-time clocks, in a transaction of its own. */
  @Transactional()
  private async recalendarBatch(cal: WorkingCalendar, after: string, batchSize: number): Promise<{ moved: number; last: string } | null> {
    const rows = await this.clocks.lockRunningWorkingClocks(after, batchSize);
    if (!rows.length) return null;
    let moved = 0;
    for (const row of rows) {
      const stored = fromRow(row);
      const times = withCalendar(() => clockTimes(cal, stored.state));
      if (times.warnAt === stored.times.warnAt && times.dueAt === stored.times.dueAt) continue;
      const state = { ...stored.state, generation: stored.state.generation + 1 };
      await this.clocks.saveClocks(stored.caseId, [{ state, times }]);
      await this.outbox.enqueue(timerJobs(stored.caseId, state, times));
      moved += 1;
    }
    return { moved, last: rows[rows.length - 1].case_id };
  }
}

/** Runs a calendar computation; a year without holiday data becomes a clear, refused action. */
export function withCalendar<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UnknownCalendarYearError) throw calendarProblem(error);
    throw error;
  }
}

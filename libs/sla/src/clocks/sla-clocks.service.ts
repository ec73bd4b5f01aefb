import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UnknownCalendarYearError, WorkingCalendar } from '@app/calendar';
import { CaseChange, CaseChangeListener, CaseDetailContributor, CaseEntity, CaseHooks, CasesService } from '@app/cases';
import { calendarProblem, HolidayCalendar } from '../holidays/holiday-calendar';
import { clockTimes, displayState, remainingAt, SLA_CLOCK_LABELS } from '../domain/sla-clock';
import { enqueueJobs } from '../jobs/job-outbox';
import { timerJobs } from '../jobs/queues';
import { SlaPolicies } from '../policies/sla-policies';
import { CaseForClocks, jobsFor, planClocks } from './clock-planning';
import { fromRow, lockCaseClocks, readClocks, saveClocks, SlaClockRow } from './sla-clock.store';

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

const OVERDUE = (a: string) => `${a}.stopped_at IS NULL AND (${a}.breached_at IS NOT NULL OR ${a}.due_at <= now())`;

export function caseFacts(c: CaseEntity): CaseForClocks {
  return {
    id: c.id,
    programme: c.programme,
    status: c.status,
    statusBeforeAwaiting: c.statusBeforeAwaiting,
    priority: c.priority,
    submittedAt: c.submittedAt,
    acceptedAt: c.acceptedAt,
    firstResponseAt: c.firstResponseAt,
    resolvedAt: c.resolvedAt,
    awaitingCreatorSince: c.awaitingCreatorSince,
    closedAt: c.closedAt,
  };
}

/**
 * Keeps each case's SLA clocks in step with the case, in the transaction of every change:
 * started at filing and acceptance, paused while waiting for the creator, stopped when met,
 * recomputed when the priority changes. Timers for the new deadlines go to the job outbox.
 * Also adds the clocks to the case page and the overdue / due-soon filters to case lists.
 */
@Injectable()
export class SlaClocksService implements CaseChangeListener, CaseDetailContributor, OnModuleInit {
  private readonly logger = new Logger('SlaClocks');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hooks: CaseHooks,
    private readonly cases: CasesService,
    private readonly calendar: HolidayCalendar,
    private readonly policies: SlaPolicies,
  ) {}

  onModuleInit(): void {
    this.hooks.addListener(this);
    this.hooks.addContributor(this);
    this.cases.addListFilter(
      (qb, q) => {
        // The few cases with an overdue (or due-soon) clock first, then their rows by key: an
        // EXISTS here makes the planner walk every case of the zone (350 ms at a million cases).
        if (q.overdue === true) qb.andWhere(`c.id = ANY(ARRAY(SELECT sla_o.case_id FROM sla_clocks sla_o WHERE ${OVERDUE('sla_o')}))`);
        if (q.overdue === false) qb.andWhere(`NOT EXISTS (SELECT 1 FROM sla_clocks sla_o WHERE sla_o.case_id = c.id AND ${OVERDUE('sla_o')})`);
        // Due soon: past 75% of a clock and not yet overdue on any (those are in the overdue list).
        if (q.dueSoon === true) {
          qb.andWhere(
            `c.id = ANY(ARRAY(SELECT sla_s.case_id FROM sla_clocks sla_s WHERE sla_s.stopped_at IS NULL AND sla_s.breached_at IS NULL AND sla_s.warn_at <= now() AND sla_s.due_at > now()))
             AND NOT EXISTS (SELECT 1 FROM sla_clocks sla_o WHERE sla_o.case_id = c.id AND ${OVERDUE('sla_o')})`,
          );
        }
      },
      `(SELECT min(sla_n.due_at) FROM sla_clocks sla_n WHERE sla_n.case_id = c.id AND sla_n.stopped_at IS NULL)`,
    );
  }

  async onCaseChanged(m: EntityManager, change: CaseChange): Promise<void> {
    if (change.action === 'comment' && !change.publicStaffReply) return;
    await this.reconcile(m, caseFacts(change.case), change.at.getTime());
  }

  /** Brings the case's clocks in line with the case row (locked by the caller) at `at`. */
  async reconcile(m: EntityManager, c: CaseForClocks, at: number): Promise<void> {
    const policy = await this.policies.policy(m, c.programme, c.priority);
    const cal = await this.calendar.calendar(m);
    const stored = await lockCaseClocks(m, c.id);
    const planned = withCalendar(() => planClocks(cal, policy, c, stored, at));
    await saveClocks(m, c.id, planned);
    await enqueueJobs(m, jobsFor(c, planned));
  }

  async describe(manager: EntityManager, caseIds: string[], now: Date): Promise<Map<string, Record<string, unknown>>> {
    const clocks = await readClocks(manager, caseIds);
    let cal: WorkingCalendar | undefined;
    try {
      cal = await this.calendar.calendar(manager);
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
    const cal = await this.calendar.calendar(this.dataSource.manager);
    let moved = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids: { case_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT case_id FROM sla_clocks WHERE stopped_at IS NULL AND kind = 'working' AND case_id > $1 ORDER BY case_id LIMIT $2`,
        [after, batchSize],
      );
      if (!ids.length) return moved;
      after = ids[ids.length - 1].case_id;
      moved += await this.dataSource.transaction(async (m) => {
        let n = 0;
        const rows: SlaClockRow[] = await m.query(
          `SELECT * FROM sla_clocks WHERE case_id = ANY($1::uuid[]) AND stopped_at IS NULL AND kind = 'working' ORDER BY case_id, clock FOR UPDATE`,
          [ids.map((r) => r.case_id)],
        );
        for (const row of rows) {
          const stored = fromRow(row);
          const times = withCalendar(() => clockTimes(cal, stored.state));
          if (times.warnAt === stored.times.warnAt && times.dueAt === stored.times.dueAt) continue;
          const state = { ...stored.state, generation: stored.state.generation + 1 };
          await saveClocks(m, stored.caseId, [{ state, times }]);
          await enqueueJobs(m, timerJobs(stored.caseId, state, times));
          n += 1;
        }
        return n;
      });
    }
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

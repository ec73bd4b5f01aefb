import type { WorkingCalendar } from '@app/calendar';
import type { CaseEntity } from '@app/cases';
import { ClockTimes, Segment, SLA_CLOCKS, SlaClockState } from '../domain/sla-clock';
import { buildClock, CaseClockFacts, desiredClock, reconcileClock, settle } from '../domain/sla-plan';
import { policyBudgetMs, SlaPolicy } from '../domain/sla-policy';
import type { OutboxJob } from '@app/jobs';
import { autoCloseJob, timerJobs } from '../jobs/queues';
import type { StoredClock } from './sla-clock.repository';

export interface CaseForClocks extends CaseClockFacts {
  id: string;
  programme: string;
}

/** What the clocks read of a case row; `closedAt` is the row's unless the caller knows better. */
export function clockFactsOf(c: CaseEntity, closedAt: Date | null = c.closedAt): CaseForClocks {
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
    closedAt,
  };
}

export interface PlannedClock {
  state: SlaClockState;
  times: ClockTimes;
}

/** The clocks that change when the case is as `c` at `at`, with their new deadlines. */
export function planClocks(cal: WorkingCalendar, policy: SlaPolicy, c: CaseForClocks, stored: Map<string, StoredClock>, at: number): PlannedClock[] {
  const out: PlannedClock[] = [];
  for (const clock of SLA_CLOCKS) {
    const current = stored.get(clock);
    const budget = { kind: policy.clockKind, priority: c.priority, budgetMs: policyBudgetMs(policy, clock) };
    const next = reconcileClock(current?.state, clock, desiredClock(clock, c, at), budget, at);
    if (!next || next === current?.state) continue;
    out.push(settle(cal, next));
  }
  return out;
}

/** Clocks rebuilt from a case's history (for cases that have none, e.g. seeded or imported). */
export function rebuildClocks(cal: WorkingCalendar, policy: SlaPolicy, c: CaseForClocks, pauses: readonly Segment[], at: number): PlannedClock[] {
  const out: PlannedClock[] = [];
  for (const clock of SLA_CLOCKS) {
    const budget = { kind: policy.clockKind, priority: c.priority, budgetMs: policyBudgetMs(policy, clock) };
    const built = buildClock(clock, desiredClock(clock, c, at), budget, pauses);
    if (built) out.push(settle(cal, built));
  }
  return out;
}

/** The timers of the planned clocks and the case's own timers (automatic closing). */
export function jobsFor(c: CaseForClocks, planned: readonly PlannedClock[]): OutboxJob[] {
  const jobs = planned.flatMap((p) => timerJobs(c.id, p.state, p.times));
  if (c.status === 'resolved' && c.resolvedAt) jobs.push(autoCloseJob(c.id, 'unrated', c.resolvedAt));
  if (c.status === 'awaiting_creator' && c.awaitingCreatorSince) jobs.push(autoCloseJob(c.id, 'unanswered', c.awaitingCreatorSince));
  return jobs;
}

/**
 * Periods spent waiting for the creator, from the timeline's status changes: a request for
 * materials opens one; supplying them (or the case ending) closes it.
 */
/** Actions that end a wait for the creator. */
export const RESUMING = ['supply_materials', 'withdraw_materials_request', 'receive_materials', 'withdraw', 'close'];

export function pausesFromTimeline(events: readonly { action: string; at: Date }[], status: string, awaitingSince: Date | null): Segment[] {
  const pauses: Segment[] = [];
  let open: number | null = null;
  for (const e of events) {
    if (e.action === 'request_materials' && open === null) open = e.at.getTime();
    else if (open !== null && RESUMING.includes(e.action)) {
      pauses.push({ start: open, end: e.at.getTime() });
      open = null;
    }
  }
  if (status === 'awaiting_creator') {
    const since = awaitingSince?.getTime() ?? open;
    if (since !== null) pauses.push({ start: since, end: null });
  }
  return pauses;
}

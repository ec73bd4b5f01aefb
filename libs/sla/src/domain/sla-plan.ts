/**
 * Which clocks a case should have and in which mode, read from the case's own fields, and how
 * to bring a stored clock to that mode. Reading the fields (not the action name) makes the same
 * code serve a live change, a repeated change and a rebuild from history.
 */
import type { ClockKind, WorkingCalendar } from '@app/calendar';
import { isFinalStatus } from '@app/contracts';
import {
  ClockTimes,
  clockTimes,
  instantOfConsumption,
  isPaused,
  isRunning,
  pause,
  rebudget,
  restart,
  resume,
  Segment,
  segmentsBetween,
  SlaClockName,
  SlaClockState,
  startClock,
  stop,
  StopReason,
  warnBudget,
} from './sla-clock';

const BEFORE_ACCEPTANCE = ['draft', 'submitted'];

/** The case fields the clocks depend on. */
export interface CaseClockFacts {
  status: string;
  statusBeforeAwaiting: string | null;
  priority: string;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  awaitingCreatorSince: Date | null;
  closedAt: Date | null;
}

export type DesiredClock =
  | { mode: 'absent' }
  | { mode: 'running'; startAt: number }
  | { mode: 'paused'; startAt: number; since: number }
  | { mode: 'stopped'; startAt: number; at: number; reason: StopReason };

export interface ClockBudget {
  kind: ClockKind;
  priority: string;
  budgetMs: number;
}

const ms = (d: Date | null): number | null => (d ? d.getTime() : null);

/** What the clock should be doing, given the case as it is at `at`. */
export function desiredClock(clock: SlaClockName, facts: CaseClockFacts, at: number): DesiredClock {
  const submittedAt = ms(facts.submittedAt);
  const finishedAt = ms(facts.closedAt) ?? at;
  const awaiting = facts.status === 'awaiting_creator';
  const since = ms(facts.awaitingCreatorSince) ?? at;
  const isFinal = isFinalStatus(facts.status);
  switch (clock) {
    case 'accept': {
      if (submittedAt === null || facts.status === 'draft') return { mode: 'absent' };
      if (facts.acceptedAt) return { mode: 'stopped', startAt: submittedAt, at: facts.acceptedAt.getTime(), reason: 'met' };
      // 不予受理 is a decision in time just as 受理 is.
      if (facts.status === 'rejected') return { mode: 'stopped', startAt: submittedAt, at: finishedAt, reason: 'met' };
      if (isFinal) return { mode: 'stopped', startAt: submittedAt, at: finishedAt, reason: 'cancelled' };
      if (awaiting && facts.statusBeforeAwaiting === 'submitted') return { mode: 'paused', startAt: submittedAt, since };
      if (facts.status === 'submitted') return { mode: 'running', startAt: submittedAt };
      // Past acceptance without an acceptance time (imported data): met when we learnt it.
      return { mode: 'stopped', startAt: submittedAt, at, reason: 'met' };
    }
    case 'first_response': {
      if (submittedAt === null || facts.status === 'draft') return { mode: 'absent' };
      if (facts.firstResponseAt) return { mode: 'stopped', startAt: submittedAt, at: facts.firstResponseAt.getTime(), reason: 'met' };
      if (isFinal) return { mode: 'stopped', startAt: submittedAt, at: finishedAt, reason: 'cancelled' };
      if (awaiting) return { mode: 'paused', startAt: submittedAt, since };
      return { mode: 'running', startAt: submittedAt };
    }
    case 'resolve': {
      const acceptedAt = ms(facts.acceptedAt);
      const startAt = acceptedAt ?? (BEFORE_ACCEPTANCE.includes(facts.status) || (awaiting && facts.statusBeforeAwaiting === 'submitted') || facts.status === 'rejected' ? null : submittedAt);
      if (startAt === null) return { mode: 'absent' };
      if (facts.resolvedAt && (facts.status === 'resolved' || facts.status === 'closed')) {
        return { mode: 'stopped', startAt, at: facts.resolvedAt.getTime(), reason: 'met' };
      }
      if (isFinal) return { mode: 'stopped', startAt, at: finishedAt, reason: 'cancelled' };
      if (awaiting) return { mode: 'paused', startAt, since };
      return { mode: 'running', startAt };
    }
  }
}

/** A clock built from scratch for the desired mode, with the given pauses in its past. */
export function buildClock(clock: SlaClockName, desired: DesiredClock, budget: ClockBudget, pauses: readonly Segment[] = []): SlaClockState | undefined {
  if (desired.mode === 'absent') return undefined;
  const allPauses = desired.mode === 'paused' ? [...pauses.filter((p) => p.end !== null && p.end <= desired.since), { start: desired.since, end: null }] : pauses;
  const end = desired.mode === 'stopped' ? Math.max(desired.at, desired.startAt) : null;
  const base = startClock(clock, budget.kind, budget.priority, budget.budgetMs, desired.startAt);
  const segments = segmentsBetween(desired.startAt, end, allPauses);
  const state: SlaClockState = { ...base, segments };
  return desired.mode === 'stopped' ? { ...state, stoppedAt: end, stopReason: desired.reason } : state;
}

/** Brings a stored clock to the desired mode at `at`; a new priority's budget applies from now on. */
export function reconcileClock(current: SlaClockState | undefined, clock: SlaClockName, desired: DesiredClock, budget: ClockBudget, at: number): SlaClockState | undefined {
  if (!current) return buildClock(clock, desired, budget);
  if (desired.mode === 'absent') return current;
  let s = current;
  if (s.stoppedAt === null && s.priority !== budget.priority) s = rebudget(s, budget.kind, budget.priority, budget.budgetMs);
  switch (desired.mode) {
    case 'running':
      if (s.stoppedAt !== null) s = restart(s, at);
      else if (isPaused(s)) s = resume(s, at);
      return s;
    case 'paused':
      if (s.stoppedAt !== null) s = restart(s, desired.since);
      if (isRunning(s)) s = pause(s, desired.since);
      return s;
    case 'stopped':
      return stop(s, desired.at, desired.reason);
  }
}

/**
 * The clock with its warning and due instants. A stopped clock keeps the deadline it had; a met
 * clock that stopped after its deadline has its breach recorded at that deadline.
 */
export function settle(cal: WorkingCalendar, state: SlaClockState): { state: SlaClockState; times: ClockTimes } {
  const times = timesOf(cal, state);
  if (state.stopReason === 'met' && state.breachedAt === null && times.dueAt !== null && state.stoppedAt !== null && times.dueAt < state.stoppedAt) {
    return { state: { ...state, breachedAt: times.dueAt }, times };
  }
  return { state, times };
}

function timesOf(cal: WorkingCalendar, state: SlaClockState): ClockTimes {
  if (state.stoppedAt === null) return clockTimes(cal, state);
  // Reached while it ran, or where its last run would have reached it.
  const projected: SlaClockState = { ...state, segments: state.segments.map((s, i, all) => (i === all.length - 1 ? { start: s.start, end: null } : s)) };
  const reachedOr = (target: number) => instantOfConsumption(cal, state, target) ?? instantOfConsumption(cal, projected, target);
  return { warnAt: reachedOr(warnBudget(state)), dueAt: reachedOr(state.budgetMs) };
}

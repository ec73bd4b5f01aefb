/**
 * SLA clocks as pure values. A clock is a budget of clock time (working or 24×7) and the list of
 * segments during which it ran; pausing closes a segment, resuming opens a new one. Every due
 * time is derived from the segments, so a pause moves the deadline by exactly the clock time it
 * lasted, and a change of priority (budget or clock kind) is recomputed from the same history.
 * No I/O and no clock reading: callers pass the calendar and the instants.
 */
import type { ClockKind, WorkingCalendar } from '@app/calendar';

export const SLA_CLOCKS = ['accept', 'first_response', 'resolve'] as const;
export type SlaClockName = (typeof SLA_CLOCKS)[number];

export const SLA_CLOCK_LABELS: Readonly<Record<SlaClockName, string>> = {
  accept: '受理时限',
  first_response: '首次答复时限',
  resolve: '办结时限',
};

/** Owner and supervisor are warned when this share of the budget is used. */
const WARN_RATIO = 0.75;

export type StopReason = 'met' | 'cancelled';

/** `end === null`: the clock is running in this segment. Instants are epoch milliseconds. */
export interface Segment {
  start: number;
  end: number | null;
}

export interface SlaClockState {
  clock: SlaClockName;
  kind: ClockKind;
  /** Case priority the budget was taken from. */
  priority: string;
  budgetMs: number;
  segments: Segment[];
  stoppedAt: number | null;
  stopReason: StopReason | null;
  warnedAt: number | null;
  breachedAt: number | null;
  /** Bumped whenever the warning or due time may have changed; part of the timer job ids. */
  generation: number;
}

export interface ClockTimes {
  warnAt: number | null;
  dueAt: number | null;
}

export type ClockDisplayState = 'running' | 'paused' | 'met' | 'breached' | 'cancelled';

export function isRunning(state: SlaClockState): boolean {
  return state.stoppedAt === null && state.segments.length > 0 && state.segments[state.segments.length - 1].end === null;
}

export function isPaused(state: SlaClockState): boolean {
  return state.stoppedAt === null && !isRunning(state);
}

export function warnBudget(state: SlaClockState): number {
  return Math.ceil(state.budgetMs * WARN_RATIO);
}

/** Clock time consumed up to `at` (segments after `at` count only up to it). */
export function consumedAt(cal: WorkingCalendar, state: SlaClockState, at: number): number {
  let total = 0;
  for (const seg of state.segments) {
    if (seg.start >= at) break;
    const end = seg.end === null ? at : Math.min(seg.end, at);
    total += cal.clockTimeBetween(state.kind, new Date(seg.start), new Date(end));
  }
  return total;
}

/**
 * The instant at which the clock will have consumed `target`: inside a closed segment when that
 * already happened, projected from the open segment when running, null when paused before it.
 */
export function instantOfConsumption(cal: WorkingCalendar, state: SlaClockState, target: number): number | null {
  let cum = 0;
  for (const seg of state.segments) {
    if (seg.end === null) return cal.addClockTime(state.kind, new Date(seg.start), Math.max(0, target - cum)).getTime();
    const len = cal.clockTimeBetween(state.kind, new Date(seg.start), new Date(seg.end));
    if (cum + len >= target) return cal.addClockTime(state.kind, new Date(seg.start), Math.max(0, target - cum)).getTime();
    cum += len;
  }
  return null;
}

/** Warning and due instants of a clock that has not stopped. */
export function clockTimes(cal: WorkingCalendar, state: SlaClockState): ClockTimes {
  return {
    warnAt: instantOfConsumption(cal, state, warnBudget(state)),
    dueAt: instantOfConsumption(cal, state, state.budgetMs),
  };
}

/** Remaining clock time at `now`; negative once overdue (by how much). */
export function remainingAt(cal: WorkingCalendar, state: SlaClockState, now: number): number {
  const until = state.stoppedAt ?? now;
  return state.budgetMs - consumedAt(cal, state, until);
}

export function displayState(state: SlaClockState, dueAt: number | null, now: number): ClockDisplayState {
  if (state.stopReason === 'met') return 'met';
  if (state.stopReason === 'cancelled') return 'cancelled';
  if (state.breachedAt !== null || (dueAt !== null && dueAt <= now)) return 'breached';
  return isRunning(state) ? 'running' : 'paused';
}

// ---------------------------------------------------------------------------------------------
// Transitions: each returns a new state; the generation moves when the deadline may move.

export function startClock(clock: SlaClockName, kind: ClockKind, priority: string, budgetMs: number, at: number): SlaClockState {
  if (!Number.isSafeInteger(budgetMs) || budgetMs <= 0) throw new RangeError(`budget must be a positive integer, got ${budgetMs}`);
  return {
    clock,
    kind,
    priority,
    budgetMs,
    segments: [{ start: at, end: null }],
    stoppedAt: null,
    stopReason: null,
    warnedAt: null,
    breachedAt: null,
    generation: 1,
  };
}

function closeOpen(segments: Segment[], at: number): Segment[] {
  return segments.map((s) => (s.end === null ? { start: s.start, end: Math.max(at, s.start) } : s));
}

export function pause(state: SlaClockState, at: number): SlaClockState {
  if (!isRunning(state)) return state;
  return { ...state, segments: closeOpen(state.segments, at), generation: state.generation + 1 };
}

export function resume(state: SlaClockState, at: number): SlaClockState {
  if (!isPaused(state)) return state;
  const last = state.segments[state.segments.length - 1];
  return { ...state, segments: [...state.segments, { start: Math.max(at, last?.end ?? at), end: null }], generation: state.generation + 1 };
}

export function stop(state: SlaClockState, at: number, reason: StopReason): SlaClockState {
  if (state.stoppedAt !== null) return state;
  const segments = closeOpen(state.segments, at);
  const lastEnd = segments.length ? (segments[segments.length - 1].end as number) : at;
  return { ...state, segments, stoppedAt: Math.max(at, lastEnd), stopReason: reason, generation: state.generation + 1 };
}

/** A met clock runs again (a resolved case reopened): it keeps what it had consumed. */
export function restart(state: SlaClockState, at: number): SlaClockState {
  if (state.stoppedAt === null) return state;
  const start = Math.max(at, state.stoppedAt);
  return { ...state, stoppedAt: null, stopReason: null, segments: [...state.segments, { start, end: null }], generation: state.generation + 1 };
}

/**
 * 转办: the receiving zone's clock starts afresh at `at` with its whole budget; nothing of the
 * time before (the sending zone's and the transfer's) and no warning or breach is kept.
 */
export function freshStart(state: SlaClockState, at: number): SlaClockState {
  if (state.stoppedAt !== null) return state;
  return { ...state, segments: [{ start: at, end: null }], warnedAt: null, breachedAt: null, generation: state.generation + 1 };
}

/** New budget or clock kind (priority changed): the history stays, the deadline is recomputed. */
export function rebudget(state: SlaClockState, kind: ClockKind, priority: string, budgetMs: number): SlaClockState {
  if (state.kind === kind && state.budgetMs === budgetMs && state.priority === priority) return state;
  return { ...state, kind, priority, budgetMs, generation: state.generation + 1 };
}

/**
 * Running segments of a clock from `start` to `end` (or still running) minus the pauses: used
 * to rebuild a clock from a case's history.
 */
export function segmentsBetween(start: number, end: number | null, pauses: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let cursor = start;
  const sorted = [...pauses].sort((a, b) => a.start - b.start);
  for (const p of sorted) {
    const pEnd = p.end ?? Number.POSITIVE_INFINITY;
    if (pEnd <= cursor) continue;
    if (end !== null && p.start >= end) break;
    if (p.start > cursor) out.push({ start: cursor, end: end === null ? p.start : Math.min(p.start, end) });
    cursor = Math.max(cursor, pEnd);
    if (cursor === Number.POSITIVE_INFINITY) return out.length ? out : [{ start, end: start }];
  }
  if (end === null) out.push({ start: cursor, end: null });
  else if (cursor < end) out.push({ start: cursor, end });
  // Paused for the whole span: an empty segment keeps the start instant.
  return out.length ? out : [{ start, end: start }];
}

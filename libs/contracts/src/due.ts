/**
 * How urgent a case's next SLA deadline looks in the desk queue: none until 75% of the clock's
 * budget has passed, amber from there, red once the deadline is passed; with a label naming the
 * clock and by how much ("受理超时 2 天", "办结 2 小时内到期"). Pure: the queue draws it, a spec pins it.
 */
export type DueLevel = 'none' | 'warning' | 'overdue';

/** Short clock names, as the desk says them. */
export const DUE_CLOCK_NAMES: Readonly<Record<string, string>> = {
  accept: '受理',
  first_response: '首次响应',
  resolve: '办结',
};

/** The share of a clock's budget after which the queue warns (the server's warn_at uses the same). */
export const DUE_WARNING_SHARE = 0.75;

export interface DueInput {
  /** accept, first_response, resolve (or null when unknown). */
  clock?: string | null;
  dueAt: string | Date | null | undefined;
  /** The clock's whole budget in ms (wall time from start to deadline); without it only red is possible. */
  budgetMs?: number | null;
  /** When the server's clock reaches 75% (its warn_at, in working time for working clocks); preferred over budgetMs. */
  warnAt?: string | Date | null;
  /** The server marks the case overdue (a clock breached). */
  overdue?: boolean;
}

export interface DueWarning {
  level: DueLevel;
  label: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 天", "3 小时", "5 分钟": the largest whole unit; `up` rounds up (a deadline "within"), else down. */
export function dueAmount(ms: number, up: boolean): string {
  const round = up ? Math.ceil : Math.floor;
  const abs = Math.max(0, ms);
  if (abs >= DAY) return `${round(abs / DAY)} 天`;
  if (abs >= HOUR) return `${round(abs / HOUR)} 小时`;
  return `${Math.max(1, round(abs / MINUTE))} 分钟`;
}

export function dueWarning(input: DueInput, now: Date = new Date()): DueWarning | null {
  if (!input.dueAt) return null;
  const due = new Date(input.dueAt).getTime();
  if (Number.isNaN(due)) return null;
  const name = (input.clock && DUE_CLOCK_NAMES[input.clock]) || '';
  const left = due - now.getTime();
  if (left <= 0 || input.overdue) return { level: 'overdue', label: `${name}超时 ${dueAmount(-left, false)}` };
  const budget = input.budgetMs ?? null;
  const warnAt = input.warnAt ? new Date(input.warnAt).getTime() : NaN;
  const warned = !Number.isNaN(warnAt) ? now.getTime() >= warnAt : !!budget && budget > 0 && left <= budget * (1 - DUE_WARNING_SHARE);
  const level: DueLevel = warned ? 'warning' : 'none';
  return { level, label: `${name}${name ? ' ' : ''}${dueAmount(left, true)}内到期` };
}

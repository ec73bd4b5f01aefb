import type { ClockKind } from '@app/calendar';
import type { SlaClockName } from './sla-clock';

/** Minutes of working time in one SLA working day (09:00–17:30). */
const WORKING_DAY_MINUTES = 510;

export const SLA_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type SlaPriority = (typeof SLA_PRIORITIES)[number];

/** Time limits of one programme × priority, in minutes of the policy's clock. */
export interface SlaPolicy {
  programme: string;
  priority: string;
  clockKind: ClockKind;
  acceptMinutes: number;
  firstResponseMinutes: number;
  resolveMinutes: number;
}

const wd = (days: number) => Math.round(days * WORKING_DAY_MINUTES);
const hours = (h: number) => h * 60;

function row(programme: string, priority: SlaPriority, clockKind: ClockKind, accept: number, firstResponse: number, resolve: number): SlaPolicy {
  return { programme, priority, clockKind, acceptMinutes: accept, firstResponseMinutes: firstResponse, resolveMinutes: resolve };
}

/**
 * The defaults seeded into `sla_policies`. The five DESIGN.md rows (marked ★) are the product's
 * commitments; the others cover priorities a case can be moved to, scaled around them. First
 * public response is not in DESIGN.md: it is set between the accept and resolve limits.
 */
export const DEFAULT_SLA_POLICIES: readonly SlaPolicy[] = Object.freeze([
  row('shield', 'urgent', 'continuous', hours(2), hours(4), hours(24)), // ★ 24×7 clock
  row('shield', 'high', 'working', wd(1), wd(1), wd(5)), // ★
  row('shield', 'normal', 'working', wd(1), wd(2), wd(10)),
  row('shield', 'low', 'working', wd(2), wd(3), wd(15)),
  row('compliance', 'urgent', 'working', wd(0.5), wd(1), wd(5)),
  row('compliance', 'high', 'working', wd(1), wd(1), wd(7)),
  row('compliance', 'normal', 'working', wd(1), wd(2), wd(10)), // ★
  row('compliance', 'low', 'working', wd(2), wd(3), wd(15)),
  row('starlight', 'urgent', 'working', wd(1), wd(2), wd(10)),
  row('starlight', 'high', 'working', wd(2), wd(3), wd(15)),
  row('starlight', 'normal', 'working', wd(3), wd(5), wd(20)), // ★
  row('starlight', 'low', 'working', wd(3), wd(5), wd(30)),
  row('legislation', 'urgent', 'working', wd(1), wd(2), wd(15)),
  row('legislation', 'high', 'working', wd(2), wd(3), wd(20)),
  row('legislation', 'normal', 'working', wd(3), wd(5), wd(30)),
  row('legislation', 'low', 'working', wd(3), wd(5), wd(30)), // ★
]);

/** Used when a programme added as data has no policy row yet: the longest DESIGN.md limits. */
const FALLBACK: Omit<SlaPolicy, 'programme' | 'priority'> = { clockKind: 'working', acceptMinutes: wd(3), firstResponseMinutes: wd(5), resolveMinutes: wd(30) };

/** The policy of a programme × priority from the table keyed `programme/priority`: the programme's normal one, or the fallback. */
export function pickPolicy(policies: Map<string, SlaPolicy>, programme: string, priority: string): SlaPolicy {
  return policies.get(`${programme}/${priority}`) ?? policies.get(`${programme}/normal`) ?? { programme, priority, ...FALLBACK };
}

function policyMinutes(policy: SlaPolicy, clock: SlaClockName): number {
  switch (clock) {
    case 'accept':
      return policy.acceptMinutes;
    case 'first_response':
      return policy.firstResponseMinutes;
    case 'resolve':
      return policy.resolveMinutes;
  }
}

export function policyBudgetMs(policy: SlaPolicy, clock: SlaClockName): number {
  return policyMinutes(policy, clock) * 60_000;
}

/** 「1 个工作日」「4.5 个工作小时」「2 小时」: how a limit reads on screen. */
export function describeMinutes(kind: ClockKind, minutes: number): string {
  if (kind === 'continuous') {
    return minutes % 60 === 0 ? `${minutes / 60} 小时（全天候计时）` : `${minutes} 分钟（全天候计时）`;
  }
  if (minutes % WORKING_DAY_MINUTES === 0) return `${minutes / WORKING_DAY_MINUTES} 个工作日`;
  const hoursValue = Math.round((minutes / 60) * 100) / 100;
  return `${hoursValue} 个工作小时`;
}

/** The rows the dashboard repository answers with, as the service composes them (snake_case, as SQL names them). */
import { Actor } from '@app/common';
import { DayRange } from './day-range';
import type { PeriodCounts } from './dashboard.types';

/**
 * What every dashboard query is restricted to. The caller's scope (caseScope / zoneScope, the
 * one place zone scope is decided) is always applied; `zoneIds` and `programme` only narrow it.
 */
export interface MetricScope {
  actor: Actor;
  zoneIds: string[];
  programme: string | null;
  range: DayRange;
  now: Date;
  /** Also compute the zones together (grouping set `()`), for the `all` column. */
  withAll: boolean;
}

export interface DailyRow extends PeriodCounts {
  set: 'day' | 'programme' | 'category' | 'platform';
  day: string | null;
  zone_id: string;
  programme: string | null;
  category: string | null;
  platform: string | null;
  rated_1: number;
  rated_2: number;
  rated_3: number;
  rated_4: number;
  rated_5: number;
}

export interface BacklogRow {
  set: 'age' | 'agent' | 'category';
  zone_id: string;
  status: string | null;
  band: number | null;
  programme: string | null;
  category: string | null;
  assignee_id: string | null;
  count: number;
}

export interface HandlingBucketRow {
  zone_id: string;
  /** -1: not measurable (the calendar lacks a year between submission and resolution). */
  bucket: number;
  resolutions: number;
  handling_sum_ms: number;
}

export interface AgentResolutionRow {
  zone_id: string;
  assignee_id: string | null;
  resolved: number;
  with_due: number;
  on_time: number;
  measured: number;
  handling_sum_ms: number;
}

export interface SlaConcludedRow {
  zone_id: string;
  clock: string;
  on_time: number;
  late: number;
}

export interface SlaOpenRow {
  zone_id: string;
  clock: string;
  overdue_in_range: number;
}

export interface SlaOpenCaseRow {
  zone_id: string;
  overdue_now: number;
  due_soon_now: number;
}

export interface SlaListRow {
  case_id: string;
  reference: string;
  title: string;
  zone_id: string;
  programme: string;
  status: string;
  priority: string;
  assignee_id: string | null;
  assignee_name: string | null;
  clock: string;
  due_at: Date | null;
  warn_at: Date | null;
  breached_at: Date | null;
}

export interface EscalationCountRow {
  zone_id: string;
  authority_id: string;
  outcome: string;
  automatic: boolean;
  count: number;
  /** Escalations that are the first of their case. */
  first: number;
}

export interface EscalationBucketRow {
  zone_id: string;
  authority_id: string;
  measure: 'ack' | 'taken';
  bucket: number;
  escalations: number;
}

export interface EscalationMedianRow {
  /** null for the zones together. */
  zone_id: string | null;
  /** null for all authorities. */
  authority_id: string | null;
  median_ack_ms: number | null;
  median_taken_ms: number | null;
}

export interface AgentRow {
  id: string;
  display_name: string;
  zone_id: string;
  active: boolean;
}

/**
 * The dashboard as the API returns it. Definitions of every figure: docs/metrics.md.
 * Figures are given per column: one column per zone the caller sees, plus `all` (the zones
 * together) when there is more than one.
 *
 */
import { CASE_STATUSES, type CaseStatus, OFF_LOAD_STATUSES, type OffLoadStatus } from './cases';
import type { ThreeRates } from './dispatch';

/** The open backlog: submitted and not yet resolved (nor final). */
export type OpenStatus = Exclude<CaseStatus, 'draft' | OffLoadStatus>;
export const OPEN_STATUSES: readonly OpenStatus[] = CASE_STATUSES.filter(
  (s): s is OpenStatus => s !== 'draft' && !OFF_LOAD_STATUSES.includes(s),
);

/** Backlog age bands in working days since the day of submission. */
export const AGE_BANDS = [
  { id: '0-1', label: '0–1 个工作日', max: 1 },
  { id: '2-5', label: '2–5 个工作日', max: 5 },
  { id: '6-10', label: '6–10 个工作日', max: 10 },
  { id: '>10', label: '超过 10 个工作日', max: Number.POSITIVE_INFINITY },
] as const;
export type AgeBandId = (typeof AGE_BANDS)[number]['id'];

export const ESCALATION_OUTCOMES = ['returned', 'resolved', 'escalated_on', 'withdrawn', 'pending'] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];
export const ESCALATION_OUTCOME_LABELS: Record<EscalationOutcome, string> = {
  returned: '退回服务台',
  resolved: '网信办办结',
  escalated_on: '报送上级网信办',
  withdrawn: '创作者撤回',
  pending: '办理中',
};

export const TREND_SERIES = ['submitted', 'accepted', 'rejected', 'resolved', 'withdrawn'] as const;
export type TrendSeriesName = (typeof TREND_SERIES)[number];
export const TREND_LABELS: Record<TrendSeriesName, string> = {
  submitted: '新提交',
  accepted: '受理',
  rejected: '不予受理',
  resolved: '办结',
  withdrawn: '撤回',
};

/** One SLA working day: 09:00–17:30. Durations below are in ms of working time; divide by this for working days. */
export const WORKING_DAY_MS = 8.5 * 3_600_000;

export interface DashboardColumn {
  /** `all`, or a zone id. */
  key: string;
  zoneId: string | null;
  name: string;
}

export interface PeriodCounts {
  submitted: number;
  accepted: number;
  rejected: number;
  resolved: number;
  reopened: number;
  withdrawn: number;
  escalated: number;
}

export interface Backlog {
  total: number;
  byStatus: { status: OpenStatus; label: string; count: number }[];
  byAge: { band: AgeBandId; label: string; count: number }[];
  /** Heat map: one row per status, `bands` in the order of `byAge`. */
  matrix: { status: OpenStatus; label: string; bands: number[] }[];
  /** Open cases with no calendar data for their submission day (not in any band). */
  unbanded: number;
  /** Open cases nobody is assigned to yet. */
  unassigned: number;
}

export interface SlaClockFigures {
  clock: 'accept' | 'first_response' | 'resolve';
  label: string;
  /** Met before the deadline, stopping in the period. */
  onTime: number;
  /** Met after the deadline, stopping in the period. */
  late: number;
  /** Still running, overdue since a deadline in the period. */
  overdueOpen: number;
  /** onTime / (onTime + late + overdueOpen); null when nothing was due. */
  rate: number | null;
}

export interface SlaFigures {
  clocks: SlaClockFigures[];
  /** Cases with a running clock past its deadline now (any deadline, not only this period). */
  overdueNow: number;
  /** Cases with a running clock past 75% of its time now, not yet overdue. */
  dueSoonNow: number;
}

export interface EscalationFigures {
  /** Escalations started in the period (each step, e.g. district then city, counts). */
  count: number;
  automatic: number;
  /** Cases escalated for the first time in the period. */
  cases: number;
  /** cases / cases accepted in the period; null when none accepted. */
  rate: number | null;
  byAuthority: { authorityId: string; name: string; count: number; medianTakenMs: number | null }[];
  byOutcome: { outcome: EscalationOutcome; label: string; count: number }[];
  /** Median working time from escalation to acknowledgement, and to the authority's answer. */
  medianAcknowledgeMs: number | null;
  medianTakenMs: number | null;
}

export interface HandlingFigures {
  /** Resolutions in the period. */
  resolved: number;
  /** Of which with a computable working time (the calendar knows every day between). */
  measured: number;
  meanMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface SatisfactionFigures {
  rated: number;
  levels: { level: 1 | 2 | 3 | 4 | 5; label: string; count: number }[];
  /** 好评率: share of levels 1–2 (非常满意, 满意) among ratings; null when none. */
  goodRate: number | null;
  /** Ratings of 不满意 or worse in the period. */
  bad: number;
  /** 差评 reviews not yet followed up (now, whatever the period). */
  openBadReviews: number;
}

export interface ShieldFigures {
  byCategory: { category: string; label: string; submitted: number; resolved: number; open: number }[];
  byPlatform: { platform: string; label: string; submitted: number; resolved: number }[];
}

export interface ColumnFigures {
  counts: PeriodCounts;
  backlog: Backlog;
  sla: SlaFigures;
  escalations: EscalationFigures;
  handling: HandlingFigures;
  satisfaction: SatisfactionFigures;
  shield: ShieldFigures;
  /** 响应率, 解决率, 满意率 of the column (docs/metrics.md, 三率). */
  rates: ThreeRates;
  /** The same per programme. */
  ratesByProgramme: { programme: string; name: string; rates: ThreeRates }[];
}

export interface TrendSeries {
  submitted: number[];
  accepted: number[];
  rejected: number[];
  resolved: number[];
  withdrawn: number[];
}

export interface SlaListItem {
  caseId: string;
  reference: string;
  title: string;
  zoneId: string;
  programme: string;
  status: string;
  priority: string;
  assignee: { id: string; displayName: string } | null;
  clock: string;
  clockLabel: string;
  dueAt: Date | null;
  warnAt: Date | null;
  breachedAt: Date | null;
}

export interface AgentWorkload {
  id: string;
  displayName: string;
  zoneId: string;
  active: boolean;
  /** Open cases assigned now. */
  open: number;
  /** Resolutions in the period of cases assigned to the agent when resolved. */
  resolved: number;
  /** Mean handling time (working time, submission to resolution) of those resolutions. */
  meanHandlingMs: number | null;
  /** Of those resolutions with a resolve deadline, the share resolved by it; null when none. */
  onTimeRate: number | null;
  /** 响应率, 解决率, 满意率 of the agent's cases in the period. */
  rates: ThreeRates;
}

export interface Dashboard {
  range: { from: string; to: string; days: number; timeZone: string };
  /** The instant the live figures (backlog, overdue, due soon, open reviews) were taken. */
  asOf: Date;
  filter: { zoneId: string | null; programme: string | null };
  workingDayMs: number;
  columns: DashboardColumn[];
  figures: Record<string, ColumnFigures>;
  trend: { days: string[]; series: Record<string, TrendSeries> };
  overdue: { total: number; items: SlaListItem[] };
  dueSoon: { total: number; items: SlaListItem[] };
  agents: AgentWorkload[];
}

/** The supervisor's monthly report of one zone (`GET /dashboard/monthly-report`). */
export interface MonthlyReport {
  title: string;
  zone: { id: string; name: string };
  month: string;
  range: Dashboard['range'];
  generatedAt: Date;
  figures: ColumnFigures;
  previous: { month: string; figures: ColumnFigures };
  byProgramme: { programme: string; name: string; figures: Omit<ColumnFigures, 'backlog' | 'shield'> }[];
  trend: { days: string[]; series: Dashboard['trend']['series'][string] };
  agents: Dashboard['agents'];
  overdue: Dashboard['overdue'];
  workingDayMs: number;
}

/** The tables `GET /dashboard/tables/{table}` exports. */
export const DASHBOARD_TABLES = [
  'trend',
  'summary',
  'backlog',
  'sla',
  'overdue',
  'due-soon',
  'escalations-by-authority',
  'escalations-by-outcome',
  'handling',
  'satisfaction',
  'agents',
  'shield-categories',
  'shield-platforms',
  'rates',
] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

/**
 * The dashboard as `GET /api/v1/dashboard` and `GET /api/v1/dashboard/monthly-report` return it
 * (libs/dashboard/src/dashboard.types.ts, with dates as JSON strings). Durations are working
 * time in ms (`workingDayMs` is one working day); rates are 0–1, null when nothing was due.
 */

// The figure types are the server's own (types only: nothing of the server is bundled).
export type {
  AgeBandId,
  Backlog,
  ColumnFigures,
  DashboardColumn,
  EscalationFigures,
  EscalationOutcome,
  HandlingFigures,
  OpenStatus,
  PeriodCounts,
  SatisfactionFigures,
  ShieldFigures,
  SlaClockFigures,
  SlaFigures,
  TrendSeriesName,
} from '../../../../../libs/dashboard/src/dashboard.types';
import type { AgeBandId, ColumnFigures, DashboardColumn, TrendSeriesName } from '../../../../../libs/dashboard/src/dashboard.types';

export const TREND_SERIES: TrendSeriesName[] = ['submitted', 'accepted', 'rejected', 'resolved', 'withdrawn'];
export const TREND_LABELS: Record<TrendSeriesName, string> = {
  submitted: '新提交',
  accepted: '受理',
  rejected: '不予受理',
  resolved: '办结',
  withdrawn: '撤回',
};

/** Working days since the day of submission: the first and last of each band. */
export const AGE_BAND_RANGES: Record<AgeBandId, [number, number | null]> = {
  '0-1': [0, 1],
  '2-5': [2, 5],
  '6-10': [6, 10],
  '>10': [11, null],
};

export type TrendSeries = Record<TrendSeriesName, number[]>;

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
  dueAt: string | null;
  warnAt: string | null;
  breachedAt: string | null;
}

export interface AgentWorkload {
  id: string;
  displayName: string;
  zoneId: string;
  active: boolean;
  open: number;
  resolved: number;
  /** Mean handling time (working time, submission to resolution) of those resolutions. */
  meanHandlingMs: number | null;
  onTimeRate: number | null;
}

export interface DayRange {
  from: string;
  to: string;
  days: number;
  timeZone: string;
}

export interface Dashboard {
  range: DayRange;
  asOf: string;
  filter: { zoneId: string | null; programme: string | null };
  workingDayMs: number;
  columns: DashboardColumn[];
  figures: Record<string, ColumnFigures>;
  trend: { days: string[]; series: Record<string, TrendSeries> };
  overdue: { total: number; items: SlaListItem[] };
  dueSoon: { total: number; items: SlaListItem[] };
  agents: AgentWorkload[];
}

export interface MonthlyReport {
  title: string;
  zone: { id: string; name: string };
  month: string;
  range: DayRange;
  generatedAt: string;
  figures: ColumnFigures;
  previous: { month: string; figures: ColumnFigures };
  byProgramme: { programme: string; name: string; figures: Omit<ColumnFigures, 'backlog' | 'shield'> }[];
  trend: { days: string[]; series: TrendSeries };
  agents: AgentWorkload[];
  overdue: { total: number; items: SlaListItem[] };
  workingDayMs: number;
}

/** The tables `GET /dashboard/tables/{table}` exports. */
export type DashboardTable =
  | 'trend'
  | 'summary'
  | 'backlog'
  | 'sla'
  | 'overdue'
  | 'due-soon'
  | 'escalations-by-authority'
  | 'escalations-by-outcome'
  | 'handling'
  | 'satisfaction'
  | 'agents'
  | 'shield-categories'
  | 'shield-platforms';

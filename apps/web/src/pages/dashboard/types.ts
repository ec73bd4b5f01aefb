/**
 * The dashboard as `GET /api/v1/dashboard` and `GET /api/v1/dashboard/monthly-report` return it
 * (libs/dashboard/src/dashboard.types.ts, with dates as JSON strings). Durations are working
 * time in ms (`workingDayMs` is one working day); rates are 0–1, null when nothing was due.
 */

// The figure types and vocabulary are the server's own (a dependency-free file; nothing else of
// the server is bundled). Instants arrive as ISO strings, hence `Json<…>`.
import type * as Server from '../../../../../libs/dashboard/src/dashboard.types';
import type { AgeBandId } from '../../../../../libs/dashboard/src/dashboard.types';

export type {
  AgeBandId,
  Backlog,
  ColumnFigures,
  DashboardColumn,
  DashboardTable,
  EscalationFigures,
  EscalationOutcome,
  HandlingFigures,
  OpenStatus,
  PeriodCounts,
  SatisfactionFigures,
  ShieldFigures,
  SlaClockFigures,
  SlaFigures,
  TrendSeries,
  TrendSeriesName,
  AgentWorkload,
} from '../../../../../libs/dashboard/src/dashboard.types';
export { TREND_LABELS, TREND_SERIES } from '../../../../../libs/dashboard/src/dashboard.types';

/** A server type as JSON delivers it: instants become ISO strings. */
type Json<T> = T extends Date ? string : T extends readonly (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export type SlaListItem = Json<Server.SlaListItem>;
export type Dashboard = Json<Server.Dashboard>;
export type MonthlyReport = Json<Server.MonthlyReport>;
export type DayRange = Dashboard['range'];

/** Working days since the day of submission: the first and last of each band. */
export const AGE_BAND_RANGES: Record<AgeBandId, [number, number | null]> = {
  '0-1': [0, 1],
  '2-5': [2, 5],
  '6-10': [6, 10],
  '>10': [11, null],
};

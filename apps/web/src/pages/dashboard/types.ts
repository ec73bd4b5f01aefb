/**
 * The dashboard as `GET /api/v1/dashboard` and `GET /api/v1/dashboard/monthly-report` return it
 * (libs/contracts/src/dashboard.ts, with dates as JSON strings). Durations are working
 * time in ms (`workingDayMs` is one working day); rates are 0–1, null when nothing was due.
 */

// The figure types and vocabulary are shared with the server (libs/contracts). Instants arrive
// as ISO strings, hence `Json<…>`.
import type * as Server from '@app/contracts';
import type { AgeBandId } from '@app/contracts';

export type {
  AgeBandId,
  ColumnFigures,
  DashboardColumn,
  DashboardTable,
  TrendSeriesName,
  AgentWorkload,
  PreviousFigures,
} from '@app/contracts';
export { TREND_LABELS, TREND_SERIES } from '@app/contracts';

/** A server type as JSON delivers it: instants become ISO strings. */
type Json<T> = T extends Date ? string : T extends readonly (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export type SlaListItem = Json<Server.SlaListItem>;
export type Dashboard = Json<Server.Dashboard>;
export type MonthlyReport = Json<Server.MonthlyReport>;

/** Working days since the day of submission: the first and last of each band. */
export const AGE_BAND_RANGES: Record<AgeBandId, [number, number | null]> = {
  '0-1': [0, 1],
  '2-5': [2, 5],
  '6-10': [6, 10],
  '>10': [11, null],
};

import { moduleError } from '@app/common';

/** Every refusal of the dashboard module. The values are the `code` of the problem answer. */
export enum DashboardErrorCode {
  /** Only supervisors see dashboards. */
  Forbidden = 'dashboard.forbidden',
  /** A zone supervisor asked for another zone. */
  ZoneForbidden = 'dashboard.zone_forbidden',
}

export class DashboardError extends moduleError<DashboardErrorCode>('DashboardError', {
  [DashboardErrorCode.Forbidden]: 'forbidden',
  [DashboardErrorCode.ZoneForbidden]: 'forbidden',
}) {}

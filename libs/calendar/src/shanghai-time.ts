import { DateTime } from 'luxon';
import { SHANGHAI_TIME_ZONE } from '@app/contracts';

/**
 * The one home of Shanghai time on the server. China has kept UTC+8 all year since 1991, so a
 * Shanghai date or hour is the UTC one of the instant shifted by eight hours; that shift is
 * written here and nowhere else (hot loops of the bulk generator use it without Luxon).
 */
export { SHANGHAI_TIME_ZONE };
export const SHANGHAI_UTC_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

type Instant = Date | number;
const shifted = (at: Instant) => new Date(+at + SHANGHAI_UTC_OFFSET_MS);

/** The Shanghai calendar date of an instant, `YYYY-MM-DD`. */
export function shanghaiDate(at: Instant): string {
  return shifted(at).toISOString().slice(0, 10);
}

export function shanghaiYear(at: Instant): number {
  return shifted(at).getUTCFullYear();
}

/** Minutes since Shanghai midnight, 0–1439. */
export function shanghaiMinuteOfDay(at: Instant): number {
  const ms = (+at + SHANGHAI_UTC_OFFSET_MS) % DAY_MS;
  return Math.floor((ms < 0 ? ms + DAY_MS : ms) / 60_000);
}

/** An instant as a Luxon date-time in Shanghai, for calendar arithmetic. */
export function inShanghai(at: Instant): DateTime {
  return DateTime.fromMillis(+at, { zone: SHANGHAI_TIME_ZONE });
}

/** An instant as people here read it: `2026-03-02 09:30` (Shanghai time). */
export function shanghaiDateTime(at: Instant): string {
  return inShanghai(at).toFormat('yyyy-MM-dd HH:mm');
}

/** The start of a Shanghai calendar date given as `YYYY-MM-DD` (invalid when it is not one). */
export function shanghaiDay(isoDate: string): DateTime {
  return DateTime.fromISO(isoDate, { zone: SHANGHAI_TIME_ZONE });
}

/** SQL: the Shanghai calendar date of a `timestamptz` expression. */
export function sqlShanghaiDate(expression: string): string {
  return `(${expression} AT TIME ZONE '${SHANGHAI_TIME_ZONE}')::date`;
}

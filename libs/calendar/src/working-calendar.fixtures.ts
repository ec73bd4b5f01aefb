import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { DateTime } from 'luxon';
import { CN_HOLIDAYS } from './holiday-data';
import { SHANGHAI_TIME_ZONE, WorkingCalendar } from './working-calendar';

/** Fixtures shared by the working-calendar specs (not part of the build). */
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY_MS = 8.5 * HOUR; // 09:00–17:30

/** `YYYY-MM-DD HH:mm[:ss[.SSS]]` in Shanghai local time. */
export function sh(local: string): Date {
  const dt = DateTime.fromISO(local.replace(' ', 'T'), { zone: SHANGHAI_TIME_ZONE });
  if (!dt.isValid) throw new Error(`bad fixture time ${local}`);
  return dt.toJSDate();
}

/** Renders an instant as Shanghai local time, for readable failures. */
export function local(date: Date): string {
  return DateTime.fromJSDate(date, { zone: SHANGHAI_TIME_ZONE }).toFormat('yyyy-MM-dd HH:mm:ss.SSS');
}

export function expectLocal(actual: Date, expected: string): void {
  expect(local(actual)).toBe(local(sh(expected)));
}

export const calendar = new WorkingCalendar(CN_HOLIDAYS);

/**
 * Independent oracle: is `iso` a working day according to the chinese-days data files?
 * (Its `isWorkday()` is not used: it misreads dates when the process zone is west of UTC.)
 */
const chineseDaysData = new Map<number, { holidays: Record<string, string>; workdays: Record<string, string> }>();
export function isWorkday(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  let data = chineseDaysData.get(year);
  if (!data) {
    const file = join(dirname(require.resolve('chinese-days/package.json')), 'dist', 'years', `${year}.json`);
    data = JSON.parse(readFileSync(file, 'utf8')) as { holidays: Record<string, string>; workdays: Record<string, string> };
    chineseDaysData.set(year, data);
  }
  if (iso in data.workdays) return true;
  if (iso in data.holidays) return false;
  return DateTime.fromISO(iso, { zone: 'UTC' }).weekday <= 5;
}

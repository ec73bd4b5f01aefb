import { DateTime } from 'luxon';
import { SHANGHAI_TIME_ZONE, UnknownCalendarYearError, WorkingCalendar } from '@app/calendar';
import type { OpeningPeriod } from '@app/contracts';
import { hhmmToMinutes, shanghaiMinutes } from '@app/offline';

/** The field a slot problem is about: the end when it does not come after the start, else the start. */
export function slotProblemField(problem: string): 'startsAt' | 'endsAt' {
  return problem === END_BEFORE_START || problem === SAME_DAY ? 'endsAt' : 'startsAt';
}

const END_BEFORE_START = '结束时间须晚于开始时间';
const SAME_DAY = '时段须在同一天内';

/** Why a slot cannot be opened where it was asked for; `null` when it can. */
export function slotProblem(cal: WorkingCalendar, hours: readonly OpeningPeriod[], startsAt: Date, endsAt: Date, now: Date): string | null {
  if (endsAt <= startsAt) return END_BEFORE_START;
  if (startsAt <= now) return '只能开放未来的时段';
  const a = DateTime.fromJSDate(startsAt, { zone: SHANGHAI_TIME_ZONE });
  const b = DateTime.fromJSDate(endsAt, { zone: SHANGHAI_TIME_ZONE });
  if (!a.hasSame(b, 'day')) return SAME_DAY;
  let working: boolean;
  try {
    working = cal.isWorkingDay(startsAt);
  } catch (error) {
    if (error instanceof UnknownCalendarYearError) return `节假日日历缺少 ${error.year} 年的安排，暂不能开放该年的时段`;
    throw error;
  }
  if (!working) return `${a.toFormat('yyyy-MM-dd')} 不是工作日（节假日或周末，调休上班日除外），服务点不开放`;
  const from = shanghaiMinutes(startsAt);
  const to = shanghaiMinutes(endsAt);
  const inside = hours.some((p) => from >= hhmmToMinutes(p.start) && to <= hhmmToMinutes(p.end));
  if (!inside) return `时段须在服务点开放时间内：${hours.map((p) => `${p.start}–${p.end}`).join('、')}`;
  return null;
}

export interface WeeklyPattern {
  /** First and last day, `YYYY-MM-DD`, Shanghai. */
  from: string;
  to: string;
  /** ISO weekdays 1 (Monday) … 7 (Sunday) on which the times repeat. */
  weekdays: number[];
  times: OpeningPeriod[];
}

export interface PlannedSlot {
  startsAt: Date;
  endsAt: Date;
}

/** Longest span a pattern may cover, so one request cannot open years of slots. */
export const MAX_PATTERN_DAYS = 92;

/**
 * The slots of a weekly pattern: each time on each working day of the range whose weekday is in
 * the pattern, plus every make-up working day (调休) in the range, which the service point opens
 * like any working day; holidays are skipped. Slots outside the opening hours or in the past are
 * skipped as well and counted.
 */
export function expandPattern(cal: WorkingCalendar, hours: readonly OpeningPeriod[], pattern: WeeklyPattern, now: Date): { slots: PlannedSlot[]; skipped: { day: string; time: string; reason: string }[] } {
  const slots: PlannedSlot[] = [];
  const skipped: { day: string; time: string; reason: string }[] = [];
  let day = DateTime.fromISO(pattern.from, { zone: SHANGHAI_TIME_ZONE }).startOf('day');
  const last = DateTime.fromISO(pattern.to, { zone: SHANGHAI_TIME_ZONE }).startOf('day');
  for (; day <= last; day = day.plus({ days: 1 })) {
    const noon = day.set({ hour: 12 }).toJSDate();
    let working: boolean;
    try {
      working = cal.isWorkingDay(noon);
    } catch (error) {
      if (!(error instanceof UnknownCalendarYearError)) throw error;
      skipped.push({ day: day.toISODate() as string, time: '', reason: `节假日日历缺少 ${error.year} 年的安排` });
      continue;
    }
    const weekend = day.weekday >= 6;
    const makeUp = working && weekend;
    if (!working || (!makeUp && !pattern.weekdays.includes(day.weekday))) continue;
    for (const time of pattern.times) {
      const startsAt = DateTime.fromISO(`${day.toISODate()}T${time.start}`, { zone: SHANGHAI_TIME_ZONE }).toJSDate();
      const endsAt = DateTime.fromISO(`${day.toISODate()}T${time.end}`, { zone: SHANGHAI_TIME_ZONE }).toJSDate();
      const problem = slotProblem(cal, hours, startsAt, endsAt, now);
      if (problem) skipped.push({ day: day.toISODate() as string, time: `${time.start}–${time.end}`, reason: problem });
      else slots.push({ startsAt, endsAt });
    }
  }
  return { slots, skipped };
}

/** Until when a booking can be made or cancelled online. */
export function cutoffOf(startsAt: Date, cutoffMinutes: number): Date {
  return new Date(startsAt.getTime() - cutoffMinutes * 60_000);
}

/** The reminder goes a day before the slot; none when the booking is made later than that. */
export function reminderAt(startsAt: Date, bookedAt: Date): Date | null {
  const at = new Date(startsAt.getTime() - 24 * 3600_000);
  return at > bookedAt ? at : null;
}

/** An appointment still `booked` this long after its slot ended was a no-show. */
export const NO_SHOW_GRACE_MS = 30 * 60_000;

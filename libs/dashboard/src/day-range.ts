import { DateTime } from 'luxon';
import { inShanghai, shanghaiDate, shanghaiDateTime, shanghaiDay } from '@app/calendar';
import { ValidationError } from '@app/common';

// Dashboards count in Shanghai days.
const DEFAULT_RANGE_DAYS = 30;
/** Longest range a dashboard or an export covers (three years, leap day included). */
const MAX_RANGE_DAYS = 1096;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-\d{2}$/;

/** A range of whole Shanghai days, both ends included, and the instants that bound it. */
export interface DayRange {
  from: string;
  to: string;
  days: number;
  /** Start of `from` in Shanghai. */
  fromTs: Date;
  /** Start of the day after `to` in Shanghai (exclusive end). */
  toTs: Date;
}

function parseDay(value: string, field: string): DateTime {
  const parsed = DATE_RE.test(value) ? shanghaiDay(value) : null;
  if (!parsed || !parsed.isValid) throw new ValidationError([{ field, message: `${field} 须为 YYYY-MM-DD 格式的日期（上海时间）` }]);
  return parsed;
}

function rangeOf(from: DateTime, to: DateTime): DayRange {
  const days = Math.round(to.diff(from, 'days').days) + 1;
  return {
    from: from.toISODate() as string,
    to: to.toISODate() as string,
    days,
    fromTs: from.toJSDate(),
    toTs: to.plus({ days: 1 }).toJSDate(),
  };
}

/**
 * The range asked for: `from`/`to` as Shanghai dates, both included. Without them, the last
 * 30 days up to today; with only one of them, 30 days from or up to it.
 */
export function resolveDayRange(query: { from?: string; to?: string }, now: Date): DayRange {
  const today = inShanghai(now).startOf('day');
  const to = query.to ? parseDay(query.to, 'to') : query.from ? parseDay(query.from, 'from').plus({ days: DEFAULT_RANGE_DAYS - 1 }) : today;
  const from = query.from ? parseDay(query.from, 'from') : to.minus({ days: DEFAULT_RANGE_DAYS - 1 });
  if (from > to) throw new ValidationError([{ field: 'from', message: '开始日期不能晚于结束日期' }]);
  const range = rangeOf(from, to);
  if (range.days > MAX_RANGE_DAYS) {
    throw new ValidationError([{ field: 'from', message: `统计区间最长 ${MAX_RANGE_DAYS} 天，当前为 ${range.days} 天` }]);
  }
  return range;
}

/** 环比: the period of the same length just before `range` (its `days` days ending the day before `from`). */
export function previousRange(range: Pick<DayRange, 'from' | 'days'>): DayRange {
  const from = shanghaiDay(range.from);
  return rangeOf(from.minus({ days: range.days }), from.minus({ days: 1 }));
}

/** A calendar month (`YYYY-MM`) in Shanghai; defaults to the previous month. */
export function monthRange(month: string | undefined, now: Date): DayRange & { month: string } {
  let start: DateTime;
  if (month === undefined) {
    start = inShanghai(now).startOf('month').minus({ months: 1 });
  } else {
    const parsed = MONTH_RE.test(month) ? shanghaiDay(`${month}-01`) : null;
    if (!parsed || !parsed.isValid) throw new ValidationError([{ field: 'month', message: 'month 须为 YYYY-MM 格式的月份' }]);
    start = parsed;
  }
  return { month: start.toFormat('yyyy-MM'), ...rangeOf(start, start.endOf('month').startOf('day')) };
}

/** Every date of the range, in order. */
export function daysOf(range: Pick<DayRange, 'from' | 'days'>): string[] {
  const start = shanghaiDay(range.from);
  return Array.from({ length: range.days }, (_, i) => start.plus({ days: i }).toISODate() as string);
}

/** 2026-03-02 09:30 — how dates and times appear in exports. */
export function formatShanghai(at: Date | null | undefined, withTime = true): string {
  if (!at) return '';
  return withTime ? shanghaiDateTime(at) : shanghaiDate(at);
}

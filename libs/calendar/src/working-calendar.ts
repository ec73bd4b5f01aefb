import { DateTime, IANAZone } from 'luxon';
import type { HolidayYear } from './holiday-data';
import { SHANGHAI_TIME_ZONE } from './shanghai-time';

export { SHANGHAI_TIME_ZONE };

/** A working period of a working day, local wall-clock time `HH:mm` (24 h); `start` < `end`. */
export interface WorkingPeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * 09:00–17:30 without a break, as DESIGN.md ("SLA") states: 8.5 hours of working time a day.
 * A lunch break is expressed as two periods, e.g. 09:00–12:00 and 13:00–17:30 (7.5 hours).
 */
const DEFAULT_WORKING_PERIODS: readonly WorkingPeriod[] = Object.freeze([
  Object.freeze({ start: '09:00', end: '17:30' }),
]);

export interface WorkingCalendarOptions {
  /** Working periods of every working day, ascending and not overlapping. Defaults to {@link DEFAULT_WORKING_PERIODS}. */
  readonly workingPeriods?: readonly WorkingPeriod[];
  /** IANA zone; defaults to {@link SHANGHAI_TIME_ZONE}. */
  readonly timeZone?: string;
}

/**
 * Which clock an SLA deadline runs on: `working` counts only working time of working days,
 * `continuous` counts wall-clock time 24×7 (urgent cases).
 */
export type ClockKind = 'working' | 'continuous';

export function isClockKind(value: unknown): value is ClockKind {
  return value === 'working' || value === 'continuous';
}

/** Thrown whenever a question touches a year for which the calendar has no holiday data. */
export class UnknownCalendarYearError extends Error {
  constructor(readonly year: number) {
    super(
      `No holiday arrangement is loaded for year ${year}: working time cannot be computed. ` +
        `Add the State Council notice for ${year} to the holiday calendar.`,
    );
    this.name = 'UnknownCalendarYearError';
  }
}

/** Which part of the holiday data or the options a CalendarDataError is about. */
export type CalendarDataField = 'year' | 'holidays' | 'makeupWorkdays' | 'workingPeriods' | 'timeZone';

/**
 * Thrown by the constructor when the holiday data or the options are not valid. The message is
 * Chinese and names the field, as a person editing the calendar reads it; `field` and `value`
 * (the offending date, when there is one) let a caller name the item of its own request.
 */
export class CalendarDataError extends Error {
  constructor(
    message: string,
    readonly field: CalendarDataField,
    readonly value?: string,
  ) {
    super(message);
    this.name = 'CalendarDataError';
  }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_MINUTE = 60_000;

interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly minutes: number;
}

/**
 * Working-day calendar for SLA clocks.
 *
 * A working day is Monday to Friday, minus the statutory holidays, plus the make-up working days
 * (调休上班), all taken from the `HolidayYear[]` given to the constructor and judged on the local
 * date in {@link timeZone}. Working time runs only inside the working periods of working days.
 *
 * Conventions:
 * - Working time between `a` and `b` is counted over the half-open interval `[a, b)`.
 * - `addWorkingTime(start, ms)` with `ms > 0` returns the earliest instant at which `ms` of
 *   working time has elapsed since `start`. A start outside working hours begins counting at the
 *   next working-period start; a deadline used up exactly at the end of a working period is that
 *   end (e.g. 17:30), not the next morning. `ms === 0` returns `start` unchanged.
 * - Any instant, or any year spanned, without holiday data throws
 *   {@link UnknownCalendarYearError}; the calendar never guesses Monday to Friday.
 *
 * Everything is precomputed at construction (the list of working intervals with a prefix sum of
 * working time), so each query is a couple of binary searches, whatever the duration.
 */
export class WorkingCalendar {
  readonly timeZone: string;
  readonly workingPeriods: readonly WorkingPeriod[];
  /** Working time of one working day in ms: one SLA "working day" (8.5 h with the defaults). */
  readonly workingDayMs: number;
  /** Years with holiday data, ascending. */
  readonly years: readonly number[];

  private readonly knownYears: ReadonlySet<number>;
  private readonly lastYear: number;
  private readonly dayCount: number;
  /** Start of local day i (ms); index dayCount holds the end of the last day. */
  private readonly dayStart: Float64Array;
  private readonly dayYear: Int32Array;
  private readonly dayWorking: Uint8Array;
  /** Working intervals [ivOpen[k], ivClose[k]) in ascending order. */
  private readonly ivCount: number;
  private readonly ivOpen: Float64Array;
  private readonly ivClose: Float64Array;
  private readonly ivYear: Int32Array;
  /** Working ms before interval k; index ivCount holds the grand total. */
  private readonly ivCum: Float64Array;

  constructor(data: readonly HolidayYear[], options: WorkingCalendarOptions = {}) {
    const timeZone = options.timeZone ?? SHANGHAI_TIME_ZONE;
    if (!IANAZone.isValidZone(timeZone)) throw new CalendarDataError(`timeZone 不是有效的时区：${timeZone}`, 'timeZone');
    this.timeZone = timeZone;
    const periods = options.workingPeriods ?? DEFAULT_WORKING_PERIODS;
    const bounds = parsePeriods(periods);
    this.workingPeriods = Object.freeze(periods.map((p) => Object.freeze({ start: p.start, end: p.end })));
    this.workingDayMs = bounds.reduce((sum, [s, e]) => sum + (e.minutes - s.minutes) * MS_PER_MINUTE, 0);

    if (data.length === 0) throw new CalendarDataError('year 至少需要一年的节假日安排', 'year');
    const holidays = new Set<string>();
    const makeups = new Set<string>();
    const known = new Set<number>();
    for (const entry of data) {
      if (!Number.isInteger(entry.year) || entry.year < 1970 || entry.year > 9999) {
        throw new CalendarDataError(`year 须为 1970–9999 的整数年份，收到 ${String(entry.year)}`, 'year');
      }
      if (known.has(entry.year)) throw new CalendarDataError(`year ${entry.year} 年的节假日安排重复`, 'year');
      known.add(entry.year);
      for (const iso of entry.holidays) {
        this.checkDate(iso, entry.year, 'holidays');
        if (holidays.has(iso)) throw new CalendarDataError(`holidays 中的 ${iso} 重复`, 'holidays', iso);
        holidays.add(iso);
      }
      for (const iso of entry.makeupWorkdays) {
        const weekday = this.checkDate(iso, entry.year, 'makeupWorkdays');
        if (weekday <= 5) throw new CalendarDataError(`makeupWorkdays 中的 ${iso} 不是周六或周日，调休上班日只能是周末`, 'makeupWorkdays', iso);
        if (makeups.has(iso)) throw new CalendarDataError(`makeupWorkdays 中的 ${iso} 重复`, 'makeupWorkdays', iso);
        if (holidays.has(iso)) throw new CalendarDataError(`makeupWorkdays 中的 ${iso} 同时列为节假日和调休上班日`, 'makeupWorkdays', iso);
        makeups.add(iso);
      }
    }
    this.knownYears = known;
    this.years = Object.freeze([...known].sort((a, b) => a - b));
    const firstYear = this.years[0];
    this.lastYear = this.years[this.years.length - 1];

    // One entry per local day from 1 Jan of the first year to 31 Dec of the last. Days of years
    // in a gap are kept (with no working time) and rejected by the year checks.
    const first = DateTime.fromObject({ year: firstYear, month: 1, day: 1 }, { zone: timeZone });
    const stop = DateTime.fromObject({ year: this.lastYear + 1, month: 1, day: 1 }, { zone: timeZone });
    const n = Math.round(stop.diff(first, 'days').days);
    this.dayCount = n;
    this.dayStart = new Float64Array(n + 1);
    this.dayYear = new Int32Array(n);
    this.dayWorking = new Uint8Array(n);
    const opens: number[] = [];
    const closes: number[] = [];
    const years: number[] = [];
    let cursor = first;
    for (let i = 0; i < n; i++) {
      const next = cursor.plus({ days: 1 });
      const start = cursor.toMillis();
      const { year, month, day } = cursor;
      const iso = `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
      const working = known.has(year) && (makeups.has(iso) || (cursor.weekday <= 5 && !holidays.has(iso)));
      this.dayStart[i] = start;
      this.dayYear[i] = year;
      this.dayWorking[i] = working ? 1 : 0;
      if (working) {
        // A day of 24 hours keeps its offset: a period is then minutes after midnight, without
        // asking the time zone again (the slow part of building, which each process does once).
        const plain = next.toMillis() - start === 24 * 60 * MS_PER_MINUTE;
        const at = (t: ClockTime) => (plain ? start + t.minutes * MS_PER_MINUTE : cursor.set({ hour: t.hour, minute: t.minute }).toMillis());
        for (const [s, e] of bounds) {
          opens.push(at(s));
          closes.push(at(e));
          years.push(year);
        }
      }
      cursor = next;
    }
    this.dayStart[n] = cursor.toMillis();
    this.ivCount = opens.length;
    this.ivOpen = Float64Array.from(opens);
    this.ivClose = Float64Array.from(closes);
    this.ivYear = Int32Array.from(years);
    this.ivCum = new Float64Array(this.ivCount + 1);
    for (let k = 0; k < this.ivCount; k++) this.ivCum[k + 1] = this.ivCum[k] + (closes[k] - opens[k]);
  }

  /** Whether the local date (in {@link timeZone}) of `date` is a working day. */
  isWorkingDay(date: Date): boolean {
    return this.dayWorking[this.dayIndex(instant(date, 'date'))] === 1;
  }

  /**
   * The earliest instant at or after `date` inside a working period: `date` itself when it
   * already is (a period's end counts as outside), otherwise the next period's start.
   */
  nextWorkingInstant(date: Date): Date {
    const t = instant(date, 'date');
    const startYear = this.dayYear[this.dayIndex(t)];
    // First interval that closes after t.
    let lo = 0;
    let hi = this.ivCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ivClose[mid] > t) hi = mid;
      else lo = mid + 1;
    }
    if (lo === this.ivCount) {
      this.requireKnownYears(startYear, this.lastYear);
      throw new UnknownCalendarYearError(this.lastYear + 1);
    }
    this.requireKnownYears(startYear, this.ivYear[lo]);
    return new Date(Math.max(t, this.ivOpen[lo]));
  }

  /**
   * The instant at which `ms` milliseconds of working time have elapsed since `start`
   * (see the class conventions). `ms` must be a non-negative integer; `0` returns `start`.
   */
  addWorkingTime(start: Date, ms: number): Date {
    const t = instant(start, 'start');
    checkDuration(ms);
    const startYear = this.dayYear[this.dayIndex(t)];
    if (ms === 0) return new Date(t);
    const target = this.workedBefore(t) + ms;
    const cum = this.ivCum;
    if (cum[this.ivCount] < target) {
      this.requireKnownYears(startYear, this.lastYear);
      throw new UnknownCalendarYearError(this.lastYear + 1);
    }
    // First interval k whose end reaches the target: cum[k + 1] >= target.
    let lo = 0;
    let hi = this.ivCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid + 1] >= target) hi = mid;
      else lo = mid + 1;
    }
    this.requireKnownYears(startYear, this.ivYear[lo]);
    return new Date(this.ivOpen[lo] + (target - cum[lo]));
  }

  /** Working time in ms inside the half-open interval `[a, b)`; `0` when `b <= a`. */
  workingTimeBetween(a: Date, b: Date): number {
    const ta = instant(a, 'a');
    const tb = instant(b, 'b');
    const yearA = this.dayYear[this.dayIndex(ta)];
    const yearB = this.dayYear[this.dayIndex(tb)];
    if (tb <= ta) return 0;
    this.requireKnownYears(yearA, yearB);
    return this.workedBefore(tb) - this.workedBefore(ta);
  }

  /**
   * Adds SLA working days. By definition one SLA working day is {@link workingDayMs} of working
   * time (a full day of working periods), so this is `addWorkingTime(start, days * workingDayMs)`:
   * Tuesday 10:00 + 1 day = Wednesday 10:00; Friday 20:00 + 1 day = Monday 17:30.
   * `days` must be finite and non-negative; fractions are allowed and rounded to the millisecond.
   */
  addWorkingDays(start: Date, days: number): Date {
    if (!Number.isFinite(days) || days < 0) throw new RangeError(`days must be a finite number >= 0, got ${days}`);
    return this.addWorkingTime(start, Math.round(days * this.workingDayMs));
  }

  /** `addWorkingTime` on the `working` clock, plain wall-clock addition on the `continuous` one. */
  addClockTime(kind: ClockKind, start: Date, ms: number): Date {
    switch (kind) {
      case 'working':
        return this.addWorkingTime(start, ms);
      case 'continuous': {
        const t = instant(start, 'start');
        checkDuration(ms);
        return new Date(t + ms);
      }
      default:
        throw new RangeError(`Unknown clock kind ${JSON.stringify(kind as unknown)}`);
    }
  }

  /** `workingTimeBetween` on the `working` clock, wall-clock `max(0, b - a)` on the `continuous` one. */
  clockTimeBetween(kind: ClockKind, a: Date, b: Date): number {
    switch (kind) {
      case 'working':
        return this.workingTimeBetween(a, b);
      case 'continuous':
        return Math.max(0, instant(b, 'b') - instant(a, 'a'));
      default:
        throw new RangeError(`Unknown clock kind ${JSON.stringify(kind as unknown)}`);
    }
  }

  /** Working ms from the start of the table up to instant t. */
  private workedBefore(t: number): number {
    // Last interval that opens at or before t.
    let lo = -1;
    let hi = this.ivCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.ivOpen[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 0) return 0;
    return this.ivCum[lo] + Math.min(t, this.ivClose[lo]) - this.ivOpen[lo];
  }

  /** Index of the local day containing t; throws unless its year has data. */
  private dayIndex(t: number): number {
    const starts = this.dayStart;
    if (t < starts[0] || t >= starts[this.dayCount]) {
      throw new UnknownCalendarYearError(DateTime.fromMillis(t, { zone: this.timeZone }).year);
    }
    let lo = 0;
    let hi = this.dayCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= t) lo = mid;
      else hi = mid - 1;
    }
    this.requireKnownYears(this.dayYear[lo], this.dayYear[lo]);
    return lo;
  }

  private requireKnownYears(from: number, to: number): void {
    for (let y = from; y <= to; y++) {
      if (!this.knownYears.has(y)) throw new UnknownCalendarYearError(y);
    }
  }

  /** Validates a `YYYY-MM-DD` date of the given year and returns its ISO weekday (1 = Monday). */
  private checkDate(iso: string, year: number, what: 'holidays' | 'makeupWorkdays'): number {
    const parsed = typeof iso === 'string' && DATE_RE.test(iso) ? DateTime.fromISO(iso, { zone: this.timeZone }) : null;
    if (!parsed || !parsed.isValid) throw new CalendarDataError(`${what} 中的 ${JSON.stringify(iso)} 不是有效日期（YYYY-MM-DD）`, what, String(iso));
    if (parsed.year !== year) throw new CalendarDataError(`${what} 中的 ${iso} 不属于 ${year} 年`, what, iso);
    return parsed.weekday;
  }
}

function parsePeriods(periods: readonly WorkingPeriod[]): Array<[ClockTime, ClockTime]> {
  if (periods.length === 0) throw new CalendarDataError('workingPeriods 至少需要一个工作时段', 'workingPeriods');
  const parsed = periods.map((p): [ClockTime, ClockTime] => [parseTime(p.start), parseTime(p.end)]);
  parsed.forEach(([s, e], i) => {
    if (s.minutes >= e.minutes) {
      throw new CalendarDataError(`workingPeriods 中的时段 ${periods[i].start}–${periods[i].end} 须先开始后结束`, 'workingPeriods');
    }
    if (i > 0 && s.minutes < parsed[i - 1][1].minutes) {
      throw new CalendarDataError('workingPeriods 须按时间先后排列且不能重叠', 'workingPeriods');
    }
  });
  return parsed;
}

function parseTime(value: string): ClockTime {
  const m = typeof value === 'string' ? TIME_RE.exec(value) : null;
  if (!m) throw new CalendarDataError(`workingPeriods 的时间须为 HH:mm（00:00–23:59），收到 ${JSON.stringify(value)}`, 'workingPeriods');
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return { hour, minute, minutes: hour * 60 + minute };
}

function instant(date: Date, what: string): number {
  const t = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError(`${what} must be a valid Date`);
  return t;
}

function checkDuration(ms: number): void {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`ms must be a non-negative integer, got ${ms}`);
}

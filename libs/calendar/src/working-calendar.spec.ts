import { CN_HOLIDAYS, HolidayYear } from './holiday-data';
import { ClockKind, UnknownCalendarYearError, WorkingCalendar } from './working-calendar';
import { MIN, HOUR, DAY_MS, sh, local, expectLocal, calendar } from './working-calendar.fixtures';

describe('WorkingCalendar', () => {
  it('uses 09:00–17:30 in Asia/Shanghai by default', () => {
    expect(calendar.timeZone).toBe('Asia/Shanghai');
    expect(calendar.workingPeriods).toEqual([{ start: '09:00', end: '17:30' }]);
    expect(calendar.workingDayMs).toBe(DAY_MS);
    expect(calendar.years).toEqual([2025, 2026]);
  });

  describe('isWorkingDay', () => {
    it.each<[string, boolean, string]>([
      ['2026-03-10 12:00', true, 'ordinary Tuesday'],
      ['2026-03-14 12:00', false, 'ordinary Saturday'],
      ['2026-03-15 12:00', false, 'ordinary Sunday'],
      // 2026 Spring Festival: off 15–23 Feb, make-up Saturdays 14 and 28 Feb
      ['2026-02-13 12:00', true, 'Friday before Spring Festival'],
      ['2026-02-14 12:00', true, 'make-up Saturday 14 Feb'],
      ['2026-02-15 12:00', false, 'Spring Festival day 1 (Sunday)'],
      ['2026-02-16 12:00', false, 'Spring Festival Monday'],
      ['2026-02-20 12:00', false, 'Spring Festival Friday'],
      ['2026-02-23 12:00', false, 'Spring Festival last day (Monday)'],
      ['2026-02-24 12:00', true, 'first day back'],
      ['2026-02-28 12:00', true, 'make-up Saturday 28 Feb'],
      ['2026-03-01 12:00', false, 'Sunday after the make-up Saturday'],
      // National Day 2025: off 1–8 Oct, make-up Sun 28 Sep and Sat 11 Oct
      ['2025-09-27 12:00', false, 'Saturday before National Day 2025'],
      ['2025-09-28 12:00', true, 'make-up Sunday 28 Sep 2025'],
      ['2025-10-06 12:00', false, 'Mid-Autumn inside National Day 2025'],
      ['2025-10-08 12:00', false, 'National Day 2025 last day'],
      ['2025-10-09 12:00', true, 'first day back 2025'],
      ['2025-10-11 12:00', true, 'make-up Saturday 11 Oct 2025'],
      ['2025-10-12 12:00', false, 'Sunday 12 Oct 2025'],
      // National Day 2026: off 1–7 Oct, make-up Sun 20 Sep and Sat 10 Oct; Mid-Autumn 25–27 Sep
      ['2026-09-20 12:00', true, 'make-up Sunday 20 Sep 2026'],
      ['2026-09-25 12:00', false, 'Mid-Autumn Friday 2026'],
      ['2026-10-07 12:00', false, 'National Day 2026 last day'],
      ['2026-10-08 12:00', true, 'first day back 2026'],
      ['2026-10-10 12:00', true, 'make-up Saturday 10 Oct 2026'],
      // New Year 2026: off 1–3 Jan, make-up Sunday 4 Jan
      ['2026-01-01 12:00', false, 'New Year 2026'],
      ['2026-01-02 12:00', false, 'New Year Friday 2026'],
      ['2026-01-04 12:00', true, 'make-up Sunday 4 Jan 2026'],
    ])('%s is working: %s (%s)', (at, expected) => {
      expect(calendar.isWorkingDay(sh(at))).toBe(expected);
    });

    it('judges the Shanghai local date, not the UTC date', () => {
      // 2026-02-23T16:30Z is Tuesday 24 Feb 00:30 in Shanghai (working) but still the holiday 23 Feb in UTC.
      expect(calendar.isWorkingDay(new Date('2026-02-23T16:30:00Z'))).toBe(true);
      // 2026-02-14T16:30Z is Sunday 15 Feb 00:30 in Shanghai (holiday) but the make-up Saturday in UTC.
      expect(calendar.isWorkingDay(new Date('2026-02-14T16:30:00Z'))).toBe(false);
    });
  });

  describe('addWorkingTime', () => {
    it.each<[string, string, number, string]>([
      ['start at 08:00 begins at 09:00', '2026-03-10 08:00', HOUR, '2026-03-10 10:00'],
      ['start at 12:00 counts straight on', '2026-03-10 12:00', HOUR, '2026-03-10 13:00'],
      ['start at 17:29 carries 59 min to the next morning', '2026-03-10 17:29', HOUR, '2026-03-11 09:59'],
      ['start at 20:00 begins next morning', '2026-03-10 20:00', HOUR, '2026-03-11 10:00'],
      ['start on Saturday begins Monday', '2026-03-14 10:00', HOUR, '2026-03-16 10:00'],
      ['start at 17:30 (closed) begins next morning', '2026-03-10 17:30', 1, '2026-03-11 09:00:00.001'],
      ['a deadline used up at closing time is 17:30', '2026-03-10 09:00', DAY_MS, '2026-03-10 17:30'],
      ['a deadline used up at closing time is 17:30, not 09:00', '2026-03-10 16:00', 90 * MIN, '2026-03-10 17:30'],
      ['one working day from noon is noon next day', '2026-03-10 12:00', DAY_MS, '2026-03-11 12:00'],
      ['crosses a weekend', '2026-03-13 16:00', 2 * HOUR, '2026-03-16 09:30'],
      ['Friday evening to Monday', '2026-03-13 17:00', 9 * HOUR, '2026-03-16 17:30'],
      ['into the Spring Festival make-up Saturday', '2026-02-13 17:00', HOUR, '2026-02-14 09:30'],
      ['over the whole Spring Festival break', '2026-02-14 17:00', HOUR, '2026-02-24 09:30'],
      ['Spring Festival break in the middle of a long deadline', '2026-02-12 10:00', 3 * DAY_MS, '2026-02-24 10:00'],
      ['into the 2025 National Day make-up Sunday', '2025-09-26 17:00', HOUR, '2025-09-28 09:30'],
      ['over National Day 2025', '2025-09-30 17:00', HOUR, '2025-10-09 09:30'],
      ['into the 2026 National Day make-up Sunday', '2026-09-18 17:00', HOUR, '2026-09-20 09:30'],
      ['over Mid-Autumn 2026', '2026-09-24 17:00', HOUR, '2026-09-28 09:30'],
      ['over National Day 2026', '2026-09-30 17:00', HOUR, '2026-10-08 09:30'],
      ['across the year end into the make-up Sunday 4 Jan', '2025-12-31 17:00', HOUR, '2026-01-04 09:30'],
      ['zero from a working instant', '2026-03-10 10:00', 0, '2026-03-10 10:00'],
      ['zero from outside working hours returns the start unchanged', '2026-03-14 03:00', 0, '2026-03-14 03:00'],
    ])('%s', (_name, start, ms, expected) => {
      const deadline = calendar.addWorkingTime(sh(start), ms);
      expectLocal(deadline, expected);
      expect(calendar.workingTimeBetween(sh(start), deadline)).toBe(ms);
    });

    it('does not mutate or alias its input', () => {
      const start = sh('2026-03-10 10:00');
      const result = calendar.addWorkingTime(start, 0);
      expect(result).not.toBe(start);
      expect(local(start)).toBe('2026-03-10 10:00:00.000');
    });

    it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects duration %p', (ms) => {
      expect(() => calendar.addWorkingTime(sh('2026-03-10 10:00'), ms)).toThrow(RangeError);
    });

    it('rejects an invalid Date', () => {
      expect(() => calendar.addWorkingTime(new Date('nope'), HOUR)).toThrow(RangeError);
      expect(() => calendar.workingTimeBetween(new Date('nope'), new Date())).toThrow(RangeError);
    });
  });

  describe('addWorkingDays (1 SLA working day = 8.5 working hours)', () => {
    it.each<[string, string, number, string]>([
      ['Tuesday 10:00 + 1', '2026-03-10 10:00', 1, '2026-03-11 10:00'],
      ['Friday 10:00 + 1 crosses the weekend', '2026-03-13 10:00', 1, '2026-03-16 10:00'],
      ['Friday 20:00 + 1 is Monday closing time', '2026-03-13 20:00', 1, '2026-03-16 17:30'],
      ['Saturday + 1 is Monday closing time', '2026-03-14 10:00', 1, '2026-03-16 17:30'],
      ['Monday 09:00 + 20 is the fourth Friday 17:30', '2026-03-02 09:00', 20, '2026-03-27 17:30'],
      ['Thursday before Spring Festival + 5', '2026-02-12 10:00', 5, '2026-02-26 10:00'],
      ['before National Day 2025 + 3 lands on the make-up Saturday', '2025-09-30 10:00', 3, '2025-10-11 10:00'],
      ['before National Day 2026 + 3 lands on the make-up Saturday', '2026-09-30 12:00', 3, '2026-10-10 12:00'],
      ['half a day', '2026-03-10 09:00', 0.5, '2026-03-10 13:15'],
      ['zero days', '2026-03-14 10:00', 0, '2026-03-14 10:00'],
    ])('%s', (_name, start, days, expected) => {
      expectLocal(calendar.addWorkingDays(sh(start), days), expected);
    });

    it('is addWorkingTime of days × workingDayMs', () => {
      const start = sh('2026-04-28 15:20');
      expect(calendar.addWorkingDays(start, 30)).toEqual(calendar.addWorkingTime(start, 30 * calendar.workingDayMs));
    });

    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p days', (days) => {
      expect(() => calendar.addWorkingDays(sh('2026-03-10 10:00'), days)).toThrow(RangeError);
    });
  });

  describe('workingTimeBetween', () => {
    it.each<[string, string, string, number]>([
      ['inside one working period', '2026-03-10 10:00', '2026-03-10 12:30', 150 * MIN],
      ['one full working day', '2026-03-10 00:00', '2026-03-11 00:00', DAY_MS],
      ['an ordinary week', '2026-03-09 00:00', '2026-03-16 00:00', 5 * DAY_MS],
      ['a weekend', '2026-03-13 17:30', '2026-03-16 09:00', 0],
      ['the Spring Festival week: 13 Feb, make-up 14 Feb, 24 Feb', '2026-02-13 09:00', '2026-02-25 09:00', 3 * DAY_MS],
      // 28 (make-up Sun), 29, 30 Sep; 9, 10, 11 (make-up Sat) Oct
      ['the National Day 2025 fortnight', '2025-09-27 00:00', '2025-10-13 00:00', 6 * DAY_MS],
      // 20 (make-up Sun), 21–24, 28–30 Sep; 8, 9, 10 (make-up Sat) Oct
      ['the National Day 2026 fortnight', '2026-09-19 00:00', '2026-10-11 00:00', 11 * DAY_MS],
      // 261 weekdays - 18 weekday holidays + 5 make-up days
      ['the year 2025', '2025-01-01 00:00', '2026-01-01 00:00', 248 * DAY_MS],
      // 261 weekdays - 19 weekday holidays + 6 make-up days, minus 31 Dec itself
      ['the year 2026 up to 31 Dec', '2026-01-01 00:00', '2026-12-31 00:00', 247 * DAY_MS],
      ['across the year end', '2025-12-31 17:00', '2026-01-04 09:30', 60 * MIN],
      ['empty interval', '2026-03-10 10:00', '2026-03-10 10:00', 0],
      ['reversed interval', '2026-03-10 12:00', '2026-03-10 10:00', 0],
    ])('%s', (_name, a, b, expected) => {
      expect(calendar.workingTimeBetween(sh(a), sh(b))).toBe(expected);
    });

    it('counts the half-open interval [a, b)', () => {
      expect(calendar.workingTimeBetween(sh('2026-03-10 09:00'), sh('2026-03-10 09:00:00.001'))).toBe(1);
      expect(calendar.workingTimeBetween(sh('2026-03-10 17:29:59.999'), sh('2026-03-10 17:30'))).toBe(1);
      expect(calendar.workingTimeBetween(sh('2026-03-10 17:30'), sh('2026-03-10 17:30:00.001'))).toBe(0);
    });
  });

  describe('nextWorkingInstant', () => {
    it.each<[string, string]>([
      ['2026-03-10 08:00', '2026-03-10 09:00'],
      ['2026-03-10 12:00', '2026-03-10 12:00'],
      ['2026-03-10 17:30', '2026-03-11 09:00'],
      ['2026-03-14 10:00', '2026-03-16 09:00'],
      ['2026-02-14 18:00', '2026-02-24 09:00'],
      ['2026-09-19 10:00', '2026-09-20 09:00'],
    ])('%s -> %s', (at, expected) => {
      expectLocal(calendar.nextWorkingInstant(sh(at)), expected);
    });
  });

  describe('paused clock (awaiting_creator)', () => {
    // Deadline of N working days from `start`, paused at `pause`, resumed at `resume`: the new
    // deadline is the resume time plus the remaining working time, which must equal the original
    // deadline pushed out by the working time spent paused.
    it.each<[string, string, number, string, string, string, string]>([
      // name, start, days, original deadline, pause, resume, new deadline
      ['pause over a weekend', '2026-03-10 10:00', 5, '2026-03-17 10:00', '2026-03-11 15:00', '2026-03-16 11:00', '2026-03-19 14:30'],
      ['pause over Spring Festival', '2026-02-10 10:00', 5, '2026-02-24 10:00', '2026-02-13 12:00', '2026-02-25 09:00', '2026-02-26 15:30'],
      ['pause opened and closed outside hours', '2026-03-10 10:00', 1, '2026-03-11 10:00', '2026-03-10 20:00', '2026-03-11 08:00', '2026-03-11 10:00'],
      ['pause over National Day 2025', '2025-09-29 09:00', 3, '2025-10-09 17:30', '2025-09-30 13:00', '2025-10-09 13:00', '2025-10-10 17:30'],
    ])('%s', (_name, start, days, original, pause, resume, expected) => {
      const total = days * calendar.workingDayMs;
      expectLocal(calendar.addWorkingTime(sh(start), total), original);
      const used = calendar.workingTimeBetween(sh(start), sh(pause));
      const paused = calendar.workingTimeBetween(sh(pause), sh(resume));
      const deadline = calendar.addWorkingTime(sh(resume), total - used);
      expectLocal(deadline, expected);
      expect(deadline).toEqual(calendar.addWorkingTime(sh(start), total + paused));
    });
  });

  describe('clocks', () => {
    it.each<[ClockKind, string, number, string]>([
      ['continuous', '2026-02-14 22:00', 2 * HOUR, '2026-02-15 00:00'],
      ['continuous', '2026-02-15 10:00', 24 * HOUR, '2026-02-16 10:00'],
      ['working', '2026-02-14 17:00', 2 * HOUR, '2026-02-24 10:30'],
    ])('%s: %s + %i ms', (kind, start, ms, expected) => {
      expectLocal(calendar.addClockTime(kind, sh(start), ms), expected);
    });

    it.each<[ClockKind, string, string, number]>([
      ['continuous', '2026-02-14 22:00', '2026-02-15 10:00', 12 * HOUR],
      ['continuous', '2026-02-15 10:00', '2026-02-14 22:00', 0],
      ['working', '2026-02-14 17:00', '2026-02-24 10:30', 2 * HOUR],
    ])('%s: %s to %s', (kind, a, b, expected) => {
      expect(calendar.clockTimeBetween(kind, sh(a), sh(b))).toBe(expected);
    });

    it('runs the continuous clock without holiday data', () => {
      expect(calendar.addClockTime('continuous', new Date('2031-05-01T00:00:00Z'), HOUR)).toEqual(
        new Date('2031-05-01T01:00:00Z'),
      );
    });

    it('rejects an unknown clock kind and bad durations', () => {
      expect(() => calendar.addClockTime('hourly' as ClockKind, sh('2026-03-10 10:00'), HOUR)).toThrow(RangeError);
      expect(() => calendar.clockTimeBetween('hourly' as ClockKind, sh('2026-03-10 10:00'), sh('2026-03-10 11:00'))).toThrow(
        RangeError,
      );
      expect(() => calendar.addClockTime('continuous', sh('2026-03-10 10:00'), -1)).toThrow(RangeError);
    });
  });

  describe('unknown years fail loudly', () => {
    const call = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      throw new Error('expected a throw');
    };

    it.each<[string, () => unknown, number]>([
      ['isWorkingDay in 2024', () => calendar.isWorkingDay(sh('2024-06-03 12:00')), 2024],
      ['isWorkingDay in 2027', () => calendar.isWorkingDay(sh('2027-03-01 12:00')), 2027],
      ['isWorkingDay just after midnight Shanghai on 1 Jan 2027', () => calendar.isWorkingDay(new Date('2026-12-31T16:30:00Z')), 2027],
      ['a deadline running into 2027', () => calendar.addWorkingTime(sh('2026-12-31 17:00'), HOUR), 2027],
      ['30 working days from mid-December 2026', () => calendar.addWorkingDays(sh('2026-12-15 10:00'), 30), 2027],
      ['a start in 2024', () => calendar.addWorkingTime(sh('2024-12-31 10:00'), HOUR), 2024],
      ['an interval ending in 2027', () => calendar.workingTimeBetween(sh('2026-12-01 10:00'), sh('2027-01-05 10:00')), 2027],
      ['an interval starting in 2024', () => calendar.workingTimeBetween(sh('2024-12-30 10:00'), sh('2025-01-02 10:00')), 2024],
      ['a reversed interval in 2027', () => calendar.workingTimeBetween(sh('2027-01-05 10:00'), sh('2026-12-01 10:00')), 2027],
      ['nextWorkingInstant after the last working period', () => calendar.nextWorkingInstant(sh('2026-12-31 18:00')), 2027],
      ['a zero duration in 2027', () => calendar.addWorkingTime(sh('2027-01-04 10:00'), 0), 2027],
    ])('%s', (_name, fn, year) => {
      const error = call(fn);
      expect(error).toBeInstanceOf(UnknownCalendarYearError);
      expect((error as UnknownCalendarYearError).year).toBe(year);
      expect((error as Error).message).toContain(String(year));
    });

    it('still answers right up to the end of the data', () => {
      expect(calendar.isWorkingDay(sh('2026-12-31 23:59:59.999'))).toBe(true);
      expectLocal(calendar.addWorkingTime(sh('2026-12-31 17:00'), 30 * MIN), '2026-12-31 17:30');
      expect(calendar.isWorkingDay(sh('2025-01-01 00:00'))).toBe(false);
    });

    describe('with a gap year', () => {
      const fake2027: HolidayYear = { year: 2027, source: 'test only', holidays: [], makeupWorkdays: [] };
      const gapped = new WorkingCalendar([CN_HOLIDAYS.find((y) => y.year === 2025) as HolidayYear, fake2027]);

      it.each<[string, () => unknown]>([
        ['isWorkingDay inside the gap', () => gapped.isWorkingDay(sh('2026-06-01 12:00'))],
        ['a deadline jumping over the gap', () => gapped.addWorkingTime(sh('2025-12-31 17:00'), HOUR)],
        ['an interval spanning the gap', () => gapped.workingTimeBetween(sh('2025-12-31 10:00'), sh('2027-01-04 10:00'))],
        ['nextWorkingInstant jumping over the gap', () => gapped.nextWorkingInstant(sh('2025-12-31 18:00'))],
      ])('%s throws for 2026', (_name, fn) => {
        const error = call(fn);
        expect(error).toBeInstanceOf(UnknownCalendarYearError);
        expect((error as UnknownCalendarYearError).year).toBe(2026);
      });

      it('answers on both sides of the gap', () => {
        expectLocal(gapped.addWorkingTime(sh('2027-01-04 17:00'), HOUR), '2027-01-05 09:30');
        expect(gapped.isWorkingDay(sh('2025-12-31 12:00'))).toBe(true);
      });
    });
  });

  describe('custom working periods (lunch break)', () => {
    const withLunch = new WorkingCalendar(CN_HOLIDAYS, {
      workingPeriods: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ],
    });

    it.each<[string, number, string]>([
      ['2026-03-10 11:30', HOUR, '2026-03-10 13:30'],
      ['2026-03-10 12:30', HOUR, '2026-03-10 14:00'],
      ['2026-03-10 09:00', 3 * HOUR, '2026-03-10 12:00'],
      ['2026-03-10 10:00', 7.5 * HOUR, '2026-03-11 10:00'],
    ])('%s + %i ms', (start, ms, expected) => {
      expectLocal(withLunch.addWorkingTime(sh(start), ms), expected);
    });

    it('has a 7.5 h working day and skips the break', () => {
      expect(withLunch.workingDayMs).toBe(7.5 * HOUR);
      expect(withLunch.workingTimeBetween(sh('2026-03-10 11:00'), sh('2026-03-10 14:00'))).toBe(2 * HOUR);
      expectLocal(withLunch.nextWorkingInstant(sh('2026-03-10 12:10')), '2026-03-10 13:00');
      expectLocal(withLunch.addWorkingDays(sh('2026-03-13 20:00'), 1), '2026-03-16 17:30');
    });
  });

  it('keeps local working hours on a day whose offset changes (a zone with summer time)', () => {
    // Berlin moves from UTC+1 to UTC+2 at 02:00 on Sunday 2026-03-29, here a make-up working day.
    const berlin = new WorkingCalendar([{ year: 2026, holidays: [], makeupWorkdays: ['2026-03-29'], source: 'test' }], { timeZone: 'Europe/Berlin' });
    expect(berlin.nextWorkingInstant(new Date('2026-03-29T00:00:00Z')).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(berlin.workingTimeBetween(new Date('2026-03-29T00:00:00Z'), new Date('2026-03-30T00:00:00Z'))).toBe(8.5 * HOUR);
    // The days around it are plain: 09:00 is 08:00Z before and 07:00Z after.
    expect(berlin.nextWorkingInstant(new Date('2026-03-27T00:00:00Z')).toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(berlin.nextWorkingInstant(new Date('2026-03-30T00:00:00Z')).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
});

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { SHANGHAI_TIME_ZONE, WorkingCalendar } from './working-calendar';
import { HOUR, DAY_MS, sh, calendar, isWorkday } from './working-calendar.fixtures';

describe('WorkingCalendar properties', () => {
  const FIRST = sh('2025-01-01 00:00').getTime();
  const LAST_START = sh('2026-10-31 00:00').getTime(); // leaves room for the durations below
  const LAST = sh('2026-12-31 00:00').getTime();
  const MAX_DURATION = 30 * DAY_MS;

  const anyInstant = fc.integer({ min: FIRST, max: LAST_START }).map((t) => new Date(t));
  const anyDuration = fc.integer({ min: 0, max: MAX_DURATION });
  /** An instant inside a working period, using chinese-days as the oracle for working days. */
  const workingInstant = fc
    .record({ day: fc.integer({ min: 0, max: 668 }), offset: fc.integer({ min: 0, max: DAY_MS - 1 }) })
    .map(({ day, offset }) => {
      const open = DateTime.fromMillis(FIRST, { zone: SHANGHAI_TIME_ZONE }).plus({ days: day }).set({ hour: 9 });
      return { iso: open.toISODate() as string, at: new Date(open.toMillis() + offset) };
    })
    .filter(({ iso }) => isWorkday(iso))
    .map(({ at }) => at);

  /** Independent day-by-day reference: chinese-days for working days, luxon for 09:00/17:30. */
  function referenceBetween(a: Date, b: Date): number {
    let total = 0;
    let day = DateTime.fromJSDate(a, { zone: SHANGHAI_TIME_ZONE }).startOf('day');
    while (day.toMillis() < b.getTime()) {
      if (isWorkday(day.toISODate() as string)) {
        const open = Math.max(day.set({ hour: 9 }).toMillis(), a.getTime());
        const close = Math.min(day.set({ hour: 17, minute: 30 }).toMillis(), b.getTime());
        total += Math.max(0, close - open);
      }
      day = day.plus({ days: 1 });
    }
    return total;
  }

  it('workingTimeBetween matches a day-by-day reference built on chinese-days', () => {
    const pair = fc.tuple(
      fc.integer({ min: FIRST, max: LAST }),
      fc.integer({ min: 0, max: 60 * 24 * HOUR }),
    );
    fc.assert(
      fc.property(pair, ([a, span]) => {
        const b = Math.min(a + span, LAST);
        expect(calendar.workingTimeBetween(new Date(a), new Date(b))).toBe(referenceBetween(new Date(a), new Date(b)));
      }),
      { numRuns: 300 },
    );
  });

  it('workingTimeBetween(s, addWorkingTime(s, d)) === d from a working instant', () => {
    fc.assert(
      fc.property(workingInstant, anyDuration, (s, d) => {
        expect(calendar.workingTimeBetween(s, calendar.addWorkingTime(s, d))).toBe(d);
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingTime returns the earliest instant: every ms of the result is working time', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 1, max: MAX_DURATION }), (s, d) => {
        const deadline = calendar.addWorkingTime(s, d);
        expect(calendar.workingTimeBetween(s, deadline)).toBe(d);
        expect(calendar.workingTimeBetween(s, new Date(deadline.getTime() - 1))).toBe(d - 1);
      }),
      { numRuns: 500 },
    );
  });

  it('is monotonic in the start and in the duration', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyDuration, anyDuration, (s1, s2, d1, d2) => {
        const [early, late] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const [short, long] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(calendar.addWorkingTime(early, short).getTime()).toBeLessThanOrEqual(
          calendar.addWorkingTime(late, short).getTime(),
        );
        expect(calendar.addWorkingTime(early, short).getTime()).toBeLessThanOrEqual(
          calendar.addWorkingTime(early, long).getTime(),
        );
        expect(calendar.workingTimeBetween(early, late)).toBeLessThanOrEqual(late.getTime() - early.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('is additive: add(add(s, a), b) === add(s, a + b)', () => {
    const half = fc.integer({ min: 0, max: MAX_DURATION / 2 });
    fc.assert(
      fc.property(anyInstant, half, half, (s, a, b) => {
        expect(calendar.addWorkingTime(calendar.addWorkingTime(s, a), b)).toEqual(calendar.addWorkingTime(s, a + b));
      }),
      { numRuns: 500 },
    );
  });

  it('between is additive over a split point', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyInstant, (x, y, z) => {
        const [a, m, b] = [x, y, z].sort((p, q) => p.getTime() - q.getTime());
        expect(calendar.workingTimeBetween(a, m) + calendar.workingTimeBetween(m, b)).toBe(
          calendar.workingTimeBetween(a, b),
        );
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { CN_HOLIDAYS, provisionalHolidayYear, WorkingCalendar } from '@app/calendar';
import {
  clockTimes,
  consumedAt,
  displayState,
  pause,
  rebudget,
  remainingAt,
  restart,
  resume,
  segmentsBetween,
  SlaClockState,
  startClock,
  stop,
} from './sla-clock';

const cal = new WorkingCalendar([...CN_HOLIDAYS, provisionalHolidayYear(2027)]);
/** Shanghai wall-clock time, e.g. at('2026-12-01 10:00'). */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).getTime();
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const H = 3600_000;
const WD = 8.5 * H;

function working(budgetMs: number, start: string): SlaClockState {
  return startClock('resolve', 'working', 'high', budgetMs, at(start));
}

describe('SLA clock deadlines on real dates', () => {
  it('one working day from Tuesday 10:00 is due Wednesday 10:00, warned at 75% the same afternoon', () => {
    const times = clockTimes(cal, working(WD, '2026-12-01 10:00'));
    expect(iso(times.dueAt)).toBe(iso(at('2026-12-02 10:00')));
    // 75% of 8.5 h = 6 h 22 min 30 s.
    expect(iso(times.warnAt)).toBe(new Date(at('2026-12-01 16:22') + 30_000).toISOString());
  });

  it('a deadline crossing a weekend skips Saturday and Sunday', () => {
    expect(iso(clockTimes(cal, working(WD, '2026-11-27 15:00')).dueAt)).toBe(iso(at('2026-11-30 15:00')));
  });

  it('the 2026 Spring Festival break is skipped and its make-up Saturday counts', () => {
    // Fri 13 Feb → Sat 14 Feb (调休上班) → 15–23 Feb off → Tue 24, Wed 25.
    expect(iso(clockTimes(cal, working(WD, '2026-02-13 10:00')).dueAt)).toBe(iso(at('2026-02-14 10:00')));
    expect(iso(clockTimes(cal, working(3 * WD, '2026-02-13 10:00')).dueAt)).toBe(iso(at('2026-02-25 10:00')));
  });

  it('five working days from a Monday morning end on Friday 17:30, not the next morning', () => {
    expect(iso(clockTimes(cal, working(5 * WD, '2026-11-30 09:00')).dueAt)).toBe(iso(at('2026-12-04 17:30')));
  });

  it('a 30-working-day deadline filed today lands in January 2027 on the provisional calendar', () => {
    // 26 Nov 2026 15:00 + 30 wd: 元旦 2027 (Fri 1 Jan) is skipped.
    const due = clockTimes(cal, working(30 * WD, '2026-11-26 15:00')).dueAt as number;
    expect(iso(due)).toBe(iso(at('2027-01-08 15:00')));
  });

  it('an urgent shield case runs 24×7: 24 hours from 除夕 22:00 is 初一 22:00', () => {
    const s = startClock('resolve', 'continuous', 'urgent', 24 * H, at('2026-02-16 22:00'));
    const times = clockTimes(cal, s);
    expect(iso(times.dueAt)).toBe(iso(at('2026-02-17 22:00')));
    expect(iso(times.warnAt)).toBe(iso(at('2026-02-17 16:00')));
  });
});

describe('pausing for materials', () => {
  it('moves the deadline by exactly the paused working time', () => {
    let s = working(5 * WD, '2026-11-30 09:00');
    const before = clockTimes(cal, s).dueAt as number;
    s = pause(s, at('2026-12-01 13:00'));
    expect(clockTimes(cal, s)).toEqual({ warnAt: null, dueAt: null });
    s = resume(s, at('2026-12-03 11:00'));
    const after = clockTimes(cal, s).dueAt as number;
    // Paused: Tue 13:00–17:30 + Wed + Thu 09:00–11:00 = 15 working hours.
    expect(cal.workingTimeBetween(new Date(at('2026-12-01 13:00')), new Date(at('2026-12-03 11:00')))).toBe(15 * H);
    expect(cal.workingTimeBetween(new Date(before), new Date(after))).toBe(15 * H);
    expect(iso(after)).toBe(iso(at('2026-12-08 15:30')));
  });

  it('a pause over the National Day break costs only the working hours around it', () => {
    let s = working(2 * WD, '2026-09-30 09:00');
    s = pause(s, at('2026-09-30 16:00'));
    s = resume(s, at('2026-10-08 10:00'));
    // 7 h used before the pause, 10 h left from Thu 8 Oct 10:00: Thu 7.5 h, Fri 9 Oct 2.5 h.
    expect(iso(clockTimes(cal, s).dueAt)).toBe(iso(at('2026-10-09 11:30')));
  });

  it('on a 24×7 clock the deadline moves by the paused wall-clock time', () => {
    let s = startClock('resolve', 'continuous', 'urgent', 24 * H, at('2026-12-01 10:00'));
    s = pause(s, at('2026-12-01 12:00'));
    s = resume(s, at('2026-12-02 15:30'));
    expect(iso(clockTimes(cal, s).dueAt)).toBe(iso(at('2026-12-02 10:00') + 27.5 * H));
  });

  it('a deadline that had already passed stays where it was', () => {
    let s = working(WD, '2026-12-01 10:00');
    s = pause(s, at('2026-12-03 10:00'));
    s = resume(s, at('2026-12-07 10:00'));
    expect(iso(clockTimes(cal, s).dueAt)).toBe(iso(at('2026-12-02 10:00')));
  });

  it('pausing and resuming are no-ops when the clock is already in that mode, and stopping is final', () => {
    const s = working(WD, '2026-12-01 10:00');
    expect(resume(s, at('2026-12-01 11:00'))).toBe(s);
    const p = pause(s, at('2026-12-01 11:00'));
    expect(pause(p, at('2026-12-01 12:00'))).toBe(p);
    const met = stop(p, at('2026-12-01 12:00'), 'met');
    expect(stop(met, at('2026-12-01 13:00'), 'cancelled')).toBe(met);
    expect(met).toMatchObject({ stopReason: 'met', stoppedAt: at('2026-12-01 12:00') });
    expect(displayState(met, null, at('2026-12-05 10:00'))).toBe('met');
  });

  it('holds for any pause before the deadline (working and 24×7 clocks)', () => {
    const start = at('2025-01-02 09:00');
    const span = at('2026-10-31 00:00') - start;
    fc.assert(
      fc.property(
        fc.constantFrom('working' as const, 'continuous' as const),
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: 1, max: 20 * WD }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.integer({ min: 0, max: 20 * 24 * H }),
        (kind, offset, budget, pauseFraction, pauseLength) => {
          const s0 = startClock('resolve', kind, 'high', budget, start + offset);
          const due0 = clockTimes(cal, s0).dueAt as number;
          const pausedAt = s0.segments[0].start + Math.floor((due0 - s0.segments[0].start) * pauseFraction);
          const resumedAt = pausedAt + pauseLength;
          const s1 = resume(pause(s0, pausedAt), resumedAt);
          const due1 = clockTimes(cal, s1).dueAt as number;
          const paused = cal.clockTimeBetween(kind, new Date(pausedAt), new Date(resumedAt));
          expect(cal.clockTimeBetween(kind, new Date(due0), new Date(due1))).toBe(paused);
          expect(consumedAt(cal, s1, due1)).toBe(budget);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('priority changes and restarts', () => {
  it('recomputes from the same history when the budget or the clock kind changes', () => {
    // Raised from high (working, 5 wd) to urgent (24×7, 24 h) after a working day has run.
    let s = working(5 * WD, '2026-12-01 09:00');
    s = rebudget(s, 'continuous', 'urgent', 24 * H);
    // 24 h of wall-clock time since Tue 09:00.
    expect(iso(clockTimes(cal, s).dueAt)).toBe(iso(at('2026-12-02 09:00')));
    expect(s.generation).toBe(2);
    expect(rebudget(s, 'continuous', 'urgent', 24 * H)).toBe(s);
  });

  it('a reopened case resumes its resolve clock with what was left', () => {
    let s = working(2 * WD, '2026-12-01 09:00');
    s = stop(s, at('2026-12-01 17:30'), 'met');
    expect(remainingAt(cal, s, at('2026-12-10 10:00'))).toBe(WD);
    s = restart(s, at('2026-12-03 09:00'));
    expect(iso(clockTimes(cal, s).dueAt)).toBe(iso(at('2026-12-03 17:30')));
  });

  it('reports remaining time, negative once overdue', () => {
    const s = working(WD, '2026-12-01 10:00');
    expect(remainingAt(cal, s, at('2026-12-01 12:00'))).toBe(WD - 2 * H);
    expect(remainingAt(cal, s, at('2026-12-02 11:00'))).toBe(-H);
    expect(displayState(s, clockTimes(cal, s).dueAt, at('2026-12-02 11:00'))).toBe('breached');
  });
});

describe('segments rebuilt from history', () => {
  it('subtracts the pauses from the running time', () => {
    expect(segmentsBetween(0, 100, [{ start: 10, end: 20 }, { start: 50, end: 60 }])).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 50 },
      { start: 60, end: 100 },
    ]);
    expect(segmentsBetween(0, null, [{ start: 10, end: 20 }])).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: null },
    ]);
  });

  it('ends in a pause that is still open, and ignores pauses outside the span', () => {
    expect(segmentsBetween(0, null, [{ start: -50, end: -10 }, { start: 30, end: null }])).toEqual([{ start: 0, end: 30 }]);
    expect(segmentsBetween(100, 200, [{ start: 250, end: 300 }])).toEqual([{ start: 100, end: 200 }]);
    expect(segmentsBetween(100, null, [{ start: 50, end: null }])).toEqual([{ start: 100, end: 100 }]);
  });
});

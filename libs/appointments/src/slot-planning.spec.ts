import { WorkingCalendar } from '@app/calendar';
import { expandPattern, reminderAt, slotProblem } from './slot-planning';

// 2026: 1 Oct–7 Oct National Day holidays; Sunday 27 Sep and Saturday 10 Oct are make-up working days (调休).
const cal = new WorkingCalendar([
  { year: 2026, holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'], makeupWorkdays: ['2026-09-27', '2026-10-10'], source: 'test' },
]);
const HOURS = [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:30' }];
const NOW = new Date('2026-09-01T00:00:00Z');
const at = (iso: string) => new Date(`${iso}+08:00`);

describe('slotProblem', () => {
  it('accepts a slot inside the opening hours of a working day', () => {
    expect(slotProblem(cal, HOURS, at('2026-09-28T09:30'), at('2026-09-28T10:00'), NOW)).toBeNull();
  });
  it('accepts a make-up Sunday (调休)', () => {
    expect(slotProblem(cal, HOURS, at('2026-09-27T14:00'), at('2026-09-27T14:30'), NOW)).toBeNull();
  });
  it.each([
    ['a holiday', '2026-10-02T09:30', '2026-10-02T10:00', '不是工作日'],
    ['an ordinary Sunday', '2026-09-20T09:30', '2026-09-20T10:00', '不是工作日'],
    ['lunch time', '2026-09-28T12:00', '2026-09-28T12:30', '开放时间内'],
    ['across the lunch break', '2026-09-28T11:30', '2026-09-28T14:00', '开放时间内'],
    ['the past', '2026-08-03T09:30', '2026-08-03T10:00', '未来'],
    ['a year without calendar', '2027-03-01T09:30', '2027-03-01T10:00', '2027'],
  ])('refuses %s', (_what, from, to, message) => {
    expect(slotProblem(cal, HOURS, at(from), at(to), NOW)).toContain(message);
  });
});

describe('expandPattern', () => {
  it('repeats the times on the pattern’s weekdays, skips holidays and opens make-up days', () => {
    const { slots } = expandPattern(cal, HOURS, { from: '2026-09-26', to: '2026-10-11', weekdays: [1, 3], times: [{ start: '09:30', end: '10:00' }] }, NOW);
    const days = slots.map((s) => s.startsAt.toISOString().slice(0, 10));
    // Mon 28 Sep, Wed 30 Sep; no Mon 5 / Wed 7 Oct (holidays); make-up Sun 27 Sep and Sat 10 Oct.
    expect(days).toEqual(['2026-09-27', '2026-09-28', '2026-09-30', '2026-10-10']);
    expect(slots[1].startsAt).toEqual(at('2026-09-28T09:30'));
  });
  it('reports the times that fall outside the opening hours', () => {
    const { slots, skipped } = expandPattern(cal, HOURS, { from: '2026-09-28', to: '2026-09-28', weekdays: [1], times: [{ start: '09:00', end: '09:30' }, { start: '12:00', end: '12:30' }] }, NOW);
    expect(slots).toHaveLength(1);
    expect(skipped).toEqual([{ day: '2026-09-28', time: '12:00–12:30', reason: expect.stringContaining('开放时间') }]);
  });
});

describe('reminderAt', () => {
  it('is a day before the slot, or none for a booking made later than that', () => {
    expect(reminderAt(at('2026-09-28T09:30'), at('2026-09-20T09:00'))).toEqual(at('2026-09-27T09:30'));
    expect(reminderAt(at('2026-09-28T09:30'), at('2026-09-27T20:00'))).toBeNull();
  });
});

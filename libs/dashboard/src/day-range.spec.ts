import { daysOf, formatShanghai, monthRange, resolveDayRange } from './day-range';

// 2026-11-26 00:30 in Shanghai is still 25 November in UTC.
const NOW = new Date('2026-11-25T16:30:00Z');

describe('dashboard day ranges (Asia/Shanghai)', () => {
  it('defaults to the last 30 Shanghai days, today included', () => {
    const r = resolveDayRange({}, NOW);
    expect(r).toMatchObject({ from: '2026-10-28', to: '2026-11-26', days: 30 });
    expect(r.fromTs.toISOString()).toBe('2026-10-27T16:00:00.000Z');
    expect(r.toTs.toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });

  it('takes 30 days from or up to a single end', () => {
    expect(resolveDayRange({ from: '2026-01-01' }, NOW)).toMatchObject({ from: '2026-01-01', to: '2026-01-30' });
    expect(resolveDayRange({ to: '2026-01-30' }, NOW)).toMatchObject({ from: '2026-01-01', to: '2026-01-30' });
  });

  it('refuses impossible dates, reversed and overlong ranges', () => {
    expect(() => resolveDayRange({ from: '2026-02-30' }, NOW)).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => resolveDayRange({ from: '2026-05-01', to: '2026-04-30' }, NOW)).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(() => resolveDayRange({ from: '2023-01-01', to: '2026-11-26' }, NOW)).toThrow(expect.objectContaining({ kind: 'validation' }));
    expect(resolveDayRange({ from: '2024-01-01', to: '2026-12-31' }, NOW).days).toBe(1096);
  });

  it('covers whole months and defaults to the previous one', () => {
    expect(monthRange(undefined, NOW)).toMatchObject({ month: '2026-10', from: '2026-10-01', to: '2026-10-31', days: 31 });
    expect(monthRange('2024-02', NOW)).toMatchObject({ from: '2024-02-01', to: '2024-02-29', days: 29 });
    expect(() => monthRange('2026-13', NOW)).toThrow(expect.objectContaining({ kind: 'validation' }));
  });

  it('lists the days and writes instants in Shanghai time', () => {
    expect(daysOf({ from: '2026-12-30', days: 3 })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(formatShanghai(NOW)).toBe('2026-11-26 00:30');
    expect(formatShanghai(NOW, false)).toBe('2026-11-26');
    expect(formatShanghai(null)).toBe('');
  });
});

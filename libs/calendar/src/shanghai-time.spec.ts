import { inShanghai, shanghaiDate, shanghaiDay, shanghaiMinuteOfDay, shanghaiYear, sqlShanghaiDate } from './shanghai-time';

describe('Shanghai time', () => {
  const at = (iso: string) => new Date(iso);

  it('a Shanghai date turns at 16:00 UTC', () => {
    expect(shanghaiDate(at('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(shanghaiDate(at('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(shanghaiYear(at('2026-12-31T16:00:00Z'))).toBe(2027);
    expect(shanghaiYear(at('2026-12-31T15:59:00Z').getTime())).toBe(2026);
  });

  it('minutes since Shanghai midnight', () => {
    expect(shanghaiMinuteOfDay(at('2026-03-04T01:00:00Z'))).toBe(9 * 60);
    expect(shanghaiMinuteOfDay(at('2026-03-04T09:29:00Z'))).toBe(17 * 60 + 29);
    expect(shanghaiMinuteOfDay(at('1969-12-31T23:00:00Z'))).toBe(7 * 60);
  });

  it('agrees with the IANA zone (Luxon) over a year of hours', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000 + 61_000) {
      const local = inShanghai(t);
      expect([shanghaiDate(t), shanghaiMinuteOfDay(t)]).toEqual([local.toISODate(), local.hour * 60 + local.minute]);
    }
  });

  it('a local date starts at Shanghai midnight; SQL reads dates the same way', () => {
    expect(shanghaiDay('2026-03-04').toUTC().toISO()).toBe('2026-03-03T16:00:00.000Z');
    expect(shanghaiDay('2026-02-30').isValid).toBe(false);
    expect(sqlShanghaiDate('e.at')).toBe(`(e.at AT TIME ZONE 'Asia/Shanghai')::date`);
  });
});

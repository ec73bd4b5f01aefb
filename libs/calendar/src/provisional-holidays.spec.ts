import { CN_HOLIDAYS } from './holiday-data';
import { UnknownCalendarYearError, WorkingCalendar } from './working-calendar';
import { provisionalHolidayYear, statutoryHolidays } from './provisional-holidays';

describe('provisional holiday year from 《全国年节及纪念日放假办法》', () => {
  it('derives 2027: the 13 statutory days, with weekend ones made up on the next weekdays, and no 调休', () => {
    const y = provisionalHolidayYear(2027);
    expect(y.provisional).toBe(true);
    expect(y.makeupWorkdays).toEqual([]);
    expect(y.holidays).toEqual([
      '2027-01-01', // 元旦 (Fri)
      '2027-02-05', // 除夕 (Fri)
      '2027-02-06', // 初一 (Sat)
      '2027-02-07', // 初二 (Sun)
      '2027-02-08', // 初三 (Mon)
      '2027-02-09', // 补假 for Sat 6 Feb
      '2027-02-10', // 补假 for Sun 7 Feb
      '2027-04-05', // 清明 (Mon)
      '2027-05-01', // 劳动节 (Sat)
      '2027-05-02', // (Sun)
      '2027-05-03', // 补假
      '2027-05-04', // 补假
      '2027-06-09', // 端午 (Wed)
      '2027-09-15', // 中秋 (Wed)
      '2027-10-01', // 国庆 (Fri)
      '2027-10-02', // (Sat)
      '2027-10-03', // (Sun)
      '2027-10-04', // 补假
      '2027-10-05', // 补假
    ]);
    expect(y.source).toContain('临时数据');
    expect(y.source).toContain('全国年节及纪念日放假办法');
  });

  it('puts every statutory day of 2025 and 2026 inside the official breaks (the lunar dates are right)', () => {
    for (const official of CN_HOLIDAYS) {
      const days = statutoryHolidays(official.year).flatMap(([, dates]) => dates.map((d) => d.toISODate()));
      expect(days).toHaveLength(13);
      for (const day of days) expect(official.holidays).toContain(day);
    }
  });

  it('makes a valid calendar with the official years, and later years still fail loudly', () => {
    const cal = new WorkingCalendar([...CN_HOLIDAYS, provisionalHolidayYear(2027)]);
    expect(cal.isWorkingDay(new Date('2027-02-09T10:00:00+08:00'))).toBe(false);
    expect(cal.isWorkingDay(new Date('2027-02-11T10:00:00+08:00'))).toBe(true);
    expect(() => cal.isWorkingDay(new Date('2028-01-03T10:00:00+08:00'))).toThrow(UnknownCalendarYearError);
  });
});

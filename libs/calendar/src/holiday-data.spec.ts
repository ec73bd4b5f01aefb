import { readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { DateTime } from 'luxon';
import { CN_HOLIDAYS, HolidayYear } from './holiday-data';
import { CalendarDataError, SHANGHAI_TIME_ZONE, WorkingCalendar } from './working-calendar';

/** The per-year data files shipped by the independent `chinese-days` package. */
const CHINESE_DAYS_YEARS = join(dirname(require.resolve('chinese-days/package.json')), 'dist', 'years');

interface ChineseDaysYear {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function chineseDaysYear(year: number): ChineseDaysYear {
  return JSON.parse(readFileSync(join(CHINESE_DAYS_YEARS, `${year}.json`), 'utf8')) as ChineseDaysYear;
}

/**
 * chinese-days' answer for a date, from its data files. (Its `isWorkday()` is not used: it
 * misreads dates when the process time zone is west of UTC.)
 */
function chineseDaysWorkday(iso: string): boolean {
  const data = chineseDaysYear(Number(iso.slice(0, 4)));
  if (iso in data.workdays) return true;
  if (iso in data.holidays) return false;
  return DateTime.fromISO(iso, { zone: 'UTC' }).weekday <= 5;
}

function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let d = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: 'UTC' }); d.year === year; d = d.plus({ days: 1 })) {
    out.push(d.toISODate() as string);
  }
  return out;
}

function range(first: string, last: string): string[] {
  const out: string[] = [];
  const end = DateTime.fromISO(last, { zone: 'UTC' });
  for (let d = DateTime.fromISO(first, { zone: 'UTC' }); d <= end; d = d.plus({ days: 1 })) out.push(d.toISODate() as string);
  return out;
}

function yearOf(year: number): HolidayYear {
  const entry = CN_HOLIDAYS.find((y) => y.year === year);
  if (!entry) throw new Error(`no data for ${year}`);
  return entry;
}

describe('CN_HOLIDAYS', () => {
  it('covers 2025 and 2026, each year once, in ascending order', () => {
    const years = CN_HOLIDAYS.map((y) => y.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    expect(years).toEqual(expect.arrayContaining([2025, 2026]));
  });

  it('covers every year from 2025 on that chinese-days publishes (add new notices here)', () => {
    const published = readdirSync(CHINESE_DAYS_YEARS)
      .filter((f) => /^\d{4}\.json$/.test(f))
      .map((f) => Number(f.slice(0, 4)))
      .filter((y) => y >= 2025);
    expect(published).toEqual(expect.arrayContaining([2025, 2026]));
    expect(CN_HOLIDAYS.map((y) => y.year)).toEqual(expect.arrayContaining(published));
  });

  describe.each(CN_HOLIDAYS.map((y) => [y.year, y] as const))('%i', (year, entry) => {
    it('lists the same holidays as chinese-days', () => {
      expect([...entry.holidays].sort()).toEqual(Object.keys(chineseDaysYear(year).holidays).sort());
    });

    it('lists the same make-up working days as chinese-days', () => {
      expect([...entry.makeupWorkdays].sort()).toEqual(Object.keys(chineseDaysYear(year).workdays).sort());
    });

    it('lists sorted, unique dates of its own year', () => {
      for (const list of [entry.holidays, entry.makeupWorkdays]) {
        expect([...list]).toEqual([...new Set(list)].sort());
        for (const iso of list) expect(iso.startsWith(`${year}-`)).toBe(true);
      }
    });

    it('gives the same working days as chinese-days on every day of the year', () => {
      const calendar = new WorkingCalendar(CN_HOLIDAYS);
      const mismatches = daysOf(year).filter((iso) => {
        const noon = DateTime.fromISO(`${iso}T12:00`, { zone: SHANGHAI_TIME_ZONE }).toJSDate();
        return calendar.isWorkingDay(noon) !== chineseDaysWorkday(iso);
      });
      expect(mismatches).toEqual([]);
    });
  });

  // Transcribed from the notices themselves, independently of chinese-days:
  // [year, first day off, last day off, make-up working days].
  const NOTICE_BREAKS: Array<[number, string, string, string[]]> = [
    [2025, '2025-01-01', '2025-01-01', []],
    [2025, '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
    [2025, '2025-04-04', '2025-04-06', []],
    [2025, '2025-05-01', '2025-05-05', ['2025-04-27']],
    [2025, '2025-05-31', '2025-06-02', []],
    [2025, '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
    [2026, '2026-01-01', '2026-01-03', ['2026-01-04']],
    [2026, '2026-02-15', '2026-02-23', ['2026-02-14', '2026-02-28']],
    [2026, '2026-04-04', '2026-04-06', []],
    [2026, '2026-05-01', '2026-05-05', ['2026-05-09']],
    [2026, '2026-06-19', '2026-06-21', []],
    [2026, '2026-09-25', '2026-09-27', []],
    [2026, '2026-10-01', '2026-10-07', ['2026-09-20', '2026-10-10']],
  ];

  it.each(NOTICE_BREAKS)('%i: break %s to %s and its make-up days are listed', (year, first, last, makeups) => {
    const entry = yearOf(year);
    expect(entry.holidays).toEqual(expect.arrayContaining(range(first, last)));
    expect(entry.makeupWorkdays).toEqual(expect.arrayContaining(makeups));
  });

  it.each([2025, 2026])('%i lists nothing beyond the notice', (year) => {
    const breaks = NOTICE_BREAKS.filter(([y]) => y === year);
    expect(yearOf(year).holidays).toHaveLength(breaks.reduce((n, [, f, l]) => n + range(f, l).length, 0));
    expect(yearOf(year).makeupWorkdays).toHaveLength(breaks.reduce((n, [, , , m]) => n + m.length, 0));
  });

  it.each([
    [2025, '国办发明电〔2024〕12号'],
    [2026, '国办发明电〔2025〕7号'],
  ])('%i cites its State Council notice %s', (year, document) => {
    expect(yearOf(year).source).toContain(document);
    expect(yearOf(year).source).toContain('https://www.gov.cn/');
  });
});

describe('WorkingCalendar data validation', () => {
  const base: HolidayYear = { year: 2026, source: 'test', holidays: ['2026-10-01'], makeupWorkdays: ['2026-10-10'] };

  it('accepts the official data', () => {
    expect(new WorkingCalendar(CN_HOLIDAYS).years).toEqual(CN_HOLIDAYS.map((y) => y.year));
  });

  it.each<[string, HolidayYear[], RegExp]>([
    ['no years', [], /year 至少需要一年/],
    ['a year twice', [base, base], /year 2026 年的节假日安排重复/],
    ['a non-integer year', [{ ...base, year: 2026.5 }], /year 须为 1970–9999/],
    ['a malformed date', [{ ...base, holidays: ['2026-1-5'] }], /holidays 中的 .* 不是有效日期/],
    ['an impossible date', [{ ...base, holidays: ['2026-02-30'] }], /holidays 中的 .* 不是有效日期/],
    ['a date of another year', [{ ...base, holidays: ['2025-10-01'] }], /holidays 中的 2025-10-01 不属于 2026 年/],
    ['a duplicate holiday', [{ ...base, holidays: ['2026-10-01', '2026-10-01'] }], /holidays 中的 2026-10-01 重复/],
    ['a weekday make-up day', [{ ...base, makeupWorkdays: ['2026-10-09'] }], /makeupWorkdays 中的 2026-10-09 不是周六或周日/],
    [
      'a day both holiday and make-up',
      [{ ...base, holidays: ['2026-10-03'], makeupWorkdays: ['2026-10-03'] }],
      /同时列为节假日和调休上班日/,
    ],
  ])('rejects %s', (_name, data, message) => {
    expect(() => new WorkingCalendar(data)).toThrow(CalendarDataError);
    expect(() => new WorkingCalendar(data)).toThrow(message);
  });

  it.each<[string, object, RegExp]>([
    ['an unknown zone', { timeZone: 'Asia/Nowhere' }, /timeZone 不是有效的时区/],
    ['a malformed time', { workingPeriods: [{ start: '9:00', end: '17:30' }] }, /workingPeriods 的时间须为 HH:mm/],
    ['an empty period', { workingPeriods: [{ start: '17:30', end: '09:00' }] }, /须先开始后结束/],
    ['no periods', { workingPeriods: [] }, /workingPeriods 至少需要一个/],
    [
      'overlapping periods',
      { workingPeriods: [{ start: '09:00', end: '12:30' }, { start: '12:00', end: '17:30' }] },
      /不能重叠/,
    ],
  ])('rejects %s', (_name, options, message) => {
    expect(() => new WorkingCalendar(CN_HOLIDAYS, options)).toThrow(CalendarDataError);
    expect(() => new WorkingCalendar(CN_HOLIDAYS, options)).toThrow(message);
  });
});

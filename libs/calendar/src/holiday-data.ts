/**
 * Official China public-holiday arrangements (放假调休安排) as published by the General Office of
 * the State Council. This is seed data: the application copies it into a database table that a
 * sysadmin can edit, and builds a `WorkingCalendar` from the table. Nothing in this library reads
 * this constant implicitly.
 *
 * To add a year: copy the notice (usually published in November for the following year) date by
 * date, cite it in `source`, and extend the cross-check in `holiday-data.spec.ts`.
 */

/** One year of the State Council holiday arrangement. All dates are `YYYY-MM-DD` in China time. */
export interface HolidayYear {
  /** Calendar year (Gregorian) the arrangement applies to. */
  readonly year: number;
  /** The notice the dates are taken from (title, document number, URL). */
  readonly source: string;
  /**
   * Every day of every statutory break (放假调休), exactly as the notice lists the ranges. The
   * ranges may include Saturdays and Sundays inside a break; those are non-working either way.
   */
  readonly holidays: readonly string[];
  /** Weekend days that are working days (调休上班). */
  readonly makeupWorkdays: readonly string[];
}

export const CN_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2025,
    source:
      '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号），' +
      'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    holidays: [
      // 元旦: 1 Jan (Wed)
      '2025-01-01',
      // 春节: 28 Jan (Tue) – 4 Feb (Tue), 8 days
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
      // 清明节: 4 Apr (Fri) – 6 Apr (Sun)
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      // 劳动节: 1 May (Thu) – 5 May (Mon)
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      // 端午节: 31 May (Sat) – 2 Jun (Mon)
      '2025-05-31',
      '2025-06-01',
      '2025-06-02',
      // 国庆节、中秋节: 1 Oct (Wed) – 8 Oct (Wed), 8 days
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ],
    makeupWorkdays: [
      '2025-01-26', // Sun, 春节
      '2025-02-08', // Sat, 春节
      '2025-04-27', // Sun, 劳动节
      '2025-09-28', // Sun, 国庆节
      '2025-10-11', // Sat, 国庆节
    ],
  },
  {
    // chinese-days cites only the gov.cn URL for 2026; the document number is from republished
    // copies of the notice. Dates checked against the Xinhua text of 4 Nov 2025.
    year: 2026,
    source:
      '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日），' +
      'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    holidays: [
      // 元旦: 1 Jan (Thu) – 3 Jan (Sat)
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      // 春节: 15 Feb (Sun) – 23 Feb (Mon), 9 days
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
      // 清明节: 4 Apr (Sat) – 6 Apr (Mon)
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      // 劳动节: 1 May (Fri) – 5 May (Tue)
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      // 端午节: 19 Jun (Fri) – 21 Jun (Sun)
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
      // 中秋节: 25 Sep (Fri) – 27 Sep (Sun)
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      // 国庆节: 1 Oct (Thu) – 7 Oct (Wed)
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    makeupWorkdays: [
      '2026-01-04', // Sun, 元旦
      '2026-02-14', // Sat, 春节
      '2026-02-28', // Sat, 春节
      '2026-05-09', // Sat, 劳动节
      '2026-09-20', // Sun, 国庆节
      '2026-10-10', // Sat, 国庆节
    ],
  },
];

import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { DateTime } from 'luxon';
import type { HolidayYear } from './holiday-data';
import { SHANGHAI_TIME_ZONE, shanghaiDay } from './shanghai-time';

/** A holiday year the application may use until the State Council publishes the real one. */
export interface ProvisionalHolidayYear extends HolidayYear {
  readonly provisional: true;
}

/** The statutory holidays of a year, by festival, before any 补假 or 调休. */
export function statutoryHolidays(year: number): Array<[string, DateTime[]]> {
  const day = shanghaiDay;
  const ymd = (m: number, d: number) => DateTime.fromObject({ year, month: m, day: d }, { zone: SHANGHAI_TIME_ZONE });
  const springFestival = day(getSolarDateFromLunar(`${year}-01-01`).date);
  return [
    ['元旦', [ymd(1, 1)]],
    ['春节', [-1, 0, 1, 2].map((n) => springFestival.plus({ days: n }))],
    ['清明节', [day(getSolarTermDate(year, 4, 'pure_brightness'))]],
    ['劳动节', [ymd(5, 1), ymd(5, 2)]],
    ['端午节', [day(getSolarDateFromLunar(`${year}-05-05`).date)]],
    ['中秋节', [day(getSolarDateFromLunar(`${year}-08-15`).date)]],
    ['国庆节', [ymd(10, 1), ymd(10, 2), ymd(10, 3)]],
  ];
}

/**
 * The statutory holidays of a year by 《全国年节及纪念日放假办法》 (2024 revision, in force from
 * 2025), before the State Council's annual arrangement:
 * 元旦 1 day (1 Jan); 春节 4 days (除夕 to 初三); 清明节 1 day; 劳动节 2 days (1–2 May);
 * 端午节 1 day (lunar 5/5); 中秋节 1 day (lunar 8/15); 国庆节 3 days (1–3 Oct).
 * Lunar dates and the 清明 solar term come from `chinese-days`.
 *
 * Art. 6 of the 办法: a statutory holiday on a Saturday or Sunday is made up on a working day
 * (补假); this takes the next weekday after it that is not already a holiday. No make-up working
 * days (调休上班) are guessed: those exist only by the annual notice.
 */
export function provisionalHolidayYear(year: number): ProvisionalHolidayYear {
  const day = shanghaiDay;
  const statutory = statutoryHolidays(year);
  const holidays = new Set<string>();
  for (const [, days] of statutory) for (const d of days) if (d.year === year) holidays.add(d.toISODate() as string);
  const substitutes: string[] = [];
  for (const [, days] of statutory) {
    for (const d of days) {
      if (d.year !== year || d.weekday < 6) continue;
      let candidate = d.plus({ days: 1 });
      while (candidate.weekday >= 6 || holidays.has(candidate.toISODate() as string)) candidate = candidate.plus({ days: 1 });
      if (candidate.year !== year) continue;
      holidays.add(candidate.toISODate() as string);
      substitutes.push(candidate.toISODate() as string);
    }
  }
  const dates = [...holidays].sort();
  const named = statutory.map(([name, days]) => `${name} ${days.map((d) => d.toFormat('M/d')).join('、')}`).join('；');
  return {
    year,
    provisional: true,
    holidays: dates,
    makeupWorkdays: [],
    source:
      `临时数据：国务院办公厅${year}年部分节假日安排通知发布前，按《全国年节及纪念日放假办法》（2024年11月修订）推算的法定节假日（${named}）` +
      (substitutes.length ? `，逢周末的法定节假日按第六条在工作日补假（${substitutes.map((s) => day(s).toFormat('M/d')).join('、')}）` : '') +
      `；未包含调休上班日。通知发布后请系统管理员按通知逐日更新。`,
  };
}

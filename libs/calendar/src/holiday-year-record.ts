import type { HolidayYear } from './holiday-data';
import { inShanghai } from './shanghai-time';

/** A holiday year as stored in `holiday_years` (the SLA module's HolidayYearRepository reads it). */
export interface HolidayYearRecord extends HolidayYear {
  provisional: boolean;
  updatedAt: Date;
  updatedBy: string | null;
}

/** What a sysadmin must know: provisional years, and missing years SLA deadlines will need. */
export function calendarWarnings(years: readonly HolidayYearRecord[], today: Date): string[] {
  const warnings: string[] = [];
  const current = inShanghai(today).year;
  for (const y of years.filter((r) => r.provisional)) {
    warnings.push(`${y.year} 年节假日安排为临时数据（${y.source}）`);
  }
  for (const year of [current, current + 1]) {
    if (!years.some((y) => y.year === year)) {
      warnings.push(`缺少 ${year} 年节假日安排：截止时间落在 ${year} 年的 SLA 时限将无法计算，请尽快补充`);
    }
  }
  return warnings;
}

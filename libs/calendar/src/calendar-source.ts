import type { EntityManager } from 'typeorm';
import type { HolidayYear } from './holiday-data';
import { inShanghai } from './shanghai-time';
import { WorkingCalendar, type WorkingPeriod } from './working-calendar';

export interface HolidayYearRecord extends HolidayYear {
  provisional: boolean;
  updatedAt: Date;
  updatedBy: string | null;
}

/** Reads the holiday years from the database (the source of truth, editable by sysadmin). */
export async function loadHolidayYears(m: EntityManager): Promise<HolidayYearRecord[]> {
  const rows: { year: number; holidays: string[]; makeup_workdays: string[]; source: string; provisional: boolean; updated_at: Date; updated_by: string | null }[] =
    await m.query(
      `SELECT year, holidays::text[] AS holidays, makeup_workdays::text[] AS makeup_workdays, source, provisional, updated_at, updated_by
       FROM holiday_years ORDER BY year`,
    );
  return rows.map((r) => ({
    year: r.year,
    holidays: [...r.holidays].sort(),
    makeupWorkdays: [...r.makeup_workdays].sort(),
    source: r.source,
    provisional: r.provisional,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }));
}

/** The working period of a working day, from `working_hours` (which the SQL calendar reads too). */
export async function loadWorkingPeriods(m: EntityManager): Promise<WorkingPeriod[]> {
  const rows: { opens: string; closes: string }[] = await m.query(
    `SELECT to_char(opens, 'HH24:MI') AS opens, to_char(closes, 'HH24:MI') AS closes FROM working_hours`,
  );
  return rows.map((r) => ({ start: r.opens, end: r.closes }));
}

export async function loadWorkingCalendar(m: EntityManager): Promise<WorkingCalendar> {
  return new WorkingCalendar(await loadHolidayYears(m), { workingPeriods: await loadWorkingPeriods(m) });
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

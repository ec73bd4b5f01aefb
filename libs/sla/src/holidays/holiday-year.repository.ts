import { Injectable } from '@nestjs/common';
import { HolidayYearRecord, WorkingCalendar, WorkingPeriod } from '@app/calendar';
import { Tx } from '@app/database';

/**
 * `holiday_years` (the State Council arrangements, editable by sysadmin) and `working_hours`
 * (the working period of a working day, which the SQL calendar of the dashboards reads too).
 */
@Injectable()
export class HolidayYearRepository {
  private built?: { data: string; calendar: WorkingCalendar };

  constructor(private readonly txHost: Tx) {}

  async years(): Promise<HolidayYearRecord[]> {
    const rows: { year: number; holidays: string[]; makeup_workdays: string[]; source: string; provisional: boolean; updated_at: Date; updated_by: string | null }[] =
      await this.txHost.tx.query(
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

  async workingPeriods(): Promise<WorkingPeriod[]> {
    const rows: { opens: string; closes: string }[] = await this.txHost.tx.query(
      `SELECT to_char(opens, 'HH24:MI') AS opens, to_char(closes, 'HH24:MI') AS closes FROM working_hours`,
    );
    return rows.map((r) => ({ start: r.opens, end: r.closes }));
  }

  /**
   * The working calendar as the tables say now. Building one takes tens of milliseconds of CPU,
   * so the last one built is handed out again while the tables hold the same data: the burst of
   * first requests after a start (each reads in its own transaction, see CachedQuery) and every
   * refresh then cost two reads, not a build each, which would stall the whole process.
   */
  async workingCalendar(): Promise<WorkingCalendar> {
    const years = await this.years();
    const workingPeriods = await this.workingPeriods();
    const data = JSON.stringify([years.map(({ year, holidays, makeupWorkdays }) => [year, holidays, makeupWorkdays]), workingPeriods]);
    if (this.built?.data !== data) this.built = { data, calendar: new WorkingCalendar(years, { workingPeriods }) };
    return this.built.calendar;
  }

  /** Holds off other edits of the calendar until the transaction ends (readers go on). */
  async lockYears(): Promise<void> {
    await this.txHost.tx.query(`LOCK TABLE holiday_years IN SHARE ROW EXCLUSIVE MODE`);
  }

  async saveYear(year: HolidayYearRecord, by: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO holiday_years (year, holidays, makeup_workdays, source, provisional, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, now(), $6)
       ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, makeup_workdays = EXCLUDED.makeup_workdays,
         source = EXCLUDED.source, provisional = EXCLUDED.provisional, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [year.year, year.holidays, year.makeupWorkdays, year.source, year.provisional, by],
    );
  }
}

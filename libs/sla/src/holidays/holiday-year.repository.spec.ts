import type { Tx } from '@app/database';
import { HolidayYearRepository } from './holiday-year.repository';

/** A transaction host whose tables are the rows given: `holiday_years` and `working_hours`. */
function tablesOf(tables: { years: { year: number; holidays: string[]; makeup_workdays: string[] }[]; hours: { opens: string; closes: string } }) {
  const query = jest.fn(async (sql: string) =>
    sql.includes('FROM holiday_years') ? tables.years.map((y) => ({ ...y, source: '国务院办公厅通知', provisional: false, updated_at: new Date(), updated_by: null })) : [tables.hours],
  );
  return { host: { tx: { query } } as unknown as Tx, tables };
}

describe('HolidayYearRepository.workingCalendar', () => {
  const year2026 = { year: 2026, holidays: ['2026-01-01'], makeup_workdays: [] as string[] };

  it('builds once while the tables hold the same data, and anew when they change', async () => {
    const { host, tables } = tablesOf({ years: [year2026], hours: { opens: '09:00', closes: '17:30' } });
    const repository = new HolidayYearRepository(host);

    const [first, ...concurrent] = await Promise.all(Array.from({ length: 5 }, () => repository.workingCalendar()));
    for (const c of concurrent) expect(c).toBe(first);
    expect(first.isWorkingDay(new Date('2026-01-01T04:00:00Z'))).toBe(false);

    tables.years = [{ ...year2026, holidays: [] }];
    const edited = await repository.workingCalendar();
    expect(edited).not.toBe(first);
    expect(edited.isWorkingDay(new Date('2026-01-01T04:00:00Z'))).toBe(true);

    tables.hours = { opens: '08:30', closes: '17:00' };
    const hours = await repository.workingCalendar();
    expect(hours).not.toBe(edited);
    expect(hours.workingPeriods).toEqual([{ start: '08:30', end: '17:00' }]);
    expect(await repository.workingCalendar()).toBe(hours);
  });
});

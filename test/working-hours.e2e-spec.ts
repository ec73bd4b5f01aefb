import { DataSource } from 'typeorm';
import type { Tx } from '@app/database';
import { HolidayYearRepository } from '@app/sla';

/**
 * The working period is one row, `working_hours`, read by both calendars: the TypeScript one the
 * SLA clocks run on and the SQL one behind every dashboard working time. Changing the row moves
 * both (checked inside a transaction that is rolled back, so other specs never see it).
 */
describe('working hours: one place for both calendars', () => {
  let db: DataSource;
  beforeAll(async () => {
    // As the owner: editing the working period rebuilds the calendar, which locks the timeline.
    db = await new DataSource({ type: 'postgres', url: process.env.TEST_DATABASE_OWNER_URL }).initialize();
  });
  afterAll(() => db.destroy());

  /** Working time of Wednesday 2026-03-04 (a working day), 00:00 to 24:00 Shanghai, in SQL and in TypeScript. */
  async function oneDay(m: DataSource['manager']): Promise<{ sql: number; ts: number; periods: unknown }> {
    const [row] = await m.query(`SELECT dashboard_working_ms('2026-03-04T00:00:00+08:00', '2026-03-05T00:00:00+08:00') AS ms`);
    // The repository reads through the transaction host's manager: here, the spec's own.
    const cal = await new HolidayYearRepository({ tx: m } as unknown as Tx).workingCalendar();
    return {
      sql: Number(row.ms),
      ts: cal.workingTimeBetween(new Date('2026-03-04T00:00:00+08:00'), new Date('2026-03-05T00:00:00+08:00')),
      periods: cal.workingPeriods,
    };
  }

  it('09:00–17:30 as seeded, the same in SQL and in TypeScript', async () => {
    expect(await oneDay(db.manager)).toEqual({ sql: 8.5 * 3_600_000, ts: 8.5 * 3_600_000, periods: [{ start: '09:00', end: '17:30' }] });
  });

  it('a new period in the table is what both calendars count', async () => {
    const qr = db.createQueryRunner();
    await qr.startTransaction();
    try {
      await qr.query(`UPDATE working_hours SET opens = '08:30', closes = '17:00'`);
      expect(await oneDay(qr.manager)).toEqual({ sql: 8.5 * 3_600_000, ts: 8.5 * 3_600_000, periods: [{ start: '08:30', end: '17:00' }] });
      const [early] = await qr.query(`SELECT dashboard_working_ms('2026-03-04T08:30:00+08:00', '2026-03-04T09:00:00+08:00') AS ms`);
      expect(Number(early.ms)).toBe(30 * 60_000);
      await qr.query(`UPDATE working_hours SET opens = '09:00', closes = '12:00'`);
      expect(await oneDay(qr.manager)).toMatchObject({ sql: 3 * 3_600_000, ts: 3 * 3_600_000 });
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
    expect(await oneDay(db.manager)).toMatchObject({ sql: 8.5 * 3_600_000 });
  });

  it('holds one row only', async () => {
    await expect(db.query(`INSERT INTO working_hours (opens, closes) VALUES ('13:00', '17:30')`)).rejects.toThrow(/duplicate key/);
    await expect(db.query(`UPDATE working_hours SET closes = '08:00'`)).rejects.toThrow(/check constraint/);
  });
});

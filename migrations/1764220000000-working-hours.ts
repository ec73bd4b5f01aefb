import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working period of a working day (09:00–17:30 Asia/Shanghai) as data, in one row that both
 * calendars read: the SQL one (`dashboard_calendar_source`, hence `working_calendar_days` and
 * every working time of the dashboards) and the TypeScript one the SLA clocks run on
 * (`loadWorkingCalendar`). Until now each carried its own copy of the two times.
 *
 * One period without a break, because the SQL calendar keeps one opening and one closing time
 * per day; the single row is enforced by its key. A change rebuilds the dashboard rollups.
 */
export class WorkingHours1764220000000 implements MigrationInterface {
  name = 'WorkingHours1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_hours (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        opens time NOT NULL CHECK (opens = date_trunc('minute', opens)),
        closes time NOT NULL CHECK (closes = date_trunc('minute', closes)),
        CHECK (opens < closes)
      )`);
    await q.query(`COMMENT ON TABLE working_hours IS 'The working period of every working day, local time Asia/Shanghai; read by dashboard_calendar_source and by the SLA working calendar.'`);
    await q.query(`INSERT INTO working_hours (opens, closes) VALUES ('09:00', '17:30')`);

    // The same view, with the period read from the table instead of written into it.
    await q.query(`
      CREATE OR REPLACE VIEW dashboard_calendar_source AS
      WITH bounds AS (SELECT min(year) AS lo, max(year) AS hi FROM holiday_years),
      hours AS (
        SELECT (extract(epoch FROM opens) * 1000)::int AS open_ms, (extract(epoch FROM closes) * 1000)::int AS close_ms FROM working_hours
      ),
      days AS (
        SELECT g::date AS day FROM bounds, generate_series(make_date(bounds.lo, 1, 1), make_date(bounds.hi, 12, 31), interval '1 day') g
        WHERE bounds.lo IS NOT NULL
      ),
      flagged AS (
        SELECT d.day, y.year IS NOT NULL AS known,
          y.year IS NOT NULL AND (d.day = ANY (y.makeup_workdays) OR (extract(isodow FROM d.day) < 6 AND NOT d.day = ANY (y.holidays))) AS working
        FROM days d LEFT JOIN holiday_years y ON y.year = extract(year FROM d.day)::int
      )
      SELECT day, known, working, h.open_ms, h.close_ms,
        (count(*) FILTER (WHERE working) OVER w)::int AS working_day_no,
        (coalesce(sum(CASE WHEN working THEN h.close_ms - h.open_ms ELSE 0 END) OVER w, 0) - CASE WHEN working THEN h.close_ms - h.open_ms ELSE 0 END)::bigint AS working_ms_before,
        ((count(*) FILTER (WHERE NOT known) OVER w) - CASE WHEN known THEN 0 ELSE 1 END)::int AS unknown_days_before
      FROM flagged CROSS JOIN hours h
      WINDOW w AS (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`);
    await q.query(`COMMENT ON TABLE working_calendar_days IS 'Derived from holiday_years and working_hours by dashboard_refresh_calendar(); working_day_no counts working days up to and including the day; working_ms_before is the working time before the day starts.'`);

    // dashboard_refresh_calendar() looks only at which days are working days; a new period
    // changes every working time, so it rebuilds the calendar and the rollups from the raw tables.
    await q.query(`
      CREATE FUNCTION dashboard_working_hours_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM working_calendar_days;
        PERFORM dashboard_rebuild();
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER dashboard_working_hours_refresh AFTER UPDATE ON working_hours
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_working_hours_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS dashboard_working_hours_refresh ON working_hours`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_working_hours_changed()`);
    await q.query(`
      CREATE OR REPLACE VIEW dashboard_calendar_source AS
      WITH bounds AS (SELECT min(year) AS lo, max(year) AS hi FROM holiday_years),
      days AS (
        SELECT g::date AS day FROM bounds, generate_series(make_date(bounds.lo, 1, 1), make_date(bounds.hi, 12, 31), interval '1 day') g
        WHERE bounds.lo IS NOT NULL
      ),
      flagged AS (
        SELECT d.day, y.year IS NOT NULL AS known,
          y.year IS NOT NULL AND (d.day = ANY (y.makeup_workdays) OR (extract(isodow FROM d.day) < 6 AND NOT d.day = ANY (y.holidays))) AS working
        FROM days d LEFT JOIN holiday_years y ON y.year = extract(year FROM d.day)::int
      )
      SELECT day, known, working, 32400000 AS open_ms, 63000000 AS close_ms,
        (count(*) FILTER (WHERE working) OVER w)::int AS working_day_no,
        (coalesce(sum(CASE WHEN working THEN 30600000 ELSE 0 END) OVER w, 0) - CASE WHEN working THEN 30600000 ELSE 0 END)::bigint AS working_ms_before,
        ((count(*) FILTER (WHERE NOT known) OVER w) - CASE WHEN known THEN 0 ELSE 1 END)::int AS unknown_days_before
      FROM flagged
      WINDOW w AS (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`);
    await q.query(`DROP TABLE IF EXISTS working_hours`);
  }
}

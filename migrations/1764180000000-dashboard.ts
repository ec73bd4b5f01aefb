import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervisor dashboards that stay fast at a million cases (see docs/metrics.md).
 *
 * - `working_calendar_days`: the working calendar of `holiday_years` as one row per day, with
 *   running totals, so that working time between two instants is two lookups in SQL. A trigger on
 *   `holiday_years` keeps it (and the handling times computed with it) current.
 * - `dashboard_daily`: counts per Shanghai day × zone × programme × category × platform, taken
 *   from the case timeline (`case_events`) by a statement trigger in the same transaction.
 * - `dashboard_resolutions`: one row per resolution with its handling time in working time,
 *   for means, medians and 90th percentiles.
 * - `dashboard_sla_daily`: SLA clocks met on time / late per day, kept by triggers on
 *   `sla_clocks` from the difference between the old and the new rows.
 * - Partial and covering indexes for the open backlog, escalations and open SLA clocks.
 *
 * Triggers rather than an application listener: they see every writer (the case service, the
 * SLA worker, seeds, repairs), they have the old row, and they are atomic with the change.
 * Every rollup can be rebuilt from the raw tables with `SELECT dashboard_rebuild()`.
 */
export class Dashboard1764180000000 implements MigrationInterface {
  name = 'Dashboard1764180000000';

  async up(q: QueryRunner): Promise<void> {
    // The working period of every working day as this migration first wrote it: 09:00–17:30.
    const [open, close] = ['09:00', '17:30'].map(clockMs);

    // ---------------------------------------------------------------------------------------
    // Working calendar in SQL

    await q.query(`
      CREATE TABLE working_calendar_days (
        day date PRIMARY KEY,
        known boolean NOT NULL,
        working boolean NOT NULL,
        open_ms integer NOT NULL,
        close_ms integer NOT NULL,
        working_day_no integer NOT NULL,
        working_ms_before bigint NOT NULL,
        unknown_days_before integer NOT NULL
      )`);
    await q.query(`COMMENT ON TABLE working_calendar_days IS 'Derived from holiday_years by dashboard_refresh_calendar(); working time 09:00-17:30 Asia/Shanghai. working_day_no counts working days up to and including the day; working_ms_before is the working time before the day starts.'`);
    await q.query(`
      CREATE VIEW dashboard_calendar_source AS
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
      SELECT day, known, working, ${open} AS open_ms, ${close} AS close_ms,
        (count(*) FILTER (WHERE working) OVER w)::int AS working_day_no,
        (coalesce(sum(CASE WHEN working THEN ${close - open} ELSE 0 END) OVER w, 0) - CASE WHEN working THEN ${close - open} ELSE 0 END)::bigint AS working_ms_before,
        ((count(*) FILTER (WHERE NOT known) OVER w) - CASE WHEN known THEN 0 ELSE 1 END)::int AS unknown_days_before
      FROM flagged
      WINDOW w AS (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`);

    // Working time between two instants, as WorkingCalendar.workingTimeBetween computes it;
    // NULL when either end or anything between lies in a year without holiday data.
    await q.query(`
      CREATE FUNCTION dashboard_working_ms(a timestamptz, b timestamptz) RETURNS bigint LANGUAGE sql STABLE AS $$
        SELECT ${workingMsBetween('a', 'ka', 'b', 'kb')}
        FROM working_calendar_days ka, working_calendar_days kb
        WHERE ka.day = ${localDay('a')} AND kb.day = ${localDay('b')}
      $$`);

    // ---------------------------------------------------------------------------------------
    // Rollups

    await q.query(`
      CREATE TABLE dashboard_daily (
        day date NOT NULL,
        zone_id text NOT NULL,
        programme text NOT NULL,
        category text NOT NULL,
        platform text NOT NULL,
        submitted integer NOT NULL DEFAULT 0,
        accepted integer NOT NULL DEFAULT 0,
        rejected integer NOT NULL DEFAULT 0,
        resolved integer NOT NULL DEFAULT 0,
        reopened integer NOT NULL DEFAULT 0,
        withdrawn integer NOT NULL DEFAULT 0,
        escalated integer NOT NULL DEFAULT 0,
        rated_1 integer NOT NULL DEFAULT 0,
        rated_2 integer NOT NULL DEFAULT 0,
        rated_3 integer NOT NULL DEFAULT 0,
        rated_4 integer NOT NULL DEFAULT 0,
        rated_5 integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, zone_id, programme, category, platform)
      )`);
    await q.query(`COMMENT ON TABLE dashboard_daily IS 'Timeline events per Shanghai day; platform is the shield intake platform, empty for other programmes.'`);

    await q.query(`
      CREATE TABLE dashboard_resolutions (
        event_id bigint PRIMARY KEY,
        case_id uuid NOT NULL,
        zone_id text NOT NULL,
        programme text NOT NULL,
        assignee_id uuid,
        submitted_at timestamptz,
        resolved_at timestamptz NOT NULL,
        handling_ms bigint,
        due_at timestamptz
      )`);
    await q.query(`COMMENT ON TABLE dashboard_resolutions IS 'One row per resolve event: handling time submission to resolution in working time (NULL if the calendar lacks a year), and the resolve deadline known at that moment.'`);
    await q.query(
      `CREATE INDEX dashboard_resolutions_zone_time_idx ON dashboard_resolutions (zone_id, resolved_at) INCLUDE (programme, assignee_id, handling_ms, due_at)`,
    );

    await q.query(`
      CREATE TABLE dashboard_sla_daily (
        day date NOT NULL,
        zone_id text NOT NULL,
        programme text NOT NULL,
        clock text NOT NULL,
        met_on_time integer NOT NULL DEFAULT 0,
        met_late integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, zone_id, programme, clock)
      )`);
    await q.query(`COMMENT ON TABLE dashboard_sla_daily IS 'SLA clocks that stopped as met, by the Shanghai day they stopped: before their deadline (breached_at IS NULL) or after.'`);

    // ---------------------------------------------------------------------------------------
    // Keeping them current

    await q.query(`
      CREATE FUNCTION dashboard_refresh_calendar() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        first_changed date;
        last_changed date;
      BEGIN
        SELECT min(coalesce(n.day, o.day)), max(coalesce(n.day, o.day)) INTO first_changed, last_changed
        FROM dashboard_calendar_source n FULL JOIN working_calendar_days o ON o.day = n.day
        WHERE (n.known, n.working) IS DISTINCT FROM (o.known, o.working);
        IF first_changed IS NULL THEN
          RETURN;
        END IF;
        DELETE FROM working_calendar_days;
        INSERT INTO working_calendar_days SELECT * FROM dashboard_calendar_source;
        -- Only spans that cross a changed day change their working time.
        UPDATE dashboard_resolutions r SET handling_ms = dashboard_working_ms(r.submitted_at, r.resolved_at)
        WHERE r.resolved_at >= first_changed::timestamp AT TIME ZONE 'Asia/Shanghai'
          AND r.submitted_at < (last_changed + 1)::timestamp AT TIME ZONE 'Asia/Shanghai';
      END $$`);
    await q.query(`
      CREATE FUNCTION dashboard_holiday_years_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM dashboard_refresh_calendar();
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER dashboard_calendar_refresh AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON holiday_years
      FOR EACH STATEMENT EXECUTE FUNCTION dashboard_holiday_years_changed()`);

    await q.query(`
      CREATE FUNCTION dashboard_case_events_ingest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${ingestDaily('new_events')};
        ${ingestResolutions('new_events')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER dashboard_case_events_ingest AFTER INSERT ON case_events
      REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION dashboard_case_events_ingest()`);

    await q.query(`CREATE FUNCTION dashboard_sla_clocks_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${applySla('new_rows', null)}; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION dashboard_sla_clocks_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${applySla('new_rows', 'old_rows')}; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION dashboard_sla_clocks_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${applySla(null, 'old_rows')}; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION dashboard_sla_clocks_truncated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM dashboard_sla_daily; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER dashboard_sla_ins AFTER INSERT ON sla_clocks REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_sla_clocks_inserted()`);
    await q.query(
      `CREATE TRIGGER dashboard_sla_upd AFTER UPDATE ON sla_clocks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_sla_clocks_updated()`,
    );
    await q.query(`CREATE TRIGGER dashboard_sla_del AFTER DELETE ON sla_clocks REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_sla_clocks_deleted()`);
    await q.query(`CREATE TRIGGER dashboard_sla_trunc AFTER TRUNCATE ON sla_clocks FOR EACH STATEMENT EXECUTE FUNCTION dashboard_sla_clocks_truncated()`);

    // The same statements over the whole tables: for bulk loads and repairs, run as the owner.
    await q.query(`
      CREATE FUNCTION dashboard_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE case_events, sla_clocks, holiday_years IN SHARE MODE;
        PERFORM dashboard_refresh_calendar();
        TRUNCATE dashboard_daily, dashboard_resolutions, dashboard_sla_daily;
        ${ingestDaily('case_events')};
        ${ingestResolutions('case_events')};
        ${applySla('sla_clocks', null)};
      END $$`);

    // ---------------------------------------------------------------------------------------
    // Indexes for the live parts (backlog, escalations, open SLA clocks)

    await q.query(`
      CREATE INDEX dashboard_cases_open_idx ON cases (zone_id, programme, status) INCLUDE (category, submitted_at, assignee_id)
      WHERE status IN ('submitted', 'accepted', 'in_progress', 'awaiting_creator', 'escalated')`);
    await q.query(
      `CREATE INDEX dashboard_escalations_time_idx ON escalations (escalated_at) INCLUDE (case_id, authority_id, outcome, automatic, acknowledged_at, ended_at)`,
    );
    await q.query(`CREATE INDEX dashboard_sla_open_due_idx ON sla_clocks (due_at) INCLUDE (case_id, clock, warn_at, breached_at) WHERE stopped_at IS NULL`);

    await q.query(`SELECT dashboard_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS dashboard_sla_open_due_idx`);
    await q.query(`DROP INDEX IF EXISTS dashboard_escalations_time_idx`);
    await q.query(`DROP INDEX IF EXISTS dashboard_cases_open_idx`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_rebuild()`);
    for (const t of ['dashboard_sla_trunc', 'dashboard_sla_del', 'dashboard_sla_upd', 'dashboard_sla_ins']) await q.query(`DROP TRIGGER IF EXISTS ${t} ON sla_clocks`);
    await q.query(`DROP TRIGGER IF EXISTS dashboard_case_events_ingest ON case_events`);
    await q.query(`DROP TRIGGER IF EXISTS dashboard_calendar_refresh ON holiday_years`);
    for (const f of [
      'dashboard_sla_clocks_truncated',
      'dashboard_sla_clocks_deleted',
      'dashboard_sla_clocks_updated',
      'dashboard_sla_clocks_inserted',
      'dashboard_case_events_ingest',
      'dashboard_holiday_years_changed',
      'dashboard_refresh_calendar',
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS ${f}()`);
    }
    await q.query(`DROP TABLE IF EXISTS dashboard_sla_daily, dashboard_resolutions, dashboard_daily`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_working_ms(timestamptz, timestamptz)`);
    await q.query(`DROP VIEW IF EXISTS dashboard_calendar_source`);
    await q.query(`DROP TABLE IF EXISTS working_calendar_days`);
  }
}

function clockMs(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h * 60 + m) * 60_000;
}

const localDay = (t: string) => `(${t} AT TIME ZONE 'Asia/Shanghai')::date`;

/** Working ms from the calendar's first day up to instant `t`, with `k` the calendar row of t's day. */
function workingMsAt(t: string, k: string): string {
  const msOfDay = `floor(extract(epoch FROM (${t} AT TIME ZONE 'Asia/Shanghai')::time) * 1000)::bigint`;
  return `CASE WHEN ${k}.known THEN ${k}.working_ms_before + CASE WHEN ${k}.working THEN LEAST(GREATEST(${msOfDay} - ${k}.open_ms, 0), ${k}.close_ms - ${k}.open_ms) ELSE 0 END END`;
}

function workingMsBetween(a: string, ka: string, b: string, kb: string): string {
  return `CASE WHEN ${b} <= ${a} THEN 0::bigint WHEN ${ka}.unknown_days_before <> ${kb}.unknown_days_before THEN NULL ELSE (${workingMsAt(b, kb)}) - (${workingMsAt(a, ka)}) END`;
}

const ACTION = `e.data->>'action'`;
const COUNTED_ACTIONS = `('submit', 'accept', 'reject', 'resolve', 'reopen', 'withdraw', 'escalate', 'rate')`;

/** Adds the counted timeline events of `source` (case_events or its transition table) to dashboard_daily. */
function ingestDaily(source: string): string {
  const n = (condition: string) => `count(*) FILTER (WHERE ${condition})`;
  const rated = (level: number) => n(`${ACTION} = 'rate' AND e.data->>'level' = '${level}'`);
  const counters = ['submitted', 'accepted', 'rejected', 'resolved', 'reopened', 'withdrawn', 'escalated', 'rated_1', 'rated_2', 'rated_3', 'rated_4', 'rated_5'];
  return `
    INSERT INTO dashboard_daily AS t (day, zone_id, programme, category, platform, ${counters.join(', ')})
    SELECT ${localDay('e.at')}, c.zone_id, c.programme, c.category,
      CASE WHEN c.programme = 'shield' THEN coalesce(c.intake->>'platform', '') ELSE '' END,
      ${n(`${ACTION} = 'submit' AND e.data->>'to' = 'submitted'`)},
      ${n(`${ACTION} = 'accept'`)},
      ${n(`${ACTION} = 'reject'`)},
      ${n(`${ACTION} = 'resolve'`)},
      ${n(`${ACTION} = 'reopen'`)},
      ${n(`${ACTION} = 'withdraw'`)},
      ${n(`${ACTION} = 'escalate'`)},
      ${[1, 2, 3, 4, 5].map(rated).join(', ')}
    FROM ${source} e JOIN cases c ON c.id = e.case_id
    WHERE e.kind IN ('status_change', 'escalation') AND ${ACTION} IN ${COUNTED_ACTIONS}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, zone_id, programme, category, platform) DO UPDATE SET
      ${counters.map((k) => `${k} = t.${k} + EXCLUDED.${k}`).join(', ')}`;
}

/** Records the resolutions among the events of `source` with their handling time and deadline. */
function ingestResolutions(source: string): string {
  return `
    INSERT INTO dashboard_resolutions (event_id, case_id, zone_id, programme, assignee_id, submitted_at, resolved_at, handling_ms, due_at)
    SELECT e.id, e.case_id, c.zone_id, c.programme, c.assignee_id, c.submitted_at, e.at,
      ${workingMsBetween('c.submitted_at', 'ka', 'e.at', 'kb')},
      (SELECT s.due_at FROM sla_clocks s WHERE s.case_id = e.case_id AND s.clock = 'resolve')
    FROM ${source} e
      JOIN cases c ON c.id = e.case_id
      LEFT JOIN working_calendar_days ka ON ka.day = ${localDay('c.submitted_at')}
      LEFT JOIN working_calendar_days kb ON kb.day = ${localDay('e.at')}
    WHERE e.kind = 'status_change' AND ${ACTION} = 'resolve'
    ON CONFLICT (event_id) DO NOTHING`;
}

/** Adds the met clocks of `added` and takes away those of `removed` (transition tables or sla_clocks). */
function applySla(added: string | null, removed: string | null): string {
  const part = (source: string, sign: 1 | -1) => `
      SELECT ${localDay('s.stopped_at')} AS day, c.zone_id, c.programme, s.clock,
        ${sign} * (s.breached_at IS NULL)::int AS on_time, ${sign} * (s.breached_at IS NOT NULL)::int AS late
      FROM ${source} s JOIN cases c ON c.id = s.case_id
      WHERE s.stop_reason = 'met'`;
  const parts = [added && part(added, 1), removed && part(removed, -1)].filter(Boolean).join(' UNION ALL ');
  return `
    INSERT INTO dashboard_sla_daily AS t (day, zone_id, programme, clock, met_on_time, met_late)
    SELECT day, zone_id, programme, clock, sum(on_time), sum(late)
    FROM (${parts}) x
    GROUP BY 1, 2, 3, 4
    HAVING sum(on_time) <> 0 OR sum(late) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, zone_id, programme, clock) DO UPDATE SET
      met_on_time = t.met_on_time + EXCLUDED.met_on_time, met_late = t.met_late + EXCLUDED.met_late`;
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dashboard rollups for year-long ranges at a million cases (the first dashboard migration is
 * already applied in shared databases, so this one adds to it). Medians and 90th percentiles
 * stay exact without sorting a year of rows: the values are counted per duration bucket, the
 * bucket holding the wanted rank is found in the counts, and the value is read among that
 * bucket's few rows through an index on (zone, bucket, time).
 *
 * - `dashboard_handling_daily`: resolutions per day × zone × programme × handling-time bucket,
 *   with the sum of handling times (means).
 * - `dashboard_agent_daily`: resolutions per day and assignee, how many met their deadline, and
 *   their handling time (sum, for the mean).
 * - `dashboard_escalations`: one narrow row per escalation (zone, programme, authority, outcome,
 *   first of its case or not, working time to acknowledgement and to the answer, their buckets),
 *   kept by triggers on `escalations`. A year is ~130,000 rows at a million cases: one index-only
 *   scan gives the counts and the bucket counts (a daily rollup would not be smaller).
 * - `dashboard_resolutions` feeds its rollups by statement triggers from old and new rows, so
 *   live changes, calendar corrections and `dashboard_rebuild()` take the same path.
 * - `cases (id) INCLUDE (zone_id, programme)`: scope checks on joins without reading case rows.
 */
export class DashboardRollups1764190000000 implements MigrationInterface {
  name = 'DashboardRollups1764190000000';

  async up(q: QueryRunner): Promise<void> {
    // Buckets of a duration: exact integers, monotonic, eight per doubling of the minutes.
    await q.query(`CREATE FUNCTION dashboard_bit_length(x bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT length(ltrim(x::bit(64)::text, '0')) $$`);
    await q.query(`
      CREATE FUNCTION dashboard_duration_bucket(ms bigint) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
        SELECT (CASE
          WHEN ms IS NULL THEN -1
          WHEN dashboard_bit_length(greatest(ms, 0) / 60000 + 1) <= 4 THEN greatest(ms, 0) / 60000
          ELSE (dashboard_bit_length(greatest(ms, 0) / 60000 + 1) - 4) * 8
            + (((greatest(ms, 0) / 60000 + 1) >> (dashboard_bit_length(greatest(ms, 0) / 60000 + 1) - 4)) & 7) + 7
        END)::smallint
      $$`);

    await q.query(`ALTER TABLE dashboard_resolutions ADD COLUMN bucket smallint NOT NULL DEFAULT -1`);
    await q.query(`DROP INDEX dashboard_resolutions_zone_time_idx`);
    await q.query(`CREATE INDEX dashboard_resolutions_bucket_idx ON dashboard_resolutions (zone_id, bucket, resolved_at) INCLUDE (programme, handling_ms)`);

    await q.query(`
      CREATE TABLE dashboard_handling_daily (
        day date NOT NULL,
        zone_id text NOT NULL,
        programme text NOT NULL,
        bucket smallint NOT NULL,
        resolutions integer NOT NULL DEFAULT 0,
        handling_sum_ms bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (day, zone_id, programme, bucket)
      )`);
    await q.query(`COMMENT ON TABLE dashboard_handling_daily IS 'Resolutions per Shanghai day by handling-time bucket (dashboard_duration_bucket; -1 = not measurable), with the sum of handling times.'`);

    await q.query(`
      CREATE TABLE dashboard_agent_daily (
        day date NOT NULL,
        zone_id text NOT NULL,
        programme text NOT NULL,
        assignee_id uuid,
        resolved integer NOT NULL DEFAULT 0,
        with_due integer NOT NULL DEFAULT 0,
        on_time integer NOT NULL DEFAULT 0,
        measured integer NOT NULL DEFAULT 0,
        handling_sum_ms bigint NOT NULL DEFAULT 0,
        CONSTRAINT dashboard_agent_daily_key UNIQUE NULLS NOT DISTINCT (day, zone_id, programme, assignee_id)
      )`);

    await q.query(`
      CREATE TABLE dashboard_escalations (
        escalation_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        zone_id text NOT NULL,
        programme text NOT NULL,
        authority_id text NOT NULL,
        automatic boolean NOT NULL,
        first_for_case boolean NOT NULL,
        escalated_at timestamptz NOT NULL,
        outcome text,
        ack_ms bigint,
        taken_ms bigint,
        ack_bucket smallint NOT NULL,
        taken_bucket smallint NOT NULL
      )`);
    await q.query(`COMMENT ON TABLE dashboard_escalations IS 'One row per escalation: first_for_case when no earlier escalation of the case exists; working time to acknowledgement and to the end (taken only for returned, resolved, escalated_on; bucket -1 otherwise).'`);
    await q.query(
      `CREATE INDEX dashboard_escalations_zone_time_idx ON dashboard_escalations (zone_id, escalated_at) INCLUDE (programme, authority_id, automatic, first_for_case, outcome, ack_bucket, taken_bucket)`,
    );
    await q.query(`CREATE INDEX dashboard_escalations_ack_idx ON dashboard_escalations (zone_id, ack_bucket, escalated_at) INCLUDE (programme, authority_id, ack_ms)`);
    await q.query(`CREATE INDEX dashboard_escalations_taken_idx ON dashboard_escalations (zone_id, taken_bucket, escalated_at) INCLUDE (programme, authority_id, taken_ms)`);
    await q.query(`DROP INDEX dashboard_escalations_time_idx`);
    await q.query(`CREATE INDEX dashboard_cases_scope_idx ON cases (id) INCLUDE (zone_id, programme)`);

    // ---------------------------------------------------------------------------------------

    await q.query(`
      CREATE OR REPLACE FUNCTION dashboard_case_events_ingest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${ingestDaily('new_events')};
        ${ingestResolutions('new_events')};
        RETURN NULL;
      END $$`);

    // Resolution facts → handling and agent rollups.
    await q.query(`CREATE FUNCTION dashboard_resolutions_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${resolutionRollups('new_rows', null)}; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION dashboard_resolutions_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${resolutionRollups('new_rows', 'old_rows')}; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER dashboard_resolutions_ins AFTER INSERT ON dashboard_resolutions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_resolutions_inserted()`);
    await q.query(
      `CREATE TRIGGER dashboard_resolutions_upd AFTER UPDATE ON dashboard_resolutions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_resolutions_updated()`,
    );

    // Escalations → escalation facts.
    await q.query(`CREATE FUNCTION dashboard_escalations_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${upsertEscalations('changed_rows')}; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER dashboard_escalations_ins AFTER INSERT ON escalations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_escalations_changed()`);
    await q.query(`CREATE TRIGGER dashboard_escalations_upd AFTER UPDATE ON escalations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_escalations_changed()`);

    await q.query(`
      CREATE OR REPLACE FUNCTION dashboard_refresh_calendar() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        first_changed date;
        last_changed date;
        span_start timestamptz;
        span_end timestamptz;
      BEGIN
        SELECT min(coalesce(n.day, o.day)), max(coalesce(n.day, o.day)) INTO first_changed, last_changed
        FROM dashboard_calendar_source n FULL JOIN working_calendar_days o ON o.day = n.day
        WHERE (n.known, n.working) IS DISTINCT FROM (o.known, o.working);
        IF first_changed IS NULL THEN
          RETURN;
        END IF;
        DELETE FROM working_calendar_days;
        INSERT INTO working_calendar_days SELECT * FROM dashboard_calendar_source;
        span_start := first_changed::timestamp AT TIME ZONE 'Asia/Shanghai';
        span_end := (last_changed + 1)::timestamp AT TIME ZONE 'Asia/Shanghai';
        -- Only spans that cross a changed day change their working time; the rollups follow by trigger.
        UPDATE dashboard_resolutions r SET handling_ms = x.h, bucket = dashboard_duration_bucket(x.h)
        FROM (SELECT event_id, dashboard_working_ms(submitted_at, resolved_at) AS h FROM dashboard_resolutions
              WHERE resolved_at >= span_start AND submitted_at < span_end) x
        WHERE r.event_id = x.event_id AND r.handling_ms IS DISTINCT FROM x.h;
        ${upsertEscalations('escalations', `WHERE n.escalated_at < span_end AND coalesce(n.ended_at, n.acknowledged_at, n.escalated_at) >= span_start`)};
      END $$`);

    await q.query(`
      CREATE OR REPLACE FUNCTION dashboard_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE case_events, sla_clocks, escalations, holiday_years IN SHARE MODE;
        PERFORM dashboard_refresh_calendar();
        TRUNCATE dashboard_daily, dashboard_resolutions, dashboard_handling_daily, dashboard_agent_daily, dashboard_sla_daily, dashboard_escalations;
        ${ingestDaily('case_events')};
        ${ingestResolutions('case_events')};
        ${applySla('sla_clocks')};
        ${upsertEscalations('escalations')};
      END $$`);

    await q.query(`SELECT dashboard_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS dashboard_escalations_upd ON escalations`);
    await q.query(`DROP TRIGGER IF EXISTS dashboard_escalations_ins ON escalations`);
    await q.query(`DROP TABLE IF EXISTS dashboard_escalations, dashboard_agent_daily, dashboard_handling_daily`);
    await q.query(`DROP TRIGGER IF EXISTS dashboard_resolutions_upd ON dashboard_resolutions`);
    await q.query(`DROP TRIGGER IF EXISTS dashboard_resolutions_ins ON dashboard_resolutions`);
    for (const f of ['dashboard_escalations_changed', 'dashboard_resolutions_inserted', 'dashboard_resolutions_updated']) {
      await q.query(`DROP FUNCTION IF EXISTS ${f}()`);
    }
    await q.query(`DROP INDEX IF EXISTS dashboard_cases_scope_idx`);
    await q.query(`CREATE INDEX IF NOT EXISTS dashboard_escalations_time_idx ON escalations (escalated_at) INCLUDE (case_id, authority_id, outcome, automatic, acknowledged_at, ended_at)`);
    await q.query(`DROP INDEX IF EXISTS dashboard_resolutions_bucket_idx`);
    await q.query(`CREATE INDEX IF NOT EXISTS dashboard_resolutions_zone_time_idx ON dashboard_resolutions (zone_id, resolved_at) INCLUDE (programme, assignee_id, handling_ms, due_at)`);
    await q.query(`ALTER TABLE dashboard_resolutions DROP COLUMN IF EXISTS bucket`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_duration_bucket(bigint)`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_bit_length(bigint)`);
    // dashboard_case_events_ingest, dashboard_refresh_calendar and dashboard_rebuild keep this
    // version's bodies; the previous migration's down drops them.
  }
}

const localDay = (t: string) => `(${t} AT TIME ZONE 'Asia/Shanghai')::date`;

function workingMsAt(t: string, k: string): string {
  const msOfDay = `floor(extract(epoch FROM (${t} AT TIME ZONE 'Asia/Shanghai')::time) * 1000)::bigint`;
  return `CASE WHEN ${k}.known THEN ${k}.working_ms_before + CASE WHEN ${k}.working THEN LEAST(GREATEST(${msOfDay} - ${k}.open_ms, 0), ${k}.close_ms - ${k}.open_ms) ELSE 0 END END`;
}

/** As dashboard_working_ms(a, b), over calendar rows joined by the caller (fast over many rows). */
function workingMsBetween(a: string, ka: string, b: string, kb: string): string {
  return `CASE WHEN ${b} IS NULL OR ${a} IS NULL THEN NULL WHEN ${b} <= ${a} THEN 0::bigint WHEN ${ka}.unknown_days_before <> ${kb}.unknown_days_before THEN NULL ELSE (${workingMsAt(b, kb)}) - (${workingMsAt(a, ka)}) END`;
}

const ACTION = `e.data->>'action'`;

/** Unchanged from the first dashboard migration. */
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
    WHERE e.kind IN ('status_change', 'escalation') AND ${ACTION} IN ('submit', 'accept', 'reject', 'resolve', 'reopen', 'withdraw', 'escalate', 'rate')
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (day, zone_id, programme, category, platform) DO UPDATE SET
      ${counters.map((k) => `${k} = t.${k} + EXCLUDED.${k}`).join(', ')}`;
}

/** Resolutions of `source` with handling time, bucket and the deadline known now (rollups follow by trigger). */
function ingestResolutions(source: string): string {
  return `
    INSERT INTO dashboard_resolutions (event_id, case_id, zone_id, programme, assignee_id, submitted_at, resolved_at, handling_ms, due_at, bucket)
    SELECT x.id, x.case_id, x.zone_id, x.programme, x.assignee_id, x.submitted_at, x.at, x.h, x.due_at, dashboard_duration_bucket(x.h)
    FROM (
      SELECT e.id, e.case_id, c.zone_id, c.programme, c.assignee_id, c.submitted_at, e.at,
        ${workingMsBetween('c.submitted_at', 'ka', 'e.at', 'kb')} AS h,
        (SELECT s.due_at FROM sla_clocks s WHERE s.case_id = e.case_id AND s.clock = 'resolve') AS due_at
      FROM ${source} e
        JOIN cases c ON c.id = e.case_id
        LEFT JOIN working_calendar_days ka ON ka.day = ${localDay('c.submitted_at')}
        LEFT JOIN working_calendar_days kb ON kb.day = ${localDay('e.at')}
      WHERE e.kind = 'status_change' AND ${ACTION} = 'resolve'
    ) x
    ON CONFLICT (event_id) DO NOTHING`;
}

/** Adds the resolutions of `added` to the handling and agent rollups and takes away those of `removed`. */
function resolutionRollups(added: string, removed: string | null): string {
  const rows = (select: (sign: string) => string) => [`${select('1')} FROM ${added} r`, removed && `${select('-1')} FROM ${removed} r`].filter(Boolean).join(' UNION ALL ');
  const handling = rows((sign) => `SELECT ${localDay('r.resolved_at')} AS day, r.zone_id, r.programme, r.bucket, ${sign} AS n, ${sign} * coalesce(r.handling_ms, 0) AS ms`);
  const agents = rows(
    (sign) =>
      `SELECT ${localDay('r.resolved_at')} AS day, r.zone_id, r.programme, r.assignee_id, ${sign} AS n, ${sign} * (r.due_at IS NOT NULL)::int AS with_due,
         ${sign} * ((r.resolved_at <= r.due_at) IS TRUE)::int AS on_time, ${sign} * (r.handling_ms IS NOT NULL)::int AS measured, ${sign} * coalesce(r.handling_ms, 0) AS ms`,
  );
  return `
    INSERT INTO dashboard_handling_daily AS t (day, zone_id, programme, bucket, resolutions, handling_sum_ms)
    SELECT day, zone_id, programme, bucket, sum(n), sum(ms) FROM (${handling}) x
    GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(ms) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, zone_id, programme, bucket) DO UPDATE SET
      resolutions = t.resolutions + EXCLUDED.resolutions, handling_sum_ms = t.handling_sum_ms + EXCLUDED.handling_sum_ms;
    INSERT INTO dashboard_agent_daily AS t (day, zone_id, programme, assignee_id, resolved, with_due, on_time, measured, handling_sum_ms)
    SELECT day, zone_id, programme, assignee_id, sum(n), sum(with_due), sum(on_time), sum(measured), sum(ms) FROM (${agents}) x
    GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(with_due) <> 0 OR sum(on_time) <> 0 OR sum(measured) <> 0 OR sum(ms) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, zone_id, programme, assignee_id) DO UPDATE SET
      resolved = t.resolved + EXCLUDED.resolved, with_due = t.with_due + EXCLUDED.with_due, on_time = t.on_time + EXCLUDED.on_time,
      measured = t.measured + EXCLUDED.measured, handling_sum_ms = t.handling_sum_ms + EXCLUDED.handling_sum_ms`;
}

/** Unchanged from the first dashboard migration (added rows only: for the rebuild). */
function applySla(added: string): string {
  return `
    INSERT INTO dashboard_sla_daily AS t (day, zone_id, programme, clock, met_on_time, met_late)
    SELECT ${localDay('s.stopped_at')}, c.zone_id, c.programme, s.clock, count(*) FILTER (WHERE s.breached_at IS NULL), count(*) FILTER (WHERE s.breached_at IS NOT NULL)
    FROM ${added} s JOIN cases c ON c.id = s.case_id
    WHERE s.stop_reason = 'met'
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (day, zone_id, programme, clock) DO UPDATE SET
      met_on_time = t.met_on_time + EXCLUDED.met_on_time, met_late = t.met_late + EXCLUDED.met_late`;
}

const TAKEN = `('returned', 'resolved', 'escalated_on')`;

/** The escalation facts of the rows of `source` (inserted or updated escalations), as they now are. */
function upsertEscalations(source: string, where = ''): string {
  const ack = workingMsBetween('n.escalated_at', 'k1', 'n.acknowledged_at', 'k2');
  const taken = workingMsBetween('n.escalated_at', 'k1', 'n.ended_at', 'k3');
  return `
    INSERT INTO dashboard_escalations (escalation_id, case_id, zone_id, programme, authority_id, automatic, first_for_case, escalated_at, outcome, ack_ms, taken_ms, ack_bucket, taken_bucket)
    SELECT x.*, dashboard_duration_bucket(x.ack_ms), CASE WHEN x.outcome IN ${TAKEN} THEN dashboard_duration_bucket(x.taken_ms) ELSE -1 END
    FROM (
      SELECT n.id, n.case_id, c.zone_id, c.programme, n.authority_id, n.automatic,
        NOT EXISTS (SELECT 1 FROM escalations o WHERE o.case_id = n.case_id AND (o.escalated_at < n.escalated_at OR (o.escalated_at = n.escalated_at AND o.id < n.id))),
        n.escalated_at, n.outcome, ${ack} AS ack_ms, ${taken} AS taken_ms
      FROM ${source} n
        JOIN cases c ON c.id = n.case_id
        LEFT JOIN working_calendar_days k1 ON k1.day = ${localDay('n.escalated_at')}
        LEFT JOIN working_calendar_days k2 ON k2.day = ${localDay('n.acknowledged_at')}
        LEFT JOIN working_calendar_days k3 ON k3.day = ${localDay('n.ended_at')}
      ${where}
    ) x
    ORDER BY x.id
    ON CONFLICT (escalation_id) DO UPDATE SET
      authority_id = EXCLUDED.authority_id, automatic = EXCLUDED.automatic, outcome = EXCLUDED.outcome,
      ack_ms = EXCLUDED.ack_ms, taken_ms = EXCLUDED.taken_ms, ack_bucket = EXCLUDED.ack_bucket, taken_bucket = EXCLUDED.taken_bucket
    WHERE (dashboard_escalations.authority_id, dashboard_escalations.automatic, dashboard_escalations.outcome, dashboard_escalations.ack_ms, dashboard_escalations.taken_ms)
      IS DISTINCT FROM (EXCLUDED.authority_id, EXCLUDED.automatic, EXCLUDED.outcome, EXCLUDED.ack_ms, EXCLUDED.taken_ms)`;
}

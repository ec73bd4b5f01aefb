import { MigrationInterface, QueryRunner } from 'typeorm';

/** Timeline entries of dispatch, added to whatever kinds `case_events` allows already. */
const DISPATCH_EVENT_KINDS = ['transfer', 'supervision', 'return_visit'];

const localDay = (t: string) => `(${t} AT TIME ZONE 'Asia/Shanghai')::date`;
const LEVELS = [1, 2, 3, 4, 5];
const COUNTERS = ['responded', 'responded_on_time', 'visits', 'visits_solved', ...LEVELS.map((l) => `rated_${l}`), ...LEVELS.map((l) => `verdict_rated_${l}`)];

/**
 * Dispatch like the 12345 hotline (国办发〔2020〕53号): transfers between zones (转办), supervision
 * orders (督办单) with their reminder and escalation, return visits after resolution (回访), and
 * the rollup behind the three rates (响应率, 解决率, 满意率) per day, zone, programme and agent.
 *
 * `dashboard_rates_daily` is kept by statement triggers on `sla_clocks` (first responses),
 * `case_events` (ratings) and `return_visits` (outcomes), in the transaction of the change;
 * `dispatch_rates_rebuild()` recomputes it from the raw tables.
 */
export class Dispatch1764505000000 implements MigrationInterface {
  name = 'Dispatch1764505000000';

  async up(q: QueryRunner): Promise<void> {
    await extendEventKinds(q, DISPATCH_EVENT_KINDS);

    await q.query(`
      CREATE TABLE case_transfers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        from_zone_id text NOT NULL REFERENCES zones(id),
        to_zone_id text NOT NULL REFERENCES zones(id),
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'returned')),
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_at timestamptz NOT NULL,
        respond_by timestamptz,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        return_reason text,
        CHECK (from_zone_id <> to_zone_id),
        CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX case_transfers_one_pending ON case_transfers (case_id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX case_transfers_case_idx ON case_transfers (case_id, requested_at)`);
    await q.query(`CREATE INDEX case_transfers_to_zone_idx ON case_transfers (to_zone_id, status, requested_at)`);

    await q.query(`
      CREATE TABLE supervision_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        zone_id text NOT NULL REFERENCES zones(id),
        issued_by uuid NOT NULL REFERENCES users(id),
        issuer_role text NOT NULL CHECK (issuer_role IN ('supervisor', 'cac_officer')),
        issuer_zone_id text REFERENCES zones(id),
        issuer_authority_id text REFERENCES authorities(id),
        requirement text NOT NULL,
        issued_at timestamptz NOT NULL,
        deadline timestamptz NOT NULL,
        remind_at timestamptz NOT NULL,
        reminded_at timestamptz,
        escalated_at timestamptz,
        escalated_to text,
        answer text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        CHECK (deadline > issued_at),
        CHECK ((answer IS NULL) = (answered_at IS NULL))
      )`);
    await q.query(`CREATE INDEX supervision_orders_case_idx ON supervision_orders (case_id, issued_at)`);
    await q.query(`CREATE INDEX supervision_orders_zone_idx ON supervision_orders (zone_id, issued_at)`);
    // What the sweep looks for: reminders and escalations due and not yet done.
    await q.query(`CREATE INDEX supervision_orders_remind_due ON supervision_orders (remind_at) WHERE reminded_at IS NULL AND answered_at IS NULL`);
    await q.query(`CREATE INDEX supervision_orders_escalation_due ON supervision_orders (deadline) WHERE escalated_at IS NULL AND answered_at IS NULL`);

    await q.query(`
      CREATE TABLE return_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        zone_id text NOT NULL REFERENCES zones(id),
        programme text NOT NULL,
        assignee_id uuid REFERENCES users(id),
        resolved_at timestamptz NOT NULL,
        selection text NOT NULL CHECK (selection IN ('shield', 'sample')),
        due_at timestamptz NOT NULL,
        outcome text CHECK (outcome IN ('solved', 'not_solved', 'unreachable')),
        method text CHECK (method IN ('phone', 'in_person', 'online')),
        note text,
        visited_by uuid REFERENCES users(id),
        visited_at timestamptz,
        reopened boolean NOT NULL DEFAULT false,
        UNIQUE (case_id, resolved_at),
        CHECK ((outcome IS NULL) = (visited_at IS NULL))
      )`);
    await q.query(`CREATE INDEX return_visits_zone_idx ON return_visits (zone_id, due_at) WHERE outcome IS NULL`);

    await q.query(
      `INSERT INTO settings (key, value) VALUES ('dispatch', '{"transferRespondWorkingDays": 1, "returnVisitWorkingDays": 2, "returnVisitSamplePercent": 20, "supervisionReminderShare": 0.75, "sweepEverySeconds": 30}') ON CONFLICT (key) DO NOTHING`,
    );

    await q.query(`
      CREATE TABLE dashboard_rates_daily (
        day date NOT NULL,
        zone_id text NOT NULL,
        programme text NOT NULL,
        assignee_id uuid,
        ${COUNTERS.map((c) => `${c} integer NOT NULL DEFAULT 0`).join(',\n        ')},
        CONSTRAINT dashboard_rates_daily_key UNIQUE NULLS NOT DISTINCT (day, zone_id, programme, assignee_id)
      )`);
    await q.query(`COMMENT ON TABLE dashboard_rates_daily IS 'The three rates per Shanghai day, zone, programme and agent: first responses (met, on time), return visit outcomes, ratings (all, and those that are a case''s verdict because it had no return visit).'`);

    await q.query(`CREATE FUNCTION dashboard_rates_clocks_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${ingestResponses('new_rows', 'old_rows')}; RETURN NULL; END $$`);
    await q.query(`CREATE FUNCTION dashboard_rates_clocks_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${ingestResponses('new_rows', null)}; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER dashboard_rates_clocks_ins AFTER INSERT ON sla_clocks REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rates_clocks_inserted()`);
    await q.query(
      `CREATE TRIGGER dashboard_rates_clocks_upd AFTER UPDATE ON sla_clocks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rates_clocks_changed()`,
    );
    await q.query(`CREATE FUNCTION dashboard_rates_ratings() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${ingestRatings('new_rows')}; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER dashboard_rates_ratings AFTER INSERT ON case_events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rates_ratings()`);
    await q.query(`CREATE FUNCTION dashboard_rates_visits() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${ingestVisits('new_rows', 'old_rows')}; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER dashboard_rates_visits AFTER UPDATE ON return_visits REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rates_visits()`);

    await q.query(`
      CREATE FUNCTION dispatch_rates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE case_events, sla_clocks, return_visits IN SHARE MODE;
        TRUNCATE dashboard_rates_daily;
        ${ingestResponses('sla_clocks', null)};
        ${ingestRatings('case_events')};
        ${ingestVisits('return_visits', null)};
      END $$`);
    await q.query(`SELECT dispatch_rates_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS dashboard_rates_clocks_ins ON sla_clocks`);
    await q.query(`DROP TRIGGER IF EXISTS dashboard_rates_clocks_upd ON sla_clocks`);
    await q.query(`DROP TRIGGER IF EXISTS dashboard_rates_ratings ON case_events`);
    await q.query(`DROP FUNCTION IF EXISTS dispatch_rates_rebuild(), dashboard_rates_clocks_changed(), dashboard_rates_clocks_inserted(), dashboard_rates_ratings(), dashboard_rates_visits()`);
    await q.query(`DROP TABLE IF EXISTS dashboard_rates_daily, return_visits, supervision_orders, case_transfers`);
    await q.query(`DELETE FROM settings WHERE key = 'dispatch'`);
  }
}

function upsert(select: string): string {
  return `
    INSERT INTO dashboard_rates_daily AS t (day, zone_id, programme, assignee_id, ${COUNTERS.join(', ')})
    ${select}
    ON CONFLICT (day, zone_id, programme, assignee_id) DO UPDATE SET
      ${COUNTERS.map((k) => `${k} = t.${k} + EXCLUDED.${k}`).join(', ')}`;
}

const zeros = (except: string[]) => COUNTERS.map((c) => (except.includes(c) ? null : `0 AS ${c}`));

/** First-response clocks that became met: counted on the day they stopped, for the case's zone and owner then. */
function ingestResponses(source: string, old: string | null): string {
  const values = zeros(['responded', 'responded_on_time']).map((v, i) =>
    v ?? (COUNTERS[i] === 'responded' ? 'count(*)::int' : 'count(*) FILTER (WHERE n.breached_at IS NULL)::int'),
  );
  return upsert(`
    SELECT ${localDay('n.stopped_at')}, c.zone_id, c.programme, c.assignee_id, ${values.join(', ')}
    FROM ${source} n JOIN cases c ON c.id = n.case_id
    ${old ? `LEFT JOIN ${old} o ON o.case_id = n.case_id AND o.clock = n.clock` : ''}
    WHERE n.clock = 'first_response' AND n.stop_reason = 'met' ${old ? `AND o.stop_reason IS DISTINCT FROM 'met'` : ''}
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`);
}

/**
 * Ratings by level; a rating is also the case's verdict (solved or not, for 解决率) when its
 * resolution had no return visit.
 */
function ingestRatings(source: string): string {
  const values = COUNTERS.map((c) => {
    const m = /^(verdict_)?rated_(\d)$/.exec(c);
    if (!m) return `0 AS ${c}`;
    const visitless = `NOT EXISTS (SELECT 1 FROM return_visits v WHERE v.case_id = e.case_id AND v.resolved_at = c.resolved_at)`;
    return `count(*) FILTER (WHERE e.data->>'level' = '${m[2]}'${m[1] ? ` AND ${visitless}` : ''})::int`;
  });
  return upsert(`
    SELECT ${localDay('e.at')}, c.zone_id, c.programme, c.assignee_id, ${values.join(', ')}
    FROM ${source} e JOIN cases c ON c.id = e.case_id
    WHERE e.kind = 'status_change' AND e.data->>'action' = 'rate'
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`);
}

/** Return visits that reached the creator (solved or not): counted on the day of the visit. */
function ingestVisits(source: string, old: string | null): string {
  const values = zeros(['visits', 'visits_solved']).map((v, i) => v ?? (COUNTERS[i] === 'visits' ? 'count(*)::int' : `count(*) FILTER (WHERE n.outcome = 'solved')::int`));
  return upsert(`
    SELECT ${localDay('n.visited_at')}, n.zone_id, n.programme, n.assignee_id, ${values.join(', ')}
    FROM ${source} n ${old ? `JOIN ${old} o ON o.id = n.id` : ''}
    WHERE n.outcome IN ('solved', 'not_solved') ${old ? 'AND o.outcome IS NULL' : ''}
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`);
}

/**
 * Adds kinds to the CHECK on `case_events.kind` keeping every kind it allows now, so that this
 * migration and another module's, run in either order, never drop each other's kinds.
 */
async function extendEventKinds(q: QueryRunner, kinds: string[]): Promise<void> {
  const rows: { name: string; def: string }[] = await q.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = 'case_events'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%kind%'`,
  );
  const current = rows.flatMap((r) => [...r.def.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]));
  const all = [...new Set([...current, ...kinds])];
  for (const r of rows) await q.query(`ALTER TABLE case_events DROP CONSTRAINT "${r.name}"`);
  await q.query(`ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN (${all.map((k) => `'${k}'`).join(', ')}))`);
}

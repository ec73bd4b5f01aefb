import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboard's daily rollups are counted at commit, not at the timeline insert. Every filing of
 * a day in one zone and programme adds to the same `dashboard_daily` row (and resolutions to the
 * same handling rows); counted when the timeline event was inserted, that row stayed locked for
 * the rest of the filing's transaction (a dozen statements more), so concurrent filings queued on
 * it one by one. A deferred constraint trigger runs the same counting for each counted event
 * (status changes and escalations) as the transaction commits: the row is locked only for the
 * commit itself. The function is the statement trigger's body applied to the one new row (copied
 * from it here: a later change to dashboard_case_events_ingest() must be made to this one too).
 */
export class DashboardRollupsAtCommit1764511000000 implements MigrationInterface {
  name = 'DashboardRollupsAtCommit1764511000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ body }]: { body: string }[] = await q.query(
      `SELECT prosrc AS body FROM pg_proc WHERE proname = 'dashboard_case_events_ingest' AND pronamespace = 'public'::regnamespace`,
    );
    const perRow = body.replace(/\bnew_events\b/g, '(SELECT NEW.*)');
    await q.query(`CREATE FUNCTION dashboard_case_event_ingest_at_commit() RETURNS trigger LANGUAGE plpgsql AS $fn$${perRow}$fn$`);
    await q.query(`DROP TRIGGER dashboard_case_events_ingest ON case_events`);
    await q.query(
      `CREATE CONSTRAINT TRIGGER dashboard_case_events_ingest_at_commit AFTER INSERT ON case_events DEFERRABLE INITIALLY DEFERRED
       FOR EACH ROW WHEN (NEW.kind IN ('status_change', 'escalation')) EXECUTE FUNCTION dashboard_case_event_ingest_at_commit()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS dashboard_case_events_ingest_at_commit ON case_events`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_case_event_ingest_at_commit()`);
    await q.query(
      `CREATE TRIGGER dashboard_case_events_ingest AFTER INSERT ON case_events REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION dashboard_case_events_ingest()`,
    );
  }
}

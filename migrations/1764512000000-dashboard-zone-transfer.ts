import { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTERS = ['submitted', 'accepted', 'rejected', 'resolved', 'reopened', 'withdrawn', 'escalated', 'rated_1', 'rated_2', 'rated_3', 'rated_4', 'rated_5'];
const ACTION = `e.data->>'action'`;
const n = (condition: string) => `count(*) FILTER (WHERE ${condition})::int`;

/**
 * 转办 moves a case to another zone. The daily rollup counted the case's events under the zone it
 * had then, while `dashboard_rebuild()` and the case tables count it under the zone it has now; so
 * when a case's zone changes, its already counted events move with it. Events of the moving
 * transaction itself are left to the at-commit ingest, which counts them under the new zone.
 */
export class DashboardZoneTransfer1764512000000 implements MigrationInterface {
  name = 'DashboardZoneTransfer1764512000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION dashboard_case_zone_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH m AS (
          SELECT (e.at AT TIME ZONE 'Asia/Shanghai')::date AS day, NEW.programme AS programme, NEW.category AS category,
            CASE WHEN NEW.programme = 'shield' THEN coalesce(NEW.intake->>'platform', '') ELSE '' END AS platform,
            ${n(`${ACTION} = 'submit' AND e.data->>'to' = 'submitted'`)} AS submitted,
            ${['accept', 'reject', 'resolve', 'reopen', 'withdraw', 'escalate'].map((a, i) => `${n(`${ACTION} = '${a}'`)} AS ${COUNTERS[i + 1]}`).join(', ')},
            ${[1, 2, 3, 4, 5].map((l) => `${n(`${ACTION} = 'rate' AND e.data->>'level' = '${l}'`)} AS rated_${l}`).join(', ')}
          FROM case_events e
          WHERE e.case_id = NEW.id AND e.at < transaction_timestamp()
            AND e.kind IN ('status_change', 'escalation') AND ${ACTION} IN ('submit', 'accept', 'reject', 'resolve', 'reopen', 'withdraw', 'escalate', 'rate')
          GROUP BY 1
        ), moved_out AS (
          UPDATE dashboard_daily t SET ${COUNTERS.map((k) => `${k} = t.${k} - m.${k}`).join(', ')}
          FROM m
          WHERE t.day = m.day AND t.zone_id = OLD.zone_id AND t.programme = m.programme AND t.category = m.category AND t.platform = m.platform
          RETURNING 1
        )
        INSERT INTO dashboard_daily AS t (day, zone_id, programme, category, platform, ${COUNTERS.join(', ')})
          SELECT day, NEW.zone_id, programme, category, platform, ${COUNTERS.join(', ')} FROM m
          ON CONFLICT (day, zone_id, programme, category, platform) DO UPDATE SET ${COUNTERS.map((k) => `${k} = t.${k} + EXCLUDED.${k}`).join(', ')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER dashboard_case_zone_moved AFTER UPDATE OF zone_id ON cases
      FOR EACH ROW WHEN (OLD.zone_id IS DISTINCT FROM NEW.zone_id) EXECUTE FUNCTION dashboard_case_zone_moved()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER dashboard_case_zone_moved ON cases`);
    await q.query(`DROP FUNCTION dashboard_case_zone_moved()`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = [1, 2, 3, 4, 5];
/** The counters of `dashboard_rates_daily` that come from the case's own rows (not from return visits, which keep their own zone and agent). */
const CASE_COUNTERS = ['responded', 'responded_on_time', ...LEVELS.map((l) => `rated_${l}`), ...LEVELS.map((l) => `verdict_rated_${l}`)];
const localDay = (t: string) => `(${t} AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * `dashboard_rates_daily` counted a case's first response and ratings under the zone and agent
 * the case had at that moment, while `dispatch_rates_rebuild()` counts them under the ones it has
 * now; a case answered by one agent and then assigned to another made the two disagree. As the
 * daily rollup does for 转办 (1764512000000), a case's counted rows now move with it when its
 * zone or agent changes (its first response, its ratings, and the re-rating and voids libs/quality
 * applied), and rows left with nothing counted are removed, as a rebuild leaves none.
 */
export class RatesFollowTheCase1764513000000 implements MigrationInterface {
  name = 'RatesFollowTheCase1764513000000';

  async up(q: QueryRunner): Promise<void> {
    const visitless = `NOT EXISTS (SELECT 1 FROM return_visits v WHERE v.case_id = NEW.id AND v.resolved_at = NEW.resolved_at)`;
    const ratings = LEVELS.map((l) => `count(*) FILTER (WHERE e.data->>'level' = '${l}')::int AS rated_${l}`);
    const verdicts = LEVELS.map((l) => `count(*) FILTER (WHERE e.data->>'level' = '${l}' AND ${visitless})::int AS verdict_rated_${l}`);
    const rectified = (sign: string, level: string) => [
      ...LEVELS.map((l) => `${sign}(${level} = ${l})::int`),
      ...LEVELS.map((l) => `${sign}(${level} = ${l} AND ${visitless})::int`),
    ];
    const zeroRatings = [...LEVELS.map((l) => `0 AS rated_${l}`), ...LEVELS.map((l) => `0 AS verdict_rated_${l}`)];
    await q.query(`
      CREATE FUNCTION dashboard_rates_case_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE m record;
      BEGIN
        FOR m IN
          SELECT day, ${CASE_COUNTERS.map((c) => `sum(${c})::int AS ${c}`).join(', ')} FROM (
            SELECT ${localDay('s.stopped_at')} AS day, 1 AS responded, (s.breached_at IS NULL)::int AS responded_on_time, ${zeroRatings.join(', ')}
            FROM sla_clocks s WHERE s.case_id = NEW.id AND s.clock = 'first_response' AND s.stop_reason = 'met'
            UNION ALL
            SELECT ${localDay('e.at')}, 0, 0, ${[...ratings, ...verdicts].join(', ')}
            FROM case_events e WHERE e.case_id = NEW.id AND e.kind = 'status_change' AND e.data->>'action' = 'rate'
            GROUP BY 1
            UNION ALL
            -- What libs/quality added (a second rating) and took out (a rating voided on appeal).
            SELECT ${localDay('r.rated_at')}, 0, 0, ${rectified('-', 'r.first_level').join(', ')}
            FROM rectifications r WHERE r.case_id = NEW.id AND r.first_voided
            UNION ALL
            SELECT ${localDay('r.rerated_at')}, 0, 0, ${rectified('', 'r.second_level').join(', ')}
            FROM rectifications r WHERE r.case_id = NEW.id AND r.second_level IS NOT NULL AND NOT r.second_voided
          ) parts GROUP BY day ORDER BY day
        LOOP
          UPDATE dashboard_rates_daily t SET ${CASE_COUNTERS.map((c) => `${c} = t.${c} - m.${c}`).join(', ')}
            WHERE t.day = m.day AND t.zone_id = OLD.zone_id AND t.programme = OLD.programme AND t.assignee_id IS NOT DISTINCT FROM OLD.assignee_id;
          DELETE FROM dashboard_rates_daily t
            WHERE t.day = m.day AND t.zone_id = OLD.zone_id AND t.programme = OLD.programme AND t.assignee_id IS NOT DISTINCT FROM OLD.assignee_id
              AND ${['visits', 'visits_solved', ...CASE_COUNTERS].map((c) => `t.${c} = 0`).join(' AND ')};
          INSERT INTO dashboard_rates_daily AS t (day, zone_id, programme, assignee_id, ${CASE_COUNTERS.join(', ')})
            VALUES (m.day, NEW.zone_id, NEW.programme, NEW.assignee_id, ${CASE_COUNTERS.map((c) => `m.${c}`).join(', ')})
            ON CONFLICT (day, zone_id, programme, assignee_id) DO UPDATE SET ${CASE_COUNTERS.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(', ')};
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER dashboard_rates_case_moved AFTER UPDATE OF zone_id, assignee_id ON cases
      FOR EACH ROW WHEN (OLD.zone_id IS DISTINCT FROM NEW.zone_id OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id)
      EXECUTE FUNCTION dashboard_rates_case_moved()`);
    await q.query(`SELECT dispatch_rates_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER dashboard_rates_case_moved ON cases`);
    await q.query(`DROP FUNCTION dashboard_rates_case_moved()`);
  }
}

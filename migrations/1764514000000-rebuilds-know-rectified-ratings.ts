import { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = [1, 2, 3, 4, 5];
const localDay = (t: string) => `(${t} AT TIME ZONE 'Asia/Shanghai')::date`;
const platform = `CASE WHEN c.programme = 'shield' THEN coalesce(c.intake->>'platform', '') ELSE '' END`;
const visitless = `NOT EXISTS (SELECT 1 FROM return_visits v WHERE v.case_id = c.id AND v.resolved_at = c.resolved_at)`;

/**
 * The ratings libs/quality changes after the fact: a second rating after a rectification (+1 on
 * the day it was given) and a rating voided on appeal (−1 on the day it was given), one row each.
 */
const ADJUSTMENTS = `
  SELECT r.case_id, r.rated_at AS at, r.first_level AS level, -1 AS delta FROM rectifications r WHERE r.first_voided
  UNION ALL
  SELECT r.case_id, r.rerated_at, r.second_level, 1 FROM rectifications r WHERE r.second_level IS NOT NULL AND NOT r.second_voided`;

/**
 * `dashboard_rebuild()` and `dispatch_rates_rebuild()` counted ratings from the timeline only, so
 * a rebuild lost every re-rating and brought back every voided rating that the live counters
 * (libs/dashboard `RatingFigures.adjust`) had applied. Each rebuild keeps its timeline pass,
 * renamed, and then applies the rectifications' adjustments the same way the live path does.
 */
export class RebuildsKnowRectifiedRatings1764514000000 implements MigrationInterface {
  name = 'RebuildsKnowRectifiedRatings1764514000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER FUNCTION dashboard_rebuild() RENAME TO dashboard_rebuild_timeline`);
    await q.query(`
      CREATE FUNCTION dashboard_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM dashboard_rebuild_timeline();
        INSERT INTO dashboard_daily AS t (day, zone_id, programme, category, platform, ${LEVELS.map((l) => `rated_${l}`).join(', ')})
          SELECT ${localDay('a.at')}, c.zone_id, c.programme, c.category, ${platform},
            ${LEVELS.map((l) => `coalesce(sum(a.delta) FILTER (WHERE a.level = ${l}), 0)::int`).join(', ')}
          FROM (${ADJUSTMENTS}) a JOIN cases c ON c.id = a.case_id
          GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, zone_id, programme, category, platform) DO UPDATE SET
          ${LEVELS.map((l) => `rated_${l} = t.rated_${l} + EXCLUDED.rated_${l}`).join(', ')};
      END $$`);

    await q.query(`ALTER FUNCTION dispatch_rates_rebuild() RENAME TO dispatch_rates_rebuild_timeline`);
    const rated = LEVELS.map((l) => `coalesce(sum(a.delta) FILTER (WHERE a.level = ${l}), 0)::int`);
    const verdicts = LEVELS.map((l) => `coalesce(sum(a.delta) FILTER (WHERE a.level = ${l} AND ${visitless}), 0)::int`);
    const columns = [...LEVELS.map((l) => `rated_${l}`), ...LEVELS.map((l) => `verdict_rated_${l}`)];
    await q.query(`
      CREATE FUNCTION dispatch_rates_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM dispatch_rates_rebuild_timeline();
        INSERT INTO dashboard_rates_daily AS t (day, zone_id, programme, assignee_id, ${columns.join(', ')})
          SELECT ${localDay('a.at')}, c.zone_id, c.programme, c.assignee_id, ${[...rated, ...verdicts].join(', ')}
          FROM (${ADJUSTMENTS}) a JOIN cases c ON c.id = a.case_id
          GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, zone_id, programme, assignee_id) DO UPDATE SET
          ${columns.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(', ')};
      END $$`);
    await q.query(`SELECT dispatch_rates_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION dashboard_rebuild()`);
    await q.query(`ALTER FUNCTION dashboard_rebuild_timeline() RENAME TO dashboard_rebuild`);
    await q.query(`DROP FUNCTION dispatch_rates_rebuild()`);
    await q.query(`ALTER FUNCTION dispatch_rates_rebuild_timeline() RENAME TO dispatch_rates_rebuild`);
  }
}

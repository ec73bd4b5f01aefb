import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the case list's category, rating, 盾牌行动 platform and escalation-authority filters
 * (the dashboard's click-throughs), so that the list and its total stay fast at a million cases.
 *
 * - Category and rating: newest first within the value, for the page; zone and id included, so
 *   that the total (`count(DISTINCT id)` in the scope) is an index-only scan. The `IS NOT NULL`
 *   predicates keep these covering indexes to the queries that filter on the column (an equality
 *   implies it): without them the planner would also take them for unrelated zone × time lists.
 * - Platform: the dashboard's expression for a 盾牌行动 case (`dashboard_daily.platform`), newest
 *   first. An expression index cannot serve an index-only scan, so nothing is included.
 * - Escalation authority (EXISTS on `escalations`, every step): the authority's case ids as an
 *   index-only scan, for the semi-join with the scoped cases, instead of reading the whole table.
 */
export class CaseListFilters1764210000000 implements MigrationInterface {
  name = 'CaseListFilters1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_category_idx ON cases (category, created_at DESC) INCLUDE (zone_id, id) WHERE category IS NOT NULL`);
    await q.query(`CREATE INDEX cases_rating_idx ON cases (rating, created_at DESC) INCLUDE (zone_id, id) WHERE rating IS NOT NULL`);
    await q.query(`CREATE INDEX cases_shield_platform_idx ON cases ((coalesce(intake ->> 'platform', '')), created_at DESC) WHERE programme = 'shield'`);
    await q.query(`CREATE INDEX escalations_authority_case_idx ON escalations (authority_id, case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS escalations_authority_case_idx`);
    await q.query(`DROP INDEX IF EXISTS cases_shield_platform_idx`);
    await q.query(`DROP INDEX IF EXISTS cases_rating_idx`);
    await q.query(`DROP INDEX IF EXISTS cases_category_idx`);
  }
}

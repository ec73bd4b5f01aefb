import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every case list leads with open 盾牌行动 cases that involve a minor (libs/shield's leading
 * order, `ListExtensions.leadingOrders`), then its own sort. No index served that order, so a
 * zone's newest-first list sorted all of the zone's cases for one page (650 ms at a million).
 * These indexes hold the same expression, for the zone lists and the city-wide ones.
 */
const MINOR_FIRST = `(CASE WHEN programme = 'shield' AND intake ->> 'minorInvolved' = 'true' AND status NOT IN ('resolved', 'closed', 'rejected', 'withdrawn') THEN 0 ELSE 1 END)`;

export class CaseListMinorFirstOrder1764516000000 implements MigrationInterface {
  name = 'CaseListMinorFirstOrder1764516000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_zone_minor_first_idx ON cases (zone_id, ${MINOR_FIRST}, created_at DESC)`);
    await q.query(`CREATE INDEX cases_minor_first_idx ON cases (${MINOR_FIRST}, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_minor_first_idx`);
    await q.query(`DROP INDEX cases_zone_minor_first_idx`);
  }
}

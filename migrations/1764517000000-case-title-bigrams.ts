import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search at a million cases. The desk searches within a zone, and PostgreSQL combined the bigram
 * index with the zone's half a million rows of `cases_zone_created_idx` in a bitmap: the zone goes
 * into the GIN index itself (btree_gin), where the rare bigram's hits lead. A search ranks title
 * matches first; a word common in descriptions but rare in titles made counting that rank recheck
 * every document hit, so the title's own bigrams get an index too. A rank of many hits is looked
 * for among the newest cases in scope first; for a city-wide scope that needs the cases newest
 * first without a zone.
 */
export class CaseTitleBigrams1764517000000 implements MigrationInterface {
  name = 'CaseTitleBigrams1764517000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await q.query(`DROP INDEX cases_search_bigrams_idx`);
    await q.query(`CREATE INDEX cases_search_bigrams_idx ON cases USING gin (zone_id, search_bigrams)`);
    await q.query(`CREATE INDEX cases_title_bigrams_idx ON cases USING gin (zone_id, search_bigrams(title))`);
    await q.query(`CREATE INDEX cases_created_idx ON cases (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_created_idx`);
    await q.query(`DROP INDEX cases_title_bigrams_idx`);
    await q.query(`DROP INDEX cases_search_bigrams_idx`);
    await q.query(`CREATE INDEX cases_search_bigrams_idx ON cases USING gin (search_bigrams)`);
  }
}

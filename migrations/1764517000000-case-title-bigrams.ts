import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search ranks title matches first. A word common in descriptions but rare in titles (标识)
 * made counting the title rank recheck every one of its tens of thousands of document hits; the
 * bigrams of the title alone, in an expression index, find the title hits directly.
 */
export class CaseTitleBigrams1764517000000 implements MigrationInterface {
  name = 'CaseTitleBigrams1764517000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_title_bigrams_idx ON cases USING gin (search_bigrams(title))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_title_bigrams_idx`);
  }
}

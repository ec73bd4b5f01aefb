import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chinese search that scales: every case carries the set of its character bigrams (reference,
 * title and description, lower-cased, as the list's substring match reads them) in a generated
 * column with a GIN index. A query of two or more characters asks for the cases holding all of
 * its bigrams (an index lookup) and rechecks the plain substring match on those, so it finds
 * exactly what the substring match finds. pg_trgm (cases_search_trgm) cannot serve a 2-character
 * CJK query: it has no trigram to look up, so the planner scanned the whole table.
 * The same for a person's display name, for search by creator name.
 */
export class CaseSearchBigrams1764400000000 implements MigrationInterface {
  name = 'CaseSearchBigrams1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION search_bigrams(doc text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(array_agg(DISTINCT substr(s, i, 2)), '{}')
          FROM (SELECT lower(doc) AS s) d, generate_series(1, length(s) - 1) AS i
        $$`);
    await q.query(`
      ALTER TABLE cases ADD COLUMN search_bigrams text[]
        GENERATED ALWAYS AS (search_bigrams(reference || ' ' || title || ' ' || description)) STORED`);
    await q.query(`CREATE INDEX cases_search_bigrams_idx ON cases USING gin (search_bigrams)`);
    await q.query(`ALTER TABLE users ADD COLUMN name_bigrams text[] GENERATED ALWAYS AS (search_bigrams(display_name)) STORED`);
    await q.query(`CREATE INDEX users_name_bigrams_idx ON users USING gin (name_bigrams)`);
    // The substring match now goes through the bigrams; the trigram index only cost writes.
    await q.query(`DROP INDEX cases_search_trgm`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_search_trgm ON cases USING gin ((reference || ' ' || title || ' ' || description) gin_trgm_ops)`);
    await q.query(`ALTER TABLE users DROP COLUMN name_bigrams`);
    await q.query(`ALTER TABLE cases DROP COLUMN search_bigrams`);
    await q.query(`DROP FUNCTION search_bigrams(text)`);
  }
}

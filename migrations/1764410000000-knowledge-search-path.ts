import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge-base search functions call each other by bare name. A restore (pg_restore runs
 * with an empty search_path) rebuilds the generated search column through them and failed on
 * "function kb_tokens does not exist"; each now carries its own search_path.
 */
const FUNCTIONS = ['kb_tokens(text, boolean)', 'kb_query(text)', 'kb_vector(text[])', 'kb_document(text, text, text[], text, text)', 'kb_query_any(text)'];

export class KnowledgeSearchPath1764410000000 implements MigrationInterface {
  name = 'KnowledgeSearchPath1764410000000';

  async up(q: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await q.query(`ALTER FUNCTION ${fn} SET search_path = public, pg_catalog`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await q.query(`ALTER FUNCTION ${fn} RESET search_path`);
  }
}

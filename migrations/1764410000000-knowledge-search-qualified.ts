import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge base's search functions call one another by their schema-qualified names: a
 * restore (`pg_restore`) runs with an empty search_path, and the generated column's function
 * could not find `kb_tokens` there. Same bodies otherwise.
 */
export class KnowledgeSearchQualified1764410000000 implements MigrationInterface {
  name = 'KnowledgeSearchQualified1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION public.kb_vector(tokens text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce((SELECT string_agg(quote_literal(t) || ':1', ' ') FROM unnest(tokens) AS t), '')::tsvector
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION public.kb_document(title text, regulation text, refs text[], summary text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(public.kb_vector(public.kb_tokens(title, false)), 'A') ||
               setweight(public.kb_vector(public.kb_tokens(regulation || ' ' || array_to_string(refs, ' '), false)), 'B') ||
               setweight(public.kb_vector(public.kb_tokens(summary || ' ' || body, false)), 'C')
      $$`);
    for (const [name, joiner] of [['kb_query', ' & '], ['kb_query_any', ' | ']]) {
      await q.query(`
        CREATE OR REPLACE FUNCTION public.${name}(query text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN cardinality(public.kb_tokens(query, true)) = 0 THEN NULL
            ELSE array_to_string(ARRAY(SELECT quote_literal(t) FROM unnest(public.kb_tokens(query, true)) AS t), '${joiner}')::tsquery END
        $$`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION public.kb_document(title text, regulation text, refs text[], summary text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(kb_vector(kb_tokens(title, false)), 'A') ||
               setweight(kb_vector(kb_tokens(regulation || ' ' || array_to_string(refs, ' '), false)), 'B') ||
               setweight(kb_vector(kb_tokens(summary || ' ' || body, false)), 'C')
      $$`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each staff member last read each case: a creator's reply, materials supplied or a
 * 网信办's return after that moment marks the case unread for them (the queue's marker, the
 * case page's banner). One row per (user, case), moved forward on every read.
 */
export class CaseReads1764510000000 implements MigrationInterface {
  name = 'CaseReads1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_reads (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, user_id)
      )`);
    // What counts as news for the desk, found per case without reading its whole timeline.
    await q.query(`
      CREATE INDEX case_events_attention_idx ON case_events (case_id, id)
        WHERE (actor_role = 'creator' AND visibility = 'public' AND (kind = 'public_reply' OR (kind = 'status_change' AND data->>'action' IN ('supply_materials', 'reopen'))))
           OR (kind = 'escalation' AND data->>'action' = 'return')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_events_attention_idx`);
    await q.query(`DROP TABLE case_reads`);
  }
}

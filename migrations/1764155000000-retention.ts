import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of personal data (个人信息保护法): a finished case's text, intake, replies and
 * evidence bytes are purged after the retention period. The application may write exactly the
 * purge markers and nothing else of the append-only timeline and evidence.
 */
export class Retention1764155000000 implements MigrationInterface {
  name = 'Retention1764155000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN purged_at timestamptz`);
    await q.query(`ALTER TABLE attachments ADD COLUMN purged_at timestamptz`);
    await q.query(`CREATE INDEX cases_retention_idx ON cases ((coalesce(closed_at, updated_at))) WHERE purged_at IS NULL AND status IN ('closed', 'rejected', 'withdrawn')`);
    await q.query(`GRANT UPDATE (purged_at) ON attachments TO csd_app`);
    await q.query(`GRANT UPDATE (data) ON case_events TO csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE (data) ON case_events FROM csd_app`);
    await q.query(`REVOKE UPDATE (purged_at) ON attachments FROM csd_app`);
    await q.query(`ALTER TABLE attachments DROP COLUMN purged_at`);
    await q.query(`ALTER TABLE cases DROP COLUMN purged_at`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-only views through which other modules join what the users and cases modules own,
 * instead of reading their tables: `user_directory` (who an account is: name, role, placement,
 * the masked and encrypted phone, never the password or lockout state) and `case_summaries`
 * (a case's reference, title, people, zone and status). The application may only read them.
 */
export class ReadViews1764492000000 implements MigrationInterface {
  name = 'ReadViews1764492000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIEW user_directory AS SELECT id, role, status, zone_id, authority_id, display_name, phone_masked, phone_cipher, phone_hash FROM users`,
    );
    await q.query(`CREATE VIEW case_summaries AS SELECT id, reference, title, programme, zone_id, status, creator_id, assignee_id FROM cases`);
    for (const view of ['user_directory', 'case_summaries']) {
      await q.query(`REVOKE ALL ON ${view} FROM csd_app`);
      await q.query(`GRANT SELECT ON ${view} TO csd_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW IF EXISTS case_summaries`);
    await q.query(`DROP VIEW IF EXISTS user_directory`);
  }
}

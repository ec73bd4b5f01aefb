import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PIPL consent: the version of 用户协议 and 隐私政策 a creator agreed to, and when. SMS codes get a
 * purpose, so that a registration code cannot reset a password and the other way round.
 */
export class ConsentAndPasswordReset1764310000000 implements MigrationInterface {
  name = 'ConsentAndPasswordReset1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN consent_version text, ADD COLUMN consented_at timestamptz`);
    await q.query(`ALTER TABLE phone_verifications ADD COLUMN purpose text NOT NULL DEFAULT 'register'`);
    await q.query(`ALTER TABLE phone_verifications ADD CONSTRAINT phone_verifications_purpose_check CHECK (purpose IN ('register', 'password_reset'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE phone_verifications DROP COLUMN purpose`);
    await q.query(`ALTER TABLE users DROP COLUMN consent_version, DROP COLUMN consented_at`);
  }
}

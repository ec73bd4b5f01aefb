import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idempotent request keeps the answer it gave, so that a retry with the same key gets the
 * same answer from any route (not only a filing's case id).
 */
export class IdempotentResponses1764230000000 implements MigrationInterface {
  name = 'IdempotentResponses1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN response jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN response`);
  }
}

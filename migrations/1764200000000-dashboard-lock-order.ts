import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One lock order for the dashboard rollups. A counted timeline event updates shared rollup rows
 * (today × zone × programme …) before the transaction appends to the audit chain, which locks
 * `audit_chain_head`; a transaction that audits first and then writes a timeline event (the SLA
 * worker escalating after recording a warning) takes the two the other way round, and the pair
 * could deadlock. Taking the audit head before any timeline insert gives everyone the same order:
 * case row, audit head, rollup rows. Every transaction that writes the timeline appends to the
 * audit chain anyway, so this only takes that lock a few statements earlier.
 */
export class DashboardLockOrder1764200000000 implements MigrationInterface {
  name = 'DashboardLockOrder1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION dashboard_lock_audit_head() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER dashboard_lock_order BEFORE INSERT ON case_events FOR EACH STATEMENT EXECUTE FUNCTION dashboard_lock_audit_head()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS dashboard_lock_order ON case_events`);
    await q.query(`DROP FUNCTION IF EXISTS dashboard_lock_audit_head()`);
  }
}

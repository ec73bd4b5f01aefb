import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention reaches the programmes (个人信息保护法): when a finished case is purged, its evidence
 * packet loses its manifest and bytes (fingerprints stay) and a 星光计划 stage decision its
 * reason. Both tables stay append-only otherwise: the application may write exactly these
 * columns.
 */
export class ProgrammeRetention1764491000000 implements MigrationInterface {
  name = 'ProgrammeRetention1764491000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evidence_packets ADD COLUMN purged_at timestamptz`);
    await q.query(`GRANT UPDATE (manifest, purged_at) ON evidence_packets TO csd_app`);
    await q.query(`GRANT UPDATE (reason) ON nomination_decisions TO csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE (reason) ON nomination_decisions FROM csd_app`);
    await q.query(`REVOKE UPDATE (manifest, purged_at) ON evidence_packets FROM csd_app`);
    await q.query(`ALTER TABLE evidence_packets DROP COLUMN purged_at`);
  }
}

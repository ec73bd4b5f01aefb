import { Injectable, Module } from '@nestjs/common';
import { Tx } from '@app/database';

/**
 * What the shield tables hold about a purged case's people, erased for retention: the accounts
 * and links it named (targets, platform requests) and its evidence packets' manifests (file
 * names, uploaders). Fingerprints, counts and dates stay, so a packet handed over can still be
 * matched; its bytes are the caller's to remove once the transaction holds.
 */
@Injectable()
export class ShieldRetentionRepository {
  constructor(private readonly txHost: Tx) {}

  /** Erases the case's shield data; returns the storage keys of the packets it marked purged. */
  async forgetCase(caseId: string, at: Date): Promise<string[]> {
    const m = this.txHost.tx;
    const packets: { storage_key: string }[] = await m.query(`SELECT storage_key FROM evidence_packets WHERE case_id = $1 AND purged_at IS NULL ORDER BY id`, [caseId]);
    await m.query(
      `UPDATE evidence_packets SET manifest = jsonb_build_object('purged', true, 'fileCount', file_count, 'sha256', sha256, 'sm3', sm3), purged_at = $2
       WHERE case_id = $1 AND purged_at IS NULL`,
      [caseId, at],
    );
    await m.query(`DELETE FROM shield_targets WHERE case_id = $1`, [caseId]);
    await m.query(`UPDATE platform_requests SET accounts = '{}', urls = '{}' WHERE case_id = $1`, [caseId]);
    return packets.map((p) => p.storage_key);
  }
}

/** The retention side of the shield tables, for the retention module (no routes, no listeners). */
@Module({ providers: [ShieldRetentionRepository], exports: [ShieldRetentionRepository] })
export class ShieldRetentionModule {}

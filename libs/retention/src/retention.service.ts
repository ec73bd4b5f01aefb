import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { EvidenceStorage } from '@app/evidence';
import { purgeCaseNotifications } from '@app/notifications';

export const PURGED_TEXT = '[已按保存期限清除]';
const BATCH = 200;

/**
 * Removes the personal data of cases finished longer ago than RETENTION_DAYS: title,
 * description, intake, reasons and summaries, reply texts and evidence bytes. What remains —
 * reference, programme, zone, statuses, times, fingerprints — keeps the statistics and the
 * audit log whole; the audit chain itself is never touched, so it still verifies.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Purges every due case, a batch per transaction; returns how many were purged. `manager`:
   * a connection the caller already holds (the scheduler's, with its lock) to run them on.
   */
  async purgeDue(now = new Date(), manager: EntityManager = this.dataSource.manager): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.RETENTION_DAYS * 86_400_000);
    let purged = 0;
    for (;;) {
      const done = await manager.transaction(async (m) => {
        const due: { id: string }[] = await m.query(
          `SELECT id FROM cases WHERE purged_at IS NULL AND status IN ('closed', 'rejected', 'withdrawn')
             AND coalesce(closed_at, updated_at) < $1
           ORDER BY coalesce(closed_at, updated_at) LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [cutoff, BATCH],
        );
        for (const { id } of due) {
          const files: { id: string; storage_key: string }[] = await m.query(
            `SELECT id, storage_key FROM attachments WHERE case_id = $1 AND purged_at IS NULL`,
            [id],
          );
          await m.query(
            `UPDATE cases SET title = $2, description = $2, intake = '{}', materials_request = NULL, rejection_reason = NULL,
               resolution_summary = NULL, rating_comment = NULL, purged_at = $3 WHERE id = $1`,
            [id, PURGED_TEXT, now],
          );
          await m.query(
            `UPDATE case_events SET data = jsonb_build_object('purged', true) || (data - ARRAY['body', 'reason', 'note', 'summary', 'comment', 'instructions', 'missingItems', 'fileName'])
             WHERE case_id = $1`,
            [id],
          );
          await m.query(`UPDATE attachments SET purged_at = $2 WHERE case_id = $1 AND purged_at IS NULL`, [id, now]);
          await m.query(`UPDATE rating_reviews SET comment = NULL, follow_up = NULL WHERE case_id = $1`, [id]);
          await purgeCaseNotifications(m, id);
          await this.audit.record(m, { actor: 'system', action: 'retention.purge', entityType: 'case', entityId: id, after: { attachments: files.length, retentionDays: this.config.RETENTION_DAYS } });
          // Bytes go last: if the transaction fails after this, the rows still say "not purged" and the next run retries.
          for (const file of files) await this.storage.remove(file.storage_key);
        }
        return due.length;
      });
      purged += done;
      if (done < BATCH) break;
    }
    if (purged) this.logger.log(`purged the personal data of ${purged} cases finished before ${cutoff.toISOString()}`);
    return purged;
  }
}

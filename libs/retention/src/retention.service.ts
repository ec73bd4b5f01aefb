import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { SystemCaseRepository } from '@app/cases';
import { AppConfig } from '@app/config';
import { Transactional, Tx } from '@app/database';
import { EvidenceRepository, EvidenceStorage } from '@app/evidence';
import { NotificationRepository } from '@app/notifications';

export { PURGED_TEXT } from '@app/cases';
const BATCH = 200;

/**
 * Removes the personal data of cases finished longer ago than RETENTION_DAYS: title,
 * description, intake, reasons and summaries, reply texts and evidence bytes. What remains —
 * reference, programme, zone, statuses, times, fingerprints — keeps the statistics and the
 * audit log whole; the audit chain itself is never touched, so it still verifies. Each table's
 * own module does its part: cases, evidence, notifications.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly txHost: Tx,
    private readonly cases: SystemCaseRepository,
    private readonly evidence: EvidenceRepository,
    private readonly notifications: NotificationRepository,
    private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Purges every due case, a batch per transaction; returns how many were purged. */
  async purgeDue(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.RETENTION_DAYS * 86_400_000);
    let purged = 0;
    for (;;) {
      const done = await this.purgeBatch(cutoff, now);
      purged += done;
      if (done < BATCH) break;
    }
    if (purged) this.logger.log(`purged the personal data of ${purged} cases finished before ${cutoff.toISOString()}`);
    return purged;
  }

  @Transactional()
  private async purgeBatch(cutoff: Date, now: Date): Promise<number> {
    const due = await this.cases.lockDueForPurge(cutoff, BATCH);
    for (const id of due) {
      const files = await this.evidence.unpurgedFiles(id);
      await this.cases.purgePersonalData(id, now);
      await this.evidence.markPurged(id, now);
      await this.notifications.forgetCase(id);
      await this.audit.record({ actor: 'system', action: 'retention.purge', entityType: 'case', entityId: id, after: { attachments: files.length, retentionDays: this.config.RETENTION_DAYS } });
      // Bytes go last: if the transaction fails after this, the rows still say "not purged" and the next run retries.
      for (const file of files) await this.storage.remove(file.storageKey);
    }
    return due.length;
  }
}

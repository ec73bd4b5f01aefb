import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { SystemCaseRepository } from '@app/cases';
import { ComplianceRetentionRepository } from '@app/compliance';
import { AppConfig } from '@app/config';
import { Transactional } from '@app/database';
import { DocumentRegistry } from '@app/documents';
import { EvidenceRepository, EvidenceStorage } from '@app/evidence';
import { LegislationRetentionRepository } from '@app/legislation';
import { NotificationRepository } from '@app/notifications';
import { ShieldRetentionRepository } from '@app/shield';
import { StarlightRetentionRepository } from '@app/starlight';
import { UserDirectory } from '@app/users';

export { PURGED_TEXT } from '@app/cases';
const BATCH = 200;

/** The modules that hold a case's personal data, each erasing its own part through its own repository. */
@Injectable()
export class CasePersonalData {
  constructor(
    readonly cases: SystemCaseRepository,
    readonly evidence: EvidenceRepository,
    readonly notifications: NotificationRepository,
    readonly shield: ShieldRetentionRepository,
    readonly starlight: StarlightRetentionRepository,
    readonly compliance: ComplianceRetentionRepository,
    readonly legislation: LegislationRetentionRepository,
    readonly documents: DocumentRegistry,
    readonly people: UserDirectory,
  ) {}
}

/**
 * Removes the personal data of cases finished longer ago than RETENTION_DAYS: title,
 * description, intake, reasons and summaries, reply texts and evidence bytes, and what the
 * programmes keep about the case (shield evidence packets and targets, 星光计划 decision
 * reasons, the compliance question, the 众智平台 suggestion) and the creator's name in the
 * documents issued for it. What remains — reference, programme, zone, statuses, times,
 * fingerprints — keeps the statistics and the audit log whole; the audit chain itself is never
 * touched, so it still verifies. Each table's own module does its part.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly data: CasePersonalData,
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
    const questions = await this.purgeQuestions(cutoff);
    if (purged || questions) this.logger.log(`purged the personal data of ${purged} cases and ${questions} compliance questions from before ${cutoff.toISOString()}`);
    return purged;
  }

  @Transactional()
  private async purgeBatch(cutoff: Date, now: Date): Promise<number> {
    const d = this.data;
    const due = await d.cases.lockDueForPurge(cutoff, BATCH);
    for (const { id, creatorId } of due) {
      const files = await d.evidence.unpurgedFiles(id);
      const creatorName = await d.people.displayName(creatorId);
      await d.cases.purgePersonalData(id, now);
      await d.evidence.markPurged(id, now);
      await d.notifications.forgetCase(id);
      const packets = await d.shield.forgetCase(id, now);
      await d.starlight.forgetCase(id);
      await d.compliance.forgetCase(id);
      await d.legislation.forgetCase(id);
      const documents = await d.documents.forgetNames(id, creatorName ? [creatorName] : []);
      await this.audit.record({
        actor: 'system',
        action: 'retention.purge',
        entityType: 'case',
        entityId: id,
        after: { attachments: files.length, evidencePackets: packets.length, documents, retentionDays: this.config.RETENTION_DAYS },
      });
      // Bytes go last: if the transaction fails after this, the rows still say "not purged" and the next run retries.
      for (const key of [...files.map((f) => f.storageKey), ...packets]) await this.storage.remove(key);
    }
    return due.length;
  }

  /** Questions asked of the compliance navigator that led to no case, once they are as old as a purged case. */
  @Transactional()
  private async purgeQuestions(cutoff: Date): Promise<number> {
    const n = await this.data.compliance.forgetStartsBefore(cutoff);
    if (n) await this.audit.record({ actor: 'system', action: 'retention.purge_questions', entityType: 'compliance_start', after: { count: n, before: cutoff.toISOString(), retentionDays: this.config.RETENTION_DAYS } });
    return n;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import type { AuditVerification } from '@app/contracts';
import { AppConfig } from '@app/config';
import { latestCheckpoint, writeCheckpoint } from './audit-checkpoints';
import { auditKey } from './audit-hash';
import { chainHead, lastEventId, linkAuditEvents, LinkResult, linkHash, unlinkedEvents, unlinkedUpTo } from './audit-linker';
import { verifyAuditChain } from './audit-verifier';

/** The checkpoint folder of one database: `<AUDIT_CHECKPOINT_DIR>/<database name>`. */
export function auditCheckpointDir(root: string, databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || 'postgres';
  return join(root, name.replace(/[^\w.-]/g, '_'));
}

export interface AuditLag {
  unlinked: number;
  oldestUnlinkedSeconds: number | null;
  alarm: boolean;
}

/** The keyed chain as the application runs it: linking, checkpoints, verification, the lag alarm. */
@Injectable()
export class AuditChainService {
  private readonly logger = new Logger(AuditChainService.name);
  private readonly key: Buffer;
  readonly checkpointDir: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.key = auditKey(config.AUDIT_HMAC_KEY);
    this.checkpointDir = auditCheckpointDir(config.AUDIT_CHECKPOINT_DIR, config.DATABASE_URL);
  }

  /** Links every settled event now (the worker does this every AUDIT_LINK_INTERVAL_MS). */
  link(): Promise<LinkResult> {
    return linkAuditEvents(this.dataSource, this.key);
  }

  /**
   * Links until every event committed before the call is in the chain, or `waitMs` passed (an
   * event of a transaction still running elsewhere waits for it to end).
   */
  async settle(waitMs = 5000): Promise<void> {
    const last = await lastEventId(this.dataSource);
    const deadline = Date.now() + waitMs;
    for (;;) {
      await this.link();
      if (last === null || (await unlinkedUpTo(this.dataSource, last)) === 0 || Date.now() > deadline) return;
      await sleep(100);
    }
  }

  /** What the auditor asks for: every event committed so far linked first, then the whole chain verified. */
  async verify(): Promise<AuditVerification> {
    await this.settle();
    return verifyAuditChain(this.dataSource, { key: this.key, checkpointDir: this.checkpointDir, alarmSeconds: this.config.AUDIT_LINK_ALARM_SECONDS });
  }

  /**
   * Writes a signed checkpoint of the head when it moved since the latest one. A head that does
   * not extend the latest checkpoint (the link it names is gone or different) is not signed:
   * that is tampering, and the alarm is raised instead.
   */
  async checkpoint(): Promise<string | null> {
    const head = await chainHead(this.dataSource);
    if (head.seq === 0) return null;
    const { checkpoint: latest } = await latestCheckpoint(this.checkpointDir, this.key);
    if (latest && latest.seq === head.seq && latest.hash === head.hash) return null;
    if (latest && (latest.seq > head.seq || (await linkHash(this.dataSource, latest.seq)) !== latest.hash)) {
      this.logger.error(`audit chain does not extend checkpoint ${latest.file} (seq ${latest.seq}); not signing head ${head.seq}. Run npm run audit:verify.`);
      return null;
    }
    return writeCheckpoint(this.checkpointDir, this.key, head);
  }

  /** Unlinked events and how old the oldest is; `alarm` past AUDIT_LINK_ALARM_SECONDS. */
  async lag(): Promise<AuditLag> {
    const u = await unlinkedEvents(this.dataSource);
    const seconds = u.oldestAt === null ? null : Math.max(0, Math.round((Date.now() - u.oldestAt.getTime()) / 1000));
    return { unlinked: u.count, oldestUnlinkedSeconds: seconds, alarm: seconds !== null && seconds > this.config.AUDIT_LINK_ALARM_SECONDS };
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR_ID } from '@app/common';
import { AuditService } from '@app/audit';
import { formatShanghai } from '@app/dashboard';
import { RECTIFICATION_STEP_LABELS, type RectificationStep } from '@app/contracts';
import { Transactional, Tx } from '@app/database';
import { Notifier, Recipients } from '@app/notifications';
import { QualityRepository } from './quality.repository';

export interface QualitySweepReport {
  overdue: number;
}

/**
 * The deadlines of a rectification's steps. PostgreSQL is the source of truth: marking a step
 * overdue is a conditional update that happens once however often it runs; the Bull job is the
 * punctual trigger and the minute sweep finds whatever a lost job (Redis flushed, worker down)
 * missed.
 */
@Injectable()
export class QualityTimers {
  private readonly logger = new Logger('QualityTimers');

  constructor(
    private readonly txHost: Tx,
    private readonly repo: QualityRepository,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly audit: AuditService,
  ) {}

  /** `marked` once; `not_due` before the deadline (the job is retried); `skipped` when done, voided or already marked. */
  @Transactional()
  async overdue(id: string, step: RectificationStep, now = new Date()): Promise<'marked' | 'skipped' | 'not_due'> {
    const r = await this.repo.get(null, id);
    if (!r) return 'skipped';
    const dueAt = new Date(step === 'contact' ? r.contactDueAt : r.rectifyDueAt);
    if (dueAt > now) return 'not_due';
    if (!(await this.repo.markOverdue(id, step, now))) return 'skipped';
    const clock = RECTIFICATION_STEP_LABELS[step];
    await this.notifier.notify([
      { userIds: await this.recipients.supervisorsOf(r.zoneId), kind: 'rectification_overdue', caseId: r.caseId, params: { reference: r.caseReference, title: r.caseTitle, clock, dueAt: formatShanghai(dueAt) } },
    ]);
    await this.audit.record({ actor: SYSTEM_ACTOR_ID, action: 'rectification.overdue', entityType: 'rectification', entityId: id, after: { step, dueAt, markedAt: now } });
    return 'marked';
  }

  async sweepOnce(now = new Date()): Promise<QualitySweepReport> {
    const report: QualitySweepReport = { overdue: 0 };
    for (const { id, step } of await this.repo.dueSteps(now)) if ((await this.overdue(id, step, now)) === 'marked') report.overdue++;
    if (report.overdue) this.logger.log(`quality sweep: ${JSON.stringify(report)}`);
    return report;
  }
}

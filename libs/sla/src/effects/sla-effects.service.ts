import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR_ID } from '@app/common';
import { AuditService } from '@app/audit';
import { shanghaiDateTime } from '@app/calendar';
import { CaseEntity, CaseError, CaseErrorCode, CaseWorkflowService, SystemCaseRepository } from '@app/cases';
import { Transactional } from '@app/database';
import { Notice, Notifier, Recipients } from '@app/notifications';
import { ZonesService } from '@app/zones';
import { SLA_CLOCK_LABELS, SlaClockName } from '../domain/sla-clock';
import { SlaClockRepository, StoredClock } from '../clocks/sla-clock.repository';

/** What a timer did: acted, found nothing to do (moved, stopped, already done), or came too early. */
export type EffectResult = 'done' | 'noop' | 'not_due';

/** Clock skew between processes we accept before calling a job early. */
const EARLY_TOLERANCE_MS = 1000;

/**
 * The effects of SLA timers, each exactly once however often its job runs: the case row and
 * the clock row are locked, the clock is checked to still be due at the instant the job is for,
 * and the effect is guarded by a conditional update (`warned_at IS NULL`, `breached_at IS NULL`)
 * in the same transaction as its timeline entry, audit event, notifications and escalation. What
 * happens to the case itself (its timeline, an escalation, a close) goes through the cases
 * module's workflow.
 */
@Injectable()
export class SlaEffects {
  private readonly logger = new Logger('SlaEffects');

  constructor(
    private readonly cases: SystemCaseRepository,
    private readonly workflow: CaseWorkflowService,
    private readonly clocks: SlaClockRepository,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
  ) {}

  /** 75% of the clock used: warn the owner and the zone supervisors. */
  async warn(caseId: string, clock: SlaClockName, expectedAt?: number, now = Date.now()): Promise<EffectResult> {
    const glance = await this.glance(caseId, clock, 'warn', expectedAt, now);
    if (glance !== 'due') return glance;
    return this.warnLocked(caseId, clock, expectedAt, now);
  }

  @Transactional()
  private async warnLocked(caseId: string, clock: SlaClockName, expectedAt: number | undefined, now: number): Promise<EffectResult> {
    const c = await this.cases.lock(caseId);
    const stored = c && (await this.clocks.lockClock(caseId, clock));
    if (!c || !stored) return 'noop';
    const { state, times } = stored;
    if (state.stoppedAt !== null || state.warnedAt !== null || times.warnAt === null) return 'noop';
    if (expectedAt !== undefined && times.warnAt !== expectedAt) return 'noop';
    if (times.warnAt > now + EARLY_TOLERANCE_MS) return 'not_due';
    return (await this.recordWarning(c, stored, now)) ? 'done' : 'noop';
  }

  /**
   * The deadline passed: record the breach and escalate — an accept breach to the zone
   * supervisors, a resolve breach of a `shield` case to the zone's district authority through
   * the case workflow; any other breach is reported to the owner and the supervisors.
   */
  async breach(caseId: string, clock: SlaClockName, expectedAt?: number, now = Date.now()): Promise<EffectResult> {
    const glance = await this.glance(caseId, clock, 'breach', expectedAt, now);
    if (glance !== 'due') return glance;
    return this.breachLocked(caseId, clock, expectedAt, now);
  }

  @Transactional()
  private async breachLocked(caseId: string, clock: SlaClockName, expectedAt: number | undefined, now: number): Promise<EffectResult> {
    const c = await this.cases.lock(caseId);
    const stored = c && (await this.clocks.lockClock(caseId, clock));
    if (!c || !stored) return 'noop';
    const { state, times } = stored;
    if (state.stoppedAt !== null || state.breachedAt !== null || times.dueAt === null) return 'noop';
    if (expectedAt !== undefined && times.dueAt !== expectedAt) return 'noop';
    if (times.dueAt > now + EARLY_TOLERANCE_MS) return 'not_due';
    // A breach is never announced before its warning.
    if (state.warnedAt === null) await this.recordWarning(c, stored, now);

    const dueAt = times.dueAt;
    const escalateToAuthority = clock === 'resolve' && c.programme === 'shield' && (c.status === 'accepted' || c.status === 'in_progress');
    const escalatedTo = clock === 'accept' ? 'supervisor' : escalateToAuthority ? 'authority' : null;
    if (!(await this.clocks.markBreached(caseId, clock, new Date(dueAt), escalatedTo))) return 'noop';

    const label = SLA_CLOCK_LABELS[clock];
    const params = { reference: c.reference, title: c.title, clock: label, dueAt: shanghaiDateTime(dueAt) };
    const supervisors = await this.recipients.supervisorsOf(c.zoneId);
    const authorityId = escalateToAuthority ? ((await this.zones.zone(c.zoneId))?.authorityId ?? null) : null;
    if (escalateToAuthority && !authorityId) this.logger.error(`zone ${c.zoneId} has no district authority: case ${c.reference} cannot be escalated`);
    await this.workflow.noteSystemEvent(caseId, 'sla', { event: 'sla_breach', clock, label, dueAt: new Date(dueAt), escalatedTo, authorityId });
    const notices: Notice[] = [];
    if (escalatedTo) {
      const authority = authorityId ? (await this.zones.authority(authorityId))?.name : undefined;
      notices.push({ userIds: supervisors, kind: 'sla_escalated', caseId, params: { ...params, authority } });
      notices.push({ userIds: [c.assigneeId].filter((id) => id && !supervisors.includes(id)), kind: 'sla_breach', caseId, params });
    } else {
      notices.push({ userIds: [c.assigneeId, ...supervisors], kind: 'sla_breach', caseId, params });
    }
    await this.notifier.notify(notices);
    // The audit chain is one row every writer queues on: append as late as possible.
    await this.audit.record({
      actor: SYSTEM_ACTOR_ID,
      action: 'sla.breach',
      entityType: 'case',
      entityId: caseId,
      after: { clock, dueAt: new Date(dueAt), escalatedTo, authorityId },
    });
    if (authorityId) {
      await this.workflow.actAsSystem(c, 'escalate', { reason: `${label}已于 ${params.dueAt} 到期（超时），系统自动上报`, targetAuthorityId: authorityId }, new Date(now));
    }
    return 'done';
  }

  /** A resolved case unrated for 7 days, or one waiting 30 days for materials, closes by itself. */
  @Transactional()
  async autoClose(caseId: string, reason: 'unrated' | 'unanswered', since?: number, now = Date.now()): Promise<EffectResult> {
    const c = await this.cases.lock(caseId);
    if (!c) return 'noop';
    const from = reason === 'unrated' ? 'resolved' : 'awaiting_creator';
    const sinceAt = reason === 'unrated' ? c.resolvedAt : c.awaitingCreatorSince;
    if (c.status !== from || !sinceAt) return 'noop';
    if (since !== undefined && sinceAt.getTime() !== since) return 'noop';
    try {
      await this.workflow.actAsSystem(c, 'close', {}, new Date(now));
    } catch (error) {
      if (error instanceof CaseError && error.code === CaseErrorCode.NotYetDue) return 'not_due';
      throw error;
    }
    return 'done';
  }

  private async recordWarning(c: CaseEntity, stored: StoredClock, now: number): Promise<boolean> {
    const { clock } = stored.state;
    if (!(await this.clocks.markWarned(c.id, clock, new Date(now)))) return false;
    const dueAt = stored.times.dueAt;
    const label = SLA_CLOCK_LABELS[clock];
    await this.workflow.noteSystemEvent(c.id, 'sla', { event: 'sla_warning', clock, label, dueAt: dueAt === null ? null : new Date(dueAt) });
    const supervisors = await this.recipients.supervisorsOf(c.zoneId);
    await this.notifier.notify([
      { userIds: [c.assigneeId, ...supervisors], kind: 'sla_warning', caseId: c.id, params: { reference: c.reference, title: c.title, clock: label, dueAt: dueAt === null ? '' : shanghaiDateTime(dueAt) } },
    ]);
    await this.audit.record({
      actor: SYSTEM_ACTOR_ID,
      action: 'sla.warning',
      entityType: 'case',
      entityId: c.id,
      after: { clock, warnAt: stored.times.warnAt === null ? null : new Date(stored.times.warnAt), dueAt: dueAt === null ? null : new Date(dueAt) },
    });
    return true;
  }

  /**
   * A look without locks, so that the many stale timers (the deadline moved, the clock stopped)
   * cost one read; whatever looks due is checked again under the locks.
   */
  private async glance(caseId: string, clock: SlaClockName, effect: 'warn' | 'breach', expectedAt: number | undefined, now: number): Promise<EffectResult | 'due'> {
    const row = await this.clocks.glance(caseId, clock, effect);
    if (!row || row.stopped_at || row.done || !row.at) return 'noop';
    if (expectedAt !== undefined && row.at.getTime() !== expectedAt) return 'noop';
    return row.at.getTime() > now + EARLY_TOLERANCE_MS ? 'not_due' : 'due';
  }
}

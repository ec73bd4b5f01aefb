import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR_ID } from '@app/common';
import { AuditService } from '@app/audit';
import { shanghaiDateTime } from '@app/calendar';
import { CaseTimelineRepository } from '@app/cases';
import { Transactional } from '@app/database';
import { DISPATCH_TIMERS_QUEUE, OutboxJob } from '@app/jobs';
import { Notifier, Recipients } from '@app/notifications';
import { ZonesService } from '@app/zones';
import { OrderRow, SupervisionRepository } from './supervision.repository';

export const SUPERVISION_REMIND_JOB = 'supervision-remind';
export const SUPERVISION_ESCALATE_JOB = 'supervision-escalate';
export const DISPATCH_SWEEP_JOB = 'dispatch-sweep';

export interface SupervisionTimerPayload {
  orderId: string;
}

/** The reminder and the escalation of an order, written to the job outbox when it is issued. */
export function supervisionJobs(orderId: string, remindAt: Date, deadline: Date): OutboxJob[] {
  const payload: SupervisionTimerPayload = { orderId };
  return [
    { queue: DISPATCH_TIMERS_QUEUE, name: SUPERVISION_REMIND_JOB, jobId: `${SUPERVISION_REMIND_JOB}:${orderId}`, payload, runAt: remindAt },
    { queue: DISPATCH_TIMERS_QUEUE, name: SUPERVISION_ESCALATE_JOB, jobId: `${SUPERVISION_ESCALATE_JOB}:${orderId}`, payload, runAt: deadline },
  ];
}

/** The city-wide supervisors, as `escalated_to` names them. */
export const CITY_SUPERVISORS = 'city_supervisors';

export interface DispatchSweepReport {
  reminders: number;
  escalations: number;
}

/**
 * What happens to a supervision order with time: the reminder (催办) to the case's desk before
 * the deadline, and at the deadline, if unanswered, the escalation to the issuer's superior.
 * PostgreSQL is the source of truth: each effect is a conditional update that happens once;
 * the Bull job is the punctual trigger and the sweep does whatever a lost job or Redis missed.
 */
@Injectable()
export class SupervisionTimers {
  private readonly logger = new Logger('SupervisionTimers');

  constructor(
    private readonly orders: SupervisionRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly zones: ZonesService,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async remind(orderId: string, now = new Date()): Promise<'sent' | 'skipped' | 'not_due'> {
    const o = await this.orders.lock(orderId);
    if (!o || o.answered_at || o.reminded_at) return 'skipped';
    if (new Date(o.remind_at) > now) return 'not_due';
    if (!(await this.orders.markReminded(o.id, now))) return 'skipped';
    const desk = o.assignee_id ? [o.assignee_id] : await this.recipients.supervisorsOf(o.zone_id);
    await this.notifier.notify([{ userIds: desk, kind: 'supervision_reminder', caseId: o.case_id, params: { reference: o.case_reference, title: o.case_title, dueAt: shanghaiDateTime(o.deadline) } }]);
    await this.timeline.append(o.case_id, SYSTEM_ACTOR_ID, 'supervision', 'internal', { action: 'supervision_reminded', orderId: o.id, deadline: o.deadline });
    await this.audit.record({ actor: SYSTEM_ACTOR_ID, action: 'supervision_order.remind', entityType: 'supervision_order', entityId: o.id, after: { remindedAt: now } });
    return 'sent';
  }

  @Transactional()
  async escalate(orderId: string, now = new Date()): Promise<'escalated' | 'skipped' | 'not_due'> {
    const o = await this.orders.lock(orderId);
    if (!o || o.answered_at || o.escalated_at) return 'skipped';
    if (new Date(o.deadline) > now) return 'not_due';
    const { to, label, userIds } = await this.superiorOf(o);
    if (!(await this.orders.markEscalated(o.id, to, now))) return 'skipped';
    const params = { reference: o.case_reference, title: o.case_title, dueAt: shanghaiDateTime(o.deadline), authority: label };
    await this.notifier.notify([
      { userIds, kind: 'supervision_escalated', caseId: o.case_id, params },
      { userIds: [o.issued_by, o.assignee_id], kind: 'supervision_escalated', caseId: o.case_id, params },
    ]);
    await this.timeline.append(o.case_id, SYSTEM_ACTOR_ID, 'supervision', 'internal', { action: 'supervision_escalated', orderId: o.id, escalatedTo: to, escalatedToLabel: label });
    await this.audit.record({ actor: SYSTEM_ACTOR_ID, action: 'supervision_order.escalate', entityType: 'supervision_order', entityId: o.id, before: { escalatedAt: null }, after: { escalatedAt: now, escalatedTo: to } });
    return 'escalated';
  }

  /** Everything due that PostgreSQL knows of, whether or not its job arrived. */
  async sweepOnce(now = new Date()): Promise<DispatchSweepReport> {
    const report: DispatchSweepReport = { reminders: 0, escalations: 0 };
    for (const id of await this.orders.dueReminders(now)) if ((await this.remind(id, now)) === 'sent') report.reminders++;
    for (const id of await this.orders.dueEscalations(now)) if ((await this.escalate(id, now)) === 'escalated') report.escalations++;
    if (report.reminders || report.escalations) this.logger.log(`dispatch sweep: ${JSON.stringify(report)}`);
    return report;
  }

  /**
   * The issuer's superior: a zone supervisor's are the city-wide supervisors; a city-wide
   * supervisor's and a district 网信办's, the city authority (市委网信办); the city authority has
   * none above it in the desk, so its order goes to its own officers as a whole.
   */
  private async superiorOf(o: OrderRow): Promise<{ to: string; label: string; userIds: string[] }> {
    if (o.issuer_role === 'supervisor' && o.issuer_zone_id) return { to: CITY_SUPERVISORS, label: '市级主管', userIds: await this.recipients.citySupervisors() };
    const own = o.issuer_authority_id ? await this.zones.authority(o.issuer_authority_id) : undefined;
    const city = (await this.zones.listAuthorities()).find((a) => a.parentId === null);
    const target = own?.parentId ? await this.zones.authority(own.parentId) : city;
    if (!target) return { to: CITY_SUPERVISORS, label: '市级主管', userIds: await this.recipients.citySupervisors() };
    return { to: target.id, label: target.name, userIds: await this.recipients.officersOf(target.id) };
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { shanghaiDateTime } from '@app/calendar';
import { CaseRepository, CaseTimelineRepository } from '@app/cases';
import { isFinalStatus } from '@app/contracts';
import { Transactional } from '@app/database';
import { JobOutbox } from '@app/jobs';
import { Notifier, Recipients } from '@app/notifications';
import { DispatchError, DispatchErrorCode } from './dispatch.errors';
import type { AnswerOrderDto, IssueOrderDto, ListOrdersQuery } from './dispatch.dto';
import { DispatchSettingsRepository } from './dispatch-settings.repository';
import { orderView, OrderView } from './dispatch-views';
import { SupervisionRepository } from './supervision.repository';
import { supervisionJobs } from './supervision-timers.service';

/** An order needs at least this long to be answered. */
const MIN_LEAD_MS = 10_000;

/**
 * 督办单: a supervisor (of the zone, or city-wide) or a 网信办 officer orders the desk that owns a
 * case in their scope to do something by a deadline. The desk answers; a reminder goes out
 * before the deadline and an unanswered order escalates to the issuer's superior at it
 * (`SupervisionTimers`, through the job outbox and the sweep).
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly orders: SupervisionRepository,
    private readonly settings: DispatchSettingsRepository,
    private readonly cases: CaseRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly outbox: JobOutbox,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async issue(actor: Actor, meta: RequestMeta, caseId: string, dto: IssueOrderDto): Promise<OrderView> {
    if (actor.role !== 'supervisor' && actor.role !== 'cac_officer') throw new DispatchError(DispatchErrorCode.OrderNotAllowed, '只有主管或网信办联络员可以下达督办单');
    const c = await this.cases.get(actor, caseId);
    if (isFinalStatus(c.status) || c.status === 'draft') throw new DispatchError(DispatchErrorCode.OrderAnswered, '案件已结束或尚未提交，不能督办');
    const now = new Date();
    const deadline = new Date(dto.deadline);
    if (deadline.getTime() < now.getTime() + MIN_LEAD_MS) throw new ValidationError([{ field: 'deadline', message: '答复期限须晚于当前时间' }]);
    const { supervisionReminderShare } = await this.settings.read();
    const remindAt = new Date(now.getTime() + Math.round((deadline.getTime() - now.getTime()) * supervisionReminderShare));
    const id = await this.orders.insert({
      caseId: c.id,
      zoneId: c.zoneId,
      by: actor.userId,
      role: actor.role,
      issuerZoneId: actor.role === 'supervisor' ? actor.zoneId : null,
      issuerAuthorityId: actor.role === 'cac_officer' ? actor.authorityId : null,
      requirement: dto.requirement,
      at: now,
      deadline,
      remindAt,
    });
    await this.outbox.enqueue(supervisionJobs(id, remindAt, deadline));
    await this.timeline.append(c.id, actor, 'supervision', 'internal', { action: 'supervision_issued', orderId: id, requirement: dto.requirement, deadline });
    const desk = c.assigneeId ? [c.assigneeId, ...(await this.recipients.supervisorsOf(c.zoneId))] : await this.recipients.supervisorsOf(c.zoneId);
    await this.notifier.notify([
      { userIds: desk.filter((u) => u !== actor.userId), kind: 'supervision_order', caseId: c.id, params: { reference: c.reference, title: c.title, summary: dto.requirement, dueAt: shanghaiDateTime(deadline) } },
    ]);
    await this.audit.record({ actor, meta, action: 'supervision_order.issue', entityType: 'supervision_order', entityId: id, after: { caseId: c.id, requirement: dto.requirement, deadline, remindAt } });
    return orderView((await this.orders.get(id))!, now);
  }

  /** The desk that owns the case answers. */
  @Transactional()
  async answer(actor: Actor, meta: RequestMeta, id: string, dto: AnswerOrderDto): Promise<OrderView> {
    const o = await this.orders.lock(id);
    if (!o) throw notFound();
    // The case's desk: agents and supervisors of its zone (the scope of the case says so).
    if (actor.role !== 'agent' && actor.role !== 'supervisor') throw notFound();
    await this.cases.get(actor, o.case_id).catch(() => Promise.reject(notFound()));
    if (o.answered_at) throw new DispatchError(DispatchErrorCode.OrderAnswered, '该督办单已答复');
    const now = new Date();
    await this.orders.answer(o.id, dto.answer, actor.userId, now);
    await this.timeline.append(o.case_id, actor, 'supervision', 'internal', { action: 'supervision_answered', orderId: o.id, answer: dto.answer, late: now > new Date(o.deadline) });
    await this.notifier.notify([{ userIds: [o.issued_by], kind: 'supervision_order', caseId: o.case_id, params: { reference: o.case_reference, title: o.case_title, summary: `已答复：${dto.answer}`, dueAt: shanghaiDateTime(o.deadline) } }]);
    await this.audit.record({ actor, meta, action: 'supervision_order.answer', entityType: 'supervision_order', entityId: o.id, before: { answeredAt: null }, after: { answer: dto.answer, answeredAt: now } });
    return orderView((await this.orders.get(o.id))!, now);
  }

  async forCase(actor: Actor, caseId: string): Promise<OrderView[]> {
    await this.cases.get(actor, caseId);
    const now = new Date();
    return (await this.orders.forCase(caseId)).map((o) => orderView(o, now));
  }

  /** The desk's orders (its zone), a city supervisor's (all), an officer's (issued by or escalated to the authority). */
  async list(actor: Actor, q: ListOrdersQuery): Promise<OrderView[]> {
    const now = new Date();
    const filter = {
      zoneIds: actor.role === 'cac_officer' ? null : actor.zoneId ? [actor.zoneId] : null,
      authorityId: actor.role === 'cac_officer' ? (actor.authorityId ?? '-') : null,
      open: q.open === undefined ? undefined : q.open === 'true',
    };
    return (await this.orders.list(filter, 200)).map((o) => orderView(o, now));
  }
}

function notFound(): DispatchError {
  return new DispatchError(DispatchErrorCode.OrderNotFound, '督办单不存在');
}

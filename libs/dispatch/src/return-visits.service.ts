import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseRepository, CaseTimelineRepository, CaseTransitioned, CaseWorkflowService, OnCaseEvent } from '@app/cases';
import { RETURN_VISIT_OUTCOME_LABELS } from '@app/contracts';
import { Transactional } from '@app/database';
import { HolidayCalendar } from '@app/sla';
import { DispatchError, DispatchErrorCode } from './dispatch.errors';
import type { ListReturnVisitsQuery, RecordReturnVisitDto } from './dispatch.dto';
import { DispatchSettingsRepository } from './dispatch-settings.repository';
import { returnVisitView, ReturnVisitView } from './dispatch-views';
import { ReturnVisitsRepository } from './return-visits.repository';
import { addWorkingDaysOrNull } from './working-days';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Whether a resolution of a case other than 盾牌行动 is in the sample: a fixed hash of the case
 * and the resolution instant, so the choice is the same however often it is asked and nobody
 * picks the cases to call.
 */
export function inSample(caseId: string, resolvedAt: Date, percent: number): boolean {
  const n = parseInt(createHash('sha256').update(`${caseId}:${resolvedAt.toISOString()}`).digest('hex').slice(0, 8), 16) % 100;
  return n < percent;
}

/**
 * 回访: after each resolution of a 盾牌行动 case, and of a sample of the others, the desk calls the
 * creator back within a number of working days and records what they said. "Not solved"
 * reopens the case through the case workflow (its system action), while the creator may still
 * reopen it (within the reopen window, before it closes).
 */
@Injectable()
export class ReturnVisitsService {
  constructor(
    private readonly visits: ReturnVisitsRepository,
    private readonly settings: DispatchSettingsRepository,
    private readonly cases: CaseRepository,
    private readonly workflow: CaseWorkflowService,
    private readonly timeline: CaseTimelineRepository,
    private readonly calendar: HolidayCalendar,
    private readonly audit: AuditService,
  ) {}

  /** A resolution picks its return visit in the resolving transaction. */
  @OnCaseEvent({ listener: 'dispatch-return-visits', events: ['case.transitioned'] })
  async onTransitioned(event: CaseTransitioned): Promise<void> {
    if (event.action !== 'resolve' || !event.case.resolvedAt) return;
    const c = event.case;
    const { returnVisitSamplePercent, returnVisitWorkingDays } = await this.settings.read();
    const selection = c.programme === 'shield' ? 'shield' : inSample(c.id, c.resolvedAt!, returnVisitSamplePercent) ? 'sample' : null;
    if (!selection) return;
    const resolvedAt = c.resolvedAt!;
    const dueAt = addWorkingDaysOrNull(await this.calendar.calendar(), resolvedAt, returnVisitWorkingDays) ?? new Date(resolvedAt.getTime() + returnVisitWorkingDays * DAY_MS);
    await this.visits.insert({ caseId: c.id, zoneId: c.zoneId, programme: c.programme, assigneeId: c.assigneeId, resolvedAt, selection, dueAt });
    await this.audit.record({ actor: event.actor, action: 'return_visit.schedule', entityType: 'case', entityId: c.id, after: { resolvedAt, selection, dueAt } });
  }

  @Transactional()
  async record(actor: Actor, meta: RequestMeta, id: string, dto: RecordReturnVisitDto): Promise<ReturnVisitView> {
    const v = await this.visits.lock(id);
    if (!v || (actor.zoneId !== null && actor.zoneId !== v.zone_id)) throw new DispatchError(DispatchErrorCode.VisitNotFound, '回访记录不存在');
    if (v.outcome) throw new DispatchError(DispatchErrorCode.VisitRecorded, '该回访已登记结果');
    const now = new Date();
    let reopened = false;
    if (dto.outcome === 'not_solved') {
      const c = await this.cases.lock(actor, v.case_id);
      if (c.status === 'resolved' && c.resolvedAt?.getTime() === new Date(v.resolved_at).getTime()) {
        await this.workflow.actAsSystem(c, 'reopen', { reason: `回访未解决${dto.note ? `：${dto.note}` : ''}` }, now);
        reopened = true;
      }
    }
    await this.visits.record(v.id, { outcome: dto.outcome, method: dto.method, note: dto.note ?? null, by: actor.userId, at: now, reopened });
    const publicText = `服务台已${dto.method === 'phone' ? '电话' : dto.method === 'in_person' ? '当面' : '线上'}回访，结果：${RETURN_VISIT_OUTCOME_LABELS[dto.outcome]}${reopened ? '，案件已重新办理' : ''}`;
    await this.timeline.append(v.case_id, actor, 'return_visit', 'public', { action: 'return_visit_recorded', outcome: dto.outcome, method: dto.method, reopened, publicText });
    if (dto.note) await this.timeline.append(v.case_id, actor, 'internal_note', 'internal', { body: `回访记录：${dto.note}` });
    await this.audit.record({ actor, meta, action: 'return_visit.record', entityType: 'return_visit', entityId: v.id, before: { outcome: null }, after: { outcome: dto.outcome, method: dto.method, note: dto.note ?? null, reopened } });
    return returnVisitView((await this.visits.get(v.id))!, now);
  }

  async forCase(actor: Actor, caseId: string): Promise<ReturnVisitView[]> {
    await this.cases.get(actor, caseId);
    const now = new Date();
    return (await this.visits.forCase(caseId)).map((v) => returnVisitView(v, now));
  }

  async list(actor: Actor, q: ListReturnVisitsQuery): Promise<ReturnVisitView[]> {
    const now = new Date();
    return (await this.visits.list(actor.zoneId ? [actor.zoneId] : null, q.pending === undefined ? undefined : q.pending === 'true', 200)).map((v) => returnVisitView(v, now));
  }
}

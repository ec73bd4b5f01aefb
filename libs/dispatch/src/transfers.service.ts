import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { shanghaiDateTime } from '@app/calendar';
import { CaseRepository, CaseTimelineRepository, CaseWorkflowService } from '@app/cases';
import { Transactional } from '@app/database';
import { Notifier, Recipients } from '@app/notifications';
import { HolidayCalendar, SlaClocksService } from '@app/sla';
import { ZonesService } from '@app/zones';
import { DispatchError, DispatchErrorCode } from './dispatch.errors';
import type { ListTransfersQuery, ReturnTransferDto, TransferCaseDto } from './dispatch.dto';
import { DispatchSettingsRepository } from './dispatch-settings.repository';
import { SupervisionRepository } from './supervision.repository';
import { TransferRow, TransfersRepository } from './transfers.repository';
import { TransferView, transferView } from './dispatch-views';
import { addWorkingDaysOrNull } from './working-days';

/**
 * 转办: a case filed in the wrong zone goes, with a reason, to the zone it belongs to, which
 * accepts it or returns it. Only a case not yet accepted (待受理) is transferred; while the
 * transfer is pending the sending zone keeps it. On acceptance the case, its open supervision
 * orders and its queue move to the receiving zone and its running SLA clocks start afresh there;
 * the sending zone no longer sees it. The creator's timeline says where it went.
 */
@Injectable()
export class TransfersService {
  constructor(
    private readonly transfers: TransfersRepository,
    private readonly orders: SupervisionRepository,
    private readonly settings: DispatchSettingsRepository,
    private readonly cases: CaseRepository,
    private readonly workflow: CaseWorkflowService,
    private readonly timeline: CaseTimelineRepository,
    private readonly clocks: SlaClocksService,
    private readonly calendar: HolidayCalendar,
    private readonly zones: ZonesService,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async request(actor: Actor, meta: RequestMeta, caseId: string, dto: TransferCaseDto): Promise<TransferView> {
    const c = await this.cases.lock(actor, caseId);
    if (c.status !== 'submitted') throw new DispatchError(DispatchErrorCode.TransferNotAllowed, '只有待受理的案件可以转办；已受理的案件请由本集聚区继续办理');
    const to = await this.zones.zone(dto.toZoneId);
    if (!to || !to.active) throw new ValidationError([{ field: 'toZoneId', message: '请选择一个有效的集聚区' }]);
    if (to.id === c.zoneId) throw new ValidationError([{ field: 'toZoneId', message: '案件已在该集聚区，无需转办' }]);
    if (await this.transfers.pendingFor(c.id)) throw new DispatchError(DispatchErrorCode.TransferPending, '该案件已有待接收的转办，请等待对方集聚区接收或退回');
    const from = await this.zones.zone(c.zoneId);
    const now = new Date();
    const { transferRespondWorkingDays } = await this.settings.read();
    const respondBy = addWorkingDaysOrNull(await this.calendar.calendar(), now, transferRespondWorkingDays);
    const id = await this.transfers.insert({ caseId: c.id, fromZoneId: c.zoneId, toZoneId: to.id, reason: dto.reason, by: actor.userId, at: now, respondBy });
    await this.timeline.append(c.id, actor, 'transfer', 'public', {
      action: 'transfer_requested',
      fromZoneId: c.zoneId,
      toZoneId: to.id,
      publicText: `案件不属于${from?.name ?? c.zoneId}受理范围，已转至${to.name}，待其接收`,
    });
    await this.timeline.append(c.id, actor, 'internal_note', 'internal', { body: `转办理由：${dto.reason}` });
    const staff = [...(await this.recipients.queueOf(to.id, c.programme)), ...(await this.recipients.supervisorsOf(to.id))];
    await this.notifier.notify([{ userIds: staff, kind: 'case_transfer_received', caseId: null, params: { reference: c.reference, title: c.title, reason: dto.reason, dueAt: respondBy ? shanghaiDateTime(respondBy) : '（日历未定）' } }]);
    await this.audit.record({ actor, meta, action: 'case_transfer.request', entityType: 'case_transfer', entityId: id, after: { caseId: c.id, fromZoneId: c.zoneId, toZoneId: to.id, reason: dto.reason, respondBy } });
    return transferView((await this.transfers.get(id))!);
  }

  /** The receiving zone takes the case over. */
  @Transactional()
  async accept(actor: Actor, meta: RequestMeta, id: string): Promise<TransferView> {
    const t = await this.lockForReceiver(actor, id);
    const c = await this.cases.lockInZone(t.case_id, t.from_zone_id);
    if (c.status !== 'submitted') throw new DispatchError(DispatchErrorCode.TransferNotAllowed, '原集聚区已处理该案件，转办不能再接收，请退回');
    const now = new Date();
    await this.transfers.decide(t.id, 'accepted', actor.userId, now, null);
    const to = await this.zones.zone(t.to_zone_id);
    await this.workflow.moveToZone(actor, meta, c, t.to_zone_id, { transferId: t.id, fromZoneId: t.from_zone_id });
    await this.orders.moveCase(c.id, t.to_zone_id);
    await this.clocks.restartForTransfer(c, now.getTime());
    await this.timeline.append(c.id, actor, 'transfer', 'public', { action: 'transfer_accepted', fromZoneId: t.from_zone_id, toZoneId: t.to_zone_id, publicText: `${to?.name ?? t.to_zone_id}已接收您的案件，将由其受理办理` });
    const staff = [...(await this.recipients.queueOf(t.to_zone_id, c.programme))];
    await this.notifier.notify([{ userIds: staff, kind: 'case_queued', caseId: c.id, params: { reference: c.reference, title: c.title, programmeName: c.programme } }]);
    await this.audit.record({ actor, meta, action: 'case_transfer.accept', entityType: 'case_transfer', entityId: t.id, before: { status: 'pending' }, after: { status: 'accepted', caseId: c.id, zoneId: t.to_zone_id } });
    return transferView((await this.transfers.get(t.id))!);
  }

  /** The receiving zone says the case is not theirs: it stays where it was filed. */
  @Transactional()
  async returnTransfer(actor: Actor, meta: RequestMeta, id: string, dto: ReturnTransferDto): Promise<TransferView> {
    const t = await this.lockForReceiver(actor, id);
    const now = new Date();
    await this.transfers.decide(t.id, 'returned', actor.userId, now, dto.reason);
    const from = await this.zones.zone(t.from_zone_id);
    await this.timeline.append(t.case_id, actor, 'transfer', 'public', { action: 'transfer_returned', fromZoneId: t.from_zone_id, toZoneId: t.to_zone_id, publicText: `转办未被接收，案件继续由${from?.name ?? t.from_zone_id}办理` });
    await this.timeline.append(t.case_id, actor, 'internal_note', 'internal', { body: `转办退回理由：${dto.reason}` });
    await this.notifier.notify([{ userIds: [t.requested_by], kind: 'case_transfer_returned', caseId: t.case_id, params: { reference: t.case_reference, title: t.case_title, reason: dto.reason } }]);
    await this.audit.record({ actor, meta, action: 'case_transfer.return', entityType: 'case_transfer', entityId: t.id, before: { status: 'pending' }, after: { status: 'returned', reason: dto.reason } });
    return transferView((await this.transfers.get(t.id))!);
  }

  /** Transfers of a case the actor sees. */
  async forCase(actor: Actor, caseId: string): Promise<TransferView[]> {
    await this.cases.get(actor, caseId);
    return (await this.transfers.forCase(caseId)).map(transferView);
  }

  /** The desk's transfers: to and from its zone (a city-wide supervisor: every zone). */
  async forDesk(actor: Actor, q: ListTransfersQuery): Promise<TransferView[]> {
    return (await this.transfers.forZones(actor.zoneId ? [actor.zoneId] : null, q.status, 200)).map(transferView);
  }

  private async lockForReceiver(actor: Actor, id: string): Promise<TransferRow> {
    const t = await this.transfers.lock(id);
    // A transfer to another zone is not revealed.
    if (!t || (actor.zoneId !== null && actor.zoneId !== t.to_zone_id)) throw new DispatchError(DispatchErrorCode.TransferNotFound, '转办记录不存在');
    if (t.status !== 'pending') throw new DispatchError(DispatchErrorCode.TransferDecided, `该转办已${t.status === 'accepted' ? '接收' : '退回'}`);
    return t;
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseChannelRepository, CaseEntity, CaseRepository, CaseTimelineRepository, FINAL_STATUSES } from '@app/cases';
import { VISIT_STATUS_LABELS, VisitStatus, VisitView } from '@app/contracts';
import { Transactional } from '@app/database';
import { EvidenceRepository } from '@app/evidence';
import { Notifier, Recipients } from '@app/notifications';
import { chineseDateTime, worksIn } from '@app/offline';
import { UserDirectory } from '@app/users';
import { ZonesService } from '@app/zones';
import { ListVisitsQuery, RecordVisitDto, RequestVisitDto, RescheduleVisitDto, ScheduleVisitDto } from './visits.dto';
import { VisitError, VisitErrorCode } from './visits.errors';
import { EvidenceRef, VisitRow, VisitsRepository } from './visits.repository';

/** Which statuses each step may start from. */
const FROM: Record<'schedule' | 'confirm' | 'reschedule' | 'record', VisitStatus[]> = {
  schedule: ['requested', 'reschedule_requested', 'scheduled', 'confirmed'],
  confirm: ['scheduled'],
  reschedule: ['scheduled', 'confirmed'],
  record: ['scheduled', 'confirmed'],
};

/**
 * 上门服务: requested from a case by its creator or proposed by the desk; the desk sends an
 * expert (a staff account, or an outside expert by name and organisation) at a time and place;
 * the creator confirms or asks for another time; the visit record, with its evidence and their
 * fingerprints, goes on the case timeline and the case is then served `onsite`.
 */
@Injectable()
export class VisitsService {
  constructor(
    private readonly visits: VisitsRepository,
    private readonly evidence: EvidenceRepository,
    private readonly directory: UserDirectory,
    private readonly cases: CaseRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly channels: CaseChannelRepository,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
  ) {}

  @Transactional()
  async request(actor: Actor, meta: RequestMeta, caseId: string, dto: RequestVisitDto): Promise<VisitView> {
    const c = await this.openCase(actor, caseId);
    if (actor.role !== 'creator' && !worksIn(actor, c.zoneId)) throw new VisitError(VisitErrorCode.Forbidden, '只有案件的创作者或本集聚区服务台可以申请上门服务');
    const id = await this.visits.insert({ caseId: c.id, zoneId: c.zoneId, requestedBy: actor.userId, role: actor.role, note: dto.note.trim(), preferredTime: dto.preferredTime?.trim() ?? null, address: dto.address?.trim() ?? null });
    await this.timeline.append(c.id, actor, 'onsite_visit', 'public', { action: actor.role === 'creator' ? 'visit_requested' : 'visit_proposed', visitId: id, note: dto.note.trim() });
    if (actor.role === 'creator') {
      const staff = [c.assigneeId, ...(await this.recipients.supervisorsOf(c.zoneId))];
      await this.notifier.notify([{ userIds: staff, kind: 'visit_requested', caseId: c.id, params: { reference: c.reference, title: c.title, note: dto.note } }]);
    }
    await this.audit.record({ actor, meta, action: 'visit.request', entityType: 'onsite_visit', entityId: id, after: { caseId: c.id, role: actor.role } });
    return this.view((await this.visits.get(id))!);
  }

  async forCase(actor: Actor, caseId: string): Promise<VisitView[]> {
    await this.cases.get(actor, caseId);
    const rows = await this.visits.forCase(caseId);
    return Promise.all(rows.map((v) => this.view(v)));
  }

  async forDesk(actor: Actor, q: ListVisitsQuery): Promise<VisitView[]> {
    return Promise.all((await this.visits.forDesk(actor, q.status)).map((v) => this.view(v)));
  }

  @Transactional()
  async schedule(actor: Actor, meta: RequestMeta, id: string, dto: ScheduleVisitDto, now = new Date()): Promise<VisitView> {
    const v = await this.staffVisit(actor, id, 'schedule');
    if (!!dto.expertUserId === !!dto.expertName) throw new ValidationError([{ field: 'expertUserId', message: '请选择工作人员账号（expertUserId）或填写外部专家姓名（expertName），二选一' }]);
    if (dto.scheduledAt <= now) throw new ValidationError([{ field: 'scheduledAt', message: '上门时间须在将来' }]);
    let expert = { expertUserId: null as string | null, expertName: dto.expertName?.trim() ?? '', expertOrg: dto.expertOrg?.trim() ?? null };
    if (dto.expertUserId) {
      const staff = await this.directory.activeStaff(dto.expertUserId);
      if (!staff) throw new ValidationError([{ field: 'expertUserId', message: '须为在岗的工作人员账号' }]);
      const zone = staff.zoneId ? await this.zones.zone(staff.zoneId) : undefined;
      expert = { expertUserId: staff.id, expertName: staff.displayName, expertOrg: zone ? `${zone.name}创作者服务台` : '集聚区创作者服务台' };
    }
    await this.visits.schedule(v.id, { ...expert, scheduledAt: dto.scheduledAt, address: dto.address.trim() });
    const when = chineseDateTime(dto.scheduledAt);
    await this.timeline.append(v.caseId, actor, 'onsite_visit', 'public', { action: 'visit_scheduled', visitId: v.id, scheduledAt: dto.scheduledAt, expert: expert.expertName, expertOrg: expert.expertOrg, address: dto.address.trim() });
    await this.notifier.notify([
      { userIds: [v.creatorId], kind: 'visit_scheduled', caseId: v.caseId, params: { reference: v.caseReference, title: v.caseTitle, when, place: dto.address.trim(), assignee: expert.expertName }, sms: true, smsParams: { when } },
    ]);
    await this.audit.record({ actor, meta, action: 'visit.schedule', entityType: 'onsite_visit', entityId: v.id, before: { status: v.status }, after: { status: 'scheduled', scheduledAt: dto.scheduledAt, expert: expert.expertName, expertUserId: expert.expertUserId } });
    return this.view((await this.visits.get(v.id))!);
  }

  @Transactional()
  async confirm(actor: Actor, meta: RequestMeta, id: string): Promise<VisitView> {
    const v = await this.creatorVisit(actor, id, 'confirm');
    await this.visits.setStatus(v.id, 'confirmed');
    await this.timeline.append(v.caseId, actor, 'onsite_visit', 'public', { action: 'visit_confirmed', visitId: v.id, scheduledAt: v.scheduledAt });
    await this.notifier.notify([{ userIds: [v.assigneeId, ...(await this.recipients.supervisorsOf(v.zoneId))], kind: 'visit_confirmed', caseId: v.caseId, params: { reference: v.caseReference, title: v.caseTitle, when: chineseDateTime(v.scheduledAt) } }]);
    await this.audit.record({ actor, meta, action: 'visit.confirm', entityType: 'onsite_visit', entityId: v.id, before: { status: v.status }, after: { status: 'confirmed' } });
    return this.view((await this.visits.get(v.id))!);
  }

  @Transactional()
  async reschedule(actor: Actor, meta: RequestMeta, id: string, dto: RescheduleVisitDto): Promise<VisitView> {
    const v = await this.creatorVisit(actor, id, 'reschedule');
    await this.visits.setStatus(v.id, 'reschedule_requested', dto.note.trim());
    await this.timeline.append(v.caseId, actor, 'onsite_visit', 'public', { action: 'visit_reschedule_requested', visitId: v.id, note: dto.note.trim() });
    await this.notifier.notify([{ userIds: [v.assigneeId, ...(await this.recipients.supervisorsOf(v.zoneId))], kind: 'visit_reschedule_requested', caseId: v.caseId, params: { reference: v.caseReference, title: v.caseTitle, note: dto.note } }]);
    await this.audit.record({ actor, meta, action: 'visit.reschedule_request', entityType: 'onsite_visit', entityId: v.id, before: { status: v.status }, after: { status: 'reschedule_requested' } });
    return this.view((await this.visits.get(v.id))!);
  }

  /** The visit record: what was done, advice, outcome and the evidence (case files, with their fingerprints). */
  @Transactional()
  async record(actor: Actor, meta: RequestMeta, id: string, dto: RecordVisitDto, now = new Date()): Promise<VisitView> {
    const v = await this.staffVisit(actor, id, 'record');
    const ids = dto.attachmentIds ?? [];
    const evidence = await this.evidence.fingerprintsOf(v.caseId, ids);
    const missing = ids.findIndex((x) => !evidence.some((e) => e.id === x));
    if (missing >= 0) throw new ValidationError([{ field: `attachmentIds[${missing}]`, message: '须为本案件已上传的材料' }]);
    const c = await this.cases.lock(actor, v.caseId);
    await this.visits.record(v.id, { whatWasDone: dto.whatWasDone.trim(), advice: dto.advice.trim(), outcome: dto.outcome.trim(), attachmentIds: evidence.map((e) => e.id), by: actor.userId, at: now });
    await this.channels.setChannel(c.id, 'onsite');
    await this.timeline.append(c.id, actor, 'onsite_visit', 'public', {
      action: 'visit_recorded',
      visitId: v.id,
      expert: v.expertName,
      expertOrg: v.expertOrg,
      scheduledAt: v.scheduledAt,
      whatWasDone: dto.whatWasDone.trim(),
      advice: dto.advice.trim(),
      outcome: dto.outcome.trim(),
      evidence: evidence.map((e) => ({ id: e.id, fileName: e.fileName, sha256: e.sha256, sm3: e.sm3 })),
      previousChannel: c.channel,
    });
    await this.notifier.notify([{ userIds: [v.creatorId], kind: 'visit_recorded', caseId: c.id, params: { reference: c.reference, title: c.title, summary: dto.outcome } }]);
    await this.audit.record({
      actor,
      meta,
      action: 'visit.record',
      entityType: 'onsite_visit',
      entityId: v.id,
      before: { status: v.status, channel: c.channel },
      after: { status: 'done', channel: 'onsite', evidence: evidence.map((e) => ({ id: e.id, sha256: e.sha256, sm3: e.sm3 })) },
    });
    return this.view((await this.visits.get(v.id))!);
  }

  /** The case, in the actor's scope (locked), and still open. */
  private async openCase(actor: Actor, caseId: string): Promise<CaseEntity> {
    const c = await this.cases.lock(actor, caseId);
    if (FINAL_STATUSES.includes(c.status)) throw new VisitError(VisitErrorCode.CaseClosed, '案件已结束，不能安排上门服务');
    return c;
  }

  private async visit(actor: Actor, id: string, step: keyof typeof FROM): Promise<VisitRow> {
    const v = await this.visits.get(id, true);
    const visible = v && (await this.cases.get(actor, v.caseId).then(() => true, () => false));
    if (!v || !visible) throw new VisitError(VisitErrorCode.NotFound, `未找到上门服务（${id}）`);
    if (!FROM[step].includes(v.status)) throw new VisitError(VisitErrorCode.WrongState, `上门服务当前为「${VISIT_STATUS_LABELS[v.status]}」，不能执行此操作`);
    return v;
  }

  private async staffVisit(actor: Actor, id: string, step: keyof typeof FROM): Promise<VisitRow> {
    const v = await this.visit(actor, id, step);
    if (!worksIn(actor, v.zoneId)) throw new VisitError(VisitErrorCode.NotFound, `未找到上门服务（${id}）`);
    return v;
  }

  private async creatorVisit(actor: Actor, id: string, step: keyof typeof FROM): Promise<VisitRow> {
    const v = await this.visit(actor, id, step);
    if (v.creatorId !== actor.userId) throw new VisitError(VisitErrorCode.NotFound, `未找到上门服务（${id}）`);
    return v;
  }

  private async view(v: VisitRow): Promise<VisitView> {
    const evidence: EvidenceRef[] = v.status === 'done' ? await this.evidence.fingerprintsOf(v.caseId, v.attachmentIds) : [];
    return {
      id: v.id,
      caseId: v.caseId,
      caseReference: v.caseReference,
      zoneId: v.zoneId,
      requestedByRole: v.requestedByRole,
      requestNote: v.requestNote,
      preferredTime: v.preferredTime,
      status: v.status,
      statusLabel: VISIT_STATUS_LABELS[v.status],
      expert: v.expertName ? { userId: v.expertUserId, name: v.expertName, organisation: v.expertOrg } : null,
      scheduledAt: v.scheduledAt ? new Date(v.scheduledAt).toISOString() : null,
      address: v.address,
      creatorNote: v.creatorNote,
      record: v.status === 'done' ? { whatWasDone: v.whatWasDone ?? '', advice: v.advice ?? '', outcome: v.outcome ?? '', recordedAt: new Date(v.recordedAt!).toISOString(), evidence } : null,
      version: v.version,
    };
  }
}

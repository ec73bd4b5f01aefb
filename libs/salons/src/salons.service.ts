import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CasesService, CaseTimelineRepository } from '@app/cases';
import type { RegistrationView, SalonEventView, SalonFigures } from '@app/contracts';
import { Transactional } from '@app/database';
import { qrDataUrl } from '@app/documents';
import { Notifier } from '@app/notifications';
import { checkFilingInput, newCheckInCode, chineseDateTime, chineseRange, worksIn } from '@app/offline';
import { PiiCipher } from '@app/pii';
import { ZonesService } from '@app/zones';
import { registrationView, salonFigures, salonView } from './salon-views';
import { ListSalonsQuery, PublishSalonDto, RateSalonDto, SalonCaseDto, SalonCheckInDto } from './salons.dto';
import { SalonError, SalonErrorCode } from './salons.errors';
import { RegistrationRow, SalonRow, SalonsRepository } from './salons.repository';

/** Door check-in opens this long before the start. */
const CHECK_IN_OPENS_MS = 2 * 3600_000;

/** 大V沙龙: publishing, registration with a waiting list, check-in at the door, questions as cases, ratings. */
@Injectable()
export class SalonsService {
  constructor(
    private readonly salons: SalonsRepository,
    private readonly cases: CasesService,
    private readonly timeline: CaseTimelineRepository,
    private readonly notifier: Notifier,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly pii: PiiCipher,
  ) {}

  @Transactional()
  async publish(actor: Actor, meta: RequestMeta, dto: PublishSalonDto, now = new Date()): Promise<SalonEventView> {
    if (actor.zoneId && dto.zoneId && dto.zoneId !== actor.zoneId) throw new ValidationError([{ field: 'zoneId', message: '只能在本集聚区发布活动' }]);
    const zoneId = actor.zoneId ?? dto.zoneId;
    if (!zoneId) throw new SalonError(SalonErrorCode.ZoneRequired, '请指定集聚区', { errors: [{ field: 'zoneId', message: '全市主管发布活动须指定集聚区' }] });
    if (!(await this.zones.zone(zoneId))) throw new ValidationError([{ field: 'zoneId', message: `集聚区 ${zoneId} 不存在` }]);
    if (dto.startsAt <= now) throw new ValidationError([{ field: 'startsAt', message: '活动时间须在将来' }]);
    if (dto.endsAt <= dto.startsAt) throw new ValidationError([{ field: 'endsAt', message: '结束时间须晚于开始时间' }]);
    if (!dto.venue && !dto.onlineUrl) throw new ValidationError([{ field: 'venue', message: '请填写活动地点或线上链接' }]);
    const id = await this.salons.insert({
      zoneId,
      title: dto.title.trim(),
      topicProgramme: dto.topicProgramme,
      description: dto.description?.trim() ?? '',
      startsAt: dto.startsAt,
      endsAt: dto.endsAt,
      venue: dto.venue?.trim() ?? null,
      onlineUrl: dto.onlineUrl ?? null,
      capacity: dto.capacity,
      experts: dto.experts,
      createdBy: actor.userId,
    });
    await this.audit.record({ actor, meta, action: 'salon.publish', entityType: 'salon_event', entityId: id, after: { zoneId, title: dto.title, startsAt: dto.startsAt, capacity: dto.capacity } });
    return salonView((await this.salons.get(actor, id))!);
  }

  async list(actor: Actor, q: ListSalonsQuery, now = new Date()): Promise<SalonEventView[]> {
    const rows = await this.salons.list(actor, { zoneId: q.zoneId, when: q.when ?? 'upcoming' }, now);
    return Promise.all(rows.map((e) => this.view(actor, e)));
  }

  async detail(actor: Actor, id: string): Promise<SalonEventView> {
    return this.view(actor, await this.event(actor, id));
  }

  /** Registers the creator, or puts them on the waiting list when the event is full. */
  @Transactional()
  async register(actor: Actor, meta: RequestMeta, id: string, now = new Date()): Promise<SalonEventView> {
    const e = await this.event(actor, id, true);
    if (e.status !== 'published' || new Date(e.startsAt) <= now) throw new SalonError(SalonErrorCode.Closed, '活动已开始或已取消，不能报名');
    if (await this.salons.liveRegistrationOf(e.id, actor.userId)) throw new SalonError(SalonErrorCode.AlreadyRegistered, '您已报名（或在候补名单中）');
    const status = e.registered < e.capacity ? 'registered' : 'waitlisted';
    let regId: string | null = null;
    for (let i = 0; i < 8 && !regId; i++) regId = await this.salons.insertRegistration(e.id, actor.userId, status, newCheckInCode(), now);
    if (!regId) throw new SalonError(SalonErrorCode.CodeExhausted, '暂时无法生成签到码，请稍后重试');
    const r = (await this.salons.registration(e.id, regId))!;
    const params = { title: e.title, when: chineseRange(e.startsAt, e.endsAt), place: e.venue ?? e.onlineUrl ?? '', code: r.checkInCode, note: String(r.waitlistPosition ?? '') };
    await this.notifier.notify([{ userIds: [actor.userId], kind: status === 'registered' ? 'salon_registered' : 'salon_waitlisted', params }]);
    await this.audit.record({ actor, meta, action: 'salon.register', entityType: 'event_registration', entityId: r.id, after: { eventId: e.id, status, waitlistPosition: r.waitlistPosition } });
    return this.detail(actor, e.id);
  }

  /** Cancels the creator's registration; a freed seat goes to the first of the waiting list, who is told. */
  @Transactional()
  async cancel(actor: Actor, meta: RequestMeta, id: string, now = new Date()): Promise<SalonEventView> {
    const e = await this.event(actor, id, true);
    const mine = await this.salons.liveRegistrationOf(e.id, actor.userId);
    if (!mine) throw new SalonError(SalonErrorCode.RegistrationNotFound, '您没有报名该活动');
    if (new Date(e.startsAt) <= now) throw new SalonError(SalonErrorCode.Closed, '活动已开始，不能取消报名');
    await this.salons.cancelRegistration(mine.id, now);
    await this.audit.record({ actor, meta, action: 'salon.cancel_registration', entityType: 'event_registration', entityId: mine.id, before: { status: mine.status }, after: { status: 'cancelled' } });
    if (mine.status === 'registered') await this.promoteNext(e, now);
    return this.detail(actor, e.id);
  }

  private async promoteNext(e: SalonRow, now: Date): Promise<void> {
    const next = await this.salons.firstWaitlisted(e.id);
    if (!next) return;
    await this.salons.promote(next.id, now);
    const when = chineseRange(e.startsAt, e.endsAt);
    const place = e.venue ?? e.onlineUrl ?? '';
    await this.notifier.notify([
      { userIds: [next.creatorId], kind: 'salon_promoted', params: { title: e.title, when, place, code: next.checkInCode }, sms: true, smsParams: { title: e.title, when, code: next.checkInCode } },
    ]);
    await this.audit.record({ actor: 'system', action: 'salon.promote', entityType: 'event_registration', entityId: next.id, before: { status: 'waitlisted' }, after: { status: 'registered' } });
  }

  async registrations(actor: Actor, id: string): Promise<RegistrationView[]> {
    const e = await this.staffEvent(actor, id);
    return (await this.salons.registrations(e.id)).map(registrationView);
  }

  /** Check-in at the door by the registration's code: attendance recorded once. */
  @Transactional()
  async checkIn(actor: Actor, meta: RequestMeta, id: string, dto: SalonCheckInDto, now = new Date()): Promise<RegistrationView> {
    const e = await this.staffEvent(actor, id, true);
    if (now.getTime() < new Date(e.startsAt).getTime() - CHECK_IN_OPENS_MS || now > new Date(e.endsAt)) throw new SalonError(SalonErrorCode.WrongState, '只能在活动开始前 2 小时至结束前签到');
    const r = await this.salons.byCode(e.id, dto.code);
    if (!r) throw new SalonError(SalonErrorCode.RegistrationNotFound, `签到码 ${dto.code} 不属于本活动的报名`);
    if (r.status !== 'registered') throw new SalonError(SalonErrorCode.WrongState, '该报名仍在候补名单中，未获得名额');
    if (r.checkedInAt) throw new SalonError(SalonErrorCode.WrongState, `已于 ${chineseDateTime(r.checkedInAt)} 签到`);
    await this.salons.checkIn(r.id, now, actor.userId);
    await this.audit.record({ actor, meta, action: 'salon.check_in', entityType: 'event_registration', entityId: r.id, after: { eventId: e.id } });
    return registrationView((await this.salons.registration(e.id, r.id))!);
  }

  /**
   * A question raised at the event becomes a `salon` case, filed by the desk for the attendee
   * through the cases module's filing, then linked to the event and put on the case timeline.
   */
  @Transactional()
  async raiseCase(actor: Actor, meta: RequestMeta, id: string, dto: SalonCaseDto): Promise<{ caseId: string; reference: string }> {
    checkFilingInput(dto);
    const e = await this.staffEvent(actor, id);
    const r = await this.salons.registration(e.id, dto.registrationId);
    if (!r || r.status === 'cancelled') throw new ValidationError([{ field: 'registrationId', message: '该报名不属于本活动或已取消' }]);
    const { registrationId: _r, ...filing } = dto;
    const filed = await this.cases.file(actor, meta, { ...filing, channel: 'salon', zoneId: e.zoneId, creatorPhone: this.pii.decrypt(r.creatorPhoneCipher!), creatorName: r.creatorName });
    await this.linkCase(actor, meta, e, r, filed.id);
    return { caseId: filed.id, reference: filed.reference };
  }

  private async linkCase(actor: Actor, meta: RequestMeta, e: SalonRow, r: RegistrationRow, caseId: string): Promise<void> {
    await this.salons.linkCase(e.id, caseId, r.id, actor.userId);
    await this.timeline.append(caseId, actor, 'salon', 'public', { action: 'raised_at_salon', eventId: e.id, eventTitle: e.title, startsAt: e.startsAt });
    await this.audit.record({ actor, meta, action: 'salon.raise_case', entityType: 'salon_event', entityId: e.id, after: { caseId, registrationId: r.id } });
  }

  /** An attendee rates the event once it is over: 5 非常满意 … 1 非常不满意. */
  @Transactional()
  async rate(actor: Actor, meta: RequestMeta, id: string, dto: RateSalonDto, now = new Date()): Promise<SalonEventView> {
    const e = await this.event(actor, id);
    const mine = await this.salons.liveRegistrationOf(e.id, actor.userId);
    if (!mine || !mine.checkedInAt) throw new SalonError(SalonErrorCode.NotAttended, '只有到场签到的参会者可以评价');
    if (new Date(e.endsAt) > now) throw new SalonError(SalonErrorCode.NotOver, '活动结束后才能评价');
    if (mine.rating) throw new SalonError(SalonErrorCode.AlreadyRated, '您已评价过该活动');
    await this.salons.rate(mine.id, dto.level, dto.comment?.trim() ?? null, now);
    await this.audit.record({ actor, meta, action: 'salon.rate', entityType: 'event_registration', entityId: mine.id, after: { level: dto.level } });
    return this.detail(actor, e.id);
  }

  async figures(actor: Actor, from: Date, to: Date, zoneId?: string, now = new Date()): Promise<SalonFigures> {
    return salonFigures(await this.salons.figures(actor, from, to, zoneId, now));
  }

  private async event(actor: Actor, id: string, lock = false): Promise<SalonRow> {
    const e = await this.salons.get(actor, id, lock);
    if (!e) throw new SalonError(SalonErrorCode.NotFound, `未找到活动（${id}）`);
    return e;
  }

  private async staffEvent(actor: Actor, id: string, lock = false): Promise<SalonRow> {
    const e = await this.event(actor, id, lock);
    if (!worksIn(actor, e.zoneId)) throw new SalonError(SalonErrorCode.NotFound, `未找到活动（${id}）`);
    return e;
  }

  private async view(actor: Actor, e: SalonRow): Promise<SalonEventView> {
    if (actor.role !== 'creator') return salonView(e);
    const r = await this.salons.liveRegistrationOf(e.id, actor.userId);
    return salonView(
      e,
      r ? { id: r.id, status: r.status, checkInCode: r.checkInCode, checkInQr: r.status === 'registered' ? await qrDataUrl(r.checkInCode) : undefined, waitlistPosition: r.waitlistPosition, checkedInAt: r.checkedInAt ? new Date(r.checkedInAt).toISOString() : null, rating: r.rating } : null,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CasesService, CaseTimelineRepository } from '@app/cases';
import { APPOINTMENT_STATUS_LABELS, type AppointmentView } from '@app/contracts';
import { Transactional } from '@app/database';
import { qrDataUrl } from '@app/documents';
import { JobOutbox } from '@app/jobs';
import { Notifier } from '@app/notifications';
import { checkFilingInput, newCheckInCode, shanghaiDay, chineseRange, worksIn } from '@app/offline';
import { PiiCipher } from '@app/pii';
import { findProgramme } from '@app/programmes';
import { ReceiptsService } from '@app/receipts';
import { ZonesService } from '@app/zones';
import { appointmentView } from './appointment-views';
import { reminderJob } from './appointment-timers.service';
import { BookAppointmentDto, CancelAppointmentDto, CheckInDto, DeskAppointmentsQuery } from './appointments.dto';
import { AppointmentError, AppointmentErrorCode } from './appointments.errors';
import { AppointmentRow, AppointmentsRepository } from './appointments.repository';
import { cutoffOf, reminderAt } from './slot-planning';
import { SlotsRepository } from './slots.repository';

/** Booking, cancelling, and the desk's day: check-in (opening or linking a case) and no-shows. */
@Injectable()
export class AppointmentsService {
  constructor(
    private readonly slots: SlotsRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly receipts: ReceiptsService,
    private readonly cases: CasesService,
    private readonly timeline: CaseTimelineRepository,
    private readonly jobs: JobOutbox,
    private readonly notifier: Notifier,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly pii: PiiCipher,
  ) {}

  /**
   * Books a seat. The seat is taken by one conditional UPDATE of the slot (so the last seat goes
   * to exactly one of any number of concurrent requests) and the booking row is refused by the
   * database when the creator already holds an overlapping one; either refusal undoes both.
   */
  @Transactional()
  async book(actor: Actor, meta: RequestMeta, dto: BookAppointmentDto, now = new Date()): Promise<AppointmentView> {
    const slot = await this.slots.slot(dto.slotId);
    if (!slot) throw new AppointmentError(AppointmentErrorCode.SlotNotFound, `未找到时段（${dto.slotId}）`);
    if (!slot.programmes.includes(dto.programme)) {
      throw new ValidationError([{ field: 'programme', message: `该时段只接待：${slot.programmes.map((p) => findProgramme(p)?.name ?? p).join('、')}` }]);
    }
    const taken = await this.slots.takeSeat(slot.id, now);
    if (!taken) {
      if (slot.status === 'closed') throw new AppointmentError(AppointmentErrorCode.SlotClosed, `该时段已关闭：${slot.closedReason ?? ''}`);
      if (cutoffOf(new Date(slot.startsAt), slot.bookingCutoffMinutes) <= now) throw new AppointmentError(AppointmentErrorCode.PastCutoff, `已过预约截止时间（开始前 ${slot.bookingCutoffMinutes} 分钟）`);
      throw new AppointmentError(AppointmentErrorCode.SlotFull, '该时段已约满，请选择其他时段');
    }
    const zone = await this.zones.zone(slot.zoneId);
    const startsAt = new Date(slot.startsAt);
    const remindAt = reminderAt(startsAt, now);
    let inserted: { id: string } | 'overlap' | 'code_taken' = 'code_taken';
    for (let attempt = 0; attempt < 8 && inserted === 'code_taken'; attempt++) {
      inserted = await this.appointments.insert({
        slotId: slot.id,
        zoneId: slot.zoneId,
        creatorId: actor.userId,
        programme: dto.programme,
        topic: dto.topic?.trim() || null,
        startsAt,
        endsAt: new Date(slot.endsAt),
        checkInCode: newCheckInCode(),
        zoneCode: zone?.code ?? 'XX',
        remindAt,
        bookedAt: now,
      });
    }
    if (inserted === 'overlap') throw new AppointmentError(AppointmentErrorCode.Overlap, '您在该时间段已有其他预约，不能重复预约');
    if (inserted === 'code_taken') throw new AppointmentError(AppointmentErrorCode.CodeExhausted, '暂时无法生成签到码，请稍后重试');
    const a = (await this.appointments.get(inserted.id))!;
    if (remindAt) await this.jobs.enqueue([reminderJob(a.id, remindAt)]);
    const programme = findProgramme(a.programme);
    const point = await this.slots.servicePointOf(a.zoneId);
    const receipt = await this.receipts.issueAppointment(actor, a.id, a.zoneId, {
      reference: a.reference,
      programmeName: programme ? `${programme.name}（${programme.subtitle}）` : a.programme,
      zoneName: zone?.name ?? a.zoneId,
      servicePoint: { name: a.servicePointName, address: a.servicePointAddress, phone: point?.phone ?? null },
      startsAt,
      endsAt: new Date(a.endsAt),
      cancellableUntil: cutoffOf(startsAt, a.bookingCutoffMinutes),
      checkInCode: a.checkInCode,
      creatorName: a.creatorName,
      topic: a.topic,
      at: now,
    });
    const when = chineseRange(a.startsAt, a.endsAt);
    await this.notifier.notify([
      { userIds: [a.creatorId], kind: 'appointment_booked', params: { reference: a.reference, when, place: a.servicePointName, code: a.checkInCode }, sms: true, smsParams: { when, place: a.servicePointName, code: a.checkInCode } },
    ]);
    await this.audit.record({
      actor,
      meta,
      action: 'appointment.book',
      entityType: 'appointment',
      entityId: a.id,
      after: { reference: a.reference, slotId: slot.id, zoneId: a.zoneId, programme: a.programme, seatsLeft: taken.capacity - taken.booked },
    });
    return appointmentView(a, { staff: false, checkInQr: await qrDataUrl(a.checkInCode), receiptId: receipt.id });
  }

  /** A creator cancels their own booking until the cut-off; the seat is free again. */
  @Transactional()
  async cancel(actor: Actor, meta: RequestMeta, id: string, dto: CancelAppointmentDto, now = new Date()): Promise<AppointmentView> {
    const a = await this.appointments.lockFor(actor, id);
    if (!a) throw new AppointmentError(AppointmentErrorCode.NotFound, `未找到预约（${id}）`);
    if (a.status !== 'booked') throw new AppointmentError(AppointmentErrorCode.WrongState, `该预约${a.status === 'cancelled' ? '已取消' : '已结束'}，不能取消`);
    if (cutoffOf(new Date(a.startsAt), a.bookingCutoffMinutes) <= now) {
      throw new AppointmentError(AppointmentErrorCode.PastCutoff, `已过取消截止时间（开始前 ${a.bookingCutoffMinutes} 分钟），如不能到场请联系服务点`);
    }
    await this.appointments.cancel(a.id, now, dto.reason?.trim() || null, actor.role);
    await this.slots.releaseSeat(a.slotId);
    await this.notifier.notify([{ userIds: [a.creatorId], kind: 'appointment_cancelled', params: { reference: a.reference, when: chineseRange(a.startsAt, a.endsAt), place: a.servicePointName } }]);
    await this.audit.record({ actor, meta, action: 'appointment.cancel', entityType: 'appointment', entityId: a.id, before: { status: a.status }, after: { status: 'cancelled', reason: dto.reason ?? null } });
    return appointmentView((await this.appointments.get(a.id))!, { staff: false });
  }

  async mine(actor: Actor): Promise<AppointmentView[]> {
    const rows = await this.appointments.mine(actor.userId);
    return Promise.all(rows.map(async (a) => appointmentView(a, { staff: false, checkInQr: a.status === 'booked' ? await qrDataUrl(a.checkInCode) : undefined })));
  }

  /** The desk's appointments of a day (today by default) in its zone, found by check-in code or phone. */
  async desk(actor: Actor, q: DeskAppointmentsQuery, now = new Date()): Promise<AppointmentView[]> {
    const rows = await this.appointments.forDesk(actor, q.date ?? shanghaiDay(now), { code: q.code, phoneHash: q.phone ? this.pii.searchKey(q.phone) : undefined });
    return rows.map((a) => appointmentView(a, { staff: true }));
  }

  /**
   * Checks a visitor in and, in the same transaction, opens their walk-in case (through the
   * cases module's filing for the walk-in channel) or links the visit to one of their cases:
   * the appointment row is locked first, so two agents cannot check the same visitor in twice.
   */
  @Transactional()
  async checkIn(actor: Actor, meta: RequestMeta, id: string, dto: CheckInDto, now = new Date()): Promise<AppointmentView> {
    if (!!dto.caseId === !!dto.newCase) throw new ValidationError([{ field: 'caseId', message: '请选择关联已有案件（caseId）或登记新案件（newCase），二选一' }]);
    if (dto.newCase) checkFilingInput(dto.newCase, 'newCase.');
    const a = await this.appointments.lockFor(actor, id);
    if (!a) throw new AppointmentError(AppointmentErrorCode.NotFound, `未找到预约（${id}）`);
    if (a.status !== 'booked') throw new AppointmentError(AppointmentErrorCode.WrongState, `该预约当前为「${APPOINTMENT_STATUS_LABELS[a.status]}」，不能签到`);
    if (shanghaiDay(a.startsAt) !== shanghaiDay(now)) throw new AppointmentError(AppointmentErrorCode.NotToday, `该预约在 ${shanghaiDay(a.startsAt)}，只能当天签到`);
    let caseId = dto.caseId;
    if (caseId) {
      const c = await this.cases.detail(actor, caseId);
      if (c.creator.id !== a.creatorId) throw new ValidationError([{ field: 'caseId', message: '只能关联该创作者本人的案件' }]);
    } else {
      const filed = await this.cases.file(actor, meta, { ...dto.newCase!, channel: 'walk_in', zoneId: a.zoneId, creatorPhone: this.pii.decrypt(a.creatorPhoneCipher!), creatorName: a.creatorName });
      caseId = filed.id;
    }
    await this.appointments.checkIn(a.id, now, actor.userId);
    await this.appointments.linkCase(a.id, caseId);
    await this.timeline.append(caseId, actor, 'appointment', 'public', { action: dto.caseId ? 'visit_linked' : 'opened_by_visit', appointmentId: a.id, reference: a.reference, servicePoint: a.servicePointName, startsAt: a.startsAt });
    await this.audit.record({ actor, meta, action: 'appointment.check_in', entityType: 'appointment', entityId: a.id, before: { status: a.status }, after: { status: 'checked_in', caseId, opened: !dto.caseId } });
    return appointmentView((await this.appointments.get(a.id))!, { staff: true });
  }

  /** The desk records that a booked visitor did not come (after the slot began). */
  @Transactional()
  async noShow(actor: Actor, meta: RequestMeta, id: string, now = new Date()): Promise<AppointmentView> {
    const a = await this.appointments.lockFor(actor, id);
    if (!a || !worksIn(actor, a.zoneId)) throw new AppointmentError(AppointmentErrorCode.NotFound, `未找到预约（${id}）`);
    if (a.status !== 'booked') throw new AppointmentError(AppointmentErrorCode.WrongState, '只有「已预约」的预约可以记为未到场');
    if (new Date(a.startsAt) > now) throw new AppointmentError(AppointmentErrorCode.WrongState, '时段尚未开始，不能记为未到场');
    await this.appointments.markNoShow(a.id, now);
    await this.audit.record({ actor, meta, action: 'appointment.no_show', entityType: 'appointment', entityId: a.id, before: { status: a.status }, after: { status: 'no_show' } });
    return appointmentView((await this.appointments.get(a.id))!, { staff: true });
  }

  figures(actor: Actor, from: Date, to: Date, zoneId?: string) {
    return this.appointments.figures(actor, from, to, zoneId);
  }
}

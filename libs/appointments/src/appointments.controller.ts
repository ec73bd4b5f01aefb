import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams, ValidationError } from '@app/common';
import { figuresPeriod, OfflineFiguresQuery } from '@app/offline';
import { ReceiptsService } from '@app/receipts';
import { AppointmentsService } from './appointments.service';
import { BookAppointmentDto, CancelAppointmentDto, CheckInDto, CloseSlotDto, CreateSlotDto, DeskAppointmentsQuery, ListSlotsQuery, SlotPatternDto } from './appointments.dto';
import { APPOINTMENT_EXAMPLE, DESK_APPOINTMENT_EXAMPLE, RECEIPT_LIST_EXAMPLE, SERVICE_POINT_EXAMPLE, SLOT_EXAMPLE } from './appointments.examples';
import { SlotsService } from './slots.service';

const PEOPLE = ['creator', 'agent', 'supervisor'] as const;


@ApiTags('appointments')
@Controller()
export class AppointmentsController {
  constructor(
    private readonly slots: SlotsService,
    private readonly appointments: AppointmentsService,
    private readonly receipts: ReceiptsService,
  ) {}

  @Get('service-points')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ description: '各集聚区一站式服务点：地址、开放时间（工作日，含调休上班日）、服务内容', schema: { example: [SERVICE_POINT_EXAMPLE] } })
  servicePoints() {
    return this.slots.servicePoints();
  }

  @Get('appointment-slots')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ description: '时段（创作者：各区开放的时段；工作人员：本区全部时段）', schema: { example: [SLOT_EXAMPLE] } })
  listSlots(@CurrentActor() actor: Actor, @Query() q: ListSlotsQuery) {
    return this.slots.list(actor, q);
  }

  @Post('appointment-slots')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ description: '开放的时段', schema: { example: SLOT_EXAMPLE } })
  createSlot(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateSlotDto) {
    return this.slots.create(actor, meta, dto);
  }

  @Post('appointment-slots/pattern')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ description: '按周开放的结果：新开放、已存在、跳过（附原因）', schema: { example: { patternId: '9a1e2b3c-4d5e-4f6a-8b7c-9d0e1f2a3b4c', created: 40, existing: 0, skipped: [{ day: '2026-04-06', time: '09:30–10:00', reason: '2026-04-06 不是工作日' }] } } })
  createPattern(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: SlotPatternDto) {
    return this.slots.createPattern(actor, meta, dto);
  }

  @Post('appointment-slots/:id/close')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ description: '关闭后的时段（已预约者已取消并收到通知）', schema: { example: { ...SLOT_EXAMPLE, status: 'closed', booked: 0, remaining: 0, closedReason: '服务点临时闭馆', bookable: false } } })
  closeSlot(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CloseSlotDto) {
    return this.slots.close(actor, meta, id, dto);
  }

  @Post('appointments')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ description: '预约（含签到码及其二维码、预约确认单）', schema: { example: APPOINTMENT_EXAMPLE } })
  book(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: BookAppointmentDto) {
    return this.appointments.book(actor, meta, dto);
  }

  @Get('appointments/mine')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ schema: { example: [APPOINTMENT_EXAMPLE] } })
  mine(@CurrentActor() actor: Actor) {
    return this.appointments.mine(actor);
  }

  @Post('appointments/:id/cancel')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ description: '取消后的预约', schema: { example: { ...APPOINTMENT_EXAMPLE, status: 'cancelled', statusLabel: '已取消', cancelledAt: '2026-03-03T02:00:00.000Z', cancelReason: '临时有事' } } })
  cancel(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CancelAppointmentDto) {
    return this.appointments.cancel(actor, meta, id, dto);
  }

  /** The appointment confirmation (预约确认单) and any other receipt of the appointment. */
  @Get('appointments/:id/receipts')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ schema: { example: RECEIPT_LIST_EXAMPLE } })
  receiptsOf(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.receipts.forSubject(actor, 'appointment', id);
  }

  /** The desk's appointments of a day (today by default), by check-in code or phone. */
  @Get('desk/appointments')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ schema: { example: [DESK_APPOINTMENT_EXAMPLE] } })
  desk(@CurrentActor() actor: Actor, @Query() q: DeskAppointmentsQuery) {
    return this.appointments.desk(actor, q);
  }

  /** Checks the visitor in; the visit opens a walk-in case (`newCase`) or is linked to one of theirs (`caseId`). */
  @Post('appointments/:id/check-in')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ description: '签到后的预约（caseId 为登记或关联的案件）', schema: { example: { ...DESK_APPOINTMENT_EXAMPLE, status: 'checked_in', statusLabel: '已签到', checkedInAt: '2026-03-09T01:25:00.000Z', caseId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  checkIn(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CheckInDto) {
    return this.appointments.checkIn(actor, meta, id, dto);
  }

  @Post('appointments/:id/no-show')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ description: '记为未到场后的预约', schema: { example: { ...DESK_APPOINTMENT_EXAMPLE, status: 'no_show', statusLabel: '未到场' } } })
  noShow(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.appointments.noShow(actor, meta, id);
  }

  /** Slots, bookings, check-ins, no-shows and cancellations over a period of slot starts, in the supervisor's zones. */
  @Get('dashboard/appointments')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ schema: { example: { slots: 40, capacity: 120, booked: 64, checkedIn: 51, noShows: 6, cancelled: 7 } } })
  figures(@CurrentActor() actor: Actor, @Query() q: OfflineFiguresQuery) {
    const period = figuresPeriod(q);
    if ('field' in period) throw new ValidationError([period]);
    return this.appointments.figures(actor, period.from, period.to, q.zoneId);
  }
}

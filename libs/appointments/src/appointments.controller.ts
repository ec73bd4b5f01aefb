import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams, ValidationError } from '@app/common';
import { figuresPeriod, OfflineFiguresQuery } from '@app/offline';
import { IssuedDocumentResponse } from '@app/documents';
import { ReceiptsService } from '@app/receipts';
import { AppointmentsService } from './appointments.service';
import { BookAppointmentDto, CancelAppointmentDto, CheckInDto, CloseSlotDto, CreateSlotDto, DeskAppointmentsQuery, ListSlotsQuery, SlotPatternDto } from './appointments.dto';
import { AppointmentFiguresResponse, AppointmentResponse, ServicePointResponse, SlotPatternResponse, SlotResponse } from './appointment.responses';
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
  @ApiOkResponse({ type: ServicePointResponse, isArray: true, description: '各集聚区一站式服务点：地址、开放时间（工作日，含调休上班日）、服务内容' })
  servicePoints() {
    return this.slots.servicePoints();
  }

  @Get('appointment-slots')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ type: SlotResponse, isArray: true, description: '时段（创作者：各区开放的时段；工作人员：本区全部时段）' })
  listSlots(@CurrentActor() actor: Actor, @Query() q: ListSlotsQuery) {
    return this.slots.list(actor, q);
  }

  @Post('appointment-slots')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ type: SlotResponse, description: '开放的时段' })
  createSlot(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateSlotDto) {
    return this.slots.create(actor, meta, dto);
  }

  @Post('appointment-slots/pattern')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ type: SlotPatternResponse, description: '按周开放的结果：新开放、已存在、跳过（附原因）' })
  createPattern(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: SlotPatternDto) {
    return this.slots.createPattern(actor, meta, dto);
  }

  @Post('appointment-slots/:id/close')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ type: SlotResponse, description: '关闭后的时段（已预约者已取消并收到通知）' })
  closeSlot(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CloseSlotDto) {
    return this.slots.close(actor, meta, id, dto);
  }

  @Post('appointments')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: AppointmentResponse, description: '预约（含签到码及其二维码、预约确认单）' })
  book(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: BookAppointmentDto) {
    return this.appointments.book(actor, meta, dto);
  }

  @Get('appointments/mine')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ type: AppointmentResponse, isArray: true })
  mine(@CurrentActor() actor: Actor) {
    return this.appointments.mine(actor);
  }

  @Post('appointments/:id/cancel')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: AppointmentResponse, description: '取消后的预约' })
  cancel(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CancelAppointmentDto) {
    return this.appointments.cancel(actor, meta, id, dto);
  }

  /** The appointment confirmation (预约确认单) and any other receipt of the appointment. */
  @Get('appointments/:id/receipts')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ type: IssuedDocumentResponse, isArray: true })
  receiptsOf(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.receipts.forSubject(actor, 'appointment', id);
  }

  /** The desk's appointments of a day (today by default), by check-in code or phone. */
  @Get('desk/appointments')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ type: AppointmentResponse, isArray: true })
  desk(@CurrentActor() actor: Actor, @Query() q: DeskAppointmentsQuery) {
    return this.appointments.desk(actor, q);
  }

  /** Checks the visitor in; the visit opens a walk-in case (`newCase`) or is linked to one of theirs (`caseId`). */
  @Post('appointments/:id/check-in')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ type: AppointmentResponse, description: '签到后的预约（caseId 为登记或关联的案件）' })
  checkIn(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CheckInDto) {
    return this.appointments.checkIn(actor, meta, id, dto);
  }

  @Post('appointments/:id/no-show')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ type: AppointmentResponse, description: '记为未到场后的预约' })
  noShow(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.appointments.noShow(actor, meta, id);
  }

  /** Slots, bookings, check-ins, no-shows and cancellations over a period of slot starts, in the supervisor's zones. */
  @Get('dashboard/appointments')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ type: AppointmentFiguresResponse })
  figures(@CurrentActor() actor: Actor, @Query() q: OfflineFiguresQuery) {
    const period = figuresPeriod(q);
    if ('field' in period) throw new ValidationError([period]);
    return this.appointments.figures(actor, period.from, period.to, q.zoneId);
  }
}

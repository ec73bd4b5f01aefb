import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { figuresPeriod, OfflineFiguresQuery } from '@app/offline';
import { ReceiptsService } from '@app/receipts';
import { AppointmentsService } from './appointments.service';
import { BookAppointmentDto, CancelAppointmentDto, CheckInDto, CloseSlotDto, CreateSlotDto, DeskAppointmentsQuery, ListSlotsQuery, SlotPatternDto } from './appointments.dto';
import { SlotsService } from './slots.service';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new ValidationError([{ field: 'id', message: 'id 须为 UUID' }]) });
const PEOPLE = ['creator', 'agent', 'supervisor'] as const;

const EXAMPLE_APPOINTMENT = {
  id: '5b0c…',
  reference: 'HP-YY-2026-000012',
  startsAt: '2026-03-09T01:30:00.000Z',
  endsAt: '2026-03-09T02:00:00.000Z',
  programme: 'shield',
  status: 'booked',
  statusLabel: '已预约',
  checkInCode: '482913',
  checkInQr: 'data:image/png;base64,…',
};

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
  servicePoints() {
    return this.slots.servicePoints();
  }

  @Get('appointment-slots')
  @Authenticated({ roles: PEOPLE })
  listSlots(@CurrentActor() actor: Actor, @Query() q: ListSlotsQuery) {
    return this.slots.list(actor, q);
  }

  @Post('appointment-slots')
  @Authenticated({ roles: ['supervisor'] })
  createSlot(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateSlotDto) {
    return this.slots.create(actor, meta, dto);
  }

  @Post('appointment-slots/pattern')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ schema: { example: { patternId: '9a1e…', created: 40, existing: 0, skipped: [{ day: '2026-04-06', time: '', reason: '…' }] } } })
  createPattern(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: SlotPatternDto) {
    return this.slots.createPattern(actor, meta, dto);
  }

  @Post('appointment-slots/:id/close')
  @Authenticated({ roles: ['supervisor'] })
  closeSlot(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: CloseSlotDto) {
    return this.slots.close(actor, meta, id, dto);
  }

  @Post('appointments')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ schema: { example: EXAMPLE_APPOINTMENT } })
  book(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: BookAppointmentDto) {
    return this.appointments.book(actor, meta, dto);
  }

  @Get('appointments/mine')
  @Authenticated({ roles: ['creator'] })
  @ApiOkResponse({ schema: { example: [EXAMPLE_APPOINTMENT] } })
  mine(@CurrentActor() actor: Actor) {
    return this.appointments.mine(actor);
  }

  @Post('appointments/:id/cancel')
  @Authenticated({ roles: ['creator'] })
  cancel(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: CancelAppointmentDto) {
    return this.appointments.cancel(actor, meta, id, dto);
  }

  /** The appointment confirmation (预约确认单) and any other receipt of the appointment. */
  @Get('appointments/:id/receipts')
  @Authenticated({ roles: PEOPLE })
  receiptsOf(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.receipts.forSubject(actor, 'appointment', id);
  }

  /** The desk's appointments of a day (today by default), by check-in code or phone. */
  @Get('desk/appointments')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  desk(@CurrentActor() actor: Actor, @Query() q: DeskAppointmentsQuery) {
    return this.appointments.desk(actor, q);
  }

  /** Checks the visitor in; the visit opens a walk-in case (`newCase`) or is linked to one of theirs (`caseId`). */
  @Post('appointments/:id/check-in')
  @Authenticated({ roles: ['agent'] })
  checkIn(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: CheckInDto) {
    return this.appointments.checkIn(actor, meta, id, dto);
  }

  @Post('appointments/:id/no-show')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  noShow(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string) {
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

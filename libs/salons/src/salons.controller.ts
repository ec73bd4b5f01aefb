import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { figuresPeriod, OfflineFiguresQuery } from '@app/offline';
import { ListSalonsQuery, PublishSalonDto, RateSalonDto, SalonCaseDto, SalonCheckInDto } from './salons.dto';
import { SalonsService } from './salons.service';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new ValidationError([{ field: 'id', message: 'id 须为 UUID' }]) });
const PEOPLE = ['creator', 'agent', 'supervisor'] as const;

@ApiTags('salons')
@Controller()
export class SalonsController {
  constructor(private readonly salons: SalonsService) {}

  @Post('salons')
  @Authenticated({ roles: ['supervisor'] })
  publish(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: PublishSalonDto) {
    return this.salons.publish(actor, meta, dto);
  }

  @Get('salons')
  @Authenticated({ roles: PEOPLE })
  list(@CurrentActor() actor: Actor, @Query() q: ListSalonsQuery) {
    return this.salons.list(actor, q);
  }

  @Get('salons/:id')
  @Authenticated({ roles: PEOPLE })
  detail(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.salons.detail(actor, id);
  }

  /** Registers, or joins the waiting list when the event is full. */
  @Post('salons/:id/register')
  @Authenticated({ roles: ['creator'] })
  register(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string) {
    return this.salons.register(actor, meta, id);
  }

  @Post('salons/:id/cancel-registration')
  @Authenticated({ roles: ['creator'] })
  cancel(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string) {
    return this.salons.cancel(actor, meta, id);
  }

  @Post('salons/:id/rating')
  @Authenticated({ roles: ['creator'] })
  rate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: RateSalonDto) {
    return this.salons.rate(actor, meta, id, dto);
  }

  @Get('salons/:id/registrations')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  registrations(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.salons.registrations(actor, id);
  }

  @Post('salons/:id/check-in')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  checkIn(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: SalonCheckInDto) {
    return this.salons.checkIn(actor, meta, id, dto);
  }

  /** A question raised at the event, filed by the desk as a `salon` case for the attendee. */
  @Post('salons/:id/cases')
  @Authenticated({ roles: ['agent'] })
  @ApiOkResponse({ schema: { example: { caseId: '3f2a…', reference: 'HP-SHD-2026-000321' } } })
  raiseCase(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: SalonCaseDto) {
    return this.salons.raiseCase(actor, meta, id, dto);
  }

  /** Registrations, attendance rate, waiting-list promotions, cases raised and satisfaction of events in the period. */
  @Get('dashboard/salons')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ schema: { example: { events: 2, registrations: 70, attended: 52, attendanceRate: 0.81, waitlistPromotions: 5, casesRaised: 9, ratings: 40, satisfaction: 0.9, averageRating: 4.5, byEvent: [] } } })
  figures(@CurrentActor() actor: Actor, @Query() q: OfflineFiguresQuery) {
    const period = figuresPeriod(q);
    if ('field' in period) throw new ValidationError([period]);
    return this.salons.figures(actor, period.from, period.to, q.zoneId);
  }
}

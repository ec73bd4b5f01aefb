import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams, ValidationError } from '@app/common';
import { figuresPeriod, OfflineFiguresQuery } from '@app/offline';
import { ListSalonsQuery, PublishSalonDto, RateSalonDto, SalonCaseDto, SalonCheckInDto } from './salons.dto';
import { RegistrationResponse, SalonCaseResponse, SalonEventResponse, SalonFiguresResponse } from './salon.responses';
import { SalonsService } from './salons.service';

const PEOPLE = ['creator', 'agent', 'supervisor'] as const;

@ApiTags('salons')
@Controller()
export class SalonsController {
  constructor(private readonly salons: SalonsService) {}

  @Post('salons')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ type: SalonEventResponse, description: '发布的活动' })
  publish(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: PublishSalonDto) {
    return this.salons.publish(actor, meta, dto);
  }

  @Get('salons')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ type: SalonEventResponse, isArray: true })
  list(@CurrentActor() actor: Actor, @Query() q: ListSalonsQuery) {
    return this.salons.list(actor, q);
  }

  @Get('salons/:id')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ type: SalonEventResponse })
  detail(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.salons.detail(actor, id);
  }

  /** Registers, or joins the waiting list when the event is full. */
  @Post('salons/:id/register')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: SalonEventResponse, description: '报名后的活动（mine 为本人的报名或候补位置）' })
  register(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.salons.register(actor, meta, id);
  }

  @Post('salons/:id/cancel-registration')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: SalonEventResponse, description: '取消报名后的活动（空出的名额已递补给候补第一位）' })
  cancel(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.salons.cancel(actor, meta, id);
  }

  @Post('salons/:id/rating')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: SalonEventResponse, description: '评价后的活动' })
  rate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RateSalonDto) {
    return this.salons.rate(actor, meta, id, dto);
  }

  @Get('salons/:id/registrations')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ type: RegistrationResponse, isArray: true })
  registrations(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.salons.registrations(actor, id);
  }

  @Post('salons/:id/check-in')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ type: RegistrationResponse, description: '签到后的报名' })
  checkIn(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: SalonCheckInDto) {
    return this.salons.checkIn(actor, meta, id, dto);
  }

  /** A question raised at the event, filed by the desk as a `salon` case for the attendee. */
  @Post('salons/:id/cases')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ type: SalonCaseResponse, description: '登记的沙龙案件' })
  raiseCase(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: SalonCaseDto) {
    return this.salons.raiseCase(actor, meta, id, dto);
  }

  /** Registrations, attendance rate, waiting-list promotions, cases raised and satisfaction of events in the period. */
  @Get('dashboard/salons')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ type: SalonFiguresResponse })
  figures(@CurrentActor() actor: Actor, @Query() q: OfflineFiguresQuery) {
    const period = figuresPeriod(q);
    if ('field' in period) throw new ValidationError([period]);
    return this.salons.figures(actor, period.from, period.to, q.zoneId);
  }
}

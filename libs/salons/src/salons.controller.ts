import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams, ValidationError } from '@app/common';
import { figuresPeriod, OfflineFiguresQuery } from '@app/offline';
import { ListSalonsQuery, PublishSalonDto, RateSalonDto, SalonCaseDto, SalonCheckInDto } from './salons.dto';
import { SalonsService } from './salons.service';

const PEOPLE = ['creator', 'agent', 'supervisor'] as const;

const SALON_EXAMPLE = {
  id: '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
  zoneId: 'huangpu',
  title: '大V沙龙：短视频创作者如何应对网络暴力',
  topicProgramme: 'shield',
  description: '律师与平台专家现场答疑',
  startsAt: '2026-03-14T06:00:00.000Z',
  endsAt: '2026-03-14T08:00:00.000Z',
  venue: '黄浦区集聚区一站式服务点 2 楼多功能厅',
  onlineUrl: null,
  capacity: 40,
  experts: [{ name: '王律师', organisation: '上海某律师事务所' }],
  status: 'published',
  registered: 40,
  waitlisted: 3,
  mine: { id: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c', status: 'waitlisted', checkInCode: '204816', waitlistPosition: 2, checkedInAt: null, rating: null },
};
const REGISTRATION_EXAMPLE = {
  id: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c',
  eventId: SALON_EXAMPLE.id,
  creator: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', displayName: '阿喵UP主', phone: '138****0001' },
  status: 'registered',
  statusLabel: '已报名',
  checkInCode: '204816',
  registeredAt: '2026-03-05T02:00:00.000Z',
  waitlistPosition: null,
  promotedAt: null,
  checkedInAt: '2026-03-14T05:55:00.000Z',
  rating: null,
  caseIds: [],
};

@ApiTags('salons')
@Controller()
export class SalonsController {
  constructor(private readonly salons: SalonsService) {}

  @Post('salons')
  @Authenticated({ roles: ['supervisor'] })
  @ApiCreatedResponse({ description: '发布的活动', schema: { example: { ...SALON_EXAMPLE, registered: 0, waitlisted: 0, mine: undefined } } })
  publish(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: PublishSalonDto) {
    return this.salons.publish(actor, meta, dto);
  }

  @Get('salons')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ schema: { example: [SALON_EXAMPLE] } })
  list(@CurrentActor() actor: Actor, @Query() q: ListSalonsQuery) {
    return this.salons.list(actor, q);
  }

  @Get('salons/:id')
  @Authenticated({ roles: PEOPLE })
  @ApiOkResponse({ schema: { example: SALON_EXAMPLE } })
  detail(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.salons.detail(actor, id);
  }

  /** Registers, or joins the waiting list when the event is full. */
  @Post('salons/:id/register')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ description: '报名后的活动（mine 为本人的报名或候补位置）', schema: { example: SALON_EXAMPLE } })
  register(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.salons.register(actor, meta, id);
  }

  @Post('salons/:id/cancel-registration')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ description: '取消报名后的活动（空出的名额已递补给候补第一位）', schema: { example: { ...SALON_EXAMPLE, mine: null } } })
  cancel(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.salons.cancel(actor, meta, id);
  }

  @Post('salons/:id/rating')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ description: '评价后的活动', schema: { example: SALON_EXAMPLE } })
  rate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RateSalonDto) {
    return this.salons.rate(actor, meta, id, dto);
  }

  @Get('salons/:id/registrations')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ schema: { example: [REGISTRATION_EXAMPLE] } })
  registrations(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.salons.registrations(actor, id);
  }

  @Post('salons/:id/check-in')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ description: '签到后的报名', schema: { example: REGISTRATION_EXAMPLE } })
  checkIn(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: SalonCheckInDto) {
    return this.salons.checkIn(actor, meta, id, dto);
  }

  /** A question raised at the event, filed by the desk as a `salon` case for the attendee. */
  @Post('salons/:id/cases')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ description: '登记的沙龙案件', schema: { example: { caseId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23', reference: 'HP-SHD-2026-000321' } } })
  raiseCase(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: SalonCaseDto) {
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

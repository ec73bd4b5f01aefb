import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams, ValidationError } from '@app/common';
import { ListVisitsQuery, RecordVisitDto, RequestVisitDto, RescheduleVisitDto, ScheduleVisitDto } from './visits.dto';
import { VisitResponse } from './visit.responses';
import { VisitsService } from './visits.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

@ApiTags('visits')
@Controller()
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  /** Requested by the case's creator, or proposed by the desk. */
  @Post('cases/:id/visits')
  @Authenticated({ roles: ['creator', 'agent', 'supervisor'] })
  @ApiCreatedResponse({ type: VisitResponse, description: '上门服务申请' })
  request(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RequestVisitDto) {
    return this.visits.request(actor, meta, id, dto);
  }

  @Get('cases/:id/visits')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: VisitResponse, isArray: true })
  forCase(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.visits.forCase(actor, id);
  }

  /** The desk's visits to schedule and record, in its zone. */
  @Get('visits')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ type: VisitResponse, isArray: true })
  forDesk(@CurrentActor() actor: Actor, @Query() q: ListVisitsQuery) {
    return this.visits.forDesk(actor, q);
  }

  @Post('visits/:id/schedule')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ type: VisitResponse, description: '安排后的上门服务（创作者收到通知与短信）' })
  schedule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ScheduleVisitDto) {
    return this.visits.schedule(actor, meta, id, dto);
  }

  @Post('visits/:id/confirm')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: VisitResponse })
  confirm(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.visits.confirm(actor, meta, id);
  }

  /** The creator asks for another time. */
  @Post('visits/:id/reschedule')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: VisitResponse })
  reschedule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RescheduleVisitDto) {
    return this.visits.reschedule(actor, meta, id, dto);
  }

  @Post('visits/:id/record')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ type: VisitResponse, description: '上门记录（材料附 SHA-256 与 SM3 指纹，写入案件进展）' })
  record(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RecordVisitDto) {
    return this.visits.record(actor, meta, id, dto);
  }
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { ListVisitsQuery, RecordVisitDto, RequestVisitDto, RescheduleVisitDto, ScheduleVisitDto } from './visits.dto';
import { VisitsService } from './visits.service';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new ValidationError([{ field: 'id', message: 'id 须为 UUID' }]) });
const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

@ApiTags('visits')
@Controller()
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  /** Requested by the case's creator, or proposed by the desk. */
  @Post('cases/:id/visits')
  @Authenticated({ roles: ['creator', 'agent', 'supervisor'] })
  request(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: RequestVisitDto) {
    return this.visits.request(actor, meta, id, dto);
  }

  @Get('cases/:id/visits')
  @Authenticated({ roles: CASE_ROLES })
  forCase(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.visits.forCase(actor, id);
  }

  /** The desk's visits to schedule and record, in its zone. */
  @Get('visits')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  forDesk(@CurrentActor() actor: Actor, @Query() q: ListVisitsQuery) {
    return this.visits.forDesk(actor, q);
  }

  @Post('visits/:id/schedule')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  schedule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: ScheduleVisitDto) {
    return this.visits.schedule(actor, meta, id, dto);
  }

  @Post('visits/:id/confirm')
  @Authenticated({ roles: ['creator'] })
  confirm(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string) {
    return this.visits.confirm(actor, meta, id);
  }

  /** The creator asks for another time. */
  @Post('visits/:id/reschedule')
  @Authenticated({ roles: ['creator'] })
  reschedule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: RescheduleVisitDto) {
    return this.visits.reschedule(actor, meta, id, dto);
  }

  @Post('visits/:id/record')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  record(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: RecordVisitDto) {
    return this.visits.record(actor, meta, id, dto);
  }
}

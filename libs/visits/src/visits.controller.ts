import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams, ValidationError } from '@app/common';
import { ListVisitsQuery, RecordVisitDto, RequestVisitDto, RescheduleVisitDto, ScheduleVisitDto } from './visits.dto';
import { VisitsService } from './visits.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

const VISIT_EXAMPLE = {
  id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  caseId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23',
  caseReference: 'HP-SHD-2026-000123',
  zoneId: 'huangpu',
  requestedByRole: 'creator',
  requestNote: '需要专家到工作室查看账号后台，协助固定证据',
  preferredTime: '工作日下午',
  status: 'scheduled',
  statusLabel: '待创作者确认',
  expert: { userId: null, name: '陈律师', organisation: '上海某知识产权律师事务所' },
  scheduledAt: '2026-03-12T06:00:00.000Z',
  address: '黄浦区某路 8 号 3 楼',
  creatorNote: null,
  record: null,
  version: 2,
};
const DONE_EXAMPLE = {
  ...VISIT_EXAMPLE,
  status: 'done',
  statusLabel: '已上门',
  record: { whatWasDone: '现场查看账号后台，导出侵权视频播放数据', advice: '建议网页公证后向平台投诉', outcome: '证据已固定', recordedAt: '2026-03-12T08:00:00.000Z', evidence: [{ id: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e', fileName: '现场记录.jpg', sha256: 'e3b0c442…', sm3: '1ab21d83…' }] },
};

@ApiTags('visits')
@Controller()
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  /** Requested by the case's creator, or proposed by the desk. */
  @Post('cases/:id/visits')
  @Authenticated({ roles: ['creator', 'agent', 'supervisor'] })
  @ApiCreatedResponse({ description: '上门服务申请', schema: { example: { ...VISIT_EXAMPLE, status: 'requested', statusLabel: '待安排', expert: null, scheduledAt: null, version: 1 } } })
  request(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RequestVisitDto) {
    return this.visits.request(actor, meta, id, dto);
  }

  @Get('cases/:id/visits')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ schema: { example: [VISIT_EXAMPLE] } })
  forCase(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.visits.forCase(actor, id);
  }

  /** The desk's visits to schedule and record, in its zone. */
  @Get('visits')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOkResponse({ schema: { example: [VISIT_EXAMPLE] } })
  forDesk(@CurrentActor() actor: Actor, @Query() q: ListVisitsQuery) {
    return this.visits.forDesk(actor, q);
  }

  @Post('visits/:id/schedule')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ description: '安排后的上门服务（创作者收到通知与短信）', schema: { example: VISIT_EXAMPLE } })
  schedule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ScheduleVisitDto) {
    return this.visits.schedule(actor, meta, id, dto);
  }

  @Post('visits/:id/confirm')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { example: { ...VISIT_EXAMPLE, status: 'confirmed', statusLabel: '已确认' } } })
  confirm(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.visits.confirm(actor, meta, id);
  }

  /** The creator asks for another time. */
  @Post('visits/:id/reschedule')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { example: { ...VISIT_EXAMPLE, status: 'reschedule_requested', statusLabel: '创作者申请改期', creatorNote: '那天有拍摄，希望改到周五' } } })
  reschedule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RescheduleVisitDto) {
    return this.visits.reschedule(actor, meta, id, dto);
  }

  @Post('visits/:id/record')
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiCreatedResponse({ description: '上门记录（材料附 SHA-256 与 SM3 指纹，写入案件进展）', schema: { example: DONE_EXAMPLE } })
  record(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RecordVisitDto) {
    return this.visits.record(actor, meta, id, dto);
  }
}

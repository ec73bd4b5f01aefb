import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { Idempotent } from '@app/idempotency';
import { CASE_DETAIL_EXAMPLE, CASE_SUMMARY_EXAMPLE } from './case.examples';
import { AgentResponse, CaseDetailResponse, CasePageResponse, CaseReadResponse, TimelineEntryResponse } from './case.responses';
import { CommentDto, FileCaseDto, ListCasesQuery } from './cases.dto';
import { CasesService } from './services/cases.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

@ApiTags('cases')
@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post('cases')
  @Authenticated({ roles: ['creator', 'agent'] })
  @Idempotent()
  @ApiCreatedResponse({ type: CaseDetailResponse, description: '立案后的案件详情（同一 Idempotency-Key 的重试返回首次的答复）', example: CASE_DETAIL_EXAMPLE })
  file(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: FileCaseDto) {
    return this.cases.file(actor, meta, dto);
  }

  @Get('cases')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: CasePageResponse, example: { items: [CASE_SUMMARY_EXAMPLE], total: 1, totalCapped: false, page: 1, pageSize: 20 } })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery) {
    return this.cases.list(actor, query);
  }

  @Get('cases/:id')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: CaseDetailResponse, example: CASE_DETAIL_EXAMPLE })
  get(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.cases.detail(actor, id);
  }

  /** The desk's read marker: the case's unread news (creator replies, materials, returns) clears for this user. */
  @Post('cases/:id/read')
  @HttpCode(200)
  @Authenticated({ roles: ['agent', 'supervisor'] })
  @ApiOperation({ summary: '标记案件已读（仅本人）', description: '清除本人在队列与案件页看到的“新回复/退回”标记；其他工作人员的标记不变。' })
  @ApiOkResponse({ type: CaseReadResponse, example: { readAt: '2026-03-02T03:00:00.000Z' } })
  read(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.cases.markRead(actor, id);
  }

  @Get('cases/:id/timeline')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: TimelineEntryResponse, isArray: true, description: '案件时间线（创作者看不到内部备注与内部信息）', example: [{ id: '101', kind: 'public_reply', visibility: 'public', at: '2026-03-02T03:00:00.000Z', actor: { id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', displayName: '黄浦·李专员', role: 'agent' }, data: { body: '您好，我们已收到材料，正在核实。' } }] })
  timeline(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.cases.timelineOf(actor, id);
  }

  @Get('cases/:id/comments')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: TimelineEntryResponse, isArray: true, description: '公开回复与内部备注（创作者只看到公开回复）', example: [{ id: '101', kind: 'public_reply', visibility: 'public', at: '2026-03-02T03:00:00.000Z', actor: { id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', displayName: '黄浦·李专员', role: 'agent' }, data: { body: '您好，我们已收到材料，正在核实。' } }] })
  comments(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.cases.comments(actor, id);
  }

  @Post('cases/:id/comments')
  @Authenticated({ roles: CASE_ROLES })
  @ApiCreatedResponse({ type: TimelineEntryResponse, isArray: true, description: '发表后的全部回复与备注', example: [{ id: '101', kind: 'public_reply', visibility: 'public', at: '2026-03-02T03:00:00.000Z', actor: { id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', displayName: '黄浦·李专员', role: 'agent' }, data: { body: '您好，我们已收到材料，正在核实。' } }] })
  comment(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CommentDto) {
    return this.cases.comment(actor, meta, id, dto);
  }

  /** Agents of the supervisor's zone (both zones for a city-wide supervisor), with their open load. */
  @Get('agents')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ type: AgentResponse, isArray: true, example: [{ id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', displayName: '黄浦·李专员', zoneId: 'huangpu', skills: ['shield'], openCases: 3 }] })
  agents(@CurrentActor() actor: Actor) {
    return this.cases.agents(actor);
  }

  /** The officer's queue: cases currently escalated to their authority. */
  @Get('escalations')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiOkResponse({ type: CasePageResponse, example: { items: [{ ...CASE_SUMMARY_EXAMPLE, status: 'escalated', escalationAuthorityId: 'cac_huangpu' }], total: 1, totalCapped: false, page: 1, pageSize: 20 } })
  escalations(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery) {
    return this.cases.list(actor, { ...query, status: query.status ?? ['escalated'] });
  }
}

import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { CASE_ACTIONS, CaseAction } from './domain';
import { CaseActionDto, CommentDto, FileCaseDto, ListCasesQuery } from './cases.dto';
import { AgentResponse, CaseDetailResponse, CasePageResponse, TimelineEntryResponse } from './case.responses';
import { CasesService } from './cases.service';

const CASE_ROLES = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;
const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new ValidationError([{ field: 'id', message: 'id 须为 UUID' }]) });

const EXAMPLE_SUMMARY = {
  id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23',
  reference: 'HP-SHD-2026-000123',
  programme: 'shield',
  category: 'cyberviolence',
  zoneId: 'huangpu',
  status: 'accepted',
  priority: 'urgent',
  channel: 'online',
  title: '视频评论区遭遇有组织网暴',
  creatorName: '阿喵UP主',
  assignee: { id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', displayName: '黄浦·李专员' },
  createdAt: '2026-03-02T01:30:00.000Z',
  nextDueAt: '2026-03-03T01:30:00.000Z',
  overdue: false,
};

@ApiTags('cases')
@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post('cases')
  @Authenticated({ roles: ['creator', 'agent'] })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '同一提交的重试使用同一个 Key，不会重复立案' })
  @ApiCreatedResponse({ type: CaseDetailResponse })
  file(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: FileCaseDto, @Headers('idempotency-key') key?: string) {
    if (key !== undefined && !/^[\w-]{8,100}$/.test(key)) {
      throw new ValidationError([{ field: 'Idempotency-Key', message: 'Idempotency-Key 须为 8–100 位字母、数字、- 或 _' }]);
    }
    return this.cases.file(actor, meta, dto, key);
  }

  @Get('cases')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: CasePageResponse, example: { items: [EXAMPLE_SUMMARY], total: 1, page: 1, pageSize: 20 } })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery) {
    return this.cases.list(actor, query);
  }

  @Get('cases/:id')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: CaseDetailResponse, example: { ...EXAMPLE_SUMMARY, version: 3, allowedActions: ['request_materials', 'start', 'escalate', 'withdraw'] } })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.cases.detail(actor, id);
  }

  @Post('cases/:id/actions/:action')
  @Authenticated({ roles: CASE_ROLES })
  @ApiParam({ name: 'action', enum: CASE_ACTIONS })
  @ApiCreatedResponse({ type: CaseDetailResponse })
  act(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Param('action') action: string, @Body() dto: CaseActionDto) {
    if (!(CASE_ACTIONS as readonly string[]).includes(action)) {
      throw new ValidationError([{ field: 'action', message: `未知操作 ${action}，可选：${CASE_ACTIONS.join('、')}` }]);
    }
    return this.cases.act(actor, meta, id, action as CaseAction, dto);
  }

  @Get('cases/:id/timeline')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: TimelineEntryResponse, isArray: true })
  timeline(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.cases.timelineOf(actor, id);
  }

  @Get('cases/:id/comments')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ type: TimelineEntryResponse, isArray: true })
  comments(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.cases.comments(actor, id);
  }

  @Post('cases/:id/comments')
  @Authenticated({ roles: CASE_ROLES })
  @ApiCreatedResponse({ type: TimelineEntryResponse, isArray: true })
  comment(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: CommentDto) {
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
  @ApiOkResponse({ type: CasePageResponse })
  escalations(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery) {
    return this.cases.list(actor, { ...query, status: query.status ?? ['escalated'] });
  }
}

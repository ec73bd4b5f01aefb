import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, ValidationError } from '@app/common';
import { Idempotent } from '@app/idempotency';
import { CASE_ACTIONS, CaseAction } from './domain';
import { CaseActionDto, CommentDto, FileCaseDto, ListCasesQuery } from './cases.dto';
import { CasesService } from './services/cases.service';

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
  @Idempotent()
  file(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: FileCaseDto) {
    return this.cases.file(actor, meta, dto);
  }

  @Get('cases')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ schema: { example: { items: [EXAMPLE_SUMMARY], total: 1, page: 1, pageSize: 20 } } })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery) {
    return this.cases.list(actor, query);
  }

  @Get('cases/:id')
  @Authenticated({ roles: CASE_ROLES })
  @ApiOkResponse({ schema: { example: { ...EXAMPLE_SUMMARY, version: 3, allowedActions: ['request_materials', 'start', 'escalate', 'withdraw'] } } })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.cases.detail(actor, id);
  }

  @Post('cases/:id/actions/:action')
  @Authenticated({ roles: CASE_ROLES })
  @ApiParam({ name: 'action', enum: CASE_ACTIONS })
  act(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Param('action') action: string, @Body() dto: CaseActionDto) {
    if (!(CASE_ACTIONS as readonly string[]).includes(action)) {
      throw new ValidationError([{ field: 'action', message: `未知操作 ${action}，可选：${CASE_ACTIONS.join('、')}` }]);
    }
    return this.cases.act(actor, meta, id, action as CaseAction, dto);
  }

  @Get('cases/:id/timeline')
  @Authenticated({ roles: CASE_ROLES })
  timeline(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.cases.timelineOf(actor, id);
  }

  @Get('cases/:id/comments')
  @Authenticated({ roles: CASE_ROLES })
  comments(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.cases.comments(actor, id);
  }

  @Post('cases/:id/comments')
  @Authenticated({ roles: CASE_ROLES })
  comment(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: CommentDto) {
    return this.cases.comment(actor, meta, id, dto);
  }

  /** Agents of the supervisor's zone (both zones for a city-wide supervisor), with their open load. */
  @Get('agents')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ schema: { example: [{ id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', displayName: '黄浦·李专员', zoneId: 'huangpu', skills: ['shield'], openCases: 3 }] } })
  agents(@CurrentActor() actor: Actor) {
    return this.cases.agents(actor);
  }

  /** The officer's queue: cases currently escalated to their authority. */
  @Get('escalations')
  @Authenticated({ roles: ['cac_officer'] })
  escalations(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery) {
    return this.cases.list(actor, { ...query, status: query.status ?? ['escalated'] });
  }
}

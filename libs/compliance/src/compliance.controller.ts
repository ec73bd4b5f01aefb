import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import {
  ArticleDto,
  ArticleFromCaseDto,
  CannedReplyDto,
  EndStartDto,
  FileFromStartDto,
  ListArticlesQuery,
  ListCannedQuery,
  NavigatorAnswersDto,
  NavigatorCaseDto,
  RenderCannedDto,
  RuleDto,
  StartDto,
  UpdateRuleDto,
} from './compliance.dto';
import { KnowledgeService } from './knowledge.service';
import { NavigatorService } from './navigator.service';

const SIGNED_IN = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;
const DESK = ['agent', 'supervisor'] as const;

@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly navigator: NavigatorService,
  ) {}

  /** Search in Chinese (two-character words such as 标识, 备案 included); creators see published articles only. */
  @Get('articles')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { example: [{ id: '8f0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', title: '算法备案：自提供服务之日起十个工作日内', regulation: '互联网信息服务算法推荐管理规定', articleRefs: ['第二十四条'], status: 'published', rank: 0.6 }] } })
  search(@CurrentActor() actor: Actor, @Query() q: ListArticlesQuery) {
    return this.knowledge.search(actor, q);
  }

  @Get('articles/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  article(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.knowledge.get(actor, id);
  }

  @Post('articles')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  createArticle(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: ArticleDto) {
    return this.knowledge.create(actor, meta, dto);
  }

  @Put('articles/:id')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  updateArticle(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ArticleDto) {
    return this.knowledge.update(actor, meta, id, dto);
  }

  @Post('articles/:id/publish')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  publish(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.knowledge.publish(actor, meta, id);
  }

  /** An agent's answer on a compliance case saved as a new draft article. */
  @Post('cases/:id/article')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  fromCase(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ArticleFromCaseDto) {
    return this.knowledge.fromCase(actor, meta, id, dto);
  }

  /** A creator starts a compliance question: matching articles are offered before any case. */
  @Post('starts')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  start(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: StartDto) {
    return this.knowledge.start(actor, meta, dto);
  }

  @Post('starts/:id/end')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  endStart(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: EndStartDto) {
    return this.knowledge.endStart(actor, meta, id, dto);
  }

  @Post('starts/:id/case')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  fileFromStart(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: FileFromStartDto) {
    return this.knowledge.fileFromStart(actor, meta, id, dto);
  }

  /** Per zone: compliance starts, and how many ended without a case. */
  @Get('stats')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  stats(@CurrentActor() actor: Actor) {
    return this.knowledge.startStats(actor);
  }

  @Get('navigator/questions')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  questions() {
    return this.navigator.questions();
  }

  @Post('navigator/evaluate')
  @Authenticated({ roles: SIGNED_IN })
  @ApiCreatedResponse({ schema: { example: { obligations: [{ code: 'algorithm_filing', title: '算法备案', dueOn: '2026-03-16', sources: [{ regulation: '互联网信息服务算法推荐管理规定', article: '第二十四条' }] }], summary: '……' } } })
  evaluate(@Body() dto: NavigatorAnswersDto) {
    return this.navigator.evaluate(dto.answers);
  }

  @Post('navigator/case')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  navigatorCase(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: NavigatorCaseDto) {
    return this.navigator.fileCase(actor, meta, dto);
  }

  @Get('navigator/rules')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  rules() {
    return this.navigator.rules();
  }

  @Post('navigator/rules')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  createRule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: RuleDto) {
    return this.navigator.createRule(actor, meta, dto);
  }

  @Put('navigator/rules/:id')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  updateRule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: UpdateRuleDto) {
    return this.navigator.updateRule(actor, meta, id, dto);
  }

  @Get('canned-replies')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  canned(@CurrentActor() actor: Actor, @Query() q: ListCannedQuery) {
    return this.navigator.cannedReplies(actor, q.programme);
  }

  @Post('canned-replies')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  createCanned(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CannedReplyDto) {
    return this.navigator.createCanned(actor, meta, dto);
  }

  @Put('canned-replies/:id')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  updateCanned(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CannedReplyDto) {
    return this.navigator.updateCanned(actor, meta, id, dto);
  }

  /** The reply with the case's creator name, reference and deadline filled in. */
  @Post('canned-replies/:id/render')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  render(@CurrentActor() actor: Actor, @Param() { id }: UuidParams, @Body() dto: RenderCannedDto) {
    return this.navigator.renderCanned(actor, id, dto.caseId);
  }
}

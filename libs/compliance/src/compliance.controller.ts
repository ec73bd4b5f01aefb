import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CaseDetailResponse } from '@app/cases';
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
import { CannedReplyResponse, ComplianceStartResponse, ComplianceStartStatsResponse, EndedStartResponse, KnowledgeArticleResponse, NavigatorQuestionResponse, NavigatorResultResponse, NavigatorRuleResponse, RenderedReplyResponse } from './compliance.responses';
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
  @ApiOkResponse({ type: KnowledgeArticleResponse, isArray: true })
  search(@CurrentActor() actor: Actor, @Query() q: ListArticlesQuery) {
    return this.knowledge.search(actor, q);
  }

  @Get('articles/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: KnowledgeArticleResponse })
  article(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.knowledge.get(actor, id);
  }

  @Post('articles')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ type: KnowledgeArticleResponse })
  createArticle(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: ArticleDto) {
    return this.knowledge.create(actor, meta, dto);
  }

  @Put('articles/:id')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: KnowledgeArticleResponse })
  updateArticle(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ArticleDto) {
    return this.knowledge.update(actor, meta, id, dto);
  }

  @Post('articles/:id/publish')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ type: KnowledgeArticleResponse })
  publish(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.knowledge.publish(actor, meta, id);
  }

  /** An agent's answer on a compliance case saved as a new draft article. */
  @Post('cases/:id/article')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ type: KnowledgeArticleResponse })
  fromCase(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ArticleFromCaseDto) {
    return this.knowledge.fromCase(actor, meta, id, dto);
  }

  /** A creator starts a compliance question: matching articles are offered before any case. */
  @Post('starts')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: ComplianceStartResponse })
  start(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: StartDto) {
    return this.knowledge.start(actor, meta, dto);
  }

  @Post('starts/:id/end')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: EndedStartResponse })
  endStart(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: EndStartDto) {
    return this.knowledge.endStart(actor, meta, id, dto);
  }

  @Post('starts/:id/case')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: CaseDetailResponse })
  fileFromStart(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: FileFromStartDto) {
    return this.knowledge.fileFromStart(actor, meta, id, dto);
  }

  /** Per zone: compliance starts, and how many ended without a case. */
  @Get('stats')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOkResponse({ type: ComplianceStartStatsResponse, isArray: true })
  stats(@CurrentActor() actor: Actor) {
    return this.knowledge.startStats(actor);
  }

  @Get('navigator/questions')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: NavigatorQuestionResponse, isArray: true })
  questions() {
    return this.navigator.questions();
  }

  @Post('navigator/evaluate')
  @Authenticated({ roles: SIGNED_IN })
  @ApiCreatedResponse({ type: NavigatorResultResponse })
  evaluate(@Body() dto: NavigatorAnswersDto) {
    return this.navigator.evaluate(dto.answers);
  }

  @Post('navigator/case')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: CaseDetailResponse })
  navigatorCase(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: NavigatorCaseDto) {
    return this.navigator.fileCase(actor, meta, dto);
  }

  @Get('navigator/rules')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: NavigatorRuleResponse, isArray: true })
  rules() {
    return this.navigator.rules();
  }

  @Post('navigator/rules')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ type: NavigatorRuleResponse })
  createRule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: RuleDto) {
    return this.navigator.createRule(actor, meta, dto);
  }

  @Put('navigator/rules/:id')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: NavigatorRuleResponse })
  updateRule(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: UpdateRuleDto) {
    return this.navigator.updateRule(actor, meta, id, dto);
  }

  @Get('canned-replies')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: CannedReplyResponse, isArray: true })
  canned(@CurrentActor() actor: Actor, @Query() q: ListCannedQuery) {
    return this.navigator.cannedReplies(actor, q.programme);
  }

  @Post('canned-replies')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ type: CannedReplyResponse })
  createCanned(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CannedReplyDto) {
    return this.navigator.createCanned(actor, meta, dto);
  }

  @Put('canned-replies/:id')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: CannedReplyResponse })
  updateCanned(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: CannedReplyDto) {
    return this.navigator.updateCanned(actor, meta, id, dto);
  }

  /** The reply with the case's creator name, reference and deadline filled in. */
  @Post('canned-replies/:id/render')
  @Authenticated({ roles: DESK })
  @ApiCreatedResponse({ type: RenderedReplyResponse })
  render(@CurrentActor() actor: Actor, @Param() { id }: UuidParams, @Body() dto: RenderCannedDto) {
    return this.navigator.renderCanned(actor, id, dto.caseId);
  }
}

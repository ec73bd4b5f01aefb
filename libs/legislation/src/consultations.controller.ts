import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, Public, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { AnswerSuggestionDto, CreateConsultationDto, ListSuggestionsQuery, SuggestDto } from './legislation.dto';
import { ConsultationsService } from './consultations.service';

const SIGNED_IN = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

const EXAMPLE_CONSULTATION = {
  id: '0b7c6a52-3f7e-4f57-9a0e-2d8d3b1f0c11',
  title: '上海市网络信息内容管理若干规定（草案征求意见稿）',
  issuingBody: '中共上海市委网络安全和信息化委员会办公室',
  articles: [{ no: '第十条', text: '……' }],
  opensAt: '2026-03-01T00:00:00.000Z',
  closesAt: '2026-04-01T00:00:00.000Z',
  state: 'open',
  counts: { suggestions: 12, answered: 5, adopted: 2, partlyAdopted: 1, notAdopted: 1, forwarded: 1 },
};

@ApiTags('legislation')
@Controller()
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get('legislation/consultations')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { example: [EXAMPLE_CONSULTATION] } })
  list() {
    return this.consultations.list();
  }

  @Get('legislation/consultations/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  get(@Param() { id }: UuidParams) {
    return this.consultations.get(id);
  }

  /** The city authority publishes a draft for comment (at least 30 days unless a reason is given). */
  @Post('legislation/consultations')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  create(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateConsultationDto) {
    return this.consultations.create(actor, meta, dto);
  }

  @Post('legislation/consultations/:id/suggestions')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  suggest(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: SuggestDto) {
    return this.consultations.suggest(actor, meta, id, dto);
  }

  @Get('legislation/suggestions')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  suggestions(@CurrentActor() actor: Actor, @Query() query: ListSuggestionsQuery) {
    return this.consultations.suggestions(actor, query);
  }

  /** The desk forwards the suggestion to the authority that runs the consultation. */
  @Post('legislation/suggestions/:id/forward')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  forward(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.consultations.forward(actor, meta, id);
  }

  @Post('legislation/suggestions/:id/answer')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  answer(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: AnswerSuggestionDto) {
    return this.consultations.answer(actor, meta, id, dto);
  }

  /** Adoption rate per consultation and zone, in the caller's scope. */
  @Get('legislation/stats')
  @Authenticated({ roles: ['supervisor', 'cac_officer'] })
  @ApiOkResponse({ schema: { example: [{ consultationId: EXAMPLE_CONSULTATION.id, title: EXAMPLE_CONSULTATION.title, zoneId: 'huangpu', suggestions: 8, answered: 4, adopted: 1, partlyAdopted: 1, adoptionRate: 0.5 }] } })
  stats(@CurrentActor() actor: Actor) {
    return this.consultations.adoptionStats(actor);
  }

  /** No login: every consultation with its counts and adopted suggestions (anonymous unless the creator agreed to be named). */
  @Get('public/consultations')
  @Public()
  @ApiOkResponse({ schema: { example: [{ ...EXAMPLE_CONSULTATION, adoptedSuggestions: [{ articleNo: '第十条', suggestedWording: '……', adoption: 'adopted', adoptionReason: '……', author: '匿名创作者' }] }] } })
  publicList() {
    return this.consultations.publicList();
  }
}

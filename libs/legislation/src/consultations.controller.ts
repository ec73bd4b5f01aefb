import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, Public, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { AnswerSuggestionDto, CreateConsultationDto, ListSuggestionsQuery, SuggestDto } from './legislation.dto';
import { ConsultationsService } from './consultations.service';
import { AdoptionStatsResponse, ConsultationResponse, PublicConsultationResponse, SuggestionResponse } from './legislation.responses';

const SIGNED_IN = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

@ApiTags('legislation')
@Controller()
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get('legislation/consultations')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: ConsultationResponse, isArray: true })
  list() {
    return this.consultations.list();
  }

  @Get('legislation/consultations/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: ConsultationResponse })
  get(@Param() { id }: UuidParams) {
    return this.consultations.get(id);
  }

  /** The city authority publishes a draft for comment (at least 30 days unless a reason is given). */
  @Post('legislation/consultations')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiCreatedResponse({ type: ConsultationResponse })
  create(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateConsultationDto) {
    return this.consultations.create(actor, meta, dto);
  }

  @Post('legislation/consultations/:id/suggestions')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: SuggestionResponse })
  suggest(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: SuggestDto) {
    return this.consultations.suggest(actor, meta, id, dto);
  }

  @Get('legislation/suggestions')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: SuggestionResponse, isArray: true })
  suggestions(@CurrentActor() actor: Actor, @Query() query: ListSuggestionsQuery) {
    return this.consultations.suggestions(actor, query);
  }

  /** The desk forwards the suggestion to the authority that runs the consultation. */
  @Post('legislation/suggestions/:id/forward')
  @Authenticated({ roles: ['agent'] })
  @ApiCreatedResponse({ type: SuggestionResponse })
  forward(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.consultations.forward(actor, meta, id);
  }

  @Post('legislation/suggestions/:id/answer')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiCreatedResponse({ type: SuggestionResponse })
  answer(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: AnswerSuggestionDto) {
    return this.consultations.answer(actor, meta, id, dto);
  }

  /** Adoption rate per consultation and zone, in the caller's scope. */
  @Get('legislation/stats')
  @Authenticated({ roles: ['supervisor', 'cac_officer'] })
  @ApiOkResponse({ type: AdoptionStatsResponse, isArray: true })
  stats(@CurrentActor() actor: Actor) {
    return this.consultations.adoptionStats(actor);
  }

  /** No login: every consultation with its counts and adopted suggestions (anonymous unless the creator agreed to be named). */
  @Get('public/consultations')
  @Public()
  @ApiOkResponse({ type: PublicConsultationResponse, isArray: true })
  publicList() {
    return this.consultations.publicList();
  }
}

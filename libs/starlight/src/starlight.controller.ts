import { Body, Controller, Get, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { CaseDetailResponse } from '@app/cases';
import { contentDisposition } from '@app/dashboard';
import { NominationsService } from './nominations.service';
import { RoundsService } from './rounds.service';
import { CreateRoundDto, ListNominationsQuery, NominateDto, RankingDto, StageDecisionDto } from './starlight.dto';
import { HonourRoundResponse, NominationResponse } from './starlight.responses';

const SIGNED_IN = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

@ApiTags('starlight')
@Controller('starlight')
export class StarlightController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly nominations: NominationsService,
  ) {}

  @Get('rounds')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: HonourRoundResponse, isArray: true })
  listRounds() {
    return this.rounds.list();
  }

  @Get('rounds/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: HonourRoundResponse })
  getRound(@Param() { id }: UuidParams) {
    return this.rounds.get(id);
  }

  /** The city authority opens a round: categories, window, quotas per zone and category, the self-nomination cap. */
  @Post('rounds')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiCreatedResponse({ type: HonourRoundResponse })
  createRound(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateRoundDto) {
    return this.rounds.create(actor, meta, dto);
  }

  /** A creator's nomination into an open round (a starlight case). */
  @Post('rounds/:id/nominations')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ type: CaseDetailResponse, description: '申报即立案：答复为新案件的详情' })
  nominate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: NominateDto) {
    return this.rounds.nominate(actor, meta, id, dto);
  }

  /** The city's ranking of the zone-recommended nominations. */
  @Put('rounds/:id/ranking')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiOkResponse({ type: NominationResponse, isArray: true })
  rank(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RankingDto) {
    return this.nominations.rank(actor, meta, id, dto);
  }

  /** Nominations, recommendations and results by zone and category (XLSX). */
  @Get('rounds/:id/report')
  @Authenticated({ roles: ['supervisor', 'cac_officer'] })
  @ApiOkResponse({ description: '文件', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } } })
  async report(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    const file = await this.rounds.report(actor, id);
    return new StreamableFile(file.body, { type: file.contentType, disposition: contentDisposition(file), length: file.body.length });
  }

  @Get('nominations')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: NominationResponse, isArray: true })
  list(@CurrentActor() actor: Actor, @Query() q: ListNominationsQuery) {
    return this.nominations.list(actor, q);
  }

  @Get('nominations/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ type: NominationResponse })
  get(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.nominations.get(actor, id);
  }

  /** A stage decision with its reason: 集聚区初审 (agent), 区推荐 (zone supervisor), 市委网信办评审 and 结果 (the round's authority). */
  @Post('nominations/:id/decisions')
  @Authenticated({ roles: ['agent', 'supervisor', 'cac_officer'] })
  @ApiCreatedResponse({ type: NominationResponse })
  decide(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: StageDecisionDto) {
    return this.nominations.decide(actor, meta, id, dto);
  }
}

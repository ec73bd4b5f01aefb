import { Body, Controller, Get, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { contentDisposition } from '@app/dashboard';
import { NominationsService } from './nominations.service';
import { RoundsService } from './rounds.service';
import { CreateRoundDto, ListNominationsQuery, NominateDto, RankingDto, StageDecisionDto } from './starlight.dto';

const SIGNED_IN = ['creator', 'agent', 'supervisor', 'cac_officer'] as const;

const EXAMPLE_ROUND = {
  id: '5b0f2a7e-9d1c-4c33-8d6e-1b2a3c4d5e6f',
  name: '2026年度中国正能量网络精品征集',
  honour: '中国正能量网络精品',
  categories: ['text', 'image', 'audio_video', 'special_column', 'theme_activity'],
  opensAt: '2026-03-01T00:00:00.000Z',
  closesAt: '2026-04-30T15:59:59.000Z',
  selfNominationCap: 5,
  state: 'open',
  quotas: [{ zoneId: 'huangpu', form: 'audio_video', quota: 3, used: 1 }],
  nominations: 12,
};

@ApiTags('starlight')
@Controller('starlight')
export class StarlightController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly nominations: NominationsService,
  ) {}

  @Get('rounds')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { example: [EXAMPLE_ROUND] } })
  listRounds() {
    return this.rounds.list();
  }

  @Get('rounds/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  getRound(@Param() { id }: UuidParams) {
    return this.rounds.get(id);
  }

  /** The city authority opens a round: categories, window, quotas per zone and category, the self-nomination cap. */
  @Post('rounds')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  createRound(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateRoundDto) {
    return this.rounds.create(actor, meta, dto);
  }

  /** A creator's nomination into an open round (a starlight case). */
  @Post('rounds/:id/nominations')
  @Authenticated({ roles: ['creator'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  nominate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: NominateDto) {
    return this.rounds.nominate(actor, meta, id, dto);
  }

  /** The city's ranking of the zone-recommended nominations. */
  @Put('rounds/:id/ranking')
  @Authenticated({ roles: ['cac_officer'] })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
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
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  list(@CurrentActor() actor: Actor, @Query() q: ListNominationsQuery) {
    return this.nominations.list(actor, q);
  }

  @Get('nominations/:id')
  @Authenticated({ roles: SIGNED_IN })
  @ApiOkResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  get(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.nominations.get(actor, id);
  }

  /** A stage decision with its reason: 集聚区初审 (agent), 区推荐 (zone supervisor), 市委网信办评审 and 结果 (the round's authority). */
  @Post('nominations/:id/decisions')
  @Authenticated({ roles: ['agent', 'supervisor', 'cac_officer'] })
  @ApiCreatedResponse({ schema: { type: 'object', example: { id: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' } } })
  decide(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: StageDecisionDto) {
    return this.nominations.decide(actor, meta, id, dto);
  }
}

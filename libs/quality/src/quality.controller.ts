import { Body, Controller, Get, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { contentDisposition } from '@app/dashboard';
import { AppealDto, AppealsQuery, ContactDto, DecideAppealDto, LedgerQuery, QualitySettingsDto, RectifyDto, RerateDto } from './quality.dto';
import { QualitySettingsResponse, RatingAppealResponse, RectificationResponse } from './quality.responses';
import { AppealsService } from './appeals.service';
import { QualityFiguresService } from './quality-figures.service';
import { RectificationsService } from './rectifications.service';

const DESK = ['agent', 'supervisor'] as const;

/** 差评整改: the ledger, the two steps, the re-rating and the appeals. Zone-scoped. */
@ApiTags('quality')
@Controller()
export class QualityController {
  constructor(
    private readonly rectifications: RectificationsService,
    private readonly appeals: AppealsService,
    private readonly figures: QualityFiguresService,
  ) {}

  @Get('quality/rectifications')
  @Authenticated({ roles: DESK })
  @ApiOperation({ summary: '差评整改台账', description: '每条差评及其回访、整改、再评价与申诉；有逾期环节的排在最前，其次为未完成的，再按评价时间倒序。集聚区人员只看本区。' })
  @ApiOkResponse({ type: RectificationResponse, isArray: true })
  ledger(@CurrentActor() actor: Actor, @Query() q: LedgerQuery) {
    return this.rectifications.ledger(actor, q);
  }

  @Get('quality/rectifications.xlsx')
  @Authenticated({ roles: DESK })
  @ApiOperation({ summary: '导出差评整改台账（XLSX，时间为上海时间）' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'XLSX 文件', schema: { type: 'string', format: 'binary' } })
  async ledgerXlsx(@CurrentActor() actor: Actor, @Query() q: LedgerQuery) {
    const file = await this.figures.ledgerExport(actor, q);
    return new StreamableFile(file.body, { type: file.contentType, disposition: contentDisposition(file), length: file.body.length });
  }

  @Get('quality/rectifications/:id')
  @Authenticated({ roles: ['creator', ...DESK] })
  @ApiOkResponse({ type: RectificationResponse })
  get(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.rectifications.get(actor, id);
  }

  @Get('cases/:id/rectification')
  @Authenticated({ roles: ['creator', ...DESK] })
  @ApiOperation({ summary: '案件的差评整改（无差评时为 null）' })
  @ApiOkResponse({ type: RectificationResponse, description: '无差评整改时返回 null' })
  forCase(@CurrentActor() actor: Actor, @Param() { id }: UuidParams) {
    return this.rectifications.forCase(actor, id);
  }

  @Post('quality/rectifications/:id/contact')
  @Authenticated({ roles: DESK })
  @ApiOperation({ summary: '记录回访（电话或当面）及回访情况' })
  @ApiCreatedResponse({ type: RectificationResponse })
  contact(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: ContactDto) {
    return this.rectifications.contact(actor, meta, id, dto);
  }

  @Post('quality/rectifications/:id/rectify')
  @Authenticated({ roles: DESK })
  @ApiOperation({ summary: '记录整改措施；创作者随后可再次评价一次' })
  @ApiCreatedResponse({ type: RectificationResponse })
  rectify(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RectifyDto) {
    return this.rectifications.rectify(actor, meta, id, dto);
  }

  @Post('quality/rectifications/:id/rerate')
  @Authenticated({ roles: ['creator'] })
  @ApiOperation({ summary: '整改后再次评价（仅一次，与首次评价并列保存并计入统计）' })
  @ApiCreatedResponse({ type: RectificationResponse })
  rerate(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: RerateDto) {
    return this.rectifications.rerate(actor, meta, id, dto);
  }

  @Post('quality/rectifications/:id/appeals')
  @Authenticated({ roles: DESK })
  @ApiOperation({ summary: '对不实或恶意评价提出申诉（由市级主管审核）' })
  @ApiCreatedResponse({ type: RatingAppealResponse })
  appeal(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: AppealDto) {
    return this.appeals.file(actor, meta, id, dto);
  }

  @Get('quality/appeals')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: RatingAppealResponse, isArray: true, description: '评价申诉（待审核的在前）' })
  listAppeals(@CurrentActor() actor: Actor, @Query() q: AppealsQuery) {
    return this.appeals.list(actor, q.status);
  }

  @Post('quality/appeals/:id/decision')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOperation({ summary: '市级主管审核申诉：维持或作废评价（作废的评价不计入统计，审计留痕）' })
  @ApiCreatedResponse({ type: RatingAppealResponse })
  decide(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: DecideAppealDto) {
    return this.appeals.decide(actor, meta, id, dto);
  }

  @Get('quality/settings')
  @Authenticated({ roles: DESK })
  @ApiOkResponse({ type: QualitySettingsResponse })
  settings() {
    return this.rectifications.settings();
  }

  @Put('quality/settings')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOperation({ summary: '设置回访与整改时限（工作日，仅市级主管；只影响此后收到的差评）' })
  @ApiOkResponse({ type: QualitySettingsResponse })
  saveSettings(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: QualitySettingsDto) {
    return this.rectifications.saveSettings(actor, meta, dto);
  }
}

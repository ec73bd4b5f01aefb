import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ValidationError } from '@app/common';
import { CaseListExportQuery, DashboardQuery, MonthlyReportQuery, TableExportQuery } from './dashboard.dto';
import { DASHBOARD_TABLES, DashboardTable } from './dashboard.types';
import { ColumnFiguresResponse, DashboardResponse, MonthlyReportResponse, TrendSeriesResponse } from './dashboard.responses';
import { CASE_EXPORT_LIMIT, DashboardService } from './dashboard.service';
import { contentDisposition, ExportFile } from './table-export';

const SPREADSHEETS = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

const download = (file: ExportFile) => new StreamableFile(file.body, { type: file.contentType, disposition: contentDisposition(file), length: file.body.length });

/** Supervisors only: a zone supervisor sees their zone, a city-wide supervisor both zones side by side. */
@ApiTags('dashboard')
@ApiExtraModels(ColumnFiguresResponse, TrendSeriesResponse)
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get()
  @Authenticated({ roles: ['supervisor'] })
  @ApiOperation({
    summary: '统计看板（一次调用返回整页数据）',
    description:
      '按上海时间的自然日统计（默认最近 30 天）。`columns` 为并列展示的列：集聚区主管只有本区；全市主管为 `all`（全市合计）加各集聚区。' +
      '`figures[列key]` 为该列的全部指标，`trend.series[列key]` 为逐日趋势。时长单位为毫秒工作时间（`workingDayMs` 为一个工作日）；比率为 0–1 的小数，无分母时为 null。' +
      '积压、超时、即将超时、待整改差评为 `asOf` 时刻的实时数，不受日期区间影响。各指标口径见 docs/metrics.md。',
  })
  @ApiOkResponse({ type: DashboardResponse, description: '看板数据' })
  dashboard(@CurrentActor() actor: Actor, @Query() query: DashboardQuery) {
    return this.dashboards.dashboard(actor, query);
  }

  @Get('monthly-report')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOperation({
    summary: '集聚区月报（供打印页面使用的 JSON）',
    description: '某集聚区某月（默认上个月）的全部指标、上月对比、分项目指标、逐日趋势、专员工作量与当前超时案件。积压与超时为生成时刻的实时数。',
  })
  @ApiOkResponse({ type: MonthlyReportResponse, description: '月报数据' })
  monthlyReport(@CurrentActor() actor: Actor, @Query() query: MonthlyReportQuery) {
    return this.dashboards.monthlyReport(actor, query);
  }

  @Get('tables/:table')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOperation({ summary: '导出看板中的一张表（CSV 或 XLSX，中文表头，时间为上海时间）' })
  @ApiParam({ name: 'table', enum: DASHBOARD_TABLES })
  @ApiProduces(...SPREADSHEETS)
  @ApiOkResponse({ description: 'CSV（UTF-8 带 BOM）或 XLSX 文件', schema: { type: 'string', format: 'binary' } })
  async table(@CurrentActor() actor: Actor, @Param('table') table: string, @Query() query: TableExportQuery) {
    if (!(DASHBOARD_TABLES as readonly string[]).includes(table)) {
      throw new ValidationError([{ field: 'table', message: `未知的表 ${table}，可选：${DASHBOARD_TABLES.join('、')}` }]);
    }
    const { format, ...filters } = query;
    return download(await this.dashboards.exportTable(actor, table as DashboardTable, filters, format ?? 'csv'));
  }

  @Get('case-export')
  @Authenticated({ roles: ['supervisor'] })
  @ApiOperation({
    summary: '导出筛选后的案件清单（CSV 或 XLSX）',
    description: `筛选条件与 GET /api/v1/cases 相同（分页参数不起作用），最多 ${CASE_EXPORT_LIMIT} 条；中文表头，时间为上海时间。`,
  })
  @ApiProduces(...SPREADSHEETS)
  @ApiOkResponse({ description: 'CSV（UTF-8 带 BOM）或 XLSX 文件', schema: { type: 'string', format: 'binary' } })
  async cases(@CurrentActor() actor: Actor, @Query() query: CaseListExportQuery) {
    const { format, ...filters } = query;
    return download(await this.dashboards.exportCases(actor, filters, format ?? 'csv'));
  }
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ListCasesQuery } from '@app/cases';
import { PROGRAMME_IDS } from '@app/programmes';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class DashboardQuery {
  @ApiPropertyOptional({ example: '2026-10-28', description: '开始日期（上海时间，含当天）；默认为结束日期前第 29 天' })
  @IsOptional() @Matches(DATE, { message: 'from 须为 YYYY-MM-DD 格式的日期' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-26', description: '结束日期（上海时间，含当天）；默认为今天' })
  @IsOptional() @Matches(DATE, { message: 'to 须为 YYYY-MM-DD 格式的日期' })
  to?: string;

  @ApiPropertyOptional({ example: 'huangpu', description: '只看一个集聚区；集聚区主管只能是本集聚区，全市主管不填则两区并列' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_IDS, description: '只看一个服务项目；不填为全部' })
  @IsOptional() @IsIn(PROGRAMME_IDS, { message: `programme 须为 ${PROGRAMME_IDS.join('、')} 之一` })
  programme?: string;
}

export class TableExportQuery extends DashboardQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional() @IsIn(EXPORT_FORMATS, { message: 'format 须为 csv 或 xlsx' })
  format?: ExportFormat;
}

export class CaseListExportQuery extends ListCasesQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional() @IsIn(EXPORT_FORMATS, { message: 'format 须为 csv 或 xlsx' })
  format?: ExportFormat;
}

export class MonthlyReportQuery {
  @ApiPropertyOptional({ example: '2026-10', description: '月份（上海时间）；默认为上个月' })
  @IsOptional() @Matches(/^\d{4}-\d{2}$/, { message: 'month 须为 YYYY-MM 格式的月份' })
  month?: string;

  @ApiProperty({ required: false, example: 'huangpu', description: '集聚区；集聚区主管默认为本集聚区，全市主管必填' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;
}

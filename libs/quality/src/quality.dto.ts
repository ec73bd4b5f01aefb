import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { APPEAL_DECISIONS, APPEAL_STATUSES, APPEALED_RATINGS, CONTACT_METHODS, RATING_MAX, RATING_MIN, RATING_SCALE_TEXT, RECTIFICATION_STATUSES } from '@app/contracts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class ContactDto {
  @ApiProperty({ enum: CONTACT_METHODS, description: '回访方式：phone 电话回访，in_person 当面回访' })
  @IsIn(CONTACT_METHODS, { message: 'method 须为 phone（电话）或 in_person（当面）' })
  method: string;

  @ApiProperty({ example: '已电话联系创作者，说明办理依据并致歉，创作者表示理解' })
  @IsString({ message: 'outcome 须为文字' }) @Length(2, 1000, { message: 'outcome 须为 2–1000 个字符' })
  outcome: string;
}

export class RectifyDto {
  @ApiProperty({ example: '已约谈承办专员，补充答复时限说明，并将答复模板增加办理时限一栏' })
  @IsString({ message: 'measures 须为文字' }) @Length(2, 2000, { message: 'measures 须为 2–2000 个字符' })
  measures: string;
}

export class RerateDto {
  @ApiProperty({ example: 4, minimum: RATING_MIN, maximum: RATING_MAX, description: `整改后再次评价：${RATING_SCALE_TEXT}` })
  @IsInt({ message: 'level 须为 1–5 的整数' }) @Min(RATING_MIN, { message: 'level 须为 1–5 的整数' }) @Max(RATING_MAX, { message: 'level 须为 1–5 的整数' })
  level: number;

  @ApiPropertyOptional({ example: '整改后答复清楚了' })
  @IsOptional() @IsString({ message: 'comment 须为文字' }) @Length(1, 1000, { message: 'comment 最多 1000 个字符' })
  comment?: string;
}

export class AppealDto {
  @ApiProperty({ enum: APPEALED_RATINGS, description: 'first 首次评价，second 整改后再评价' })
  @IsIn(APPEALED_RATINGS, { message: 'rating 须为 first 或 second' })
  rating: string;

  @ApiProperty({ example: '评价内容为辱骂，与办理事项无关' })
  @IsString({ message: 'reason 须为文字' }) @Length(4, 1000, { message: 'reason 须为 4–1000 个字符' })
  reason: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: APPEAL_DECISIONS, description: 'upheld 维持评价，voided 评价作废（不计入统计，审计留痕）' })
  @IsIn(APPEAL_DECISIONS, { message: 'decision 须为 upheld 或 voided' })
  decision: string;

  @ApiProperty({ example: '评价内容含人身攻击，与服务事项无关，予以作废' })
  @IsString({ message: 'reason 须为文字' }) @Length(4, 1000, { message: 'reason 须为 4–1000 个字符' })
  reason: string;
}

export class QualitySettingsDto {
  @ApiProperty({ example: 1, minimum: 0.5, maximum: 10, description: '回访时限（工作日）' })
  @Type(() => Number) @IsNumber({}, { message: 'contactWorkingDays 须为数字' }) @Min(0.5, { message: 'contactWorkingDays 须在 0.5–10 之间' }) @Max(10, { message: 'contactWorkingDays 须在 0.5–10 之间' })
  contactWorkingDays: number;

  @ApiProperty({ example: 15, minimum: 1, maximum: 60, description: '整改时限（工作日，自收到差评起算）' })
  @Type(() => Number) @IsNumber({}, { message: 'rectifyWorkingDays 须为数字' }) @Min(1, { message: 'rectifyWorkingDays 须在 1–60 之间' }) @Max(60, { message: 'rectifyWorkingDays 须在 1–60 之间' })
  rectifyWorkingDays: number;
}

export class LedgerQuery {
  @ApiPropertyOptional({ example: '2026-03', description: '收到差评的月份（上海时间），不填为全部' })
  @IsOptional() @Matches(MONTH, { message: 'month 须为 YYYY-MM' })
  month?: string;

  @ApiPropertyOptional({ example: 'huangpu', description: '全市主管可按集聚区筛选' })
  @IsOptional() @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'zoneId 须为集聚区 id' })
  zoneId?: string;

  @ApiPropertyOptional({ enum: RECTIFICATION_STATUSES })
  @IsOptional() @IsIn(RECTIFICATION_STATUSES, { message: `status 须为 ${RECTIFICATION_STATUSES.join('、')} 之一` })
  status?: string;
}

export class AppealsQuery {
  @ApiPropertyOptional({ enum: APPEAL_STATUSES })
  @IsOptional() @IsIn(APPEAL_STATUSES, { message: 'status 须为 pending、upheld 或 voided' })
  status?: string;
}

export class PublicFiguresQuery {
  @ApiPropertyOptional({ example: '2026-01', description: '起始月份（默认近 12 个月）' })
  @IsOptional() @Matches(MONTH, { message: 'from 须为 YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: '截止月份（默认本月）' })
  @IsOptional() @Matches(MONTH, { message: 'to 须为 YYYY-MM' })
  to?: string;
}

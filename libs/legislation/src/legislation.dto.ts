import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDateString, IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { Optional } from '@app/common';
import { ADOPTIONS, type Adoption } from '@app/contracts';

export class ConsultationArticleDto {
  @ApiProperty({ example: '第十条' })
  @IsString() @Length(1, 20, { message: 'no 须为 1–20 个字符' })
  no: string;

  @ApiProperty({ example: '网络信息内容服务平台应当……' })
  @IsString() @Length(1, 5000, { message: 'text 须为 1–5000 个字符' })
  text: string;
}

export class CreateConsultationDto {
  @ApiProperty({ example: '上海市网络信息内容管理条例（草案征求意见稿）' })
  @IsString() @Length(2, 200, { message: 'title 须为 2–200 个字符' })
  title: string;

  @ApiProperty({ example: '中共上海市委网络安全和信息化委员会办公室' })
  @IsString() @Length(2, 100, { message: 'issuingBody 须为 2–100 个字符' })
  issuingBody: string;

  @ApiPropertyOptional({ example: '为规范本市网络信息内容管理，现公开征求意见。' })
  @Optional() @IsString() @Length(0, 5000)
  summary?: string;

  @ApiProperty({ type: [ConsultationArticleDto] })
  @ArrayMinSize(1, { message: 'articles 至少列出一条' }) @ArrayMaxSize(300)
  @ValidateNested({ each: true }) @Type(() => ConsultationArticleDto)
  articles: ConsultationArticleDto[];

  @ApiProperty({ example: '2026-03-01T00:00:00+08:00' })
  @IsDateString({ strict: true }, { message: 'opensAt 须为 ISO 8601 时间' })
  opensAt: string;

  @ApiProperty({ example: '2026-04-01T00:00:00+08:00' })
  @IsDateString({ strict: true }, { message: 'closesAt 须为 ISO 8601 时间' })
  closesAt: string;

  @ApiPropertyOptional({ description: '征集期不足 30 日时须说明理由' })
  @Optional() @IsString() @Length(2, 500)
  shortWindowReason?: string;
}

export class SuggestDto {
  @ApiProperty({ example: 'huangpu', description: '创作者所在的集聚区' })
  @IsString() @Length(1, 40)
  zoneId: string;

  @ApiProperty({ example: '第十条', description: '建议针对的条款（征集稿中的条号）' })
  @IsString() @Length(1, 20)
  articleNo: string;

  @ApiProperty({ example: '建议增加：平台应当在二十四小时内处理创作者的侵权投诉。' })
  @IsString() @Length(2, 5000, { message: 'suggestedWording 须为 2–5000 个字符' })
  suggestedWording: string;

  @ApiProperty({ example: '现有规定未明确处理时限，创作者维权周期过长。' })
  @IsString() @Length(2, 5000, { message: 'reason 须为 2–5000 个字符' })
  reason: string;

  @ApiPropertyOptional({ default: false, description: '同意在公开页面署名（默认匿名）' })
  @Optional() @IsBoolean()
  named?: boolean;
}

export class AnswerSuggestionDto {
  @ApiProperty({ enum: ADOPTIONS, example: 'partly_adopted' })
  @IsIn(ADOPTIONS, { message: 'adoption 须为 adopted、partly_adopted、not_adopted、forwarded 之一' })
  adoption: Adoption;

  @ApiProperty({ example: '建议的处理时限已在第二十条中体现，表述作了调整。' })
  @IsString() @Length(2, 2000, { message: 'reason 须为 2–2000 个字符' })
  reason: string;
}

export class ListSuggestionsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional() @IsString() @Length(36, 36, { message: 'consultationId 须为 UUID' })
  consultationId?: string;

  @ApiPropertyOptional({ enum: ['unanswered', 'answered'] })
  @Optional() @IsIn(['unanswered', 'answered'], { message: 'state 须为 unanswered 或 answered' })
  state?: 'unanswered' | 'answered';
}

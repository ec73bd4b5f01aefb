import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDateString, IsIn, IsInt, IsObject, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Optional } from '@app/common';
import { DecidedStage, HONOUR_FORMS, type HonourForm, STAGE_DECISIONS } from '@app/contracts';
import { CaseDescription, CaseTitle } from '@app/cases';

const STAGES = Object.keys(STAGE_DECISIONS) as DecidedStage[];
const DECISIONS = [...new Set(Object.values(STAGE_DECISIONS).flat())];

export class RoundQuotaDto {
  @ApiProperty({ example: 'huangpu' })
  @IsString() @Length(1, 40)
  zoneId: string;

  @ApiProperty({ enum: HONOUR_FORMS, example: 'audio_video' })
  @IsIn(HONOUR_FORMS, { message: `form 须为 ${HONOUR_FORMS.join('、')} 之一` })
  form: HonourForm;

  @ApiProperty({ example: 3, description: '该集聚区该类作品的推荐名额' })
  @IsInt() @Min(0) @Max(1000)
  quota: number;
}

export class CreateRoundDto {
  @ApiProperty({ example: '2026年度中国正能量网络精品征集' })
  @IsString() @Length(2, 100, { message: 'name 须为 2–100 个字符' })
  name: string;

  @ApiPropertyOptional({ example: '中国正能量网络精品', description: '入选的荣誉名称（默认“中国正能量网络精品”）' })
  @Optional() @IsString() @Length(2, 100)
  honour?: string;

  @ApiProperty({ enum: HONOUR_FORMS, isArray: true, example: HONOUR_FORMS })
  @ArrayMinSize(1, { message: 'categories 至少选择一类' }) @ArrayUnique() @IsIn(HONOUR_FORMS, { each: true, message: `categories 的每项须为 ${HONOUR_FORMS.join('、')} 之一` })
  categories: HonourForm[];

  @ApiProperty({ example: '2026-03-01T00:00:00+08:00' })
  @IsDateString({ strict: true }, { message: 'opensAt 须为 ISO 8601 时间' })
  opensAt: string;

  @ApiProperty({ example: '2026-04-30T23:59:59+08:00' })
  @IsDateString({ strict: true }, { message: 'closesAt 须为 ISO 8601 时间' })
  closesAt: string;

  @ApiPropertyOptional({ example: 5, default: 5, description: '每位创作者每类作品的自荐上限' })
  @Optional() @IsInt() @Min(1) @Max(100)
  selfNominationCap?: number;

  @ApiProperty({ type: [RoundQuotaDto] })
  @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RoundQuotaDto)
  quotas: RoundQuotaDto[];
}

export class NominateDto {
  @ApiProperty({ example: 'huangpu' })
  @IsString() @Length(1, 40)
  zoneId: string;

  @ApiProperty({ enum: ['honour_recommendation', 'self_nomination'], example: 'self_nomination' })
  @IsIn(['honour_recommendation', 'self_nomination'], { message: 'category 须为 honour_recommendation 或 self_nomination' })
  category: 'honour_recommendation' | 'self_nomination';

  @CaseTitle('推荐纪录短片《弄堂里的光》')
  title: string;

  @CaseDescription('系列纪录短片讲述老城区更新中的普通人故事。')
  description: string;

  @ApiProperty({ example: { nominationType: 'work', workTitle: '弄堂里的光', form: 'audio_video', links: ['https://www.bilibili.com/video/BV1ab411c7mD'], reach: '全网播放 120 万次' } })
  @IsObject()
  intake: Record<string, unknown>;
}

export class StageDecisionDto {
  @ApiProperty({ enum: STAGES, example: 'desk_reviewed' })
  @IsIn(STAGES, { message: `stage 须为 ${STAGES.join('、')} 之一` })
  stage: DecidedStage;

  @ApiProperty({ enum: DECISIONS, example: 'pass' })
  @IsIn(DECISIONS, { message: `decision 须为 ${DECISIONS.join('、')} 之一` })
  decision: string;

  @ApiProperty({ example: '材料齐全，作品为原创，首发于征集期内。' })
  @IsString() @Length(2, 2000, { message: 'reason 须为 2–2000 个字符' })
  reason: string;

  @ApiPropertyOptional({ example: '2026年度中国正能量网络精品', description: '结果为入选时的荣誉名称（默认为本轮的荣誉）' })
  @Optional() @IsString() @Length(2, 100)
  honour?: string;
}

export class RankingDto {
  @ApiProperty({ type: [String], example: ['6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23'], description: '按名次排列的申报 id（仅限已获区推荐的）' })
  @ArrayMaxSize(1000) @ArrayUnique() @IsUUID('4', { each: true, message: 'nominationIds 的每项须为 UUID' })
  nominationIds: string[];
}

export class ListNominationsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional() @IsUUID('4', { message: 'roundId 须为 UUID' })
  roundId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional() @IsUUID('4', { message: 'caseId 须为 UUID' })
  caseId?: string;
}

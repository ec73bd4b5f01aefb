import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsUUID,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsoInstant, Optional, QueryFlag } from '@app/common';
import { CN_MOBILE, RATING_SCALE_TEXT } from '@app/contracts';
import { PROGRAMME_LIST, SHIELD_PLATFORMS } from '@app/programmes';
import { CASE_STATUSES, CHANNELS, PRIORITIES } from './domain';

const PROGRAMMES = ['starlight', 'shield', 'compliance', 'legislation'];

/** A case's title as every filing form takes it, online or at the desk. */
export const CaseTitle = (example: string) => applyDecorators(ApiProperty({ example }), IsString(), Length(2, 100, { message: 'title 须为 2–100 个字符' }));

/** A case's description as every filing form takes it. */
export const CaseDescription = (example: string) => applyDecorators(ApiProperty({ example }), IsString(), Length(5, 5000, { message: 'description 须为 5–5000 个字符' }));

export class FileCaseDto {
  @ApiProperty({ enum: PROGRAMMES, example: 'shield' })
  @IsIn(PROGRAMMES, { message: 'programme 必须是 starlight、shield、compliance、legislation 之一' })
  programme: string;

  @ApiProperty({ example: 'cyberviolence' })
  @IsString() @Length(1, 64)
  category: string;

  @ApiPropertyOptional({ example: 'huangpu', description: '创作者选择的集聚区；工作人员代为登记时为本人所在集聚区' })
  @Optional() @IsString() @Length(1, 40)
  zoneId?: string;

  @CaseTitle('视频评论区遭遇有组织网暴')
  title: string;

  @CaseDescription('自 3 月起多个账号在我的视频下持续发布侮辱性评论……')
  description: string;

  @ApiProperty({ example: { platform: 'bilibili', offendingAccounts: ['某某黑粉'], urls: ['https://www.bilibili.com/video/BV1xx'], startedOn: '2026-03-01', ongoing: true, minorInvolved: false } })
  @IsObject()
  intake: Record<string, unknown>;

  @ApiPropertyOptional({ enum: CHANNELS, description: '受理渠道；创作者线上提交时为 online' })
  @Optional() @IsIn(CHANNELS)
  channel?: (typeof CHANNELS)[number];

  @ApiPropertyOptional({ example: '13800001234', description: '代为登记时：创作者手机号' })
  @Optional() @Matches(CN_MOBILE, { message: 'creatorPhone 须为 11 位中国大陆手机号' })
  creatorPhone?: string;

  @ApiPropertyOptional({ example: '张三', description: '代为登记时：创作者称呼' })
  @Optional() @IsString() @Length(1, 40)
  creatorName?: string;

  @ApiPropertyOptional({ default: true, description: 'false 时保存为草稿' })
  @Optional() @IsBoolean()
  submit?: boolean;
}

/** What any case action may carry (each action's own body, in case-actions.dto.ts, holds its part). */
export interface CaseActionDto {
  version: number;
  reason?: string;
  items?: string[];
  note?: string;
  assigneeId?: string;
  authorityId?: string;
  /** escalate: the line the creator sees instead of the internal reason. */
  publicNote?: string;
  instructions?: string;
  outcome?: string;
  summary?: string;
  level?: number;
  comment?: string;
}

/** Every category of every programme (ids may repeat across programmes, e.g. `other`). */
const CATEGORY_IDS = [...new Set(PROGRAMME_LIST.flatMap((p) => p.categories.map((c) => c.id)))];
const PLATFORM_IDS = SHIELD_PLATFORMS.map((p) => p.id);


export class ListCasesQuery {
  @ApiPropertyOptional({ enum: PROGRAMMES }) @Optional() @IsIn(PROGRAMMES) programme?: string;
  @ApiPropertyOptional({ description: '逗号分隔的状态', example: 'submitted,accepted' })
  @Optional() @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @ArrayMaxSize(CASE_STATUSES.length) @IsIn(CASE_STATUSES, { each: true }) status?: string[];
  @ApiPropertyOptional({ enum: PRIORITIES }) @Optional() @IsIn(PRIORITIES) priority?: string;
  @ApiPropertyOptional({ description: '账号 id，或 me 表示我自己，或 none 表示未分派' })
  @Optional() @Matches(/^(me|none|[0-9a-f-]{36})$/) assigneeId?: string;
  @ApiPropertyOptional({ enum: CHANNELS }) @Optional() @IsIn(CHANNELS) channel?: string;
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 40) zoneId?: string;
  @ApiPropertyOptional({ enum: CATEGORY_IDS, description: '案件类别（见 GET /programmes 各项目的 categories）', example: 'cyberviolence' })
  @Optional() @IsIn(CATEGORY_IDS, { message: 'category 须为服务项目的类别之一（见 GET /api/v1/programmes）' }) category?: string;
  @ApiPropertyOptional({ enum: PLATFORM_IDS, description: '盾牌行动申请时填写的侵权平台（intake.platform）；只含盾牌行动案件', example: 'bilibili' })
  @Optional() @IsIn(PLATFORM_IDS, { message: `platform 须为 ${PLATFORM_IDS.join('、')} 之一` }) platform?: string;
  @ApiPropertyOptional({ description: '曾上报至该网信办的案件（含已退回、已继续上报的），与看板“按网信办”同口径', example: 'cac_huangpu' })
  @Optional() @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'authorityId 须为网信办 id，如 cac_huangpu' }) authorityId?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, description: `创作者评价：${RATING_SCALE_TEXT}` })
  @Optional() @Type(() => Number) @IsInt({ message: 'rating 须为 1–5 的整数' }) @Min(1, { message: 'rating 须为 1–5 的整数' }) @Max(5, { message: 'rating 须为 1–5 的整数' }) rating?: number;
  @ApiPropertyOptional() @Optional() @IsoInstant('createdFrom') createdFrom?: Date;
  @ApiPropertyOptional() @Optional() @IsoInstant('createdTo') createdTo?: Date;
  @ApiPropertyOptional({ description: '只看已超时' }) @Optional() @QueryFlag('overdue') overdue?: boolean;
  @ApiPropertyOptional({ description: '只看即将超时（已过 75%）' }) @Optional() @QueryFlag('dueSoon') dueSoon?: boolean;
  @ApiPropertyOptional({ description: '搜索编号、标题、描述、创作者姓名，或创作者手机号（11 位，精确匹配）', example: '网络暴力' }) @Optional() @IsString() @Length(1, 100) q?: string;
  @ApiPropertyOptional({ description: '逗号分隔的案件 id（最多 100 个）：只含这些案件，如导出所选', example: '8f0c6a2e-7d8b-4f6e-9a51-0c1d2e3f4a5b' })
  @Optional() @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray() @ArrayMaxSize(100, { message: 'ids 最多 100 个' }) @IsUUID('4', { each: true, message: 'ids 须为案件 id' }) ids?: string[];
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'priority', 'nextDueAt'] })
  @Optional() @IsIn(['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'priority', 'nextDueAt']) sort?: string;
  @ApiPropertyOptional({ default: 1 }) @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class CommentDto {
  @ApiProperty({ example: '您好，我们已收到材料，正在核实。' })
  @IsString() @Length(1, 5000, { message: 'body 须为 1–5000 个字符' })
  body: string;

  @ApiPropertyOptional({ enum: ['public', 'internal'], default: 'public', description: 'internal 为内部备注，创作者不可见' })
  @Optional() @IsIn(['public', 'internal'])
  visibility?: 'public' | 'internal';
}


import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PlainText } from '@app/common';
import { CN_MOBILE } from '@app/contracts';
import { PROGRAMME_LIST, SHIELD_PLATFORMS } from '@app/programmes';
import { CASE_STATUSES, CHANNELS, PRIORITIES } from './domain';

const PROGRAMMES = ['starlight', 'shield', 'compliance', 'legislation'];

export class FileCaseDto {
  @ApiProperty({ enum: PROGRAMMES, example: 'shield' })
  @IsIn(PROGRAMMES, { message: 'programme 必须是 starlight、shield、compliance、legislation 之一' })
  programme: string;

  @ApiProperty({ example: 'cyberviolence' })
  @IsString() @Length(1, 64)
  category: string;

  @ApiPropertyOptional({ example: 'huangpu', description: '创作者选择的集聚区；工作人员代为登记时为本人所在集聚区' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;

  @ApiProperty({ example: '视频评论区遭遇有组织网暴' })
  @IsString() @Length(2, 100, { message: 'title 须为 2–100 个字符' }) @PlainText()
  title: string;

  @ApiProperty({ example: '自 3 月起多个账号在我的视频下持续发布侮辱性评论……' })
  @IsString() @Length(5, 5000, { message: 'description 须为 5–5000 个字符' }) @PlainText()
  description: string;

  @ApiProperty({ example: { platform: 'bilibili', offendingAccounts: ['某某黑粉'], urls: ['https://www.bilibili.com/video/BV1xx'], startedOn: '2026-03-01', ongoing: true, minorInvolved: false } })
  @IsObject()
  intake: Record<string, unknown>;

  @ApiPropertyOptional({ enum: CHANNELS, description: '受理渠道；创作者线上提交时为 online' })
  @IsOptional() @IsIn(CHANNELS)
  channel?: (typeof CHANNELS)[number];

  @ApiPropertyOptional({ example: '13800001234', description: '代为登记时：创作者手机号' })
  @IsOptional() @Matches(CN_MOBILE, { message: 'creatorPhone 须为 11 位中国大陆手机号' })
  creatorPhone?: string;

  @ApiPropertyOptional({ example: '张三', description: '代为登记时：创作者称呼' })
  @IsOptional() @IsString() @Length(1, 40) @PlainText()
  creatorName?: string;

  @ApiPropertyOptional({ default: true, description: 'false 时保存为草稿' })
  @IsOptional() @IsBoolean()
  submit?: boolean;
}

export class CaseActionDto {
  @ApiProperty({ example: 3, description: '客户端看到的案件版本号（乐观锁）' })
  @IsInt() @Min(1)
  version: number;

  @ApiPropertyOptional({ example: '材料显示侵权行为持续，申请上报' }) @IsOptional() @IsString() @MaxLength(1000) @PlainText()
  reason?: string;

  @ApiPropertyOptional({ example: ['侵权页面截图', '身份证明'] })
  @IsOptional() @ArrayMinSize(1, { message: 'items 至少列出一项所缺材料' }) @ArrayMaxSize(30)
  @IsString({ each: true }) @Length(1, 200, { each: true }) @PlainText({ each: true })
  items?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) @PlainText()
  note?: string;

  @ApiPropertyOptional() @IsOptional() @IsUUID('4', { message: 'assigneeId 须为账号 id' })
  assigneeId?: string;

  @ApiPropertyOptional({ example: 'cac_huangpu' }) @IsOptional() @IsString() @Length(1, 40)
  authorityId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) @PlainText()
  instructions?: string;

  @ApiPropertyOptional({ example: 'takedown_done' }) @IsOptional() @IsString() @Length(1, 64)
  outcome?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) @PlainText()
  summary?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: '1 非常满意 … 5 非常不满意' })
  @IsOptional() @IsInt() @Min(1) @Max(5)
  level?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) @PlainText()
  comment?: string;
}

/** Every category of every programme (ids may repeat across programmes, e.g. `other`). */
const CATEGORY_IDS = [...new Set(PROGRAMME_LIST.flatMap((p) => p.categories.map((c) => c.id)))];
const PLATFORM_IDS = SHIELD_PLATFORMS.map((p) => p.id);

const toBool = ({ value }: { value: unknown }) => (value === undefined ? undefined : value === true || value === 'true' || value === '1');

export class ListCasesQuery {
  @ApiPropertyOptional({ enum: PROGRAMMES }) @IsOptional() @IsIn(PROGRAMMES) programme?: string;
  @ApiPropertyOptional({ description: '逗号分隔的状态', example: 'submitted,accepted' })
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(CASE_STATUSES, { each: true }) status?: string[];
  @ApiPropertyOptional({ enum: PRIORITIES }) @IsOptional() @IsIn(PRIORITIES) priority?: string;
  @ApiPropertyOptional({ description: '账号 id，或 me 表示我自己，或 none 表示未分派' })
  @IsOptional() @Matches(/^(me|none|[0-9a-f-]{36})$/) assigneeId?: string;
  @ApiPropertyOptional({ enum: CHANNELS }) @IsOptional() @IsIn(CHANNELS) channel?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 40) zoneId?: string;
  @ApiPropertyOptional({ enum: CATEGORY_IDS, description: '案件类别（见 GET /programmes 各项目的 categories）', example: 'cyberviolence' })
  @IsOptional() @IsIn(CATEGORY_IDS, { message: 'category 须为服务项目的类别之一（见 GET /api/v1/programmes）' }) category?: string;
  @ApiPropertyOptional({ enum: PLATFORM_IDS, description: '盾牌行动申请时填写的侵权平台（intake.platform）；只含盾牌行动案件', example: 'bilibili' })
  @IsOptional() @IsIn(PLATFORM_IDS, { message: `platform 须为 ${PLATFORM_IDS.join('、')} 之一` }) platform?: string;
  @ApiPropertyOptional({ description: '曾上报至该网信办的案件（含已退回、已继续上报的），与看板“按网信办”同口径', example: 'cac_huangpu' })
  @IsOptional() @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'authorityId 须为网信办 id，如 cac_huangpu' }) authorityId?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5, description: '创作者评价：1 非常满意 … 5 非常不满意' })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'rating 须为 1–5 的整数' }) @Min(1, { message: 'rating 须为 1–5 的整数' }) @Max(5, { message: 'rating 须为 1–5 的整数' }) rating?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() createdFrom?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() createdTo?: Date;
  @ApiPropertyOptional({ description: '只看已超时' }) @IsOptional() @Transform(toBool) @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional({ description: '只看即将超时（已过 75%）' }) @IsOptional() @Transform(toBool) @IsBoolean() dueSoon?: boolean;
  @ApiPropertyOptional({ description: '搜索标题、描述、编号', example: '网络暴力' }) @IsOptional() @IsString() @Length(1, 100) q?: string;
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'priority', 'nextDueAt'] })
  @IsOptional() @IsIn(['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'priority', 'nextDueAt']) sort?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class CommentDto {
  @ApiProperty({ example: '您好，我们已收到材料，正在核实。' })
  @IsString() @Length(1, 5000, { message: 'body 须为 1–5000 个字符' }) @PlainText()
  body: string;

  @ApiPropertyOptional({ enum: ['public', 'internal'], default: 'public', description: 'internal 为内部备注，创作者不可见' })
  @IsOptional() @IsIn(['public', 'internal'])
  visibility?: 'public' | 'internal';
}

export class FollowUpDto {
  @ApiProperty({ example: '已电话回访，解释处置依据并致歉' })
  @IsString() @Length(1, 2000) @PlainText()
  note: string;
}

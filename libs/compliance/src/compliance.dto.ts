import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { Optional } from '@app/common';

/** A single-choice answer is a string, a yes/no answer a boolean. */
const IsStringOrBoolean = () =>
  ValidateBy({ name: 'isStringOrBoolean', validator: { validate: (v: unknown) => typeof v === 'string' || typeof v === 'boolean', defaultMessage: () => 'equals 须为文字或 true/false' } });
import { ARTICLE_STATUSES, type ArticleStatus, OBLIGATIONS, type Obligation } from '@app/contracts';
import { CaseDescription, CaseTitle } from '@app/cases';

const PROGRAMMES = ['starlight', 'shield', 'compliance', 'legislation'];

export class ArticleDto {
  @ApiProperty({ example: 'AI生成合成内容标识：什么是显式标识和隐式标识' })
  @IsString() @Length(2, 200, { message: 'title 须为 2–200 个字符' })
  title: string;

  @ApiPropertyOptional({ example: '显式标识是用户能明显感知的提示……' })
  @Optional() @IsString() @Length(0, 1000)
  summary?: string;

  @ApiProperty({ example: '《人工智能生成合成内容标识办法》第三条……' })
  @IsString() @Length(1, 20000, { message: 'body 须为 1–20000 个字符' })
  body: string;

  @ApiProperty({ example: '人工智能生成合成内容标识办法' })
  @IsString() @Length(2, 200)
  regulation: string;

  @ApiProperty({ example: '国家互联网信息办公室、工业和信息化部、公安部、国家广播电视总局' })
  @IsString() @Length(2, 200)
  issuingBody: string;

  @ApiProperty({ example: '2025-09-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveOn 须为 YYYY-MM-DD' })
  effectiveOn: string;

  @ApiProperty({ example: ['第三条', '第四条'] })
  @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 30, { each: true })
  articleRefs: string[];

  @ApiProperty({ example: '国家网信办网站（www.cac.gov.cn）' })
  @IsString() @Length(2, 500)
  source: string;

  @ApiPropertyOptional({ format: 'uuid', description: '新版本替代的已发布文章' })
  @Optional() @IsUUID('4', { message: 'supersedesId 须为 UUID' })
  supersedesId?: string;
}

export class ArticleFromCaseDto {
  @ApiPropertyOptional({ description: '默认为案件标题' })
  @Optional() @IsString() @Length(2, 200)
  title?: string;

  @ApiPropertyOptional({ description: '默认为案件的办结说明（专员的答复）' })
  @Optional() @IsString() @Length(1, 20000)
  body?: string;
}

export class ListArticlesQuery {
  @ApiPropertyOptional({ example: '标识' })
  @Optional() @IsString() @Length(1, 100, { message: 'q 须为 1–100 个字符' })
  q?: string;

  @ApiPropertyOptional({ enum: ARTICLE_STATUSES })
  @Optional() @IsIn(ARTICLE_STATUSES, { message: 'status 须为 draft、published、superseded 之一' })
  status?: ArticleStatus;
}

export class StartDto {
  @ApiProperty({ example: 'huangpu' })
  @IsString() @Length(1, 40)
  zoneId: string;

  @ApiProperty({ example: 'AI 生成的视频封面要加标识吗？' })
  @IsString() @Length(2, 500, { message: 'question 须为 2–500 个字符' })
  question: string;
}

export class EndStartDto {
  @ApiProperty({ example: true, description: '推荐的文章是否解决了问题' })
  @IsBoolean({ message: 'helpful 须为 true 或 false' })
  helpful: boolean;
}

export class FileFromStartDto {
  @ApiProperty({ enum: ['policy_interpretation', 'compliance_guidance', 'tech_matching'] })
  @IsIn(['policy_interpretation', 'compliance_guidance', 'tech_matching'], { message: 'category 须为 policy_interpretation、compliance_guidance、tech_matching 之一' })
  category: string;

  @CaseTitle('AI 生成的视频封面是否需要标识')
  title: string;

  @CaseDescription('工作室使用生成式 AI 制作视频封面，想了解标识要求。')
  description: string;

  @ApiProperty({ example: { productOrModel: '某文生图模型', question: '封面图由 AI 生成，是否必须添加显式标识？' } })
  @IsObject()
  intake: Record<string, unknown>;
}

export class NavigatorAnswersDto {
  @ApiProperty({ example: { productDescription: 'AI 配音小程序', servesPublic: true, generates: ['audio'], publicOpinion: true, modelSource: 'third_party_api', recommends: false, publishesAigc: true, serviceStartDate: '2026-03-02' } })
  @IsObject()
  answers: Record<string, string | boolean | string[]>;
}

export class NavigatorCaseDto extends NavigatorAnswersDto {
  @ApiProperty({ example: 'huangpu' })
  @IsString() @Length(1, 40)
  zoneId: string;
}

export class ConditionDto {
  @ApiProperty({ example: 'servesPublic' })
  @IsString() @Length(1, 40)
  question: string;

  @ApiPropertyOptional({ example: true, description: '文字或 true/false' })
  @Optional() @IsStringOrBoolean()
  equals?: string | boolean;

  @ApiPropertyOptional({ type: [String], description: '多选题：任一选项即满足（与 equals 二选一），如 ["image", "video"]' })
  @Optional() @IsString({ each: true }) @ArrayMaxSize(10)
  anyOf?: string[];
}

export class SourceDto {
  @ApiProperty({ example: '互联网信息服务算法推荐管理规定' })
  @IsString() @Length(2, 200)
  regulation: string;

  @ApiProperty({ example: '第二十四条' })
  @IsString() @Length(1, 50)
  article: string;
}

export class RuleDto {
  @ApiProperty({ example: 'short_video_label' })
  @Matches(/^[a-z][a-z0-9_]{1,40}$/, { message: 'code 须为小写字母开头的字母、数字或下划线' })
  code: string;

  @ApiProperty({ example: '算法备案' })
  @IsString() @Length(1, 100)
  title: string;

  @ApiProperty({ enum: OBLIGATIONS })
  @IsIn(OBLIGATIONS, { message: 'obligation 须为 filing、assessment、label、notice 之一' })
  obligation: Obligation;

  @ApiProperty({ example: '通过互联网信息服务算法备案系统履行备案手续。' })
  @IsString() @Length(1, 2000)
  description: string;

  @ApiProperty({ type: [ConditionDto] })
  @ArrayMinSize(1, { message: 'conditions 至少一个条件' }) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ConditionDto)
  conditions: ConditionDto[];

  @ApiPropertyOptional({ example: 10, nullable: true, description: '按工作日计算的期限（自服务开始之日起）' })
  @Optional({ nullable: true }) @IsInt() @Min(1) @Max(365)
  deadlineWorkingDays?: number | null;

  @ApiProperty({ example: '自提供服务之日起十个工作日内' })
  @IsString() @Length(1, 100)
  deadlineText: string;

  @ApiProperty({ type: [SourceDto] })
  @ArrayMinSize(1, { message: 'sources 至少列出一处依据' }) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => SourceDto)
  sources: SourceDto[];

  @ApiPropertyOptional({ example: 10 })
  @Optional() @IsInt() @Min(0) @Max(10000)
  sort?: number;

  @ApiPropertyOptional({ default: true })
  @Optional() @IsBoolean()
  active?: boolean;
}

export class UpdateRuleDto extends RuleDto {
  @ApiProperty({ example: 1, description: '编辑时看到的版本号' })
  @IsInt() @Min(1)
  version: number;
}

export class CannedReplyDto {
  @ApiProperty({ enum: PROGRAMMES })
  @IsIn(PROGRAMMES, { message: 'programme 须为 starlight、shield、compliance、legislation 之一' })
  programme: string;

  @ApiProperty({ example: '受理告知' })
  @IsString() @Length(1, 100)
  title: string;

  @ApiProperty({ example: '{{creatorName}}您好，您的咨询（{{reference}}）已受理，我们将在 {{deadline}} 前答复。' })
  @IsString() @Length(1, 5000)
  body: string;

  @ApiPropertyOptional({ default: true })
  @Optional() @IsBoolean()
  active?: boolean;
}

export class RenderCannedDto {
  @ApiProperty({ format: 'uuid', example: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' })
  @IsUUID('4', { message: 'caseId 须为 UUID' })
  caseId: string;
}

export class ListCannedQuery {
  @ApiPropertyOptional({ enum: PROGRAMMES })
  @Optional() @IsIn(PROGRAMMES, { message: 'programme 须为 starlight、shield、compliance、legislation 之一' })
  programme?: string;
}

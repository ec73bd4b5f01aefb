import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsoDateTime } from '@app/offline';
import { PROGRAMME_IDS } from '@app/programmes';
import { CaseDescription, CaseTitle } from '@app/cases';

const PROGRAMMES_MESSAGE = `须为 ${PROGRAMME_IDS.join('、')} 之一`;

export class SalonExpertDto {
  @ApiProperty({ example: '王律师' })
  @IsString() @Length(1, 40, { message: 'name 须为 1–40 个字符' })
  name: string;

  @ApiPropertyOptional({ example: '知识产权律师' })
  @IsOptional() @IsString() @Length(1, 60)
  title?: string;

  @ApiPropertyOptional({ example: '上海某律师事务所' })
  @IsOptional() @IsString() @Length(1, 80)
  organisation?: string;
}

export class PublishSalonDto {
  @ApiProperty({ example: '大V沙龙：短视频创作者如何应对网络暴力' })
  @IsString() @Length(4, 100, { message: 'title 须为 4–100 个字符' })
  title: string;

  @ApiProperty({ enum: PROGRAMME_IDS, example: 'shield' })
  @IsIn(PROGRAMME_IDS, { message: `topicProgramme ${PROGRAMMES_MESSAGE}` })
  topicProgramme: string;

  @ApiPropertyOptional({ example: '邀请律师和平台专家现场答疑' })
  @IsOptional() @IsString() @Length(0, 2000)
  description?: string;

  @ApiProperty({ example: '2026-03-14T06:00:00.000Z' })
  @IsoDateTime('startsAt')
  startsAt: Date;

  @ApiProperty({ example: '2026-03-14T08:00:00.000Z' })
  @IsoDateTime('endsAt')
  endsAt: Date;

  @ApiPropertyOptional({ example: '黄浦区集聚区一站式服务点 2 楼多功能厅' })
  @IsOptional() @IsString() @Length(2, 200, { message: 'venue 须为 2–200 个字符' })
  venue?: string;

  @ApiPropertyOptional({ example: 'https://meeting.example.cn/salon/123' })
  @IsOptional() @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'onlineUrl 须为 http(s) 链接' }) @Length(1, 500)
  onlineUrl?: string;

  @ApiProperty({ example: 40 })
  @IsInt({ message: 'capacity 须为整数' }) @Min(1) @Max(5000)
  capacity: number;

  @ApiProperty({ type: [SalonExpertDto] })
  @IsArray() @ArrayMinSize(1, { message: 'experts 至少一位专家' }) @ArrayMaxSize(20)
  @ValidateNested({ each: true }) @Type(() => SalonExpertDto)
  experts: SalonExpertDto[];

  @ApiPropertyOptional({ example: 'huangpu', description: '全市主管须指定集聚区' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;
}

export class ListSalonsQuery {
  @ApiPropertyOptional({ example: 'huangpu' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;

  @ApiPropertyOptional({ enum: ['upcoming', 'past', 'all'], default: 'upcoming' })
  @IsOptional() @IsIn(['upcoming', 'past', 'all'], { message: 'when 须为 upcoming、past 或 all' })
  when?: 'upcoming' | 'past' | 'all';
}

export class SalonCheckInDto {
  @ApiProperty({ example: '204816' })
  @Matches(/^\d{6}$/, { message: 'code 须为 6 位数字签到码' })
  code: string;
}

export class SalonCaseDto {
  @ApiProperty({ format: 'uuid', description: '提问的参会者的报名记录', example: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c' })
  @IsUUID('4', { message: 'registrationId 须为 UUID' })
  registrationId: string;

  @ApiProperty({ enum: PROGRAMME_IDS, example: 'shield' })
  @IsIn(PROGRAMME_IDS, { message: `programme ${PROGRAMMES_MESSAGE}` })
  programme: string;

  @ApiProperty({ example: 'defamation' })
  @IsString() @Length(1, 64)
  category: string;

  @CaseTitle('现场提问：被营销号造谣如何取证')
  title: string;

  @CaseDescription('创作者在沙龙上提出……')
  description: string;

  @ApiProperty({ example: { platform: 'weibo', offendingAccounts: ['某营销号'], startedOn: '2026-03-01', ongoing: true, minorInvolved: false } })
  @IsObject()
  intake: Record<string, unknown>;
}

export class RateSalonDto {
  @ApiProperty({ enum: [5, 4, 3, 2, 1], description: '5 非常满意 … 1 非常不满意' })
  @IsInt({ message: 'level 须为 1–5 的整数' }) @Min(1, { message: 'level 须为 1–5 的整数' }) @Max(5, { message: 'level 须为 1–5 的整数' })
  level: number;

  @ApiPropertyOptional({ example: '专家解答很具体' })
  @IsOptional() @IsString() @Length(1, 500, { message: 'comment 最多 500 个字符' })
  comment?: string;
}

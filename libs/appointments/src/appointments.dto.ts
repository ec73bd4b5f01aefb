import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsoInstant } from '@app/common';
import { IsoDateTime } from '@app/offline';
import { PROGRAMME_IDS } from '@app/programmes';
import { CaseDescription, CaseTitle } from '@app/cases';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PROGRAMMES_MESSAGE = `须为 ${PROGRAMME_IDS.join('、')} 之一`;

export class OpeningTimeDto {
  @ApiProperty({ example: '09:30' })
  @Matches(HHMM, { message: '$property 须为 HH:mm，如 09:30' })
  start: string;

  @ApiProperty({ example: '10:00' })
  @Matches(HHMM, { message: '$property 须为 HH:mm，如 10:00' })
  end: string;
}

export class CreateSlotDto {
  @ApiProperty({ example: '2026-03-09T01:30:00.000Z' })
  @IsoDateTime('startsAt')
  startsAt: Date;

  @ApiProperty({ example: '2026-03-09T02:00:00.000Z' })
  @IsoDateTime('endsAt')
  endsAt: Date;

  @ApiProperty({ example: 4, minimum: 1, maximum: 200 })
  @IsInt({ message: 'capacity 须为整数' }) @Min(1) @Max(200)
  capacity: number;

  @ApiProperty({ example: ['shield', 'compliance'], description: '该时段服务的项目' })
  @IsArray() @ArrayMinSize(1, { message: 'programmes 至少选择一个服务项目' }) @ArrayMaxSize(4) @ArrayUnique()
  @IsIn(PROGRAMME_IDS, { each: true, message: `programmes 的每一项${PROGRAMMES_MESSAGE}` })
  programmes: string[];

  @ApiPropertyOptional({ example: 'huangpu', description: '全市主管须指定集聚区；集聚区主管默认本集聚区' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;
}

export class SlotPatternDto {
  @ApiProperty({ example: '2026-03-09' })
  @Matches(DAY, { message: 'from 须为 YYYY-MM-DD' }) @IsISO8601({ strict: true }, { message: 'from 须为有效日期' })
  from: string;

  @ApiProperty({ example: '2026-03-13' })
  @Matches(DAY, { message: 'to 须为 YYYY-MM-DD' }) @IsISO8601({ strict: true }, { message: 'to 须为有效日期' })
  to: string;

  @ApiProperty({ example: [1, 2, 3, 4, 5], description: '每周哪几天（1=周一 … 7=周日）；调休上班日自动开放' })
  @IsArray() @ArrayMinSize(1, { message: 'weekdays 至少选择一天' }) @ArrayMaxSize(7) @ArrayUnique()
  @IsInt({ each: true, message: 'weekdays 的每一项须为 1–7' }) @Min(1, { each: true }) @Max(7, { each: true })
  weekdays: number[];

  @ApiProperty({ type: [OpeningTimeDto] })
  @IsArray() @ArrayMinSize(1, { message: 'times 至少一个时段' }) @ArrayMaxSize(20)
  @ValidateNested({ each: true }) @Type(() => OpeningTimeDto)
  times: OpeningTimeDto[];

  @ApiProperty({ example: 3 })
  @IsInt({ message: 'capacity 须为整数' }) @Min(1) @Max(200)
  capacity: number;

  @ApiProperty({ example: ['shield', 'compliance', 'starlight', 'legislation'] })
  @IsArray() @ArrayMinSize(1, { message: 'programmes 至少选择一个服务项目' }) @ArrayMaxSize(4) @ArrayUnique()
  @IsIn(PROGRAMME_IDS, { each: true, message: `programmes 的每一项${PROGRAMMES_MESSAGE}` })
  programmes: string[];

  @ApiPropertyOptional({ example: 'huangpu' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;
}

export class CloseSlotDto {
  @ApiProperty({ example: '服务点临时闭馆' })
  @IsString() @Length(2, 200, { message: 'reason 须为 2–200 个字符' })
  reason: string;
}

export class ListSlotsQuery {
  @ApiPropertyOptional({ example: 'huangpu' })
  @IsOptional() @IsString() @Length(1, 40)
  zoneId?: string;

  @ApiPropertyOptional({ example: '2026-03-09T00:00:00.000Z' })
  @IsOptional() @IsoInstant('from')
  from?: Date;

  @ApiPropertyOptional({ example: '2026-03-16T00:00:00.000Z' })
  @IsOptional() @IsoInstant('to')
  to?: Date;

  @ApiPropertyOptional({ enum: PROGRAMME_IDS })
  @IsOptional() @IsIn(PROGRAMME_IDS, { message: `programme ${PROGRAMMES_MESSAGE}` })
  programme?: string;
}

export class BookAppointmentDto {
  @ApiProperty({ format: 'uuid', example: '9b2d7c1e-3f4a-4b5c-8d6e-7f8091a2b3c4' })
  @IsUUID('4', { message: 'slotId 须为 UUID' })
  slotId: string;

  @ApiProperty({ enum: PROGRAMME_IDS, example: 'shield' })
  @IsIn(PROGRAMME_IDS, { message: `programme ${PROGRAMMES_MESSAGE}` })
  programme: string;

  @ApiPropertyOptional({ example: '咨询视频被搬运后的维权流程' })
  @IsOptional() @IsString() @Length(1, 200, { message: 'topic 最多 200 个字符' })
  topic?: string;
}

export class CancelAppointmentDto {
  @ApiPropertyOptional({ example: '临时有事' })
  @IsOptional() @IsString() @Length(1, 200, { message: 'reason 最多 200 个字符' })
  reason?: string;
}

export class DeskAppointmentsQuery {
  @ApiPropertyOptional({ example: '2026-03-09', description: '北京时间日期，默认今天' })
  @IsOptional() @Matches(DAY, { message: 'date 须为 YYYY-MM-DD' }) @IsISO8601({ strict: true }, { message: 'date 须为有效日期' })
  date?: string;

  @ApiPropertyOptional({ example: '482913' })
  @IsOptional() @Matches(/^\d{6}$/, { message: 'code 须为 6 位数字签到码' })
  code?: string;

  @ApiPropertyOptional({ example: '13800001234' })
  @IsOptional() @Matches(/^1[3-9]\d{9}$/, { message: 'phone 须为 11 位中国大陆手机号' })
  phone?: string;
}

/** The walk-in case a check-in opens: what the agent's filing form sends, without the creator (known from the booking). */
export class CheckInCaseDto {
  @ApiProperty({ enum: PROGRAMME_IDS, example: 'shield' })
  @IsIn(PROGRAMME_IDS, { message: `programme ${PROGRAMMES_MESSAGE}` })
  programme: string;

  @ApiProperty({ example: 'cyberviolence' })
  @IsString() @Length(1, 64)
  category: string;

  @CaseTitle('视频评论区遭遇有组织网暴')
  title: string;

  @CaseDescription('创作者到窗口反映……')
  description: string;

  @ApiProperty({ example: { platform: 'bilibili', offendingAccounts: ['某某'], startedOn: '2026-03-01', ongoing: true, minorInvolved: false } })
  @IsObject()
  intake: Record<string, unknown>;
}

export class CheckInDto {
  @ApiPropertyOptional({ format: 'uuid', description: '关联创作者已有的案件（与 newCase 二选一）' })
  @IsOptional() @IsUUID('4', { message: 'caseId 须为 UUID' })
  caseId?: string;

  @ApiPropertyOptional({ type: CheckInCaseDto, description: '或为此次到访登记新的窗口（walk_in）案件' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => CheckInCaseDto)
  newCase?: CheckInCaseDto;
}


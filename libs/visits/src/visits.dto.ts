import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { VISIT_STATUSES } from '@app/contracts';
import { IsoDateTime } from '@app/offline';

export class RequestVisitDto {
  @ApiProperty({ example: '工作室设备和账号后台需要专家现场查看，协助固定侵权证据' })
  @IsString() @Length(4, 1000, { message: 'note 须为 4–1000 个字符' })
  note: string;

  @ApiPropertyOptional({ example: '工作日下午' })
  @IsOptional() @IsString() @Length(1, 200, { message: 'preferredTime 最多 200 个字符' })
  preferredTime?: string;

  @ApiPropertyOptional({ example: '杨浦区长阳路 1687 号 5 号楼 302 室' })
  @IsOptional() @IsString() @Length(4, 200, { message: 'address 须为 4–200 个字符' })
  address?: string;
}

export class ScheduleVisitDto {
  @ApiPropertyOptional({ format: 'uuid', description: '本系统的工作人员账号；与 expertName 二选一' })
  @IsOptional() @IsUUID('4', { message: 'expertUserId 须为 UUID' })
  expertUserId?: string;

  @ApiPropertyOptional({ example: '陈律师', description: '外部专家姓名' })
  @IsOptional() @IsString() @Length(1, 40, { message: 'expertName 须为 1–40 个字符' })
  expertName?: string;

  @ApiPropertyOptional({ example: '上海某知识产权律师事务所' })
  @IsOptional() @IsString() @Length(1, 80, { message: 'expertOrg 须为 1–80 个字符' })
  expertOrg?: string;

  @ApiProperty({ example: '2026-03-12T06:00:00.000Z' })
  @IsoDateTime('scheduledAt')
  scheduledAt: Date;

  @ApiProperty({ example: '杨浦区长阳路 1687 号 5 号楼 302 室' })
  @IsString() @Length(4, 200, { message: 'address 须为 4–200 个字符' })
  address: string;
}

export class RescheduleVisitDto {
  @ApiProperty({ example: '当天有拍摄，希望改到下周' })
  @IsString() @Length(2, 500, { message: 'note 须为 2–500 个字符' })
  note: string;
}

export class RecordVisitDto {
  @ApiProperty({ example: '现场查看账号后台，指导导出侵权视频的播放数据和评论截图' })
  @IsString() @Length(4, 5000, { message: 'whatWasDone 须为 4–5000 个字符' })
  whatWasDone: string;

  @ApiProperty({ example: '建议通过公证处进行网页公证后向平台提交投诉' })
  @IsString() @Length(2, 5000, { message: 'advice 须为 2–5000 个字符' })
  advice: string;

  @ApiProperty({ example: '证据已固定，创作者将于本周内提交平台投诉' })
  @IsString() @Length(2, 1000, { message: 'outcome 须为 2–1000 个字符' })
  outcome: string;

  @ApiPropertyOptional({ type: [String], description: '现场照片、文件：先上传为案件材料（带 SHA-256 与 SM3 指纹），再在此引用' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('4', { each: true, message: 'attachmentIds 的每一项须为 UUID' })
  attachmentIds?: string[];
}

export class ListVisitsQuery {
  @ApiPropertyOptional({ enum: VISIT_STATUSES })
  @IsOptional() @IsIn(VISIT_STATUSES, { message: `status 须为 ${VISIT_STATUSES.join('、')} 之一` })
  status?: (typeof VISIT_STATUSES)[number];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Optional } from '@app/common';
import { PACKET_PURPOSES, type PacketPurpose, PLATFORM_MEASURES, PLATFORM_RESULTS, type PlatformMeasure, type PlatformResult, REFERRAL_STATUSES, type ReferralStatus } from '@app/contracts';

export class LinkCasesDto {
  @ApiProperty({ type: [String], example: ['6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23'], description: '与本案串并的其他盾牌行动案件 id' })
  @ArrayMinSize(1, { message: 'caseIds 至少一个案件' }) @ArrayMaxSize(50) @ArrayUnique() @IsUUID('4', { each: true, message: 'caseIds 的每项须为 UUID' })
  caseIds: string[];

  @ApiPropertyOptional({ example: '同一批账号针对多名创作者' })
  @Optional() @IsString() @Length(0, 500)
  note?: string;
}

export class MergeDto {
  @ApiProperty({ format: 'uuid', example: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23', description: '同一创作者重复提交的案件，并入本案' })
  @IsUUID('4', { message: 'duplicateCaseId 须为 UUID' })
  duplicateCaseId: string;
}

export class GroupEscalateDto {
  @ApiProperty({ example: '同一批账号对多名创作者实施网络暴力，串并上报' })
  @IsString() @Length(2, 1000, { message: 'reason 须为 2–1000 个字符' })
  reason: string;
}

export class GroupResolveDto {
  @ApiProperty({ enum: ['takedown_done', 'referred_to_police', 'mediated', 'insufficient_evidence', 'other'] })
  @IsIn(['takedown_done', 'referred_to_police', 'mediated', 'insufficient_evidence', 'other'], { message: 'outcome 须为 takedown_done、referred_to_police、mediated、insufficient_evidence、other 之一' })
  outcome: string;

  @ApiProperty({ example: '平台已删除侵权内容并封禁相关账号。' })
  @IsString() @Length(2, 5000, { message: 'summary 须为 2–5000 个字符' })
  summary: string;
}

export class PacketDto {
  @ApiProperty({ enum: PACKET_PURPOSES, example: 'police' })
  @IsIn(PACKET_PURPOSES, { message: 'purpose 须为 police、court、platform 之一' })
  purpose: PacketPurpose;
}

export class PlatformRequestDto {
  @ApiProperty({ enum: PLATFORM_MEASURES, isArray: true, example: ['delete_content', 'ban_account'] })
  @ArrayMinSize(1, { message: 'measures 至少要求一项处置措施' }) @ArrayUnique() @IsIn(PLATFORM_MEASURES, { each: true, message: `measures 的每项须为 ${PLATFORM_MEASURES.join('、')} 之一` })
  measures: PlatformMeasure[];

  @ApiPropertyOptional({ description: '默认为申请中的侵权账号' })
  @Optional() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 100, { each: true })
  accounts?: string[];

  @ApiPropertyOptional({ description: '默认为申请中的侵权链接' })
  @Optional() @ArrayMaxSize(50) @Matches(/^https?:\/\/\S+$/, { each: true, message: 'urls 的每项须为 http(s) 链接' })
  urls?: string[];
}

export class PlatformResponseDto {
  @ApiProperty({ enum: PLATFORM_RESULTS, example: 'deleted' })
  @IsIn(PLATFORM_RESULTS, { message: 'result 须为 deleted（删除）、banned（封禁）、not_handled（未处置）之一' })
  result: PlatformResult;

  @ApiProperty({ example: '2026-03-05' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'respondedOn 须为 YYYY-MM-DD' })
  respondedOn: string;

  @ApiPropertyOptional({ example: '平台回函：已删除 3 条视频评论' })
  @Optional() @IsString() @Length(0, 1000)
  note?: string;
}

export class PoliceReferralDto {
  @ApiProperty({ example: '上海市公安局黄浦分局' })
  @IsString() @Length(2, 100, { message: 'policeUnit 须为 2–100 个字符' })
  policeUnit: string;

  @ApiProperty({ example: '诽谤信息浏览逾 5000 次，涉嫌诽谤罪' })
  @IsString() @Length(2, 1000, { message: 'reason 须为 2–1000 个字符' })
  reason: string;

  @ApiProperty({ example: '2026-03-05' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'referredOn 须为 YYYY-MM-DD' })
  referredOn: string;
}

export class ReferralUpdateDto {
  @ApiProperty({ enum: REFERRAL_STATUSES, example: 'filed' })
  @IsIn(REFERRAL_STATUSES, { message: 'status 须为 referred、filed、not_filed、closed 之一' })
  status: ReferralStatus;

  @ApiProperty({ example: '公安机关已立案侦查' })
  @IsString() @Length(1, 1000)
  note: string;

  @ApiPropertyOptional({ example: '沪公(黄)立字〔2026〕123号' })
  @Optional() @IsString() @Length(1, 100)
  receiptNo?: string;
}

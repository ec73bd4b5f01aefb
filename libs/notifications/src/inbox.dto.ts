import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Optional, QueryFlag } from '@app/common';


export class InboxQuery {
  @ApiPropertyOptional({ description: '只看未读' }) @Optional() @QueryFlag('unread') unread?: boolean;
  @ApiPropertyOptional({ default: 1 }) @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

/** An inbox message is addressed by its number, not a UUID. */
export class NotificationParams {
  @ApiProperty({ pattern: '^\\d{1,18}$', example: '42' })
  @Matches(/^\d{1,18}$/, { message: 'id 须为消息编号' })
  id: string;
}

export class CaseNotificationParams {
  @ApiProperty({ format: 'uuid', example: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' })
  @IsUUID('4', { message: 'caseId 须为案件 id' })
  caseId: string;
}

export class NotificationSettingsDto {
  @ApiPropertyOptional({ type: String, format: 'email', maxLength: 254, example: 'li.zhuanyuan@example.com', nullable: true, description: '接收邮件通知的地址；null 表示删除' })
  @Optional({ nullable: true }) @IsEmail({}, { message: 'email 须为有效的电子邮箱地址' }) @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ default: true }) @Optional() @IsBoolean() emailEnabled?: boolean;
  @ApiPropertyOptional({ default: true, description: '短信通知（仅限绑定手机号的账号）' }) @Optional() @IsBoolean() smsEnabled?: boolean;
}

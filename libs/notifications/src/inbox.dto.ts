import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsOptional, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const toBool = ({ value }: { value: unknown }) => (value === undefined ? undefined : value === true || value === 'true' || value === '1');

export class InboxQuery {
  @ApiPropertyOptional({ description: '只看未读' }) @IsOptional() @Transform(toBool) @IsBoolean() unread?: boolean;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10000) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class NotificationSettingsDto {
  @ApiPropertyOptional({ example: 'li.zhuanyuan@example.com', nullable: true, description: '接收邮件通知的地址；null 表示删除' })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsEmail({}, { message: 'email 须为有效的电子邮箱地址' }) @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() emailEnabled?: boolean;
  @ApiPropertyOptional({ default: true, description: '短信通知（仅限绑定手机号的账号）' }) @IsOptional() @IsBoolean() smsEnabled?: boolean;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Optional } from '@app/common';

const CREATOR_PLATFORMS = ['bilibili', 'xiaohongshu', 'douyin', 'weibo', 'wechat_channels', 'kuaishou', 'zhihu', 'other'] as const;

export class PlatformAccountDto {
  @ApiPropertyOptional({ enum: CREATOR_PLATFORMS, example: 'bilibili' })
  @IsIn(CREATOR_PLATFORMS, { message: `platform 须为 ${CREATOR_PLATFORMS.join('、')} 之一` })
  platform: string;

  @ApiPropertyOptional({ example: '123456789' })
  @IsString() @Length(1, 64)
  accountId: string;

  @ApiPropertyOptional({ example: 'https://space.bilibili.com/123456789' })
  @Optional() @Matches(/^https?:\/\/\S{1,500}$/, { message: 'url 须为 http(s) 链接' })
  url?: string;
}

export class UpdateCreatorProfileDto {
  @ApiPropertyOptional({ example: '张小喵' })
  @Optional() @IsString() @Length(2, 40, { message: 'realName 须为 2–40 个字符' })
  realName?: string;

  @ApiPropertyOptional({ example: '11010519491231002X' })
  @Optional() @Matches(/^\d{17}[\dX]$/, { message: 'idCardNumber 须为 18 位居民身份证号' })
  idCardNumber?: string;

  @ApiPropertyOptional({ type: [PlatformAccountDto] })
  @Optional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PlatformAccountDto)
  platformAccounts?: PlatformAccountDto[];

  @ApiPropertyOptional({ example: '喵喵工作室' })
  @Optional() @IsString() @Length(0, 80)
  studio?: string;

  @ApiPropertyOptional({ example: '某某MCN' })
  @Optional() @IsString() @Length(0, 80)
  mcn?: string;
}

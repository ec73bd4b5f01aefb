import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { ROLES, Role, Optional } from '@app/common';

export const PROGRAMME_IDS = ['starlight', 'shield', 'compliance', 'legislation'] as const;

export class CreateAccountDto {
  @ApiProperty({ example: 'hp.agent3', description: '登录名：小写字母、数字、点、下划线' })
  @Matches(/^[a-z][a-z0-9._]{2,31}$/, { message: '登录名须以小写字母开头，3–32 位小写字母、数字、点或下划线' })
  username: string;

  @ApiProperty({ example: '王专员' })
  @IsString() @Length(1, 40, { message: '姓名须为 1–40 个字符' })
  displayName: string;

  @ApiProperty({ example: 'Temp@2026!', description: '初始密码（需符合密码策略）' })
  @IsString() @Length(1, 128)
  password: string;

  @ApiPropertyOptional({ example: 'huangpu' })
  @Optional() @IsString() @Length(1, 40)
  zoneId?: string;

  @ApiPropertyOptional({ example: 'cac_huangpu' })
  @Optional() @IsString() @Length(1, 40)
  authorityId?: string;

  @ApiPropertyOptional({ example: ['shield', 'compliance'] })
  @Optional() @IsArray() @ArrayMaxSize(10) @IsIn(PROGRAMME_IDS, { each: true, message: 'skills 只能包含 starlight、shield、compliance、legislation' })
  skills?: string[];
}

export class UpdateAccountDto {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 40, { message: '姓名须为 1–40 个字符' })
  displayName?: string;

  @ApiPropertyOptional({ nullable: true }) @Optional({ nullable: true }) @IsString() @Length(1, 40)
  zoneId?: string;

  @ApiPropertyOptional({ nullable: true }) @Optional({ nullable: true }) @IsString() @Length(1, 40)
  authorityId?: string;

  @ApiPropertyOptional() @Optional() @IsArray() @ArrayMaxSize(10) @IsIn(PROGRAMME_IDS, { each: true, message: 'skills 只能包含 starlight、shield、compliance、legislation' })
  skills?: string[];

  @ApiPropertyOptional({ enum: ['active', 'disabled'] }) @Optional() @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';
}

export class GrantRoleDto {
  @ApiProperty({ enum: ROLES, description: '授予的角色（必填）；收回角色用 DELETE /admin/users/{id}/role' })
  @IsIn(ROLES, { message: `role 必须是 ${ROLES.join('、')} 之一` })
  role: Role;
}

export class ListAccountsQuery {
  @ApiPropertyOptional({ enum: ROLES }) @Optional() @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 40)
  zoneId?: string;

  @ApiPropertyOptional({ description: '按登录名或姓名搜索' }) @Optional() @IsString() @Length(1, 40)
  q?: string;
}

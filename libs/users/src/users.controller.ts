import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { CreateAccountDto, GrantRoleDto, ListAccountsQuery, UpdateAccountDto } from './users.dto';
import { UserResponse } from './user.responses';
import { UsersService } from './users.service';

class SecurityPolicyDto {
  @ApiProperty({ example: 8 }) @IsInt() @Min(8) @Max(64) passwordMinLength: number;
  @ApiProperty({ example: 5 }) @IsInt() @Min(3) @Max(20) lockoutThreshold: number;
  @ApiProperty({ example: 15 }) @IsInt() @Min(1) @Max(1440) lockoutMinutes: number;
}

const USER_EXAMPLE = { id: '2dcfecfa-1b8d-4364-a074-417a26572bc6', role: 'agent', zoneId: 'huangpu', authorityId: null, username: 'hp.agent3', phone: null, displayName: '王专员', status: 'active', locked: false, skills: ['shield'], createdAt: '2026-03-01T01:00:00.000Z' };

@ApiTags('admin')
@Controller('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @Authenticated({ roles: ['sysadmin', 'secadmin'] })
  @ApiOkResponse({ type: UserResponse, isArray: true, description: '账号列表', example: [USER_EXAMPLE] })
  list(@Query() query: ListAccountsQuery) {
    return this.users.list(query);
  }

  @Post('users')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiCreatedResponse({ type: UserResponse, description: '新建的账号（尚无角色，由安全管理员授予）', example: { ...USER_EXAMPLE, role: null } })
  create(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateAccountDto) {
    return this.users.create(actor, meta, dto);
  }

  @Patch('users/:id')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: UserResponse, description: '修改后的账号', example: USER_EXAMPLE })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: UpdateAccountDto) {
    return this.users.update(actor, meta, id, dto);
  }

  @Put('users/:id/role')
  @Authenticated({ roles: ['secadmin'] })
  @ApiOkResponse({ type: UserResponse, description: '授予角色后的账号', example: USER_EXAMPLE })
  grantRole(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: GrantRoleDto) {
    return this.users.grantRole(actor, meta, id, dto);
  }

  @Delete('users/:id/role')
  @Authenticated({ roles: ['secadmin'] })
  @ApiOkResponse({ type: UserResponse, description: '收回角色后的账号（账号原本没有角色时不做任何改动）' })
  revokeRole(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.users.revokeRole(actor, meta, id);
  }

  @Post('users/:id/unlock')
  @Authenticated({ roles: ['secadmin'] })
  @ApiCreatedResponse({ type: UserResponse, description: '解锁后的账号', example: USER_EXAMPLE })
  unlock(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams) {
    return this.users.unlock(actor, meta, id);
  }

  @Get('security-policy')
  @Authenticated({ roles: ['secadmin'] })
  @ApiOkResponse({ type: SecurityPolicyDto })
  getPolicy() {
    return this.users.getPolicy();
  }

  @Put('security-policy')
  @Authenticated({ roles: ['secadmin'] })
  @ApiOkResponse({ type: SecurityPolicyDto })
  setPolicy(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: SecurityPolicyDto) {
    return this.users.setPolicy(actor, meta, { ...dto });
  }
}

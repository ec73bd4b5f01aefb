import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta, UuidParams } from '@app/common';
import { CreateAccountDto, GrantRoleDto, ListAccountsQuery, UpdateAccountDto } from './users.dto';
import { UsersService } from './users.service';

class SecurityPolicyDto {
  @ApiProperty({ example: 8 }) @IsInt() @Min(8) @Max(64) passwordMinLength: number;
  @ApiProperty({ example: 5 }) @IsInt() @Min(3) @Max(20) lockoutThreshold: number;
  @ApiProperty({ example: 15 }) @IsInt() @Min(1) @Max(1440) lockoutMinutes: number;
}

@ApiTags('admin')
@Controller('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @Authenticated({ roles: ['sysadmin', 'secadmin'] })
  list(@Query() query: ListAccountsQuery) {
    return this.users.list(query);
  }

  @Post('users')
  @Authenticated({ roles: ['sysadmin'] })
  create(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateAccountDto) {
    return this.users.create(actor, meta, dto);
  }

  @Patch('users/:id')
  @Authenticated({ roles: ['sysadmin'] })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: UpdateAccountDto) {
    return this.users.update(actor, meta, id, dto);
  }

  @Put('users/:id/role')
  @Authenticated({ roles: ['secadmin'] })
  grantRole(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { id }: UuidParams, @Body() dto: GrantRoleDto) {
    return this.users.grantRole(actor, meta, id, dto);
  }

  @Post('users/:id/unlock')
  @Authenticated({ roles: ['secadmin'] })
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
  setPolicy(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: SecurityPolicyDto) {
    return this.users.setPolicy(actor, meta, { ...dto });
  }
}

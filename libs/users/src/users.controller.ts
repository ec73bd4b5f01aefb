import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { CreateAccountDto, GrantRoleDto, ListAccountsQuery, UpdateAccountDto } from './users.dto';
import { UserResponse } from './user.responses';
import { UsersService } from './users.service';

class SecurityPolicyDto {
  @ApiProperty({ example: 8 }) @IsInt() @Min(8) @Max(64) passwordMinLength: number;
  @ApiProperty({ example: 5 }) @IsInt() @Min(3) @Max(20) lockoutThreshold: number;
  @ApiProperty({ example: 15 }) @IsInt() @Min(1) @Max(1440) lockoutMinutes: number;
}

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('admin')
@Controller('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @Authenticated({ roles: ['sysadmin', 'secadmin'] })
  @ApiOkResponse({ type: UserResponse, isArray: true })
  list(@Query() query: ListAccountsQuery) {
    return this.users.list(query);
  }

  @Post('users')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiCreatedResponse({ type: UserResponse })
  create(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: CreateAccountDto) {
    return this.users.create(actor, meta, dto);
  }

  @Patch('users/:id')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: UserResponse })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: UpdateAccountDto) {
    return this.users.update(actor, meta, id, dto);
  }

  @Put('users/:id/role')
  @Authenticated({ roles: ['secadmin'] })
  @ApiOkResponse({ type: UserResponse })
  grantRole(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string, @Body() dto: GrantRoleDto) {
    return this.users.grantRole(actor, meta, id, dto);
  }

  @Post('users/:id/unlock')
  @Authenticated({ roles: ['secadmin'] })
  @ApiCreatedResponse({ type: UserResponse })
  unlock(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param('id', uuid) id: string) {
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

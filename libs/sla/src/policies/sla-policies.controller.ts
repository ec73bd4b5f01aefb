import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { SlaPolicies } from './sla-policies.service';
import { SlaPolicyDto, SlaPolicyParams, SlaSettingsDto } from './sla-policy.dto';
import { SlaPolicyResponse, SlaSettingsResponse } from './sla-policy.responses';

@ApiTags('admin: SLA')
@Controller('admin')
export class SlaPoliciesController {
  constructor(private readonly policies: SlaPolicies) {}

  @Get('sla-policies')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: SlaPolicyResponse, isArray: true })
  list() {
    return this.policies.list();
  }

  @Put('sla-policies/:programme/:priority')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: SlaPolicyResponse, description: '保存后的时限' })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { programme, priority }: SlaPolicyParams, @Body() dto: SlaPolicyDto) {
    return this.policies.update(actor, meta, programme, priority, dto);
  }

  @Get('sla-settings')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: SlaSettingsResponse })
  settings() {
    return this.policies.settings();
  }

  @Put('sla-settings')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ type: SlaSettingsResponse })
  updateSettings(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: SlaSettingsDto) {
    return this.policies.updateSettings(actor, meta, dto);
  }
}

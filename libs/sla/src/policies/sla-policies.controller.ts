import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { SlaPolicies } from './sla-policies.service';
import { SlaPolicyDto, SlaPolicyParams, SlaSettingsDto } from './sla-policy.dto';

@ApiTags('admin: SLA')
@Controller('admin')
export class SlaPoliciesController {
  constructor(private readonly policies: SlaPolicies) {}

  @Get('sla-policies')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({
    schema: {
      example: [
        {
          programme: 'shield',
          programmeName: '盾牌行动',
          priority: 'urgent',
          clockKind: 'continuous',
          acceptMinutes: 120,
          firstResponseMinutes: 240,
          resolveMinutes: 1440,
          display: { accept: '2 小时（全天候计时）', firstResponse: '4 小时（全天候计时）', resolve: '24 小时（全天候计时）' },
        },
      ],
    },
  })
  list() {
    return this.policies.list();
  }

  @Put('sla-policies/:programme/:priority')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ description: '保存后的时限', schema: { example: { programme: 'shield', priority: 'high', clockKind: 'working', acceptMinutes: 510, firstResponseMinutes: 1020, resolveMinutes: 2550 } } })
  update(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Param() { programme, priority }: SlaPolicyParams, @Body() dto: SlaPolicyDto) {
    return this.policies.update(actor, meta, programme, priority, dto);
  }

  @Get('sla-settings')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ schema: { example: { sweepEverySeconds: 10 } } })
  settings() {
    return this.policies.settings();
  }

  @Put('sla-settings')
  @Authenticated({ roles: ['sysadmin'] })
  @ApiOkResponse({ schema: { example: { sweepEverySeconds: 10 } } })
  updateSettings(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: SlaSettingsDto) {
    return this.policies.updateSettings(actor, meta, dto);
  }
}

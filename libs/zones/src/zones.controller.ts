import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@app/common';
import { Authority, Zone } from './zone.entity';
import { ZonesService } from './zones.service';

@ApiTags('reference')
@Controller()
export class ZonesController {
  constructor(private readonly zones: ZonesService) {}

  @Get('zones')
  @Authenticated()
  @ApiOkResponse({ description: '集聚区列表', type: Zone, isArray: true, example: [{ id: 'huangpu', name: '黄浦区集聚区', code: 'HP', authorityId: 'cac_huangpu', active: true }] })
  listZones() {
    return this.zones.listZones();
  }

  @Get('authorities')
  @Authenticated()
  @ApiOkResponse({ description: '网信部门列表', type: Authority, isArray: true, example: [{ id: 'cac_city', name: '市委网信办', level: 'city', parentId: null }] })
  listAuthorities() {
    return this.zones.listAuthorities();
  }
}

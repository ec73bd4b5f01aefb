import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/common';
import { PROGRAMME_LIST } from '@app/programmes';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  /** Everything a client needs to render each programme's intake form (labels in Chinese). */
  @Get()
  @Public()
  @ApiOkResponse({ schema: { example: [{ id: 'shield', code: 'SHD', name: '盾牌行动', categories: [{ id: 'cyberviolence', label: '网络暴力' }], defaultPriority: 'high' }] } })
  list() {
    return PROGRAMME_LIST;
  }
}

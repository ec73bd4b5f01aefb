import { Controller, Get } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/common';
import { PROGRAMME_LIST } from '@app/programmes';
import { ProgrammeResponse, UiFieldHintResponse } from './programme.responses';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  /** Everything a client needs to render each programme's intake form (labels in Chinese). */
  @Get()
  @Public()
  @ApiOkResponse({ type: ProgrammeResponse, isArray: true })
  @ApiExtraModels(UiFieldHintResponse)
  list() {
    return PROGRAMME_LIST;
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/common';
import { PublicFiguresQuery } from './quality.dto';
import { PublicQualityFiguresResponse } from './quality.responses';
import { QualityFiguresService } from './quality-figures.service';

/** 好差评结果公开: no login. */
@ApiTags('public')
@Controller('public')
export class PublicQualityController {
  constructor(private readonly figures: QualityFiguresService) {}

  @Get('quality')
  @Public()
  @ApiOperation({
    summary: '好差评公示：各集聚区每月好评率与差评整改率（无需登录）',
    description: '按上海时间的自然月。评价数含整改后的再评价，经申诉作废的评价不计入；口径见 docs/metrics.md「好差评整改」。默认近 12 个月。',
  })
  @ApiOkResponse({ type: PublicQualityFiguresResponse })
  publicFigures(@Query() q: PublicFiguresQuery) {
    return this.figures.publicFigures(q);
  }
}

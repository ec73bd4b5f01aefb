import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, ReqMeta, RequestMeta } from '@app/common';
import { BulkAcceptDto, BulkAssignDto, BulkResultResponse } from './case-bulk.dto';
import { CaseBulkService } from './services/case-bulk.service';

const EXAMPLE = {
  results: [
    { id: '8f0c6a2e-7d8b-4f6e-9a51-0c1d2e3f4a5b', ok: true, reference: 'HP-SHD-2026-000123', status: 'accepted', code: null, message: null },
    { id: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', ok: false, reference: 'HP-CMP-2026-000045', status: 'accepted', code: 'case.illegal_transition', message: '案件当前状态为「已受理」，不能执行「受理」' },
  ],
  succeeded: 1,
  failed: 1,
};

/** The queue's bulk actions: per-case results, each case audited on its own. */
@ApiTags('case actions')
@Controller()
export class CaseBulkController {
  constructor(private readonly bulk: CaseBulkService) {}

  @Post('cases/bulk/accept')
  @HttpCode(200)
  @Authenticated({ roles: ['agent'] })
  @ApiOperation({ summary: '批量受理', description: '逐件受理所选案件（受理人成为承办人）；逐件返回结果，某件失败不影响其他案件。' })
  @ApiOkResponse({ type: BulkResultResponse, example: EXAMPLE })
  acceptAll(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: BulkAcceptDto) {
    return this.bulk.run(actor, meta, 'accept', dto);
  }

  @Post('cases/bulk/assign')
  @HttpCode(200)
  @Authenticated({ roles: ['supervisor'] })
  @ApiOperation({ summary: '批量分派', description: '逐件分派所选案件给同一专员（不填则逐件自动分派）；逐件返回结果。' })
  @ApiOkResponse({ type: BulkResultResponse, example: { ...EXAMPLE, results: [{ ...EXAMPLE.results[0], status: 'submitted' }], succeeded: 1, failed: 0 } })
  assignAll(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta, @Body() dto: BulkAssignDto) {
    return this.bulk.run(actor, meta, 'assign', dto);
  }
}

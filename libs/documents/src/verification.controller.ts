import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public, ReqMeta, RequestMeta } from '@app/common';
import { RateLimiter } from '@app/redis';
import { DocumentRegistry } from './documents.service';

/** Enough for a person checking papers, far too few to enumerate 2^80 codes. */
const VERIFY_LIMIT = { name: 'verify', max: 30, windowSeconds: 60 };

@ApiTags('documents')
@Controller()
export class VerificationController {
  constructor(
    private readonly registry: DocumentRegistry,
    private readonly limits: RateLimiter,
  ) {}

  /** Public: whether a document with this code was issued here, and its subject's state now. No personal data. */
  @Get('verify/:code')
  @Public()
  @ApiParam({ name: 'code', example: '7KQ2-M9XD-4HRT-PW3C' })
  @ApiOkResponse({
    schema: {
      example: {
        code: '7KQ2-M9XD-4HRT-PW3C',
        genuine: true,
        document: { kind: 'receipt.acceptance', title: '受理回执', issuer: '黄浦区集聚区创作者服务台', issuedAt: '2026-03-02T02:30:00.000Z', facts: [['案件编号', 'HP-SHD-2026-000123']] },
        subject: { type: 'case', reference: 'HP-SHD-2026-000123', status: 'accepted', statusLabel: '已受理' },
      },
    },
  })
  async verify(@ReqMeta() meta: RequestMeta, @Param('code') code: string) {
    await this.limits.hit(`ip:${meta.ip}`, VERIFY_LIMIT);
    return this.registry.verify(code);
  }
}

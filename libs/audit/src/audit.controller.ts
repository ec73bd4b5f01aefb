import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@app/common';
import { AuditChainService } from './audit-chain.service';

/** The chain's verification (the events are read through libs/audit-log, which names cases and people). */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly chain: AuditChainService) {}

  @Get('verify')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({
    description: '先把已提交的审计事件链入，再校验整条密钥链（HMAC-SM3）、链头和最新的外部签名检查点；列出每一处问题。',
    schema: {
      example: {
        ok: false,
        checked: 41,
        head: { seq: 41, hash: 'f3…' },
        problems: [
          { reason: 'hash_mismatch', seq: 12, eventId: '12' },
          { reason: 'missing', seq: 20, toSeq: 21 },
        ],
        problemCount: 2,
        firstBroken: { id: '12', seq: 12, reason: 'hash_mismatch' },
        unlinked: { count: 0, oldestId: null, oldestAt: null, overdue: false },
        checkpoint: { seq: 40, hash: '9a…', at: '2026-12-01T08:00:00.000Z', file: 'audit-checkpoint-0000000000000040-20261201T080000000Z.json' },
        verifiedAt: '2026-12-01T08:00:30.000Z',
      },
    },
  })
  verify() {
    return this.chain.verify();
  }
}

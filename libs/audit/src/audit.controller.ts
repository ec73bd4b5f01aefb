import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '@app/common';
import { AuditChainService } from './audit-chain.service';
import { AuditVerificationResponse } from './audit.responses';

/** The chain's verification (the events are read through libs/audit-log, which names cases and people). */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly chain: AuditChainService) {}

  @Get('verify')
  @Authenticated({ roles: ['auditor'] })
  @ApiOkResponse({ type: AuditVerificationResponse, description: '先把已提交的审计事件链入，再校验整条密钥链（HMAC-SM3）、链头和最新的外部签名检查点；列出每一处问题。' })
  verify(): Promise<AuditVerificationResponse> {
    return this.chain.verify();
  }
}

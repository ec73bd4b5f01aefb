import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { SlaModule } from '@app/sla';
import { ZonesModule } from '@app/zones';
import { ComplianceController } from './compliance.controller';
import { ComplianceRepository } from './compliance.repository';
import { KnowledgeService } from './knowledge.service';
import { NavigatorService } from './navigator.service';

/** 合规引擎: knowledge base, compliance starts, the navigator and canned replies. */
@Module({
  imports: [AuditModule, CasesModule, SlaModule, ZonesModule],
  controllers: [ComplianceController],
  providers: [KnowledgeService, NavigatorService, ComplianceRepository],
  exports: [KnowledgeService, NavigatorService],
})
export class ComplianceModule {}

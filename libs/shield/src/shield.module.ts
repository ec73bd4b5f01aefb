import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { DocumentsModule } from '@app/documents';
import { EvidenceModule } from '@app/evidence';
import { ZonesModule } from '@app/zones';
import { EvidencePacketsService } from './evidence-packets.service';
import { PlatformService } from './platform.service';
import { ShieldController } from './shield.controller';
import { ShieldRepository } from './shield.repository';
import { ShieldService } from './shield.service';

/** 盾牌行动: linked cases, evidence packets, platform requests and police referrals over the `shield` cases. */
@Module({
  imports: [AuditModule, CasesModule, DocumentsModule, EvidenceModule, ZonesModule],
  controllers: [ShieldController],
  providers: [ShieldService, EvidencePacketsService, PlatformService, ShieldRepository],
  exports: [ShieldService],
})
export class ShieldModule {}

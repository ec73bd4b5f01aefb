import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { DocumentsModule } from '@app/documents';
import { SlaModule } from '@app/sla';
import { UserDirectoryModule } from '@app/users';
import { ZonesModule } from '@app/zones';
import { CaseReceiptsListener } from './case-receipts.listener';
import { ReceiptsController } from './receipts.controller';
import { ReceiptsService } from './receipts.service';

/** 回执 and 告知书: issued with each decision on a case, listed and downloaded by whoever sees the case. */
@Module({
  imports: [CasesModule, DocumentsModule, SlaModule, ZonesModule, AuditModule, UserDirectoryModule],
  controllers: [ReceiptsController],
  providers: [CaseReceiptsListener, ReceiptsService],
  exports: [ReceiptsService, DocumentsModule],
})
export class ReceiptsModule {}

import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesSystemModule } from '@app/cases';
import { ComplianceRetentionModule } from '@app/compliance';
import { DocumentsModule } from '@app/documents';
import { EvidenceModule } from '@app/evidence';
import { RETENTION_QUEUE } from '@app/jobs';
import { LegislationRetentionModule } from '@app/legislation';
import { NotificationsModule } from '@app/notifications';
import { ShieldRetentionModule } from '@app/shield';
import { StarlightRetentionModule } from '@app/starlight';
import { UserDirectoryModule } from '@app/users';
import { RetentionJob } from './retention.job';
import { CasePersonalData, RetentionService } from './retention.service';

/** The purge service; the worker adds its repeatable job with `RetentionModule.withSchedule()`. */
@Module({
  imports: [
    AuditModule,
    EvidenceModule,
    CasesSystemModule,
    NotificationsModule,
    ShieldRetentionModule,
    StarlightRetentionModule,
    ComplianceRetentionModule,
    LegislationRetentionModule,
    DocumentsModule,
    UserDirectoryModule,
  ],
  providers: [CasePersonalData, RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {
  static withSchedule() {
    return { module: RetentionModule, imports: [BullModule.registerQueue({ name: RETENTION_QUEUE })], providers: [RetentionJob] };
  }
}

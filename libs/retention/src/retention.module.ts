import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesSystemModule } from '@app/cases';
import { EvidenceModule } from '@app/evidence';
import { RETENTION_QUEUE } from '@app/jobs';
import { NotificationsModule } from '@app/notifications';
import { RetentionJob } from './retention.job';
import { RetentionService } from './retention.service';

/** The purge service; the worker adds its repeatable job with `RetentionModule.withSchedule()`. */
@Module({ imports: [AuditModule, EvidenceModule, CasesSystemModule, NotificationsModule], providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {
  static withSchedule() {
    return { module: RetentionModule, imports: [BullModule.registerQueue({ name: RETENTION_QUEUE })], providers: [RetentionJob] };
  }
}

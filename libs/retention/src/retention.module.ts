import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { EvidenceModule } from '@app/evidence';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** The purge service; the worker adds the scheduler with `RetentionModule.withScheduler()`. */
@Module({ imports: [AuditModule, EvidenceModule], providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {
  static withScheduler() {
    return { module: RetentionModule, providers: [RetentionScheduler] };
  }
}

import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { NotificationDeliveryModule } from '@app/notifications';
import { CaseAutoCloseJob } from './jobs/case-auto-close.job';
import { JobOutboxDispatcher } from './jobs/job-outbox.dispatcher';
import { QUEUE_NAMES } from './jobs/queues';
import { SlaBreachJob } from './jobs/sla-breach.job';
import { SlaRecalendarJob } from './jobs/sla-recalendar.job';
import { SlaSweepJob } from './jobs/sla-sweep.job';
import { SlaWarningJob } from './jobs/sla-warning.job';
import { SlaModule } from './sla.module';
import { SlaWorkerRuntime } from './sweep/sla-worker.runtime';

/** The worker side: the job outbox dispatcher, the timer, sweep and auto-close jobs, notification delivery. */
@Module({
  imports: [SlaModule, NotificationDeliveryModule, BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name })))],
  providers: [JobOutboxDispatcher, SlaWorkerRuntime, SlaWarningJob, SlaBreachJob, SlaSweepJob, SlaRecalendarJob, CaseAutoCloseJob],
})
export class SlaWorkerModule {}

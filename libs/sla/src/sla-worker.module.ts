import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { JobsRelayModule } from '@app/jobs';
import { NotificationDeliveryModule } from '@app/notifications';
import { CaseAutoCloseJob } from './jobs/case-auto-close.job';
import { CASE_TIMERS_QUEUE, SLA_SWEEP_QUEUE, SLA_TIMERS_QUEUE } from './jobs/queues';
import { SlaBreachJob } from './jobs/sla-breach.job';
import { SlaRecalendarJob } from './jobs/sla-recalendar.job';
import { SlaSweepJob } from './jobs/sla-sweep.job';
import { SlaWarningJob } from './jobs/sla-warning.job';
import { SlaSystemModule } from './sla.module';
import { SlaWorkerRuntime } from './sweep/sla-worker.runtime';

/** The worker side: the outbox relay, the timer, sweep and auto-close jobs, notification delivery. */
@Module({
  imports: [
    SlaSystemModule,
    NotificationDeliveryModule,
    JobsRelayModule,
    BullModule.registerQueue(...[SLA_TIMERS_QUEUE, SLA_SWEEP_QUEUE, CASE_TIMERS_QUEUE].map((name) => ({ name }))),
  ],
  providers: [SlaWorkerRuntime, SlaWarningJob, SlaBreachJob, SlaSweepJob, SlaRecalendarJob, CaseAutoCloseJob],
})
export class SlaWorkerModule {}

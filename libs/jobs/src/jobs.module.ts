import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { JobOutbox } from './job-outbox';
import { JobOutboxRelay } from './job-outbox.relay';
import { QUEUE_NAMES } from './queues';

/** Writing to the job outbox, in the transaction of a change. */
@Module({ providers: [JobOutbox], exports: [JobOutbox] })
export class JobsModule {}

/** The worker's relay from the outbox to Bull, with every queue it may hand jobs to. */
@Module({
  imports: [BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name })))],
  providers: [JobOutboxRelay],
  exports: [JobOutboxRelay],
})
export class JobsRelayModule {}

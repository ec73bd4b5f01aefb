import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { NOTIFICATION_QUEUE, sweepJob } from '@app/jobs';
import { DELIVER_JOB, DELIVERY_SWEEP_JOB, DeliveryPayload, deliveryJob } from './delivery.jobs';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationRepository } from '../notification.repository';

/** Delivers one e-mail or SMS; a failure that is not the last is thrown, and Bull retries it with backoff. */
@Processor(NOTIFICATION_QUEUE)
export class NotificationDeliveryJob {
  constructor(private readonly delivery: NotificationDelivery) {}

  @Process({ name: DELIVER_JOB, concurrency: 4 })
  async handle(job: Job<DeliveryPayload>): Promise<string> {
    const result = await this.delivery.attempt(job.data.deliveryId);
    if (result === 'noop') return 'noop';
    if (!result.ok && !result.final) throw new Error(result.error);
    return result.ok ? 'sent' : 'failed';
  }
}

/**
 * Every five seconds: pending deliveries whose time has come get their job again (Bull ignores the
 * ones it still holds). Covers a Redis that lost its data and deliveries written without a job.
 */
export class DeliverySweepJob extends sweepJob({
  queue: NOTIFICATION_QUEUE,
  name: DELIVERY_SWEEP_JOB,
  // Often enough for a registration code written without a job (auth) to go out within seconds.
  everyMs: 5_000,
  uses: NotificationRepository,
  run: async (notifications, queue) => {
    const due = await notifications.dueDeliveries(500);
    if (due.length) await queue.addBulk(due.map((id) => deliveryJob(id)).map((j) => ({ name: j.name, data: j.payload, opts: { jobId: j.jobId } })));
    return { requeued: due.length };
  },
}) {}

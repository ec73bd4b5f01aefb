import { Injectable } from '@nestjs/common';
import { JobOutbox, NOTIFICATION_QUEUE, OutboxJob } from '@app/jobs';
import { NotificationRepository } from '../notification.repository';

export const DELIVER_JOB = 'notification-deliver';
export const DELIVERY_SWEEP_JOB = 'notification-sweep';

export interface DeliveryPayload {
  deliveryId: string;
}

export function deliveryJob(deliveryId: string, runAt = new Date()): OutboxJob {
  const payload: DeliveryPayload = { deliveryId };
  return { queue: NOTIFICATION_QUEUE, name: DELIVER_JOB, jobId: `${DELIVER_JOB}:${deliveryId}`, payload, runAt };
}

/** Writes an e-mail or SMS delivery and its Bull job (through the job outbox), in the current transaction. */
@Injectable()
export class DeliveryJobs {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly outbox: JobOutbox,
  ) {}

  async deliver(d: Parameters<NotificationRepository['insertDelivery']>[0]): Promise<string> {
    const id = await this.notifications.insertDelivery(d);
    await this.outbox.enqueue([deliveryJob(id)]);
    return id;
  }
}

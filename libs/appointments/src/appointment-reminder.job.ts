import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { OFFLINE_TIMERS_QUEUE } from '@app/jobs';
import { APPOINTMENT_REMINDER_JOB, AppointmentReminderPayload, AppointmentTimers } from './appointment-timers.service';

/** The day-before reminder of one appointment (inbox and SMS), at most once. */
@Processor(OFFLINE_TIMERS_QUEUE)
export class AppointmentReminderJob {
  constructor(private readonly timers: AppointmentTimers) {}

  @Process({ name: APPOINTMENT_REMINDER_JOB, concurrency: 2 })
  async handle(job: Job<AppointmentReminderPayload>): Promise<string> {
    const result = await this.timers.remind(job.data.appointmentId);
    // Came early (clock skew between hosts): fail so Bull retries with backoff.
    if (result === 'not_due') throw new Error(`reminder of ${job.data.appointmentId} is not due yet`);
    return result;
  }
}


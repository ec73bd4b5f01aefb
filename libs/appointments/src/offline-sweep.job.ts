import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { OFFLINE_TIMERS_QUEUE, RepeatableJob } from '@app/jobs';
import { AppointmentTimers, OFFLINE_SWEEP_JOB, OfflineSweepReport } from './appointment-timers.service';

const EVERY_MS = 60_000;

/**
 * The offline sweep as a repeatable Bull job, every minute: whatever PostgreSQL says is due
 * (reminders, no-shows, slots on days that became holidays), whether or not its own job arrived.
 * Every effect is a conditional update, so a sweep that runs twice does nothing twice.
 */
@Processor(OFFLINE_TIMERS_QUEUE)
@Injectable()
export class OfflineSweepJob extends RepeatableJob {
  constructor(
    @InjectQueue(OFFLINE_TIMERS_QUEUE) queue: Queue,
    private readonly timers: AppointmentTimers,
  ) {
    super(queue, OFFLINE_SWEEP_JOB, EVERY_MS);
  }

  @Process({ name: OFFLINE_SWEEP_JOB, concurrency: 1 })
  handle(): Promise<OfflineSweepReport> {
    return this.timers.sweepOnce();
  }
}

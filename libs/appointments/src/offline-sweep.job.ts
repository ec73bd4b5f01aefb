import { OFFLINE_TIMERS_QUEUE, sweepJob } from '@app/jobs';
import { AppointmentTimers, OFFLINE_SWEEP_JOB } from './appointment-timers.service';

/**
 * The offline sweep as a repeatable Bull job, every minute: whatever PostgreSQL says is due
 * (reminders, no-shows, slots on days that became holidays), whether or not its own job arrived.
 * Every effect is a conditional update, so a sweep that runs twice does nothing twice.
 */
export class OfflineSweepJob extends sweepJob({
  queue: OFFLINE_TIMERS_QUEUE,
  name: OFFLINE_SWEEP_JOB,
  everyMs: 60_000,
  uses: AppointmentTimers,
  run: (timers) => timers.sweepOnce(),
}) {}

import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { SlaSweeper, SweepReport } from '../sweep/sla-sweeper';
import { JOB, SLA_SWEEP_QUEUE } from './queues';

export interface SlaSweepPayload {
  /** How far ahead timers are handed to the queue again (the sweep interval, twice). */
  horizonMs?: number;
}

/** The repeatable sweep: acts on everything due that PostgreSQL has and the timers missed. */
@Processor(SLA_SWEEP_QUEUE)
export class SlaSweepJob {
  constructor(private readonly sweeper: SlaSweeper) {}

  @Process({ name: JOB.sweep, concurrency: 1 })
  handle(job: Job<SlaSweepPayload>): Promise<SweepReport> {
    return this.sweeper.sweepOnce(job.data?.horizonMs);
  }
}

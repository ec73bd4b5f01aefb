import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { SlaClocksService } from '../clocks/sla-clocks.service';
import { JOB, RecalendarPayload, SLA_SWEEP_QUEUE } from './queues';

/** After a holiday year was edited: recompute every running working-time deadline. */
@Processor(SLA_SWEEP_QUEUE)
export class SlaRecalendarJob {
  constructor(private readonly clocks: SlaClocksService) {}

  @Process({ name: JOB.recalendar, concurrency: 1 })
  async handle(_job: Job<RecalendarPayload>): Promise<{ moved: number }> {
    return { moved: await this.clocks.recalendar() };
  }
}

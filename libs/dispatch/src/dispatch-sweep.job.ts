import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { DISPATCH_TIMERS_QUEUE, RepeatableJob } from '@app/jobs';
import { DispatchSettingsRepository } from './dispatch-settings.repository';
import { DISPATCH_SWEEP_JOB, DispatchSweepReport, SupervisionTimers } from './supervision-timers.service';

/** The dispatch sweep as a repeatable job: whatever PostgreSQL says is due, whether or not its job arrived. */
@Processor(DISPATCH_TIMERS_QUEUE)
@Injectable()
export class DispatchSweepJob extends RepeatableJob {
  constructor(
    @InjectQueue(DISPATCH_TIMERS_QUEUE) queue: Queue,
    private readonly timers: SupervisionTimers,
    private readonly settings: DispatchSettingsRepository,
  ) {
    super(queue, DISPATCH_SWEEP_JOB);
  }

  protected override async every(): Promise<number> {
    return (await this.settings.read()).sweepEverySeconds * 1000;
  }

  @Process({ name: DISPATCH_SWEEP_JOB, concurrency: 1 })
  handle(): Promise<DispatchSweepReport> {
    return this.timers.sweepOnce();
  }
}

import { InjectQueue } from '@nestjs/bull';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bull';
import { RepeatableJob } from '@app/jobs';
import { JOB, SLA_SWEEP_QUEUE } from '../jobs/queues';
import { SlaPolicies } from '../policies/sla-policies.service';
import { SlaSweeper } from './sla-sweeper';

/**
 * The worker's SLA duties besides the timers: the repeatable sweep (every `sweepEverySeconds`)
 * and, at start, one sweep and clocks for open cases that have none.
 */
@Injectable()
export class SlaWorkerRuntime extends RepeatableJob implements OnApplicationShutdown {
  private boot?: Promise<void>;
  private horizon = 20_000;

  constructor(
    private readonly sweeper: SlaSweeper,
    private readonly policies: SlaPolicies,
    @InjectQueue(SLA_SWEEP_QUEUE) sweepQueue: Queue,
  ) {
    super(sweepQueue, JOB.sweep);
  }

  protected override async every(): Promise<number> {
    const everyMs = (await this.policies.settings()).sweepEverySeconds * 1000;
    this.horizon = everyMs * 2;
    return everyMs;
  }

  /** How far ahead the sweep hands timers to the queue again: two sweep intervals. */
  protected override payload(): object {
    return { horizonMs: this.horizon };
  }

  override async onApplicationBootstrap(): Promise<void> {
    await super.onApplicationBootstrap();
    this.boot = (async () => {
      await this.sweeper.sweepOnce(this.horizon);
      const backfilled = await this.sweeper.backfill();
      if (backfilled) this.logger.log(`gave ${backfilled} open case(s) their SLA clocks`);
    })().catch((error: Error) => this.logger.error(`start-up sweep failed: ${(error as Error).message}`));
  }

  override async onApplicationShutdown(): Promise<void> {
    super.onApplicationShutdown();
    await this.boot;
  }
}

import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { JOB, SLA_SWEEP_QUEUE } from '../jobs/queues';
import { loadSlaSettings } from '../policies/sla-policies';
import { SlaSweeper } from './sla-sweeper';

/**
 * The worker's SLA duties besides the timers: at start, give clockless open cases their clocks
 * and sweep once; then keep the repeatable sweep registered in Bull — re-adding it every few
 * seconds is a no-op while it exists and restores it after Redis lost its data.
 */
@Injectable()
export class SlaWorkerRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaWorker');
  private timer?: NodeJS.Timeout;
  private boot?: Promise<void>;
  private everyMs = 10_000;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sweeper: SlaSweeper,
    @InjectQueue(SLA_SWEEP_QUEUE) private readonly sweepQueue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.everyMs = (await loadSlaSettings(this.dataSource.manager)).sweepEverySeconds * 1000;
    await this.ensureRepeatableSweep(true).catch((error: Error) => this.logger.warn(`cannot register the sweep yet: ${error.message}`));
    this.timer = setInterval(() => void this.ensureRepeatableSweep(false).catch(() => undefined), Math.min(this.everyMs, 5000));
    this.boot = (async () => {
      await this.sweeper.sweepOnce(this.horizonMs);
      const backfilled = await this.sweeper.backfill();
      if (backfilled) this.logger.log(`gave ${backfilled} open case(s) their SLA clocks`);
    })().catch((error: Error) => this.logger.error(`start-up sweep failed: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.boot;
  }

  get horizonMs(): number {
    return this.everyMs * 2;
  }

  private async ensureRepeatableSweep(cleanUp: boolean): Promise<void> {
    if (cleanUp) {
      for (const job of await this.sweepQueue.getRepeatableJobs()) {
        if (job.name === JOB.sweep && Number(job.every) !== this.everyMs) await this.sweepQueue.removeRepeatableByKey(job.key);
      }
    }
    await this.sweepQueue.add(JOB.sweep, { horizonMs: this.horizonMs }, { repeat: { every: this.everyMs }, jobId: JOB.sweep, removeOnComplete: 50, removeOnFail: 50, attempts: 1 });
  }
}

import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bull';

/**
 * A job Bull repeats on a schedule (the SLA sweep, the retention purge, the delivery sweep).
 * Registered at start under a fixed job id, so several workers register it once (an `every`
 * changed since replaces the old one); re-added every few seconds — a no-op while Bull holds it,
 * and the repeat is back at once after Redis lost its data.
 */
export abstract class RepeatableJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private guard?: NodeJS.Timeout;
  private everyMs = 0;

  /** `fixedEveryMs`: how often, for a schedule that is not a setting (else override `every`). */
  protected constructor(
    private readonly repeatQueue: Queue,
    private readonly repeatName: string,
    private readonly fixedEveryMs?: number,
  ) {}

  /** How often, in milliseconds (read at start). */
  protected async every(): Promise<number> {
    if (this.fixedEveryMs === undefined) throw new Error(`${this.constructor.name} has neither a fixed interval nor every()`);
    return this.fixedEveryMs;
  }

  protected payload(): object {
    return {};
  }

  async onApplicationBootstrap(): Promise<void> {
    this.everyMs = await this.every();
    await this.ensure(true).catch((error: Error) => this.logger.warn(`cannot register ${this.repeatName} yet: ${error.message}`));
    this.guard = setInterval(() => void this.ensure(false).catch(() => undefined), Math.min(this.everyMs, 5000));
  }

  onApplicationShutdown(): void {
    clearInterval(this.guard);
  }

  private async ensure(cleanUp: boolean): Promise<void> {
    if (cleanUp) {
      for (const job of await this.repeatQueue.getRepeatableJobs()) {
        if (job.name === this.repeatName && Number(job.every) !== this.everyMs) await this.repeatQueue.removeRepeatableByKey(job.key);
      }
    }
    await this.repeatQueue.add(this.repeatName, this.payload(), { repeat: { every: this.everyMs }, jobId: this.repeatName, removeOnComplete: 50, removeOnFail: 50, attempts: 1 });
  }
}

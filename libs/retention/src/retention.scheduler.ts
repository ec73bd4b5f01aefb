import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetentionService } from './retention.service';

const EVERY_MS = 6 * 3600_000;
const LOCK_KEY = 7402;

/** Runs the retention purge in the worker every six hours; one worker at a time (advisory lock). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly retention: RetentionService,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    setTimeout(() => void this.run(), 30_000).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [LOCK_KEY]);
      if (!locked) return;
      try {
        // On the connection holding the lock: waiting for a second one while holding this one
        // could wait forever once every connection of the pool is held the same way.
        await this.retention.purgeDue(new Date(), runner.manager);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1)`, [LOCK_KEY]);
      }
    } catch (error) {
      this.logger.warn(`retention run failed: ${(error as Error).message}`);
    } finally {
      await runner.release();
    }
  }
}

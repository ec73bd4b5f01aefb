import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AuditChainService } from './audit-chain.service';

const ALARM_CHECK_MS = 10_000;

/**
 * In the worker: links committed audit events every AUDIT_LINK_INTERVAL_MS, writes a signed
 * checkpoint every AUDIT_CHECKPOINT_INTERVAL_SECONDS, and logs an error while an event stays
 * unlinked past AUDIT_LINK_ALARM_SECONDS. Several workers are safe: linkers take turns on the head.
 */
@Injectable()
export class AuditChainScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditChainScheduler.name);
  private stopped = false;
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<unknown>;

  constructor(
    private readonly chain: AuditChainService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.every(this.config.AUDIT_LINK_INTERVAL_MS, 'link', () => this.chain.link());
    this.every(this.config.AUDIT_CHECKPOINT_INTERVAL_SECONDS * 1000, 'checkpoint', async () => {
      const file = await this.chain.checkpoint();
      if (file) this.logger.log(`audit checkpoint ${file}`);
    });
    this.every(ALARM_CHECK_MS, 'alarm', async () => {
      const lag = await this.chain.lag();
      if (lag.alarm) this.logger.error(`audit chain alarm: ${lag.unlinked} events unlinked, the oldest for ${lag.oldestUnlinkedSeconds} s`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    await this.running?.catch(() => undefined);
  }

  /** Runs `task` every `ms`, never two at once, the next one `ms` after the last ended. */
  private every(ms: number, name: string, task: () => Promise<unknown>): void {
    const run = async () => {
      if (this.stopped) return;
      this.running = task().catch((error: Error) => this.logger.warn(`audit ${name} failed: ${error.message}`));
      await this.running;
      if (!this.stopped) this.timers.push(setTimeout(() => void run(), ms));
    };
    this.timers.push(setTimeout(() => void run(), Math.min(ms, 1000)));
  }
}

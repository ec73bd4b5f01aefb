import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppointmentTimers } from './appointment-timers.service';

const EVERY_MS = 60_000;

/**
 * The worker's sweep of the offline service, once at start and then every minute: whatever is
 * due in PostgreSQL is done, whether or not its Bull job arrived. Safe on several workers at
 * once (every effect is a conditional update).
 */
@Injectable()
export class OfflineSweepRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OfflineSweep');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly timers: AppointmentTimers) {}

  onApplicationBootstrap(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), EVERY_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.timers.sweepOnce().catch((error: Error) => this.logger.warn(`offline sweep failed: ${error.message}`));
    await this.running;
    this.running = undefined;
  }
}

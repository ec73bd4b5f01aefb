import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Observable, Subject } from 'rxjs';
import { AppConfig } from '@app/config';
import { liveChannel, LiveCaseMessage } from './live-event';

/**
 * This process's end of the live channel: one Redis subscriber connection, its messages handed
 * to every open event stream of the process (each stream filters by its user's scope).
 */
@Injectable()
export class CaseLiveHub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('CaseLiveHub');
  private readonly messages = new Subject<LiveCaseMessage>();
  private subscriber?: Redis;

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const channel = liveChannel(this.config.QUEUE_PREFIX);
    // A connection of its own: a subscribed connection can issue no other command. It reconnects
    // and resubscribes by itself after Redis comes back.
    this.subscriber = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true });
    this.subscriber.on('error', (e: Error) => this.logger.warn(`live channel: ${e.message}`));
    this.subscriber.on('message', (ch: string, raw: string) => {
      if (ch !== channel) return;
      try {
        this.messages.next(JSON.parse(raw) as LiveCaseMessage);
      } catch {
        this.logger.warn('live channel: a message that is not JSON was dropped');
      }
    });
    try {
      await this.subscriber.connect();
      await this.subscriber.subscribe(channel);
    } catch (e) {
      this.logger.warn(`live channel not subscribed yet (${(e as Error).message}); retrying in the background`);
      this.subscriber.once('ready', () => void this.subscriber?.subscribe(channel).catch(() => undefined));
    }
  }

  get stream(): Observable<LiveCaseMessage> {
    return this.messages.asObservable();
  }

  onApplicationShutdown(): void {
    this.messages.complete();
    this.subscriber?.disconnect();
  }
}

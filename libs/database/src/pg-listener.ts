import { Logger } from '@nestjs/common';
import { Client, Notification } from 'pg';

export interface PgListenerHandlers {
  /** LISTEN is in force: notifications committed from now on will arrive. */
  listening(): void;
  notified(payload: string): void;
  /** The connection is gone; notifications may be missed until `listening` is called again. */
  lost(): void;
}

const RETRY_MS = { first: 500, max: 30_000 };

/**
 * One connection of its own (outside the pool, so it never holds a pooled connection) that
 * LISTENs on one channel and reconnects with a growing delay after the connection is lost.
 */
export class PgListener {
  private readonly logger = new Logger(PgListener.name);
  private client?: Client;
  private started = false;
  private stopped = false;
  private retryMs = RETRY_MS.first;
  private retryTimer?: NodeJS.Timeout;
  /** The round trip in flight on the connection, and the one waiting to follow it (shared by every caller meanwhile). */
  private syncing?: Promise<boolean>;
  private nextSync?: Promise<boolean>;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly handlers: PgListenerHandlers,
  ) {}

  /** Idempotent; connects in the background. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    void this.connect();
  }

  /**
   * True once every notification committed before this call has been handed to `notified`;
   * false when the connection is not listening. PostgreSQL sends a listening session the
   * notifications it was signalled before it answers that session's next query, so one round trip
   * on this connection, sent after the call, is the proof. Callers arriving while one is in flight
   * share the next.
   */
  sync(): Promise<boolean> {
    if (!this.client) return Promise.resolve(false);
    if (!this.syncing) return (this.syncing = this.roundTrip());
    return (this.nextSync ??= this.syncing.then(() => {
      this.nextSync = undefined;
      return (this.syncing = this.roundTrip());
    }));
  }

  private async roundTrip(): Promise<boolean> {
    const client = this.client;
    try {
      if (!client) return false;
      await client.query('SELECT 1');
      return this.client === client;
    } catch {
      return false;
    } finally {
      if (this.syncing && !this.nextSync) this.syncing = undefined;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: `listen:${this.channel}` });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      this.handlers.lost();
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`LISTEN ${this.channel} lost (${error?.message ?? 'connection ended'}); retrying in ${this.retryMs} ms`);
      this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MS.max);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message: Notification) => {
      if (message.channel === this.channel && message.payload) this.handlers.notified(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = RETRY_MS.first;
    this.handlers.listening();
  }
}

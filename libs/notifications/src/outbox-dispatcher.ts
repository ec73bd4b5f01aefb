import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PiiCipher } from '@app/pii';
import { SmsTransport } from './sms.transport';
import { SMS_TEMPLATES } from './templates';

const POLL_MS = 1000;
const BATCH = 50;
const MAX_ATTEMPTS = 8;

interface OutboxRow {
  id: string;
  channel: 'sms' | 'email' | 'inapp';
  recipient_cipher: string | null;
  template: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Delivers the notification outbox. Rows are claimed with SKIP LOCKED so several workers share
 * the work; a failed delivery is retried with exponential backoff and never blocks the action
 * that wrote it.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pii: PiiCipher,
    private readonly sms: SmsTransport,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), POLL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.dispatchDue().catch((error: Error) => {
      this.logger.warn(`outbox dispatch failed: ${error.message}`);
      return 0;
    });
    await this.running;
    this.running = undefined;
  }

  /** Delivers one batch of due messages; returns how many were handled. */
  async dispatchDue(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, channel, recipient_cipher, template, payload, attempts FROM notification_outbox
         WHERE status = 'pending' AND next_attempt_at <= now() AND channel = 'sms'
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      for (const row of rows) {
        try {
          await this.deliver(row);
          await m.query(`UPDATE notification_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = $1`, [row.id]);
        } catch (error) {
          const attempts = row.attempts + 1;
          await m.query(
            `UPDATE notification_outbox SET attempts = $2, last_error = $3,
               status = CASE WHEN $2 >= $4 THEN 'failed' ELSE 'pending' END,
               next_attempt_at = now() + make_interval(secs => power(2, $2)::int * 5)
             WHERE id = $1`,
            [row.id, attempts, (error as Error).message.slice(0, 500), MAX_ATTEMPTS],
          );
        }
      }
      return rows.length;
    });
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const render = SMS_TEMPLATES[row.template];
    if (!render) throw new Error(`unknown SMS template ${row.template}`);
    if (!row.recipient_cipher) throw new Error('SMS without a recipient');
    await this.sms.send({ to: this.pii.decrypt(row.recipient_cipher), text: render(row.payload) });
  }
}

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PiiCipher } from '@app/pii';
import { EmailTransport } from './email.transport';
import { SmsTransport } from './sms.transport';
import { SMS_TEMPLATES } from './templates';

const POLL_MS = 1000;
const BATCH = 50;
export const MAX_DELIVERY_ATTEMPTS = 8;

interface OutboxRow {
  id: string;
  channel: 'sms' | 'email' | 'inapp';
  recipient_cipher: string | null;
  template: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Seconds to wait before attempt n + 1 after n failures: 10 s, 20 s, 40 s … (capped at 1 h). */
export function retryDelaySeconds(failures: number): number {
  return Math.min(3600, 5 * 2 ** failures);
}

/**
 * Delivers the notification outbox (SMS and e-mail; in-app messages are written directly).
 * Rows are claimed with SKIP LOCKED so several workers share the work; every attempt is
 * recorded, a failed delivery is retried with exponential backoff and given up after
 * {@link MAX_DELIVERY_ATTEMPTS}, and none of it ever blocks the action that wrote the row.
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
    private readonly email: EmailTransport,
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
         WHERE status = 'pending' AND next_attempt_at <= now() AND channel IN ('sms', 'email')
         ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      for (const row of rows) {
        const attempt = row.attempts + 1;
        try {
          await this.deliver(row);
          await m.query(`UPDATE notification_outbox SET status = 'sent', sent_at = now(), attempts = $2, last_error = NULL WHERE id = $1`, [row.id, attempt]);
          await m.query(`INSERT INTO notification_attempts (outbox_id, attempt, ok) VALUES ($1, $2, true)`, [row.id, attempt]);
        } catch (error) {
          const message = (error as Error).message.slice(0, 500);
          await m.query(
            `UPDATE notification_outbox SET attempts = $2::int, last_error = $3,
               status = CASE WHEN $2::int >= $4::int THEN 'failed' ELSE 'pending' END,
               next_attempt_at = now() + make_interval(secs => $5::double precision)
             WHERE id = $1`,
            [row.id, attempt, message, MAX_DELIVERY_ATTEMPTS, retryDelaySeconds(attempt)],
          );
          await m.query(`INSERT INTO notification_attempts (outbox_id, attempt, ok, error) VALUES ($1, $2, false, $3)`, [row.id, attempt, message]);
          if (attempt >= MAX_DELIVERY_ATTEMPTS) this.logger.error(`gave up delivering ${row.channel} #${row.id} after ${attempt} attempts: ${message}`);
        }
      }
      return rows.length;
    });
  }

  /** Secrets (a verification code) sit in the payload encrypted under `sealed`; opened only to render the text. */
  private unseal(payload: Record<string, unknown>): Record<string, unknown> {
    const { sealed, ...rest } = payload;
    return typeof sealed === 'string' ? { ...rest, ...(JSON.parse(this.pii.decrypt(sealed)) as Record<string, unknown>) } : rest;
  }

  private async deliver(row: OutboxRow): Promise<void> {
    if (!row.recipient_cipher) throw new Error(`${row.channel} without a recipient`);
    const to = this.pii.decrypt(row.recipient_cipher);
    if (row.channel === 'email') {
      const { subject, text } = row.payload as { subject?: string; text?: string };
      if (!subject || !text) throw new Error('e-mail without subject or text');
      await this.email.send({ to, subject, text });
      return;
    }
    const render = SMS_TEMPLATES[row.template];
    if (!render) throw new Error(`unknown SMS template ${row.template}`);
    await this.sms.send({ to, text: render(this.unseal(row.payload)) });
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { Transactional } from '@app/database';
import { JOB_ATTEMPTS, nextAttemptAt } from '@app/jobs';
import { PiiCipher } from '@app/pii';
import { EmailTransport } from '../email.transport';
import { DeliveryRow, NotificationRepository } from '../notification.repository';
import { SmsTransport } from '../sms.transport';
import { SMS_TEMPLATES } from '../templates';

const MAX_DELIVERY_ATTEMPTS = JOB_ATTEMPTS;

export type DeliveryResult = { ok: true } | { ok: false; error: string; final: boolean } | 'noop';

/**
 * One attempt at an e-mail or SMS delivery, recorded whatever happens: the row says sent, or
 * pending with the error and when Bull tries again, or failed after the last attempt. The
 * caller (the Bull job) throws on a failure that is not final, so that Bull retries with its
 * backoff; nothing of this blocks the action that wrote the delivery.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger('NotificationDelivery');

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly pii: PiiCipher,
    private readonly sms: SmsTransport,
    private readonly email: EmailTransport,
  ) {}

  @Transactional()
  async attempt(deliveryId: string): Promise<DeliveryResult> {
    const row = await this.notifications.lockDelivery(deliveryId);
    if (!row || row.status !== 'pending') return 'noop';
    const attempt = row.attempts + 1;
    try {
      await this.send(row);
      await this.notifications.recordAttempt(row.id, attempt, { ok: true });
      return { ok: true };
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      const final = attempt >= MAX_DELIVERY_ATTEMPTS;
      await this.notifications.recordAttempt(row.id, attempt, { ok: false, error: message, final, nextAttemptAt: final ? null : nextAttemptAt(attempt) });
      if (final) this.logger.error(`gave up delivering ${row.channel} #${row.id} after ${attempt} attempts: ${message}`);
      return { ok: false, error: message, final };
    }
  }

  private async send(row: DeliveryRow): Promise<void> {
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

  /** Secrets (a verification code) sit in the payload encrypted under `sealed`; opened only to render the text. */
  private unseal(payload: Record<string, unknown>): Record<string, unknown> {
    const { sealed, ...rest } = payload;
    return typeof sealed === 'string' ? { ...rest, ...(JSON.parse(this.pii.decrypt(sealed)) as Record<string, unknown>) } : rest;
  }
}

import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

export interface ContactRow {
  user_id: string;
  email_cipher: string | null;
  email_masked: string | null;
  email_enabled: boolean | null;
  sms_enabled: boolean | null;
}

export interface DeliveryRow {
  id: string;
  channel: 'sms' | 'email';
  recipient_cipher: string | null;
  template: string;
  payload: Record<string, unknown>;
  attempts: number;
  status: 'pending' | 'sent' | 'failed';
}

const PURGED = '（已按保存期限清除）';

/** The notifications module's tables: inbox rows, contact settings, deliveries and their attempts. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly txHost: Tx) {}

  /** One inbox row per user; returns the new row of each user. */
  async insertInbox(userIds: readonly string[], kind: string, title: string, body: string, caseId: string | null, reference: string | null): Promise<Map<string, string>> {
    const rows: { id: string; user_id: string }[] = await this.txHost.tx.query(
      `INSERT INTO notifications (user_id, kind, title, body, case_id, data)
       SELECT u, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS u RETURNING id, user_id`,
      [userIds, kind, title, body, caseId, JSON.stringify({ reference })],
    );
    return new Map(rows.map((r) => [r.user_id, r.id]));
  }

  contacts(userIds: readonly string[]): Promise<ContactRow[]> {
    return this.txHost.tx.query(`SELECT user_id, email_cipher, email_masked, email_enabled, sms_enabled FROM notification_contacts WHERE user_id = ANY($1::uuid[])`, [userIds]);
  }

  async contact(userId: string, lock = false): Promise<ContactRow | undefined> {
    const [row] = await this.txHost.tx.query(
      `SELECT user_id, email_cipher, email_masked, email_enabled, sms_enabled FROM notification_contacts WHERE user_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [userId],
    );
    return row;
  }

  /**
   * Saves the user's contact settings: an absent field keeps what is stored (`emailChanged` says
   * whether the address fields are meant); returns the stored row.
   */
  async saveContact(
    userId: string,
    c: { emailCipher: string | null; emailMasked: string | null; emailChanged: boolean; emailEnabled: boolean | null; smsEnabled: boolean | null },
  ): Promise<Pick<ContactRow, 'email_masked' | 'email_enabled' | 'sms_enabled'>> {
    const [row] = await this.txHost.tx.query(
      `INSERT INTO notification_contacts (user_id, email_cipher, email_masked, email_enabled, sms_enabled, updated_at)
       VALUES ($1, $2, $3, COALESCE($4, true), COALESCE($5, true), now())
       ON CONFLICT (user_id) DO UPDATE SET
         email_cipher = CASE WHEN $6 THEN EXCLUDED.email_cipher ELSE notification_contacts.email_cipher END,
         email_masked = CASE WHEN $6 THEN EXCLUDED.email_masked ELSE notification_contacts.email_masked END,
         email_enabled = COALESCE($4, notification_contacts.email_enabled),
         sms_enabled = COALESCE($5, notification_contacts.sms_enabled),
         updated_at = now()
       RETURNING email_masked, email_enabled, sms_enabled`,
      [userId, c.emailCipher, c.emailMasked, c.emailEnabled, c.smsEnabled, c.emailChanged],
    );
    return row;
  }

  /** A delivery by e-mail or SMS; its job is written to the job outbox by the caller. */
  async insertDelivery(d: { channel: 'sms' | 'email'; userId: string | null; recipientCipher: string; template: string; payload: object; notificationId: string | null }): Promise<string> {
    const [row] = await this.txHost.tx.query(
      `INSERT INTO notification_outbox (channel, recipient_user_id, recipient_cipher, template, payload, notification_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [d.channel, d.userId, d.recipientCipher, d.template, JSON.stringify(d.payload), d.notificationId],
    );
    return row.id;
  }

  /** The delivery locked for its attempt; others skip it while it runs. */
  async lockDelivery(id: string): Promise<DeliveryRow | undefined> {
    const [row] = await this.txHost.tx.query(
      `SELECT id, channel, recipient_cipher, template, payload, attempts, status FROM notification_outbox WHERE id = $1 FOR UPDATE SKIP LOCKED`,
      [id],
    );
    return row;
  }

  async recordAttempt(id: string, attempt: number, outcome: { ok: true } | { ok: false; error: string; final: boolean; nextAttemptAt: Date | null }): Promise<void> {
    const m = this.txHost.tx;
    if (outcome.ok) {
      await m.query(`UPDATE notification_outbox SET status = 'sent', sent_at = now(), attempts = $2, last_error = NULL WHERE id = $1`, [id, attempt]);
      await m.query(`INSERT INTO notification_attempts (outbox_id, attempt, ok) VALUES ($1, $2, true)`, [id, attempt]);
      return;
    }
    await m.query(
      `UPDATE notification_outbox SET attempts = $2::int, last_error = $3, status = CASE WHEN $4 THEN 'failed' ELSE 'pending' END,
         next_attempt_at = coalesce($5, next_attempt_at) WHERE id = $1`,
      [id, attempt, outcome.error, outcome.final, outcome.nextAttemptAt],
    );
    await m.query(`INSERT INTO notification_attempts (outbox_id, attempt, ok, error) VALUES ($1, $2, false, $3)`, [id, attempt, outcome.error]);
  }

  /** Pending deliveries whose next attempt is due (for the sweep). */
  async dueDeliveries(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM notification_outbox WHERE status = 'pending' AND next_attempt_at <= now() AND channel IN ('sms', 'email') ORDER BY next_attempt_at LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Retention: a purged case's messages keep only their kind and time; its undelivered e-mail
   * and SMS are dropped.
   */
  async forgetCase(caseId: string): Promise<void> {
    const m = this.txHost.tx;
    await m.query(
      `UPDATE notification_outbox SET payload = '{}', status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END,
         last_error = CASE WHEN status = 'pending' THEN 'purged by retention' ELSE last_error END
       WHERE notification_id IN (SELECT id FROM notifications WHERE case_id = $1)`,
      [caseId],
    );
    await m.query(`UPDATE notifications SET title = $2, body = $2, data = '{}' WHERE case_id = $1`, [caseId, PURGED]);
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { NotificationKind, renderNotice, SMS_TEMPLATES, TemplateParams } from './templates';

/** One message to some users about something that happened (usually to a case). */
export interface Notice {
  userIds: readonly (string | null | undefined)[];
  kind: NotificationKind;
  caseId?: string | null;
  params: TemplateParams;
  /** Also by SMS to recipients with a phone (creators) who did not turn SMS off. */
  sms?: boolean;
  /** What the SMS text needs besides the reference (a check-in code, a time). */
  smsParams?: Record<string, string>;
}

interface ContactRow {
  id: string;
  phone_cipher: string | null;
  email_cipher: string | null;
  email_enabled: boolean | null;
  sms_enabled: boolean | null;
}

/**
 * Writes notifications inside the caller's transaction: the in-app inbox row at once, e-mail and
 * SMS as outbox rows that the worker delivers later with retries. A message therefore exists
 * exactly when the change that caused it was committed, and delivery never blocks the change.
 */
@Injectable()
export class Notifier {
  private readonly emailEnabled: boolean;

  constructor(config: AppConfig) {
    this.emailEnabled = config.SMTP_URL !== '';
  }

  async notify(m: EntityManager, notices: readonly Notice[]): Promise<number> {
    let written = 0;
    for (const notice of notices) {
      const userIds = [...new Set(notice.userIds.filter((id): id is string => !!id))];
      if (!userIds.length) continue;
      const { title, body } = renderNotice(notice.kind, notice.params);
      const rows: { id: string; user_id: string }[] = await m.query(
        `INSERT INTO notifications (user_id, kind, title, body, case_id, data)
         SELECT u, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS u RETURNING id, user_id`,
        [userIds, notice.kind, title, body, notice.caseId ?? null, JSON.stringify({ reference: notice.params.reference ?? null })],
      );
      written += rows.length;
      const smsTemplate = notice.sms && SMS_TEMPLATES[notice.kind] ? notice.kind : null;
      if (!this.emailEnabled && !smsTemplate) continue;
      const contacts: ContactRow[] = await m.query(
        `SELECT u.id, u.phone_cipher, c.email_cipher, c.email_enabled, c.sms_enabled
         FROM users u LEFT JOIN notification_contacts c ON c.user_id = u.id
         WHERE u.id = ANY($1::uuid[]) AND u.status = 'active'`,
        [userIds],
      );
      const inboxId = new Map(rows.map((r) => [r.user_id, r.id]));
      for (const contact of contacts) {
        if (this.emailEnabled && contact.email_cipher && contact.email_enabled !== false) {
          await m.query(
            `INSERT INTO notification_outbox (channel, recipient_user_id, recipient_cipher, template, payload, notification_id) VALUES ('email', $1, $2, $3, $4, $5)`,
            [contact.id, contact.email_cipher, notice.kind, JSON.stringify({ subject: title, text: body }), inboxId.get(contact.id) ?? null],
          );
        }
        if (smsTemplate && contact.phone_cipher && contact.sms_enabled !== false) {
          await m.query(
            `INSERT INTO notification_outbox (channel, recipient_user_id, recipient_cipher, template, payload, notification_id) VALUES ('sms', $1, $2, $3, $4, $5)`,
            [contact.id, contact.phone_cipher, smsTemplate, JSON.stringify({ reference: notice.params.reference ?? '', ...notice.smsParams }), inboxId.get(contact.id) ?? null],
          );
        }
      }
    }
    return written;
  }
}

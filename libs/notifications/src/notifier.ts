import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { UserDirectory } from '@app/users';
import { DeliveryJobs } from './delivery/delivery.jobs';
import { NotificationRepository } from './notification.repository';
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

/**
 * Writes notifications in the current transaction: the in-app inbox row at once, e-mail and SMS
 * as deliveries whose jobs go through the job outbox to Bull. A message therefore exists exactly
 * when the change that caused it was committed, and delivery never blocks the change.
 */
@Injectable()
export class Notifier {
  private readonly emailEnabled: boolean;

  constructor(
    config: AppConfig,
    private readonly notifications: NotificationRepository,
    private readonly users: UserDirectory,
    private readonly delivery: DeliveryJobs,
  ) {
    this.emailEnabled = config.SMTP_URL !== '';
  }

  async notify(notices: readonly Notice[]): Promise<number> {
    let written = 0;
    for (const notice of notices) {
      const userIds = [...new Set(notice.userIds.filter((id): id is string => !!id))];
      if (!userIds.length) continue;
      const { title, body } = renderNotice(notice.kind, notice.params);
      const inboxId = await this.notifications.insertInbox(userIds, notice.kind, title, body, notice.caseId ?? null, notice.params.reference ?? null);
      written += inboxId.size;
      const smsTemplate = notice.sms && SMS_TEMPLATES[notice.kind] ? notice.kind : null;
      if (!this.emailEnabled && !smsTemplate) continue;
      const phones = await this.users.activePhones(userIds);
      const contacts = new Map((await this.notifications.contacts([...phones.keys()])).map((c) => [c.user_id, c]));
      for (const [userId, phoneCipher] of phones) {
        const contact = contacts.get(userId);
        const notificationId = inboxId.get(userId) ?? null;
        if (this.emailEnabled && contact?.email_cipher && contact.email_enabled !== false) {
          await this.delivery.deliver({ channel: 'email', userId, recipientCipher: contact.email_cipher, template: notice.kind, payload: { subject: title, text: body }, notificationId });
        }
        if (smsTemplate && phoneCipher && contact?.sms_enabled !== false) {
          await this.delivery.deliver({ channel: 'sms', userId, recipientCipher: phoneCipher, template: smsTemplate, payload: { reference: notice.params.reference ?? '', ...notice.smsParams }, notificationId });
        }
      }
    }
    return written;
  }
}

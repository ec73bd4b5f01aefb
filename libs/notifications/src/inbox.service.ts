import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { PiiCipher } from '@app/pii';
import { NOTIFICATION_KIND_LABELS, NotificationKind } from './templates';
import { InboxQuery, NotificationSettingsDto } from './inbox.dto';
import { InboxRepository } from './inbox.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationError, NotificationErrorCode } from './notifications.errors';
import { UserDirectory } from '@app/users';

export interface InboxItem {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  body: string;
  caseId: string | null;
  caseReference: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** Every user's own inbox: each query is bound to the acting user, never to an id from the request alone. */
@Injectable()
export class InboxService {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly notifications: NotificationRepository,
    private readonly users: UserDirectory,
  ) {}

  async list(actor: Actor, q: InboxQuery) {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const unreadOnly = q.unread === true;
    const rows = await this.inbox.page(actor.userId, unreadOnly, pageSize, (page - 1) * pageSize);
    const { total, unread } = await this.inbox.counts(actor.userId, unreadOnly);
    const items: InboxItem[] = rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: NOTIFICATION_KIND_LABELS[r.kind as NotificationKind] ?? r.kind,
      title: r.title,
      body: r.body,
      caseId: r.case_id,
      caseReference: r.reference,
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
    return { items, total, unread, page, pageSize };
  }

  async unreadCount(actor: Actor): Promise<{ unread: number }> {
    const { unread } = await this.inbox.counts(actor.userId, true);
    return { unread };
  }

  async markRead(actor: Actor, id: string): Promise<{ id: string; readAt: Date }> {
    const row = await this.inbox.markRead(actor.userId, id);
    if (!row) throw new NotificationError(NotificationErrorCode.NotFound, `未找到记录（${id}）`);
    return { id: row.id, readAt: row.read_at };
  }

  /** Opening a case reads its notices: the badge drops by what that case had sent this user. */
  async markCaseRead(actor: Actor, caseId: string): Promise<{ updated: number; unread: number }> {
    const updated = await this.inbox.markAllRead(actor.userId, caseId);
    return { updated, ...(await this.unreadCount(actor)) };
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    return { updated: await this.inbox.markAllRead(actor.userId) };
  }

  async settings(actor: Actor) {
    const row = await this.notifications.contact(actor.userId);
    return {
      email: row?.email_masked ?? null,
      // No address, no e-mail: the switch reads off until an address is given.
      emailEnabled: !!row?.email_masked && (row?.email_enabled ?? true),
      phone: await this.users.maskedPhone(actor.userId),
      smsEnabled: row?.sms_enabled ?? true,
    };
  }

  async updateSettings(actor: Actor, meta: RequestMeta, dto: NotificationSettingsDto) {
    await this.saveSettings(actor, meta, dto);
    return this.settings(actor);
  }

  @Transactional()
  private async saveSettings(actor: Actor, meta: RequestMeta, dto: NotificationSettingsDto): Promise<void> {
    const stored = await this.notifications.contact(actor.userId, true);
    const before = stored ? { email_masked: stored.email_masked, email_enabled: stored.email_enabled, sms_enabled: stored.sms_enabled } : null;
    const email = dto.email === undefined ? undefined : dto.email === null ? null : dto.email.trim().toLowerCase();
    const after = await this.notifications.saveContact(actor.userId, {
      emailCipher: typeof email === 'string' ? this.pii.encrypt(email) : null,
      emailMasked: typeof email === 'string' ? maskEmail(email) : null,
      emailChanged: email !== undefined,
      emailEnabled: dto.emailEnabled ?? null,
      smsEnabled: dto.smsEnabled ?? null,
    });
    await this.audit.record({ actor, meta, action: 'notification.settings_update', entityType: 'user', entityId: actor.userId, before, after });
  }
}

/** `li***@example.com`: enough to recognise one's own address. */
function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, Math.min(2, local.length))}***@${domain}`;
}

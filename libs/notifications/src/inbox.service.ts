import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, NotFoundError, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { PiiCipher } from '@app/pii';
import { NOTIFICATION_KIND_LABELS, NotificationKind } from './templates';
import { InboxQuery, NotificationSettingsDto } from './inbox.dto';
import { NotificationRepository } from './notification.repository';
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
    private readonly dataSource: DataSource,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly notifications: NotificationRepository,
    private readonly users: UserDirectory,
  ) {}

  async list(actor: Actor, q: InboxQuery) {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const unreadOnly = q.unread === true;
    const rows: { id: string; kind: string; title: string; body: string; case_id: string | null; reference: string | null; created_at: Date; read_at: Date | null }[] =
      await this.dataSource.query(
        `SELECT id, kind, title, body, case_id, data->>'reference' AS reference, created_at, read_at FROM notifications
         WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
         ORDER BY id DESC LIMIT $3 OFFSET $4`,
        [actor.userId, unreadOnly, pageSize, (page - 1) * pageSize],
      );
    const [{ total, unread }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notifications WHERE user_id = $1`,
      [actor.userId, unreadOnly],
    );
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
    const [{ unread }] = await this.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [actor.userId]);
    return { unread };
  }

  async markRead(actor: Actor, id: string): Promise<{ id: string; readAt: Date }> {
    const rows = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id, read_at`,
      [id, actor.userId],
    );
    const [row] = rows[0] as { id: string; read_at: Date }[];
    if (!row) throw new NotFoundError('notification', id);
    return { id: row.id, readAt: row.read_at };
  }

  async markAllRead(actor: Actor): Promise<{ updated: number }> {
    const [, updated] = await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [actor.userId]);
    return { updated: Number(updated) };
  }

  async settings(actor: Actor) {
    const row = await this.notifications.contact(actor.userId);
    return {
      email: row?.email_masked ?? null,
      emailEnabled: row?.email_enabled ?? true,
      phone: await this.users.maskedPhone(actor.userId),
      smsEnabled: row?.sms_enabled ?? true,
    };
  }

  async updateSettings(actor: Actor, meta: RequestMeta, dto: NotificationSettingsDto) {
    await this.dataSource.transaction(async (m) => {
      const [before] = await m.query(`SELECT email_masked, email_enabled, sms_enabled FROM notification_contacts WHERE user_id = $1 FOR UPDATE`, [actor.userId]);
      const email = dto.email === undefined ? undefined : dto.email === null ? null : dto.email.trim().toLowerCase();
      const emailCipher = email === undefined ? undefined : email === null ? null : this.pii.encrypt(email);
      const emailMasked = email === undefined ? undefined : email === null ? null : maskEmail(email);
      const [after] = await m.query(
        `INSERT INTO notification_contacts (user_id, email_cipher, email_masked, email_enabled, sms_enabled, updated_at)
         VALUES ($1, $2, $3, COALESCE($4, true), COALESCE($5, true), now())
         ON CONFLICT (user_id) DO UPDATE SET
           email_cipher = CASE WHEN $6 THEN EXCLUDED.email_cipher ELSE notification_contacts.email_cipher END,
           email_masked = CASE WHEN $6 THEN EXCLUDED.email_masked ELSE notification_contacts.email_masked END,
           email_enabled = COALESCE($4, notification_contacts.email_enabled),
           sms_enabled = COALESCE($5, notification_contacts.sms_enabled),
           updated_at = now()
         RETURNING email_masked, email_enabled, sms_enabled`,
        [actor.userId, emailCipher ?? null, emailMasked ?? null, dto.emailEnabled ?? null, dto.smsEnabled ?? null, email !== undefined],
      );
      await this.audit.record(m, { actor, meta, action: 'notification.settings_update', entityType: 'user', entityId: actor.userId, before: before ?? null, after });
    });
    return this.settings(actor);
  }
}

/** `li***@example.com`: enough to recognise one's own address. */
function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, Math.min(2, local.length))}***@${domain}`;
}

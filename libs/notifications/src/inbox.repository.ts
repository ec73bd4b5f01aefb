import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

export interface InboxRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  case_id: string | null;
  reference: string | null;
  created_at: Date;
  read_at: Date | null;
}

/** One user's inbox rows (`notifications`): every method takes the owner, never an id alone. */
@Injectable()
export class InboxRepository {
  constructor(private readonly txHost: Tx) {}

  page(userId: string, unreadOnly: boolean, limit: number, offset: number): Promise<InboxRow[]> {
    return this.txHost.tx.query(
      `SELECT id, kind, title, body, case_id, data->>'reference' AS reference, created_at, read_at FROM notifications
       WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
       ORDER BY id DESC LIMIT $3 OFFSET $4`,
      [userId, unreadOnly, limit, offset],
    );
  }

  /** How many rows the page's filter matches, and how many are unread. */
  async counts(userId: string, unreadOnly: boolean): Promise<{ total: number; unread: number }> {
    const [row] = await this.txHost.tx.query(
      `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notifications WHERE user_id = $1`,
      [userId, unreadOnly],
    );
    return row;
  }

  /** Marks one of the user's messages read (keeping the first reading time); undefined when it is not theirs. */
  async markRead(userId: string, id: string): Promise<{ id: string; read_at: Date } | undefined> {
    const [rows] = await this.txHost.tx.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id, read_at`,
      [id, userId],
    );
    return (rows as { id: string; read_at: Date }[])[0];
  }

  /** Marks every unread message of the user read (only those about `caseId`, when given); returns how many. */
  async markAllRead(userId: string, caseId?: string): Promise<number> {
    const [, updated] = await this.txHost.tx.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL ${caseId ? 'AND case_id = $2' : ''}`,
      caseId ? [userId, caseId] : [userId],
    );
    return Number(updated);
  }
}

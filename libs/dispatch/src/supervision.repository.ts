import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

export interface OrderRow {
  id: string;
  case_id: string;
  case_reference: string;
  case_title: string;
  zone_id: string;
  assignee_id: string | null;
  issued_by: string;
  issuer_role: 'supervisor' | 'cac_officer';
  issuer_zone_id: string | null;
  issuer_authority_id: string | null;
  requirement: string;
  issued_at: Date;
  deadline: Date;
  remind_at: Date;
  reminded_at: Date | null;
  escalated_at: Date | null;
  escalated_to: string | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: Date | null;
}

const SELECT = `SELECT o.id, o.case_id, c.reference AS case_reference, c.title AS case_title, o.zone_id, c.assignee_id, o.issued_by, o.issuer_role,
  o.issuer_zone_id, o.issuer_authority_id, o.requirement, o.issued_at, o.deadline, o.remind_at, o.reminded_at, o.escalated_at, o.escalated_to,
  o.answer, o.answered_by, o.answered_at
  FROM supervision_orders o JOIN cases c ON c.id = o.case_id`;

/** `supervision_orders` (督办单). Scope is checked by the caller (through the case, or the zone). */
@Injectable()
export class SupervisionRepository {
  constructor(private readonly txHost: Tx) {}

  async insert(o: {
    caseId: string;
    zoneId: string;
    by: string;
    role: 'supervisor' | 'cac_officer';
    issuerZoneId: string | null;
    issuerAuthorityId: string | null;
    requirement: string;
    at: Date;
    deadline: Date;
    remindAt: Date;
  }): Promise<string> {
    const [row]: { id: string }[] = await this.txHost.tx.query(
      `INSERT INTO supervision_orders (case_id, zone_id, issued_by, issuer_role, issuer_zone_id, issuer_authority_id, requirement, issued_at, deadline, remind_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [o.caseId, o.zoneId, o.by, o.role, o.issuerZoneId, o.issuerAuthorityId, o.requirement, o.at, o.deadline, o.remindAt],
    );
    return row.id;
  }

  async get(id: string): Promise<OrderRow | undefined> {
    const [row]: OrderRow[] = await this.txHost.tx.query(`${SELECT} WHERE o.id = $1`, [id]);
    return row;
  }

  async lock(id: string): Promise<OrderRow | undefined> {
    const [row]: OrderRow[] = await this.txHost.tx.query(`${SELECT} WHERE o.id = $1 FOR UPDATE OF o`, [id]);
    return row;
  }

  async answer(id: string, answer: string, by: string, at: Date): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.txHost.tx.query(`UPDATE supervision_orders SET answer = $2, answered_by = $3, answered_at = $4 WHERE id = $1 AND answered_at IS NULL RETURNING id`, [id, answer, by, at]);
    return rows.length === 1;
  }

  /** Marks the reminder sent, once. */
  async markReminded(id: string, at: Date): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.txHost.tx.query(`UPDATE supervision_orders SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL AND answered_at IS NULL RETURNING id`, [id, at]);
    return rows.length === 1;
  }

  /** Marks the escalation, once. */
  async markEscalated(id: string, to: string, at: Date): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE supervision_orders SET escalated_at = $3, escalated_to = $2 WHERE id = $1 AND escalated_at IS NULL AND answered_at IS NULL RETURNING id`,
      [id, to, at],
    );
    return rows.length === 1;
  }

  /** A transferred case's orders follow it to its new zone. */
  async moveCase(caseId: string, zoneId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE supervision_orders SET zone_id = $2 WHERE case_id = $1`, [caseId, zoneId]);
  }

  forCase(caseId: string): Promise<OrderRow[]> {
    return this.txHost.tx.query(`${SELECT} WHERE o.case_id = $1 ORDER BY o.issued_at`, [caseId]);
  }

  /**
   * Orders a desk or an issuer sees: of these zones (null: all), or issued by or escalated to
   * this authority; unanswered first, by deadline.
   */
  list(filter: { zoneIds: readonly string[] | null; authorityId: string | null; open: boolean | undefined }, limit: number): Promise<OrderRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (filter.authorityId) {
      params.push(filter.authorityId);
      where.push(`(o.issuer_authority_id = $${params.length} OR o.escalated_to = $${params.length})`);
    } else if (filter.zoneIds) {
      params.push(filter.zoneIds);
      where.push(`o.zone_id = ANY($${params.length}::text[])`);
    }
    if (filter.open !== undefined) where.push(filter.open ? 'o.answered_at IS NULL' : 'o.answered_at IS NOT NULL');
    return this.txHost.tx.query(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY (o.answered_at IS NULL) DESC, o.deadline LIMIT $1`, params);
  }

  async dueReminders(now: Date, limit = 200): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM supervision_orders WHERE reminded_at IS NULL AND answered_at IS NULL AND remind_at <= $1 ORDER BY remind_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  async dueEscalations(now: Date, limit = 200): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM supervision_orders WHERE escalated_at IS NULL AND answered_at IS NULL AND deadline <= $1 ORDER BY deadline LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }
}

import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

/** The filters as the repository applies them (a case reference already turned into its id). */
export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

export interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_role: string | null;
  actor_zone: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  seq: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** Reads of the append-only audit log (appends go through AuditService, in the change's transaction). */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly txHost: Tx) {}

  private where(f: AuditFilter, params: unknown[]): string {
    const clauses: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    };
    if (f.actorId) add('e.actor_id = ?', f.actorId);
    if (f.action) add('e.action = ?', f.action);
    if (f.entityType) add('e.entity_type = ?', f.entityType);
    if (f.entityId) add('e.entity_id = ?', f.entityId);
    if (f.from) add('e.occurred_at >= ?', f.from);
    if (f.to) add('e.occurred_at < ?', f.to);
    return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  }

  /** Newest first; `before` pages towards older events. With the event's link in the keyed chain. */
  async page(f: AuditFilter, before: string | undefined, limit: number): Promise<AuditEventRow[]> {
    const params: unknown[] = [];
    let where = this.where(f, params);
    if (before) {
      params.push(before);
      where += `${where ? ' AND' : 'WHERE'} e.id < $${params.length}`;
    }
    params.push(limit);
    return this.txHost.tx.query(
      `SELECT e.id::text AS id, e.occurred_at, e.actor_id, e.actor_role, e.actor_zone, e.action, e.entity_type, e.entity_id, e.before, e.after,
              e.ip, e.user_agent, e.request_id, l.seq::text AS seq, COALESCE(l.prev_hash, e.prev_hash) AS prev_hash, COALESCE(l.hash, e.hash) AS hash
       FROM audit_events e LEFT JOIN audit_links l ON l.event_id = e.id
       ${where} ORDER BY e.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async count(f: AuditFilter): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM audit_events e ${this.where(f, params)}`, params);
    return row.n;
  }
}

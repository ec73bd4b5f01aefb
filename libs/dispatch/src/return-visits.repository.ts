import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { ReturnVisitMethod, ReturnVisitOutcome } from '@app/contracts';

export interface ReturnVisitRow {
  id: string;
  case_id: string;
  case_reference: string;
  case_title: string;
  case_status: string;
  zone_id: string;
  programme: string;
  assignee_id: string | null;
  resolved_at: Date;
  selection: 'shield' | 'sample';
  due_at: Date;
  outcome: ReturnVisitOutcome | null;
  method: ReturnVisitMethod | null;
  note: string | null;
  visited_by: string | null;
  visited_at: Date | null;
  reopened: boolean;
}

const SELECT = `SELECT v.id, v.case_id, c.reference AS case_reference, c.title AS case_title, c.status AS case_status, v.zone_id, v.programme, v.assignee_id,
  v.resolved_at, v.selection, v.due_at, v.outcome, v.method, v.note, v.visited_by, v.visited_at, v.reopened
  FROM return_visits v JOIN cases c ON c.id = v.case_id`;

/** `return_visits` (回访): one per resolution picked for a call back. Callers check scope first. */
@Injectable()
export class ReturnVisitsRepository {
  constructor(private readonly txHost: Tx) {}

  async insert(v: { caseId: string; zoneId: string; programme: string; assigneeId: string | null; resolvedAt: Date; selection: 'shield' | 'sample'; dueAt: Date }): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO return_visits (case_id, zone_id, programme, assignee_id, resolved_at, selection, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (case_id, resolved_at) DO NOTHING`,
      [v.caseId, v.zoneId, v.programme, v.assigneeId, v.resolvedAt, v.selection, v.dueAt],
    );
  }

  async lock(id: string): Promise<ReturnVisitRow | undefined> {
    const [row]: ReturnVisitRow[] = await this.txHost.tx.query(`${SELECT} WHERE v.id = $1 FOR UPDATE OF v`, [id]);
    return row;
  }

  async get(id: string): Promise<ReturnVisitRow | undefined> {
    const [row]: ReturnVisitRow[] = await this.txHost.tx.query(`${SELECT} WHERE v.id = $1`, [id]);
    return row;
  }

  async record(id: string, r: { outcome: ReturnVisitOutcome; method: ReturnVisitMethod; note: string | null; by: string; at: Date; reopened: boolean }): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE return_visits SET outcome = $2, method = $3, note = $4, visited_by = $5, visited_at = $6, reopened = $7 WHERE id = $1 AND outcome IS NULL RETURNING id`,
      [id, r.outcome, r.method, r.note, r.by, r.at, r.reopened],
    );
    return rows.length === 1;
  }

  forCase(caseId: string): Promise<ReturnVisitRow[]> {
    return this.txHost.tx.query(`${SELECT} WHERE v.case_id = $1 ORDER BY v.resolved_at`, [caseId]);
  }

  /** A desk's return visits (zones null: all), those still to make first, by due time. */
  list(zoneIds: readonly string[] | null, pending: boolean | undefined, limit: number): Promise<ReturnVisitRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (zoneIds) {
      params.push(zoneIds);
      where.push(`v.zone_id = ANY($${params.length}::text[])`);
    }
    if (pending !== undefined) where.push(pending ? 'v.outcome IS NULL' : 'v.outcome IS NOT NULL');
    return this.txHost.tx.query(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY (v.outcome IS NULL) DESC, v.due_at LIMIT $1`, params);
  }
}

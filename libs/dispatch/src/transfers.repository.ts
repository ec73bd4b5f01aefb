import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { TransferStatus } from '@app/contracts';

export interface TransferRow {
  id: string;
  case_id: string;
  case_reference: string;
  case_title: string;
  programme: string;
  from_zone_id: string;
  to_zone_id: string;
  reason: string;
  status: TransferStatus;
  requested_by: string;
  requested_at: Date;
  respond_by: Date | null;
  decided_by: string | null;
  decided_at: Date | null;
  return_reason: string | null;
}

const SELECT = `SELECT t.id, t.case_id, c.reference AS case_reference, c.title AS case_title, c.programme, t.from_zone_id, t.to_zone_id, t.reason, t.status,
  t.requested_by, t.requested_at, t.respond_by, t.decided_by, t.decided_at, t.return_reason
  FROM case_transfers t JOIN cases c ON c.id = t.case_id`;

/** `case_transfers` (转办). Callers check the actor's right to the case or the receiving zone first. */
@Injectable()
export class TransfersRepository {
  constructor(private readonly txHost: Tx) {}

  async insert(t: { caseId: string; fromZoneId: string; toZoneId: string; reason: string; by: string; at: Date; respondBy: Date | null }): Promise<string> {
    const [row]: { id: string }[] = await this.txHost.tx.query(
      `INSERT INTO case_transfers (case_id, from_zone_id, to_zone_id, reason, requested_by, requested_at, respond_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [t.caseId, t.fromZoneId, t.toZoneId, t.reason, t.by, t.at, t.respondBy],
    );
    return row.id;
  }

  async get(id: string): Promise<TransferRow | undefined> {
    const [row]: TransferRow[] = await this.txHost.tx.query(`${SELECT} WHERE t.id = $1`, [id]);
    return row;
  }

  /** The transfer locked for its decision. */
  async lock(id: string): Promise<TransferRow | undefined> {
    const [row]: TransferRow[] = await this.txHost.tx.query(`${SELECT} WHERE t.id = $1 FOR UPDATE OF t`, [id]);
    return row;
  }

  async pendingFor(caseId: string): Promise<TransferRow | undefined> {
    const [row]: TransferRow[] = await this.txHost.tx.query(`${SELECT} WHERE t.case_id = $1 AND t.status = 'pending'`, [caseId]);
    return row;
  }

  /** Decides a pending transfer; false if it was decided meanwhile. */
  async decide(id: string, status: Exclude<TransferStatus, 'pending'>, by: string, at: Date, returnReason: string | null): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE case_transfers SET status = $2, decided_by = $3, decided_at = $4, return_reason = $5 WHERE id = $1 AND status = 'pending' RETURNING id`,
      [id, status, by, at, returnReason],
    );
    return rows.length === 1;
  }

  forCase(caseId: string): Promise<TransferRow[]> {
    return this.txHost.tx.query(`${SELECT} WHERE t.case_id = $1 ORDER BY t.requested_at`, [caseId]);
  }

  /** Transfers to or from these zones (all zones: null), newest first; pending ones first. */
  forZones(zoneIds: readonly string[] | null, status: TransferStatus | undefined, limit: number): Promise<TransferRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (zoneIds) {
      params.push(zoneIds);
      where.push(`(t.to_zone_id = ANY($${params.length}::text[]) OR t.from_zone_id = ANY($${params.length}::text[]))`);
    }
    if (status) {
      params.push(status);
      where.push(`t.status = $${params.length}`);
    }
    return this.txHost.tx.query(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY (t.status = 'pending') DESC, t.requested_at DESC LIMIT $1`,
      params,
    );
  }
}

import { auditEventHash, GENESIS_HASH } from './audit-hash';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first event that breaks the chain, and why. */
  firstBroken?: { id: string; reason: 'hash_mismatch' | 'chain_broken' | 'tail_missing' };
}

interface Row {
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
  prev_hash: string;
  hash: string;
}

/**
 * Walks the chain in id order. An edited event fails its own hash; a deleted, inserted or
 * reordered one breaks the link to its predecessor; a removed tail no longer meets the head.
 */
/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner inside a transaction. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<AuditVerification> {
  let previous = GENESIS_HASH;
  let lastId: string | null = null;
  let checked = 0;
  for (;;) {
    const rows: Row[] = await db.query(
      `SELECT * FROM audit_events WHERE ($1::bigint IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [lastId, batchSize],
    );
    for (const row of rows) {
      if (row.prev_hash !== previous) return { ok: false, checked, firstBroken: { id: row.id, reason: 'chain_broken' } };
      const expected = auditEventHash({
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        actorRole: row.actor_role,
        actorZone: row.actor_zone,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
        ip: row.ip,
        userAgent: row.user_agent,
        requestId: row.request_id,
        prevHash: row.prev_hash,
      });
      if (expected !== row.hash) return { ok: false, checked, firstBroken: { id: row.id, reason: 'hash_mismatch' } };
      previous = row.hash;
      lastId = row.id;
      checked++;
    }
    if (rows.length < batchSize) break;
  }
  const [head] = await db.query('SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1');
  if (head && head.last_hash !== previous) {
    return { ok: false, checked, firstBroken: { id: String(head.last_id), reason: 'tail_missing' } };
  }
  return { ok: true, checked };
}

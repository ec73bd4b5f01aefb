import type { AuditVerification } from '@app/contracts';
import { latestCheckpoint } from './audit-checkpoints';
import { ChainWalk } from './audit-chain-walk';
import { auditKey } from './audit-hash';
import { EVENT_COLUMNS, EventRow, eventFieldsOf, Queryable } from './audit-event-row';
import { unlinkedEvents } from './audit-linker';

export type { AuditVerification } from '@app/contracts';
export type { Queryable } from './audit-event-row';

export interface VerifyOptions {
  /** AUDIT_HMAC_KEY, hex, or its bytes. */
  key: string | Buffer;
  /** The folder of signed checkpoints (AUDIT_CHECKPOINT_DIR for this database); none = no checkpoint check. */
  checkpointDir?: string | null;
  /** An unlinked event older than this is overdue (the linker is not running). */
  alarmSeconds?: number;
  batchSize?: number;
  now?: Date;
}

interface LinkRow extends EventRow {
  seq: string;
  event_id: string;
  prev_hash: string;
  hash: string;
}

/**
 * Verifies the whole keyed chain (audit_links) in sequence order against the events, the head
 * row and the latest signed checkpoint, and reports the events not linked yet. See ChainWalk.
 */
export async function verifyAuditChain(db: Queryable, options: VerifyOptions): Promise<AuditVerification> {
  const key = typeof options.key === 'string' ? auditKey(options.key) : options.key;
  const batchSize = options.batchSize ?? 5000;
  const found = options.checkpointDir ? await latestCheckpoint(options.checkpointDir, key) : { checkpoint: null, rejected: [] };
  const walk = new ChainWalk(key, found.checkpoint);
  for (const file of found.rejected) walk.report({ reason: 'checkpoint_invalid', seq: null, file });
  let after = 0;
  for (;;) {
    const rows: LinkRow[] = await db.query(
      `SELECT l.seq, l.event_id, l.prev_hash, l.hash, ${EVENT_COLUMNS}
       FROM audit_links l LEFT JOIN audit_events e ON e.id = l.event_id
       WHERE l.seq > $1 ORDER BY l.seq LIMIT $2`,
      [after, batchSize],
    );
    for (const row of rows) {
      walk.add({ seq: Number(row.seq), eventId: row.event_id, prevHash: row.prev_hash, hash: row.hash, event: row.e_id === null ? null : eventFieldsOf(row) });
    }
    if (rows.length < batchSize) break;
    after = Number(rows[rows.length - 1].seq);
  }
  const [head] = await db.query(`SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1`);
  const last = walk.finish(head ? { seq: Number(head.last_seq), hash: head.last_hash } : null);
  const unlinked = await unlinkedEvents(db, true);
  const now = options.now ?? new Date();
  const overdue = unlinked.oldestAt !== null && now.getTime() - unlinked.oldestAt.getTime() > (options.alarmSeconds ?? 300) * 1000;
  return {
    ok: walk.problemCount === 0,
    checked: walk.checked,
    head: last,
    problems: walk.problems,
    problemCount: walk.problemCount,
    ...(walk.first ? { firstBroken: walk.first } : {}),
    unlinked: { count: unlinked.count, oldestId: unlinked.oldestId, oldestAt: unlinked.oldestAt?.toISOString() ?? null, overdue },
    checkpoint: found.checkpoint,
    verifiedAt: now.toISOString(),
  };
}

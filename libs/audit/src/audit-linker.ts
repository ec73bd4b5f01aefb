import type { DataSource, EntityManager } from 'typeorm';
import { auditEventHash } from './audit-hash';
import { EVENT_COLUMNS, EventRow, eventFieldsOf, Queryable } from './audit-event-row';

export interface LinkedHead {
  seq: number;
  hash: string;
  eventId: string | null;
}

export interface LinkResult {
  linked: number;
  head: LinkedHead;
}

/**
 * The transaction id below which every transaction of this database has ended, in one snapshot:
 * the oldest transaction still running, leaving out those that pg_stat_activity shows in another
 * database (they cannot write our events; their ids are visible with pg_read_all_stats), or the
 * next id to be given when none runs. An event of a transaction below it is committed and
 * visible, or will never be; no later event can get an id below it.
 */
const SETTLED_BELOW = `
  SELECT coalesce(
    (SELECT min(x) FROM pg_snapshot_xip(s.snap) AS x
      WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a
        WHERE a.backend_xid = x::xid AND a.datid IS DISTINCT FROM (SELECT oid FROM pg_database WHERE datname = current_database()))),
    pg_snapshot_xmax(s.snap))::text AS below
  FROM (SELECT pg_current_snapshot() AS snap) s`;

/**
 * Links one batch of settled events, in id order, after the head. One linker at a time: the
 * head row is locked, and only linkers lock it (writers never do). Returns how many it linked
 * and whether settled events remain.
 */
export async function linkBatch(m: Queryable, key: Buffer, batchSize: number): Promise<LinkResult & { more: boolean }> {
  // First, before this transaction has an id of its own.
  const [{ below }] = await m.query(SETTLED_BELOW);
  const [head] = await m.query(`SELECT last_seq, last_id, last_hash, linked_below::text AS linked_below FROM audit_chain_head WHERE id = 1 FOR UPDATE`);
  const rows: EventRow[] = await m.query(
    `SELECT ${EVENT_COLUMNS} FROM audit_events e
     WHERE e.xid >= $1::xid8 AND e.xid < $2::xid8 AND NOT EXISTS (SELECT 1 FROM audit_links l WHERE l.event_id = e.id)
     ORDER BY e.id LIMIT $3`,
    [head.linked_below, below, batchSize],
  );
  let seq = Number(head.last_seq);
  let prevHash: string = head.last_hash;
  const seqs: number[] = [];
  const ids: string[] = [];
  const prevs: string[] = [];
  const hashes: string[] = [];
  for (const row of rows) {
    seq += 1;
    const hash = auditEventHash({ ...eventFieldsOf(row), seq, prevHash }, key);
    seqs.push(seq);
    ids.push(row.e_id as string);
    prevs.push(prevHash);
    hashes.push(hash);
    prevHash = hash;
  }
  const more = rows.length === batchSize;
  if (rows.length) {
    await m.query(`INSERT INTO audit_links (seq, event_id, prev_hash, hash) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])`, [seqs, ids, prevs, hashes]);
  }
  // Every settled event is linked when the batch was not full: the next round starts at `below`.
  await m.query(
    `UPDATE audit_chain_head SET last_seq = $1, last_id = $2, last_hash = $3, linked_at = CASE WHEN $6 THEN now() ELSE linked_at END,
       linked_below = CASE WHEN NOT $4 AND $5::xid8 > linked_below THEN $5::xid8 ELSE linked_below END
     WHERE id = 1`,
    [seq, rows.length ? ids[ids.length - 1] : head.last_id, prevHash, more, below, rows.length > 0],
  );
  return { linked: rows.length, more, head: { seq, hash: prevHash, eventId: rows.length ? ids[ids.length - 1] : head.last_id } };
}

/** Links every settled event (in batches, one transaction each). Safe to call from anywhere, any time. */
export async function linkAuditEvents(dataSource: DataSource, key: Buffer, batchSize = 2000): Promise<LinkResult> {
  let linked = 0;
  for (;;) {
    const batch = await dataSource.transaction((m) => linkBatch(m, key, batchSize));
    linked += batch.linked;
    if (!batch.more) return { linked, head: batch.head };
  }
}

export interface UnlinkedSummary {
  count: number;
  oldestId: string | null;
  oldestAt: Date | null;
}

/** Events not in the chain yet. `all` looks at every event (verification); otherwise only above the linker's mark (cheap, for the alarm). */
export async function unlinkedEvents(db: Queryable, all = false): Promise<UnlinkedSummary> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n, min(e.id)::text AS oldest_id, min(e.occurred_at) AS oldest_at FROM audit_events e
     WHERE ${all ? 'true' : 'e.xid >= (SELECT linked_below FROM audit_chain_head WHERE id = 1)'}
       AND NOT EXISTS (SELECT 1 FROM audit_links l WHERE l.event_id = e.id)`,
  );
  return { count: row.n, oldestId: row.oldest_id, oldestAt: row.oldest_at };
}

/** The head row: the last link as the database records it. */
export async function chainHead(db: Queryable): Promise<{ seq: number; hash: string }> {
  const [head] = await db.query(`SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1`);
  return { seq: Number(head.last_seq), hash: head.last_hash };
}

/** The hash of link `seq`, or null when there is no such link. */
export async function linkHash(db: Queryable, seq: number): Promise<string | null> {
  const [row] = await db.query(`SELECT hash FROM audit_links WHERE seq = $1`, [seq]);
  return row?.hash ?? null;
}

/** How many events up to `lastId` are still unlinked (above the linker's mark). */
export async function unlinkedUpTo(db: Queryable, lastId: string): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM audit_events e
     WHERE e.id <= $1 AND e.xid >= (SELECT linked_below FROM audit_chain_head WHERE id = 1)
       AND NOT EXISTS (SELECT 1 FROM audit_links l WHERE l.event_id = e.id)`,
    [lastId],
  );
  return row.n;
}

export async function lastEventId(db: Queryable): Promise<string | null> {
  const [row] = await db.query(`SELECT max(id)::text AS id FROM audit_events`);
  return row.id;
}

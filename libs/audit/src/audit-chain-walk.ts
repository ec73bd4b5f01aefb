import type { AuditProblem, AuditProblemReason } from '@app/contracts';
import { auditEventHash, AuditEventFields, GENESIS_HASH } from './audit-hash';

/** One link of the chain as read back, with its event (null when the event row is gone). */
export interface ChainLink {
  seq: number;
  eventId: string;
  prevHash: string;
  hash: string;
  event: AuditEventFields | null;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface CheckpointClaim extends ChainHead {
  file: string;
}

const LISTED = 500;

/**
 * Walks the links in sequence order and tells the whole story: every problem, not only the
 * first, and the links after a break are still checked against each other.
 * - An edited event (or a link re-hashed without the key) fails its own HMAC: `hash_mismatch`.
 * - A deleted event leaves a gap in the sequence, named by its number: `missing`.
 * - An inserted or reordered link does not point at the hash of its predecessor: `chain_broken`.
 * - The head row and the latest signed checkpoint (kept outside the database) must be reached:
 *   a truncated tail is `tail_missing`, or `checkpoint_missing` when the head was moved back too.
 */
export class ChainWalk {
  readonly problems: AuditProblem[] = [];
  problemCount = 0;
  checked = 0;
  private last: ChainHead = { seq: 0, hash: GENESIS_HASH };
  private checkpointHash?: string;

  constructor(
    private readonly key: Buffer,
    private readonly checkpoint: CheckpointClaim | null = null,
  ) {}

  add(link: ChainLink): void {
    const expected = this.last.seq + 1;
    if (link.seq > expected) this.report({ reason: 'missing', seq: expected, ...(link.seq - 1 > expected ? { toSeq: link.seq - 1 } : {}) });
    else if (link.prevHash !== this.last.hash) this.report({ reason: 'chain_broken', seq: link.seq, eventId: link.eventId });
    if (!link.event) this.report({ reason: 'event_missing', seq: link.seq, eventId: link.eventId });
    else if (auditEventHash({ ...link.event, seq: link.seq, prevHash: link.prevHash }, this.key) !== link.hash) {
      this.report({ reason: 'hash_mismatch', seq: link.seq, eventId: link.eventId });
    }
    if (this.checkpoint && link.seq === this.checkpoint.seq) this.checkpointHash = link.hash;
    this.checked++;
    this.last = { seq: link.seq, hash: link.hash };
  }

  /** Compares the end of the chain with the head row and the checkpoint; returns the last link. */
  finish(head: ChainHead | null): ChainHead {
    const last = this.last;
    if (head) {
      if (head.seq > last.seq) this.report({ reason: 'tail_missing', seq: last.seq + 1, ...(head.seq > last.seq + 1 ? { toSeq: head.seq } : {}) });
      else if (head.seq < last.seq) this.report({ reason: 'head_behind', seq: head.seq });
      else if (head.hash !== last.hash) this.report({ reason: 'head_mismatch', seq: head.seq });
    }
    const cp = this.checkpoint;
    if (cp) {
      // A checkpoint beyond everything the database still claims: the tail was cut and the head moved back.
      const reached = Math.max(last.seq, head?.seq ?? 0);
      if (cp.seq > reached) this.report({ reason: 'checkpoint_missing', seq: reached + 1, ...(cp.seq > reached + 1 ? { toSeq: cp.seq } : {}), file: cp.file });
      // (When the link it names is gone, the gap or the missing tail is reported already.)
      else if (this.checkpointHash !== undefined && this.checkpointHash !== cp.hash) this.report({ reason: 'checkpoint_mismatch', seq: cp.seq, file: cp.file });
    }
    return last;
  }

  report(problem: AuditProblem): void {
    this.problemCount++;
    if (this.problems.length < LISTED) this.problems.push(problem);
  }

  get first(): { id: string | null; seq: number | null; reason: AuditProblemReason } | undefined {
    const p = this.problems[0];
    return p && { id: p.eventId ?? null, seq: p.seq, reason: p.reason };
  }
}

import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import { CaseEntity } from '../case.entity';
import { CaseStatus, FINAL_STATUSES } from '../domain';

/** Texts a purged case's timeline forgets. */
const TIMELINE_TEXTS = ['body', 'reason', 'note', 'summary', 'comment', 'instructions', 'missingItems', 'fileName'];
export const PURGED_TEXT = '[已按保存期限清除]';

/**
 * Unscoped access to cases for the system itself — timers, sweeps, retention, seeds. Provided
 * by `CasesSystemModule`, which only the worker's modules import: no request handler can reach it.
 */
@Injectable()
export class SystemCaseRepository {
  constructor(private readonly txHost: Tx) {}

  /** The case locked for update in the current transaction, or null. */
  lock(caseId: string): Promise<CaseEntity | null> {
    return this.txHost.tx.getRepository(CaseEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :caseId', { caseId }).getOne();
  }

  /** Cases waiting in `status` since before `cutoff` (resolved unrated, or awaiting materials). */
  async waitingSince(status: 'resolved' | 'awaiting_creator', cutoff: Date, limit: number): Promise<string[]> {
    const column = status === 'resolved' ? 'resolved_at' : 'awaiting_creator_since';
    const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM cases WHERE status = $1 AND ${column} <= $2 ORDER BY ${column} LIMIT $3`, [status, cutoff, limit]);
    return rows.map((r) => r.id);
  }

  /** Ids of cases being worked on (submitted and not ended), after `afterId`, in id order. */
  async openIds(afterId: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM cases WHERE status <> ALL($1::text[]) AND id > $2 ORDER BY id LIMIT $3`, [
      ['draft', ...FINAL_STATUSES],
      afterId,
      limit,
    ]);
    return rows.map((r) => r.id);
  }

  /** Submitted cases (these, or all), locked in id order. */
  lockSubmitted(caseIds: readonly string[] | null): Promise<CaseEntity[]> {
    if (caseIds && !caseIds.length) return Promise.resolve([]);
    const qb = this.txHost.tx.getRepository(CaseEntity).createQueryBuilder('c').where(`c.status <> 'draft'`).orderBy('c.id').setLock('pessimistic_write');
    if (caseIds) qb.andWhere('c.id IN (:...caseIds)', { caseIds });
    return qb.getMany();
  }

  /** Ended cases whose personal data is due for removal, locked; others skip them. */
  async lockDueForPurge(cutoff: Date, limit: number): Promise<{ id: string; creatorId: string }[]> {
    const rows: { id: string; creatorId: string }[] = await this.txHost.tx.query(
      `SELECT id, creator_id AS "creatorId" FROM cases WHERE purged_at IS NULL AND status = ANY($3::text[]) AND coalesce(closed_at, updated_at) < $1
       ORDER BY coalesce(closed_at, updated_at) LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [cutoff, limit, FINAL_STATUSES satisfies readonly CaseStatus[]],
    );
    return rows;
  }

  /**
   * Removes a case's personal data from the cases module's tables: the case's texts (the rating
   * comment among them) and its timeline texts. Reference, statuses and times stay for the
   * statistics; the rectification's texts are libs/quality's (`QualityRetentionRepository`).
   */
  async purgePersonalData(caseId: string, at: Date): Promise<void> {
    const m = this.txHost.tx;
    await m.query(
      `UPDATE cases SET title = $2, description = $2, intake = '{}', materials_request = NULL, rejection_reason = NULL,
         resolution_summary = NULL, rating_comment = NULL, purged_at = $3 WHERE id = $1`,
      [caseId, PURGED_TEXT, at],
    );
    await m.query(`UPDATE case_events SET data = jsonb_build_object('purged', true) || (data - $2::text[]) WHERE case_id = $1`, [caseId, TIMELINE_TEXTS]);
  }
}

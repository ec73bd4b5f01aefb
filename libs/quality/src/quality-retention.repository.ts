import { Injectable, Module } from '@nestjs/common';
import { Tx } from '@app/database';

/**
 * What the quality tables hold in words about a purged case's people, erased for retention: the
 * creator's comments, the 回访 outcome, the 整改 measures and the appeals' reasons. Levels, dates,
 * overdue marks and decisions stay, so the figures and the ledger's counts do not change.
 */
@Injectable()
export class QualityRetentionRepository {
  constructor(private readonly txHost: Tx) {}

  async forgetCase(caseId: string, purgedText: string): Promise<void> {
    const m = this.txHost.tx;
    await m.query(
      `UPDATE rectifications SET first_comment = NULL, second_comment = NULL,
         contact_outcome = CASE WHEN contact_outcome IS NULL THEN NULL ELSE $2 END, measures = CASE WHEN measures IS NULL THEN NULL ELSE $2 END
       WHERE case_id = $1`,
      [caseId, purgedText],
    );
    await m.query(
      `UPDATE rating_appeals SET reason = $2, decision_reason = CASE WHEN decision_reason IS NULL THEN NULL ELSE $2 END
       WHERE rectification_id IN (SELECT id FROM rectifications WHERE case_id = $1)`,
      [caseId, purgedText],
    );
  }
}

/** The retention side of the quality tables, for the retention module (no routes, no listeners). */
@Module({ providers: [QualityRetentionRepository], exports: [QualityRetentionRepository] })
export class QualityRetentionModule {}

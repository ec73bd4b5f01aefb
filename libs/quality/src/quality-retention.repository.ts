import { Injectable, Module } from '@nestjs/common';
import { PURGED_TEXT } from '@app/cases';
import { Tx } from '@app/database';

/**
 * A purged case's 好差评整改 record, erased for retention: the creator's rating comments and
 * the notes of the call or visit to them. Levels, statuses, deadlines and the desk's measures
 * stay, so the quality figures hold.
 */
@Injectable()
export class QualityRetentionRepository {
  constructor(private readonly txHost: Tx) {}

  async forgetCase(caseId: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE rectifications SET first_comment = NULL, second_comment = NULL,
         contact_outcome = CASE WHEN contact_outcome IS NULL THEN NULL ELSE $2 END
       WHERE case_id = $1`,
      [caseId, PURGED_TEXT],
    );
  }
}

@Module({ providers: [QualityRetentionRepository], exports: [QualityRetentionRepository] })
export class QualityRetentionModule {}

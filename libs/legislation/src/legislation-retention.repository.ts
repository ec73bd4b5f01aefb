import { Injectable, Module } from '@nestjs/common';
import { PURGED_TEXT } from '@app/cases';
import { Tx } from '@app/database';

/**
 * A purged case's 众智平台 suggestion, erased for retention: its wording and reason, and the
 * author's consent to be named (reports then show it anonymously). The article, the adoption
 * and the desk's answer stay, so the consultation's statistics hold.
 */
@Injectable()
export class LegislationRetentionRepository {
  constructor(private readonly txHost: Tx) {}

  async forgetCase(caseId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE suggestions SET suggested_wording = $2, reason = $2, named = false WHERE case_id = $1`, [caseId, PURGED_TEXT]);
  }
}

@Module({ providers: [LegislationRetentionRepository], exports: [LegislationRetentionRepository] })
export class LegislationRetentionModule {}

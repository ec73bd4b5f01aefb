import { Injectable, Module } from '@nestjs/common';
import { PURGED_TEXT } from '@app/cases';
import { Tx } from '@app/database';

/** 星光计划 data of a purged case, erased for retention: the stage decisions' reasons (about the person). Stages, outcomes and honours stay. */
@Injectable()
export class StarlightRetentionRepository {
  constructor(private readonly txHost: Tx) {}

  async forgetCase(caseId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE nomination_decisions SET reason = $2 WHERE nomination_id IN (SELECT id FROM nominations WHERE case_id = $1)`, [caseId, PURGED_TEXT]);
  }
}

@Module({ providers: [StarlightRetentionRepository], exports: [StarlightRetentionRepository] })
export class StarlightRetentionModule {}

import { Injectable, Module } from '@nestjs/common';
import { PURGED_TEXT } from '@app/cases';
import { Tx } from '@app/database';

/** The questions creators asked the compliance navigator, erased for retention; counts and outcomes stay for the statistics. */
@Injectable()
export class ComplianceRetentionRepository {
  constructor(private readonly txHost: Tx) {}

  /** The question of the start that led to the case. */
  async forgetCase(caseId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE compliance_starts SET question = $2 WHERE case_id = $1`, [caseId, PURGED_TEXT]);
  }

  /** Questions of starts that led to no case, asked before `cutoff`; returns how many were erased. */
  async forgetStartsBefore(cutoff: Date): Promise<number> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM compliance_starts WHERE case_id IS NULL AND created_at < $1 AND question <> $2 ORDER BY id FOR UPDATE SKIP LOCKED`,
      [cutoff, PURGED_TEXT],
    );
    if (rows.length) await this.txHost.tx.query(`UPDATE compliance_starts SET question = $2 WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id), PURGED_TEXT]);
    return rows.length;
  }
}

@Module({ providers: [ComplianceRetentionRepository], exports: [ComplianceRetentionRepository] })
export class ComplianceRetentionModule {}

import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

export type EscalationOutcome = 'escalated_on' | 'returned' | 'resolved' | 'withdrawn';

/** `escalations`: every step of a case to an authority (the officers' scope is read from it). */
@Injectable()
export class EscalationRepository {
  constructor(private readonly txHost: Tx) {}

  async open(step: { caseId: string; authorityId: string | null; reason: string; automatic: boolean; by: string | null; at: Date }): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO escalations (case_id, authority_id, reason, automatic, escalated_by, escalated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [step.caseId, step.authorityId, step.reason, step.automatic, step.by, step.at],
    );
  }

  async acknowledge(caseId: string, by: string | null, at: Date): Promise<void> {
    await this.txHost.tx.query(`UPDATE escalations SET acknowledged_at = $2, acknowledged_by = $3 WHERE case_id = $1 AND ended_at IS NULL`, [caseId, at, by]);
  }

  async close(caseId: string, outcome: EscalationOutcome, at: Date): Promise<void> {
    await this.txHost.tx.query(`UPDATE escalations SET ended_at = $2, outcome = $3 WHERE case_id = $1 AND ended_at IS NULL`, [caseId, at, outcome]);
  }

  /** Every authority the case was ever escalated to (what an officer's scope reads). */
  async authoritiesOf(caseId: string): Promise<string[]> {
    const rows: { authority_id: string }[] = await this.txHost.tx.query(
      `SELECT DISTINCT authority_id FROM escalations WHERE case_id = $1 AND authority_id IS NOT NULL`,
      [caseId],
    );
    return rows.map((r) => r.authority_id);
  }
}

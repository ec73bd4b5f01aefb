import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

/**
 * What anyone holding a document's verification code may learn about its case: the reference
 * and the status, nothing personal. Unscoped on purpose, and limited to these two columns.
 */
@Injectable()
export class CasePublicStateRepository {
  constructor(private readonly txHost: Tx) {}

  async publicState(caseId: string): Promise<{ reference: string; status: string } | null> {
    const [row] = await this.txHost.tx.query(`SELECT reference, status FROM cases WHERE id = $1`, [caseId]);
    return row ?? null;
  }
}

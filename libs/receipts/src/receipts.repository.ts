import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Tx } from '@app/database';

/** The few facts of people and cases a receipt needs, read through the caller's transaction. */
@Injectable()
export class ReceiptsRepository {
  constructor(private readonly txHost: Tx) {}

  manager(): EntityManager {
    return this.txHost.tx;
  }

  async displayName(m: EntityManager, userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const [row] = await m.query(`SELECT display_name FROM users WHERE id = $1`, [userId]);
    return row?.display_name ?? null;
  }

  /** A case's public state for the verification page: reference and status, nothing personal. */
  async caseState(caseId: string): Promise<{ reference: string; status: string } | null> {
    const [row] = await this.txHost.tx.query(`SELECT reference, status FROM cases WHERE id = $1`, [caseId]);
    return row ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { Channel } from '../domain';

/**
 * The channel a case is being served through (an on-site visit makes it `onsite`), set in the
 * current transaction with a version bump like any change. Callers hold the case from
 * CaseRepository (scope checked) and record the change on the timeline and in the audit log.
 */
@Injectable()
export class CaseChannelRepository {
  constructor(private readonly txHost: Tx) {}

  async setChannel(caseId: string, channel: Channel): Promise<void> {
    await this.txHost.tx.query(`UPDATE cases SET channel = $2, version = version + 1, updated_at = now() WHERE id = $1 AND channel <> $2`, [caseId, channel]);
  }
}

import { EntityManager } from 'typeorm';
import type { Channel } from './domain';

/**
 * Sets the channel a case is being served through (an on-site visit makes it `onsite`), in the
 * caller's transaction, bumping its version like any change. The caller has checked scope (it
 * holds the case from CaseRepository) and records the change on the timeline and in the audit log.
 */
export async function markCaseChannel(m: EntityManager, caseId: string, channel: Channel): Promise<void> {
  await m.query(`UPDATE cases SET channel = $2, version = version + 1, updated_at = now() WHERE id = $1 AND channel <> $2`, [caseId, channel]);
}

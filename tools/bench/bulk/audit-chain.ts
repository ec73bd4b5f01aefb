import { auditHmac, canonicalJson, HashedAuditFields } from '@app/audit';

const q = JSON.stringify;
const text = (v: string | null) => (v === null ? 'null' : q(v));

/**
 * auditEventHash for the bulk generator, about twice as fast: the top-level keys of an audit
 * event are fixed, so they are written in canonical (sorted) order directly instead of sorting
 * them for every one of millions of events. The spec checks it against auditEventHash, and the
 * consistency test verifies the generated chain with the auditor's verifier.
 */
export function bulkAuditHash(f: HashedAuditFields, key: Buffer): string {
  const canonical =
    `{"action":${q(f.action)},"actorId":${text(f.actorId)},"actorRole":${text(f.actorRole)},"actorZone":${text(f.actorZone)},` +
    `"after":${canonicalJson(f.after)},"before":${canonicalJson(f.before)},"entityId":${text(f.entityId)},"entityType":${q(f.entityType)},` +
    `"ip":${text(f.ip)},"occurredAt":${q(f.occurredAt.toISOString())},"prevHash":${q(f.prevHash)},"requestId":${text(f.requestId)},"seq":${f.seq},"userAgent":${text(f.userAgent)}}`;
  return auditHmac(key, canonical);
}

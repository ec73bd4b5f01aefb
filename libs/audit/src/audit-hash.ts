import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event that its hash covers (everything but its id and its own hash). */
export interface HashedAuditFields {
  occurredAt: Date;
  actorId: string | null;
  actorRole: string | null;
  actorZone: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every depth, so a value hashes the same after a jsonb round-trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SM3 (GB/T 32905-2016) over the canonical form of the event, which includes the previous hash. */
export function auditEventHash(fields: HashedAuditFields): string {
  return createHash('sm3').update(canonicalJson(fields), 'utf8').digest('hex');
}

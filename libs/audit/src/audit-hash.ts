import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event as stored (everything but its id, its link and its own hash). */
export interface AuditEventFields {
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
}

/**
 * What a link's hash covers: the event as stored, its place in the chain (`seq`, 1, 2, …) and
 * the hash of the link before it. Same canonical JSON as before the chain was keyed; `seq` is the
 * one field added.
 */
export interface HashedAuditFields extends AuditEventFields {
  seq: number;
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

/** The key as bytes: 64 hex characters (AUDIT_HMAC_KEY). */
export function auditKey(hex: string): Buffer {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('the audit key must be 64 hex characters');
  return Buffer.from(hex, 'hex');
}

/**
 * HMAC-SM3 (GB/T 32905-2016 in RFC 2104's construction) over the canonical form of the link.
 * Without the key nobody can compute a valid link, not even a database superuser.
 */
export function auditEventHash(fields: HashedAuditFields, key: Buffer): string {
  return auditHmac(key, canonicalJson(fields));
}

export function auditHmac(key: Buffer, text: string): string {
  return createHmac('sm3', key).update(text, 'utf8').digest('hex');
}

/** Plain SM3 of a text, hex. */
export function sm3Hex(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

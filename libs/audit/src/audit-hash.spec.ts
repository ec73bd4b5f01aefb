import { auditEventHash, canonicalJson, GENESIS_HASH, HashedAuditFields } from './audit-hash';

const key = Buffer.from('11'.repeat(32), 'hex');
const event: HashedAuditFields = {
  occurredAt: new Date('2026-03-02T01:30:00.000Z'),
  actorId: 'u1',
  actorRole: 'agent',
  actorZone: 'huangpu',
  action: 'case.accept',
  entityType: 'case',
  entityId: 'c1',
  before: { status: 'submitted' },
  after: { status: 'accepted', assigneeId: 'u1' },
  ip: '127.0.0.1',
  userAgent: 'jest',
  requestId: 'r1',
  seq: 1,
  prevHash: GENESIS_HASH,
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('auditEventHash', () => {
  it('is HMAC-SM3 (RFC 2104 over GB/T 32905) of the canonical JSON: the SM3 test vector checks the algorithm', () => {
    const { createHash, createHmac } = require('node:crypto');
    // GB/T 32905 example: SM3("abc")
    expect(createHash('sm3').update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(auditEventHash(event, key)).toBe(createHmac('sm3', key).update(canonicalJson(event)).digest('hex'));
    expect(auditEventHash(event, key)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('needs the key: another key, or plain SM3, gives another hash', () => {
    const { createHash } = require('node:crypto');
    expect(auditEventHash(event, Buffer.from('22'.repeat(32), 'hex'))).not.toBe(auditEventHash(event, key));
    expect(createHash('sm3').update(canonicalJson(event)).digest('hex')).not.toBe(auditEventHash(event, key));
  });

  it('does not depend on key order of before/after', () => {
    expect(auditEventHash({ ...event, after: { assigneeId: 'u1', status: 'accepted' } }, key)).toBe(auditEventHash(event, key));
  });

  it.each<[string, Partial<HashedAuditFields>]>([
    ['the action', { action: 'case.reject' }],
    ['the after image', { after: { status: 'rejected' } }],
    ['the time', { occurredAt: new Date('2026-03-02T01:30:00.001Z') }],
    ['the previous hash', { prevHash: 'f'.repeat(64) }],
    ['the sequence number', { seq: 2 }],
    ['the actor', { actorId: 'u2' }],
  ])('changes when %s changes', (_label, change) => {
    expect(auditEventHash({ ...event, ...change }, key)).not.toBe(auditEventHash(event, key));
  });
});

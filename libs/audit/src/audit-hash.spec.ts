import { auditEventHash, canonicalJson, GENESIS_HASH, HashedAuditFields } from './audit-hash';

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
  prevHash: GENESIS_HASH,
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('auditEventHash', () => {
  it('is SM3: 64 hex characters, the standard test vector for "abc" checks the algorithm', () => {
    const hash = auditEventHash(event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // GB/T 32905 example: SM3("abc")
    expect(require('node:crypto').createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('does not depend on key order of before/after', () => {
    expect(auditEventHash({ ...event, after: { assigneeId: 'u1', status: 'accepted' } })).toBe(auditEventHash(event));
  });

  it.each<[string, Partial<HashedAuditFields>]>([
    ['the action', { action: 'case.reject' }],
    ['the after image', { after: { status: 'rejected' } }],
    ['the time', { occurredAt: new Date('2026-03-02T01:30:00.001Z') }],
    ['the previous hash', { prevHash: 'f'.repeat(64) }],
    ['the actor', { actorId: 'u2' }],
  ])('changes when %s changes', (_label, change) => {
    expect(auditEventHash({ ...event, ...change })).not.toBe(auditEventHash(event));
  });
});

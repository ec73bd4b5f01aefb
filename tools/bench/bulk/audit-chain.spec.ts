import { randomBytes } from 'node:crypto';
import { auditEventHash, HashedAuditFields } from '@app/audit';
import { bulkAuditHash } from './audit-chain';
import { Rng } from './rng';

describe('bulkAuditHash', () => {
  it('equals auditEventHash for the shapes the generator writes', () => {
    const rng = new Rng(3);
    const key = randomBytes(32);
    const values = [null, 'system', '黄浦·专员01', 'a"b\\c\n', '2dcfecfa-1b8d-4364-a074-417a26572bc6'];
    for (let i = 0; i < 2000; i++) {
      const fields: HashedAuditFields = {
        occurredAt: new Date(Date.UTC(2026, 0, 1) + rng.int(1e10)),
        actorId: rng.pick(values),
        actorRole: rng.pick([null, 'agent', 'system']),
        actorZone: rng.pick([null, 'huangpu']),
        action: rng.pick(['case.file', 'case.accept', 'rectification.contact']),
        entityType: rng.pick(['case', 'user', 'rectification']),
        entityId: rng.pick(values),
        before: rng.pick([null, { status: 'submitted', version: 2, assigneeId: null, escalationAuthorityId: null }]),
        after: rng.pick([null, { status: 'closed', level: 4, comment: '处理时间太长了。', missingItems: ['身份证明', '截图'], z: { b: 1, a: [true, null] } }]),
        ip: rng.pick([null, '127.0.0.1']),
        userAgent: rng.pick([null, 'seed:bulk']),
        requestId: rng.pick([null, 'r-1']),
        seq: rng.int(1e9) + 1,
        prevHash: rng.uuid().replace(/-/g, '').padEnd(64, '0'),
      };
      expect(bulkAuditHash(fields, key)).toBe(auditEventHash(fields, key));
    }
  });
});

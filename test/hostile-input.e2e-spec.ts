import { randomUUID } from 'node:crypto';
import { FILINGS } from './support/case-fixtures';
import { openSlot, shanghai, workingDays } from './support/offline-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * A corpus of hostile input against every write endpoint. Each must get a clear 4xx
 * application/problem+json (naming the field where there is one) and change nothing: the row
 * counts of every table a write could touch, and the audit chain head, are compared around it.
 */
const TABLES = ['users', 'cases', 'case_events', 'attachments', 'escalations', 'rating_reviews', 'creator_profiles', 'idempotency_keys', 'notification_outbox', 'refresh_tokens', 'phone_verifications', 'settings', 'appointment_slots', 'appointments', 'salon_events', 'event_registrations', 'onsite_visits', 'issued_documents'];

const SQL = "'; DROP TABLE cases; --";
const SCRIPT = '<script>alert(document.cookie)</script>';
const deep = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

/** Values that are wrong for any field of the given kind. */
const WRONG: Record<'text' | 'strict' | 'number' | 'array' | 'object' | 'boolean', unknown[]> = {
  // Free text: any characters are data, but not control characters, not the wrong type, not unbounded.
  text: [{ nested: { deep: [] } }, ['a'], 12345, true, 'x'.repeat(100_000), 'bad\u0000nul', 'bell\u0007'],
  // Ids, enums, phone numbers, codes: injection strings are simply invalid values.
  strict: [{ nested: {} }, [], 12345, SQL, SCRIPT, '../../etc/passwd', 'x'.repeat(10_000), 'nul\u0000'],
  number: ['12', -1, 1e12, 1.5, { n: 1 }, [], SQL],
  array: [{ 0: 'a' }, 'a', Array.from({ length: 10_000 }, () => 'x'), [{ nested: 1 }], [SQL.repeat(100)]],
  object: [[], 'str', 42, { __proto__: { polluted: true } }, { unexpected: 1 }],
  boolean: ['yes', 1, {}, []],
};

type Kind = keyof typeof WRONG;
interface WriteRoute {
  method: 'post' | 'put' | 'patch';
  path: (f: Fixtures) => string;
  as: keyof Users;
  body: (f: Fixtures) => Record<string, unknown>;
  fields: Record<string, Kind>;
}
interface Fixtures {
  caseId: string;
  version: number;
  userId: string;
  reviewId: string;
  slotId: string;
  day: string;
}
interface Users {
  creator: TestUser;
  agent: TestUser;
  supervisor: TestUser;
  sysadmin: TestUser;
  secadmin: TestUser;
}

const ROUTES: WriteRoute[] = [
  { method: 'post', path: () => '/api/v1/auth/register/code', as: 'creator', body: () => ({ phone: '13900000000' }), fields: { phone: 'strict' } },
  { method: 'post', path: () => '/api/v1/auth/register', as: 'creator', body: () => ({ phone: '13900000000', code: '123456', password: 'Abcdef12!', displayName: '新用户' }), fields: { phone: 'strict', code: 'strict', password: 'text', displayName: 'text' } },
  { method: 'post', path: () => '/api/v1/auth/refresh', as: 'creator', body: () => ({ refreshToken: 'x'.repeat(43) }), fields: { refreshToken: 'strict' } },
  {
    method: 'post',
    path: () => '/api/v1/cases',
    as: 'creator',
    body: () => ({ ...FILINGS.shield, zoneId: 'huangpu' }),
    fields: { programme: 'strict', category: 'strict', zoneId: 'strict', title: 'text', description: 'text', intake: 'object', channel: 'strict', creatorPhone: 'strict' },
  },
  {
    method: 'post',
    path: (f) => `/api/v1/cases/${f.caseId}/actions/request_materials`,
    as: 'agent',
    body: (f) => ({ version: f.version, items: ['截图'] }),
    fields: { version: 'number', items: 'array', note: 'text' },
  },
  {
    method: 'post',
    path: (f) => `/api/v1/cases/${f.caseId}/actions/assign`,
    as: 'supervisor',
    body: (f) => ({ version: f.version, assigneeId: randomUUID() }),
    fields: { version: 'number', assigneeId: 'strict' },
  },
  { method: 'post', path: (f) => `/api/v1/cases/${f.caseId}/comments`, as: 'agent', body: () => ({ body: '您好', visibility: 'public' }), fields: { body: 'text', visibility: 'strict' } },
  { method: 'post', path: (f) => `/api/v1/reviews/${f.reviewId}/follow-up`, as: 'supervisor', body: () => ({ note: '已回访' }), fields: { note: 'text' } },
  {
    method: 'put',
    path: () => '/api/v1/creator-profile',
    as: 'creator',
    body: () => ({ realName: '张三', idCardNumber: '11010519491231002X', platformAccounts: [], studio: 'S' }),
    fields: { realName: 'text', idCardNumber: 'strict', platformAccounts: 'array', studio: 'text' },
  },
  {
    method: 'post',
    path: () => '/api/v1/admin/users',
    as: 'sysadmin',
    body: () => ({ username: `u${Date.now()}`, displayName: '新专员', password: 'Abcdef12!', zoneId: 'huangpu', skills: ['shield'] }),
    fields: { username: 'strict', displayName: 'text', password: 'text', zoneId: 'strict', skills: 'array' },
  },
  { method: 'patch', path: (f) => `/api/v1/admin/users/${f.userId}`, as: 'sysadmin', body: () => ({ displayName: '改名' }), fields: { displayName: 'text', status: 'strict', skills: 'array', zoneId: 'strict' } },
  { method: 'put', path: (f) => `/api/v1/admin/users/${f.userId}/role`, as: 'secadmin', body: () => ({ role: 'agent' }), fields: { role: 'strict' } },
  { method: 'post', path: () => '/api/v1/appointments', as: 'creator', body: (f) => ({ slotId: f.slotId, programme: 'shield', topic: '咨询' }), fields: { slotId: 'strict', programme: 'strict', topic: 'text' } },
  {
    method: 'post',
    path: () => '/api/v1/appointment-slots',
    as: 'supervisor',
    body: (f) => ({ startsAt: shanghai(f.day, '16:00'), endsAt: shanghai(f.day, '16:30'), capacity: 2, programmes: ['shield'] }),
    fields: { startsAt: 'strict', endsAt: 'strict', capacity: 'number', programmes: 'array', zoneId: 'strict' },
  },
  {
    method: 'post',
    path: () => '/api/v1/salons',
    as: 'supervisor',
    body: (f) => ({ title: '大V沙龙测试', topicProgramme: 'shield', startsAt: shanghai(f.day, '14:00'), endsAt: shanghai(f.day, '16:00'), venue: '多功能厅', capacity: 10, experts: [{ name: '王律师' }] }),
    fields: { title: 'text', topicProgramme: 'strict', startsAt: 'strict', capacity: 'number', experts: 'array', venue: 'text', onlineUrl: 'strict' },
  },
  { method: 'post', path: (f) => `/api/v1/cases/${f.caseId}/visits`, as: 'creator', body: () => ({ note: '需要专家上门', preferredTime: '下午', address: '黄浦区某路一号' }), fields: { note: 'text', preferredTime: 'text', address: 'text' } },
  { method: 'put', path: () => '/api/v1/admin/security-policy', as: 'secadmin', body: () => ({ passwordMinLength: 8, lockoutThreshold: 5, lockoutMinutes: 15 }), fields: { passwordMinLength: 'number', lockoutThreshold: 'number', lockoutMinutes: 'number' } },
];

/** Whole-body attacks, sent as raw bytes. */
const RAW_BODIES: [string, string | Buffer][] = [
  ['an array', '[]'],
  ['a bare string', '"hello"'],
  ['a number', '42'],
  ['null', 'null'],
  ['malformed JSON', '{"a":'],
  ['prototype pollution through __proto__', '{"__proto__":{"isAdmin":true,"role":"sysadmin"}}'],
  ['prototype pollution through constructor', '{"constructor":{"prototype":{"isAdmin":true}}}'],
  ['deeply nested JSON', deep(5000)],
  ['a body over the size limit', JSON.stringify({ title: 'x'.repeat(300 * 1024) })],
  ['invalid UTF-8', Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from('"}')])],
];

/** form-data trims a filename to its basename; `filepath` sends it exactly as an attacker would. */
const rawName = (name: string) => ({ filepath: name, contentType: 'application/octet-stream' }) as unknown as { filename: string };

describe('hostile input against every write endpoint (e2e)', () => {
  let t: TestApp;
  let users: Users;
  let f: Fixtures;

  beforeAll(async () => {
    t = await TestApp.start();
    users = {
      creator: await t.user('creator'),
      agent: await t.user('agent', { zoneId: 'huangpu' }),
      supervisor: await t.user('supervisor', { zoneId: 'huangpu' }),
      sysadmin: await t.user('sysadmin', { zoneId: null }),
      secadmin: await t.user('secadmin', { zoneId: null }),
    };
    let c = (await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = (await t.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(users.agent)).send({ version: c.version }).expect(201)).body;
    let r = (await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.legislation, zoneId: 'huangpu' }).expect(201)).body;
    for (const [action, body] of [['accept', {}], ['start', {}], ['resolve', { outcome: 'noted', summary: '已记录' }]] as const) {
      r = (await t.http.post(`/api/v1/cases/${r.id}/actions/${action}`).set(bearer(users.agent)).send({ version: r.version, ...body }).expect(201)).body;
    }
    await t.http.post(`/api/v1/cases/${r.id}/actions/rate`).set(bearer(users.creator)).send({ version: r.version, level: 5 }).expect(201);
    const review = (await t.http.get('/api/v1/reviews').set(bearer(users.supervisor)).expect(200)).body.find((x: { caseId: string }) => x.caseId === r.id);
    const target = await t.user('agent', { zoneId: 'huangpu' });
    const [day] = await workingDays(t, 1);
    const slot = await openSlot(t, users.supervisor, day);
    f = { caseId: c.id, version: c.version, userId: target.id, reviewId: review.id, slotId: slot.id, day };
  });
  afterAll(() => t.close());

  async function state(): Promise<string> {
    const counts = await Promise.all(TABLES.map((table) => t.count(table)));
    const [head] = await t.db.query('SELECT last_hash FROM audit_chain_head');
    return JSON.stringify({ counts, head: head.last_hash });
  }

  function expectProblem(res: { status: number; headers: Record<string, string> }, label: string) {
    if (res.status < 400 || res.status >= 500) throw new Error(`${label}: expected a 4xx, got ${res.status}`);
    expect(res.headers['content-type']).toContain('application/problem+json');
  }

  it('answers every field mutation with a 4xx naming the field, and changes nothing', async () => {
    let tried = 0;
    for (const route of ROUTES) {
      for (const [field, kind] of Object.entries(route.fields)) {
        for (const value of WRONG[kind]) {
          const before = await state();
          const body = { ...route.body(f), [field]: value };
          const res = await t.http[route.method](route.path(f)).set(bearer(users[route.as])).send(body);
          const label = `${route.method.toUpperCase()} ${route.path(f)} ${field}=${JSON.stringify(value).slice(0, 40)}`;
          expectProblem(res, label);
          if (res.status === 400 && res.body.errors) {
            const named = res.body.errors.some((e: { field: string }) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`));
            if (!named) throw new Error(`${label}: errors do not name ${field}: ${JSON.stringify(res.body.errors)}`);
          }
          expect(await state()).toBe(before);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(150);
  });

  it('answers unknown fields and whole-body attacks with a 4xx and changes nothing', async () => {
    for (const route of ROUTES) {
      const before = await state();
      const extra = await t.http[route.method](route.path(f)).set(bearer(users[route.as])).send({ ...route.body(f), isAdmin: true });
      expectProblem(extra, `${route.path(f)} unknown field`);
      for (const [label, raw] of RAW_BODIES) {
        const res = await t.http[route.method](route.path(f)).set(bearer(users[route.as])).set('content-type', 'application/json').send(raw);
        expectProblem(res, `${route.path(f)} ${label}`);
      }
      expect(await state()).toBe(before);
    }
    // Nothing leaked into Object.prototype.
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses hostile uploads: traversal and NUL in names, a lying type, a zip bomb, an oversized file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    // A zip whose one entry would inflate enormously; it is never unpacked, only refused.
    const zipBomb = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]), Buffer.alloc(2048, 0)]);
    const cases: [string, Buffer, string, number][] = [
      ['path traversal', png, '../../../etc/cron.d/evil.png', 400],
      ['a backslash path', png, '..\\..\\evil.png', 400],
      ['a NUL byte in the name', png, 'evil.png\u0000.exe', 400],
      ['content that lies about its type', png, 'contract.pdf', 415],
      ['a zip bomb', zipBomb, 'photos.zip', 415],
      ['an executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'evidence.png', 415],
      ['an oversized file', Buffer.alloc(3 * 1024 * 1024, 0x41), 'big.txt', 413],
    ];
    for (const [label, bytes, name, status] of cases) {
      const before = await state();
      const res = await t.http.post(`/api/v1/cases/${f.caseId}/attachments`).set(bearer(users.creator)).attach('file', bytes, rawName(name));
      expect({ label, status: res.status }).toEqual({ label, status });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(await state()).toBe(before);
    }
  });

  it('stores injection strings in free text verbatim as data, never as code', async () => {
    const title = `${SQL} ${SCRIPT}`.slice(0, 100);
    const c = (await t.http.post('/api/v1/cases').set(bearer(users.creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu', title }).expect(201)).body;
    expect(c.title).toBe(title);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM cases WHERE title = $1`, [title]);
    expect(n).toBe(1);
    const search = (await t.http.get(`/api/v1/cases?q=${encodeURIComponent("' OR 1=1 --")}`).set(bearer(users.agent)).expect(200)).body;
    expect(search.items.every((i: { title: string }) => i.title.includes("' OR 1=1 --") || i.title === title)).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { AuditChainService, AuditService } from '@app/audit';
import { shanghaiYear } from '@app/calendar';
import { TransactionHost } from '@app/database';
import { FILINGS } from './support/case-fixtures';
import { bearer, randomAddress, TestApp, TestUser } from './support/test-app';

const sm3 = (s: string) => createHash('sm3').update(s, 'utf8').digest('hex');

/**
 * The audit layer's own guarantees: what is hashed is what is stored (whatever a caller sends),
 * free text and anonymous phone / ID numbers stay out of the log in clear, and linking into the
 * chain happens after commit, in order, without any writer waiting for it.
 */
describe('audit chain (e2e)', () => {
  let t: TestApp;
  let owner: Client;
  let auditor: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    owner = new Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
    await owner.connect();
    auditor = await t.user('auditor', { zoneId: null });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const verify = async () => (await t.http.get('/api/v1/audit/verify').set(bearer(auditor)).expect(200)).body;
  const lastEvent = async (action: string) => (await t.db.query(`SELECT * FROM audit_events WHERE action = $1 ORDER BY id DESC LIMIT 1`, [action]))[0];

  it('keeps the chain intact after login names PostgreSQL cannot store as sent, stored in a visible encoding', async () => {
    const names: [string, string][] = [
      ['"\\ud800"', '\\ud800'],
      ['"a\\udc00b"', 'a\\udc00b'],
      ['"x\\ud83d"', 'x\\ud83d'],
      ['"nul\\u0000name"', 'nul\\u0000name'],
      ['"\\u0000"', '\\u0000'],
      ['"😀\\ud83d\\ude00ok"', '😀😀ok'],
    ];
    for (const [json, stored] of names) {
      const res = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').set('X-Forwarded-For', randomAddress()).send(`{"username":${json},"password":"x"}`);
      // Refused as bad input at the edge, or as an unknown account: never a 500.
      expect([400, 401]).toContain(res.status);
      if (res.status === 401) expect((await lastEvent('auth.login_failed')).actor_id).toBe(stored);
    }
    const result = await verify();
    expect(result).toMatchObject({ ok: true, problemCount: 0, problems: [], unlinked: { count: 0 } });
    expect(result.checked).toBeGreaterThanOrEqual(2);
  });

  it('stores any entry exactly as it is hashed, whatever strings a caller hands the audit layer', async () => {
    const nasty = { 'k\u0000ey': ['\ud800', 'ok😀', { deep: 'x\udfff' }], n: 1.5, at: new Date('2026-03-01T00:00:00Z'), none: undefined };
    await t.app.get(TransactionHost).withTransaction(() =>
      t.app.get(AuditService).record({
        actor: null,
        actorIdHint: 'who\u0000\ud800',
        action: 'test.nasty',
        entityType: 'test',
        entityId: 'id\udc00',
        before: nasty,
        after: { ...nasty, note: 'a\u0000b' },
        meta: { userAgent: `${'x'.repeat(499)}😀tail`, ip: '\u0000', requestId: '\ud83d' },
      }),
    );
    const row = await lastEvent('test.nasty');
    expect(row).toMatchObject({ actor_id: 'who\\u0000\\ud800', entity_id: 'id\\udc00', ip: '\\u0000', request_id: '\\ud83d' });
    expect(row.before).toEqual({ 'k\\u0000ey': ['\\ud800', 'ok😀', { deep: 'x\\udfff' }], n: 1.5, at: '2026-03-01T00:00:00.000Z' });
    expect(row.after.note).toMatchObject({ redacted: 'free_text', length: 3 });
    // Cut at 500 characters without splitting the emoji's surrogate pair.
    expect(row.user_agent).toBe(`${'x'.repeat(499)}😀`);
    expect(await verify()).toMatchObject({ ok: true, problemCount: 0, unlinked: { count: 0 } });
  });

  it('masks a failed login name that is a phone or ID-card number before it enters the log', async () => {
    for (const [username, masked] of [
      ['13912345678', '139****5678'],
      ['310101199001011234', '310***********1234'],
      ['+86 139 1234 5678', '139****5678'],
    ]) {
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', randomAddress()).send({ username, password: 'whatever1A' }).expect(401);
      const event = await lastEvent('auth.login_failed');
      expect(event.actor_id).toBe(masked);
      expect(JSON.stringify(event)).not.toContain(username.replace(/\D/g, '').slice(-11));
    }
  });

  it('keeps free text out of before/after: the auditor sees that it changed, its length and SM3 digest', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent');
    const step = async (u: TestUser, c: { id: string; version: number }, action: string, body: object = {}) =>
      (await t.http.post(`/api/v1/cases/${c.id}/actions/${action}`).set(bearer(u)).send({ version: c.version, ...body }).expect(201)).body;
    const rejected = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    const reason = '不属于本服务台受理范围，请向属地市场监管部门咨询';
    await step(agent, rejected, 'reject', { reason });
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = await step(agent, c, 'accept');
    const items = ['身份证明扫描件', '侵权页面截图'];
    c = await step(agent, c, 'request_materials', { items, note: '请一次补齐' });
    c = await step(creator, c, 'supply_materials', { note: '已补充身份证明和截图' });
    c = await step(agent, c, 'start');
    const summary = '平台已删除侵权内容并封禁相关账号';
    c = await step(agent, c, 'resolve', { outcome: 'takedown_done', summary });
    await step(creator, c, 'rate', { level: 4, comment: '处理很及时，谢谢专员' });

    const rows = await t.db.query(`SELECT action, before, after FROM audit_events WHERE entity_id = ANY($1) ORDER BY id`, [[rejected.id, c.id]]);
    const after = (action: string) => rows.find((r: { action: string }) => r.action === action).after;
    expect(after('case.reject').reason).toEqual({ redacted: 'free_text', length: Array.from(reason).length, sm3: sm3(reason) });
    expect(after('case.request_materials').missingItems).toEqual({ redacted: 'free_text', length: 13, count: 2, sm3: sm3(JSON.stringify(items)) });
    expect(after('case.request_materials').note).toMatchObject({ redacted: 'free_text', length: 5 });
    expect(after('case.resolve')).toMatchObject({ outcome: 'takedown_done', summary: { redacted: 'free_text', sm3: sm3(summary) } });
    expect(after('case.rate')).toMatchObject({ level: 4, comment: { redacted: 'free_text', length: 10 } });
    const stored = JSON.stringify(rows);
    for (const text of [reason, summary, ...items, '请一次补齐', '已补充身份证明和截图', '处理很及时']) expect(stored).not.toContain(text);
    // The case itself keeps the words for the people handling it.
    const [kept] = await t.db.query(`SELECT rejection_reason FROM cases WHERE id = $1`, [rejected.id]);
    expect(kept.rejection_reason).toBe(reason);
    expect(await verify()).toMatchObject({ ok: true, problemCount: 0 });
  });

  it('links events after commit: a writer never waits for the chain, an open transaction holds back only what comes after it, and the lag raises the alarm', async () => {
    const chain = t.app.get(AuditChainService);
    await chain.settle();
    const creator = await t.user('creator');
    const holder = new Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
    const linker = new Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
    await Promise.all([holder.connect(), linker.connect()]);
    try {
      // A transaction that wrote an event an hour "ago" and has not committed yet.
      await holder.query('BEGIN');
      const [held] = (await holder.query(`INSERT INTO audit_events (occurred_at, action, entity_type) VALUES (now() - interval '1 hour', 'test.held', 'test') RETURNING id`)).rows;
      // A linker holding the head: filing still answers at once (no writer takes the head).
      await linker.query('BEGIN');
      await linker.query('SELECT 1 FROM audit_chain_head WHERE id = 1 FOR UPDATE');
      const filed = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.starlight, zoneId: 'yangpu' }).timeout(5000).expect(201)).body;
      await linker.query('ROLLBACK');
      const [event] = await t.db.query(`SELECT id FROM audit_events WHERE action = 'case.file' AND entity_id = $1`, [filed.id]);

      // The filing committed after the held transaction began: it waits for that one.
      await chain.link();
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_links WHERE event_id = $1`, [event.id]);
      expect(n).toBe(0);
      const pending = await chain.verify();
      expect(pending).toMatchObject({ ok: true, problemCount: 0 });
      expect(pending.unlinked.count).toBeGreaterThanOrEqual(1);
      // The held transaction's event is invisible to others until it commits; the lag counts what is visible.
      await holder.query('COMMIT');
      const lag = await chain.lag();
      expect(lag.alarm).toBe(true);
      expect(lag.oldestUnlinkedSeconds).toBeGreaterThanOrEqual(3500);
      const ready = await t.http.get('/ready').expect(200);
      expect(ready.body.info.audit_chain).toMatchObject({ status: 'up', alarm: true });

      // Once it has ended both are linked, in id order.
      await chain.link();
      const links = await t.db.query(`SELECT seq::int AS seq, event_id FROM audit_links WHERE event_id = ANY($1) ORDER BY seq`, [[held.id, event.id]]);
      expect(links.map((l: { event_id: string }) => l.event_id)).toEqual([held.id, event.id]);
      expect(links[1].seq).toBeGreaterThan(links[0].seq);
      expect((await chain.lag()).alarm).toBe(false);
      expect(await verify()).toMatchObject({ ok: true, problemCount: 0, unlinked: { count: 0 } });
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await Promise.all([holder.end(), linker.end()]);
    }
  });

  it('gives case numbers from a sequence per zone × programme × year: a filing never waits for another one', async () => {
    const creator = await t.user('creator');
    const year = shanghaiYear(new Date());
    const first = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.legislation, zoneId: 'yangpu' }).expect(201)).body;
    const n = Number(first.reference.slice(-6));
    expect(first.reference).toBe(`YP-LEG-${year}-${String(n).padStart(6, '0')}`);
    // Another filing's transaction has taken the next number and is still open.
    const other = new Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      const [{ v }] = (await other.query(`SELECT case_reference_next('YP', 'LEG', $1) AS v`, [year])).rows;
      expect(Number(v)).toBe(n + 1);
      const second = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.legislation, zoneId: 'yangpu' }).timeout(5000).expect(201)).body;
      expect(second.reference).toBe(`YP-LEG-${year}-${String(n + 2).padStart(6, '0')}`);
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
    // The sequence belongs to the owner; the application may only ask for the next number.
    await expect(t.db.query(`SELECT setval('case_references.yp_leg_${year}', 1)`)).rejects.toThrow(/permission denied/);
  });

  it('lists events with their place in the chain', async () => {
    await t.verifyAudit();
    const res = await t.http.get('/api/v1/audit/events?action=case.file&limit=3').set(bearer(auditor)).expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items) expect(item).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

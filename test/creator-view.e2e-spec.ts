import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/** What the creator's own API answers contain, and what they leave out (issue 15). */
describe('what the creator sees (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  type Case = { id: string; version: number; status: string; allowedActions: string[] };
  const act = async (user: TestUser, c: Case, action: string, body: object = {}): Promise<Case> =>
    (await t.http.post(`/api/v1/cases/${c.id}/actions/${action}`).set(bearer(user)).send({ version: c.version, ...body }).expect(201)).body;
  const file = async (creator: TestUser): Promise<Case> =>
    (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
  const timeline = async (user: TestUser, id: string) => (await t.http.get(`/api/v1/cases/${id}/timeline`).set(bearer(user)).expect(200)).body as { kind: string; data: Record<string, unknown> }[];

  it('shows the creator only the public line of an escalation, and nothing of a return', async () => {
    const [creator, agent, officer] = [await t.user('creator'), await t.user('agent'), await t.user('cac_officer')];
    let c = await act(agent, await act(agent, await file(creator), 'accept'), 'start');
    c = await act(agent, c, 'escalate', { reason: '平台拒不处置，内部判断需约谈', publicNote: '您的案件已提交区委网信办协调处置' });
    c = await act(officer, c, 'acknowledge');
    c = await act(officer, c, 'return', { instructions: '请先补充平台投诉回执' });
    c = await act(agent, c, 'escalate', { reason: '已按退回意见补充平台回执' });

    const mine = JSON.stringify(await timeline(creator, c.id));
    expect(mine).toContain('您的案件已提交区委网信办协调处置');
    expect(mine).not.toContain('约谈');
    expect(mine).not.toContain('已按退回意见');
    expect(mine).not.toContain('请先补充平台投诉回执');
    expect(mine).not.toContain('"return"');
    const detail = JSON.stringify((await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body);
    expect(detail).not.toContain('约谈');

    // Staff still read everything, the return marked internal.
    const staff = await timeline(agent, c.id);
    expect(JSON.stringify(staff)).toContain('约谈');
    const [ret] = (await t.db.query(`SELECT visibility FROM case_events WHERE case_id = $1 AND data->>'action' = 'return'`, [c.id])) as { visibility: string }[];
    expect(ret.visibility).toBe('internal');
    const [audit] = await t.db.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'case.escalate' ORDER BY id LIMIT 1`, [c.id]);
    expect(audit.after.publicNote).toBe('您的案件已提交区委网信办协调处置');
  });

  it('refuses a public line that is too long, naming the field, and escalates nothing', async () => {
    const [creator, agent] = [await t.user('creator'), await t.user('agent')];
    const c = await act(agent, await act(agent, await file(creator), 'accept'), 'start');
    const res = await t.http.post(`/api/v1/cases/${c.id}/actions/escalate`).set(bearer(agent)).send({ version: c.version, reason: '需处置', publicNote: '长'.repeat(201) }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('publicNote');
    const [row] = await t.db.query(`SELECT status FROM cases WHERE id = $1`, [c.id]);
    expect(row.status).toBe('in_progress');
  });

  it('does not offer 撤回 on a resolved case, and refuses it', async () => {
    const [creator, agent] = [await t.user('creator'), await t.user('agent')];
    let c = await act(agent, await act(agent, await file(creator), 'accept'), 'start');
    c = await act(agent, c, 'resolve', { outcome: 'takedown_done', summary: '平台已下架' });
    const mine = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body as Case;
    expect(mine.allowedActions).toEqual(['reopen', 'rate']);
    await t.http.post(`/api/v1/cases/${c.id}/actions/withdraw`).set(bearer(creator)).send({ version: mine.version }).expect(409);
    expect((await t.db.query(`SELECT status FROM cases WHERE id = $1`, [c.id]))[0].status).toBe('resolved');
  });

  it('opening a case marks its notifications read, so the badge count drops; only the caller’s own', async () => {
    const [creator, agent, other] = [await t.user('creator'), await t.user('agent'), await t.user('creator')];
    const first = await file(creator);
    const c = await act(agent, await act(agent, first, 'accept'), 'request_materials', { items: ['身份证明'] });
    await act(agent, await act(agent, await file(creator), 'accept'), 'start');
    const unread = async (u: TestUser) => (await t.http.get('/api/v1/notifications/unread-count').set(bearer(u)).expect(200)).body.unread as number;
    const before = await unread(creator);
    const [{ n: forCase }] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND case_id = $2 AND read_at IS NULL`, [creator.id, c.id]);
    expect(forCase).toBeGreaterThan(0);

    // Someone else opening it changes nothing of the creator's.
    await t.http.post(`/api/v1/notifications/cases/${c.id}/read`).set(bearer(other)).expect(201);
    expect(await unread(creator)).toBe(before);

    const res = await t.http.post(`/api/v1/notifications/cases/${c.id}/read`).set(bearer(creator)).expect(201);
    expect(res.body).toEqual({ updated: forCase, unread: before - forCase });
    expect(await unread(creator)).toBe(before - forCase);
    expect(before - forCase).toBeGreaterThan(0); // the other case's notices stay unread
    const bad = await t.http.post('/api/v1/notifications/cases/nope/read').set(bearer(creator)).expect(400);
    expect(bad.body.errors[0].field).toBe('caseId');
  });

  it('reads 邮件通知 as off while there is no e-mail address', async () => {
    const creator = await t.user('creator');
    const settings = (await t.http.get('/api/v1/me/notification-settings').set(bearer(creator)).expect(200)).body;
    expect(settings).toMatchObject({ email: null, emailEnabled: false });
    const withEmail = (await t.http.put('/api/v1/me/notification-settings').set(bearer(creator)).send({ email: 'up@example.com' }).expect(200)).body;
    expect(withEmail).toMatchObject({ email: 'up***@example.com', emailEnabled: true });
  });
});

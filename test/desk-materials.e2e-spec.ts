import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/** 待补充材料 is no dead end for the desk: 催补, withdrawing the request, materials handed in at the window. */
describe('waiting for materials: the desk acts (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const act = (user: TestUser, id: string, action: string, body: object) => t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body);

  /** A case in the zone, accepted by `agent`, now waiting for materials. */
  async function waiting(zoneId = 'huangpu') {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId });
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId }).expect(201)).body;
    c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
    c = (await act(agent, c.id, 'request_materials', { version: c.version, items: ['授权书原件', '身份证明'] }).expect(201)).body;
    expect(c.status).toBe('awaiting_creator');
    return { creator, agent, c };
  }
  const notices = (userId: string, kind: string) =>
    t.db.query(`SELECT title, body FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY id`, [userId, kind]);
  const audits = (caseId: string, action: string) => t.db.query(`SELECT actor_id, after FROM audit_events WHERE entity_id = $1 AND action = $2`, [caseId, action]);

  it('offers the owner the three actions, and the creator none of them', async () => {
    const { creator, agent, c } = await waiting();
    const asAgent = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(agent)).expect(200)).body;
    expect(asAgent.allowedActions).toEqual(['remind_materials', 'withdraw_materials_request', 'receive_materials']);
    const asCreator = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body;
    expect(asCreator.allowedActions).toEqual(['supply_materials', 'withdraw']);
    await act(creator, c.id, 'remind_materials', { version: c.version }).expect(403);
    const otherAgent = await t.user('agent', { zoneId: 'huangpu' });
    await act(otherAgent, c.id, 'receive_materials', { version: c.version, note: '收到' }).expect(403);
  });

  it('sends a reminder to the creator (in-app and SMS), audited, at most once in 12 hours', async () => {
    const { creator, agent, c } = await waiting();
    const reminded = (await act(agent, c.id, 'remind_materials', { version: c.version, note: '请本周内补齐' }).expect(201)).body;
    expect(reminded).toMatchObject({ status: 'awaiting_creator', version: c.version + 1 });
    expect(reminded.materialsRequest.items).toEqual(['授权书原件', '身份证明']);
    const [notice] = await notices(creator.id, 'materials_reminder');
    expect(notice.title).toBe('提醒：请补充材料');
    expect(notice.body).toContain('1. 授权书原件；2. 身份证明');
    expect(notice.body).toContain('请本周内补齐');
    const [sms] = await t.db.query(`SELECT count(*)::int AS n FROM notification_outbox WHERE recipient_user_id = $1 AND template = 'materials_reminder' AND channel = 'sms'`, [creator.id]);
    expect(sms.n).toBe(1);
    expect(await audits(c.id, 'case.remind_materials')).toHaveLength(1);
    // The creator sees the reminder on the timeline.
    const timeline = (await t.http.get(`/api/v1/cases/${c.id}/timeline`).set(bearer(creator)).expect(200)).body;
    expect(timeline.some((e: { data: { action?: string } }) => e.data.action === 'remind_materials')).toBe(true);

    const again = await act(agent, c.id, 'remind_materials', { version: reminded.version }).expect(429);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(await notices(creator.id, 'materials_reminder')).toHaveLength(1);
    const [{ version }] = await t.db.query(`SELECT version FROM cases WHERE id = $1`, [c.id]);
    expect(version).toBe(reminded.version);
  });

  it('withdraws the request: back to where it was, the request gone, the creator told', async () => {
    const { creator, agent, c } = await waiting();
    const back = (await act(agent, c.id, 'withdraw_materials_request', { version: c.version, reason: '材料已在系统中查到' }).expect(201)).body;
    expect(back).toMatchObject({ status: 'accepted', materialsRequest: null });
    const [row] = await t.db.query(`SELECT status, status_before_awaiting, awaiting_creator_since, materials_request FROM cases WHERE id = $1`, [c.id]);
    expect(row).toEqual({ status: 'accepted', status_before_awaiting: null, awaiting_creator_since: null, materials_request: null });
    expect(back.slaClocks.every((k: { state: string }) => k.state !== 'paused')).toBe(true);
    expect(await notices(creator.id, 'materials_request_withdrawn')).toHaveLength(1);
    expect(await audits(c.id, 'case.withdraw_materials_request')).toHaveLength(1);
    const asCreator = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body;
    expect(asCreator.allowedActions).not.toContain('supply_materials');
  });

  it('records materials handed in at the window, with a required note the creator sees', async () => {
    const { creator, agent, c } = await waiting('yangpu');
    const missing = await act(agent, c.id, 'receive_materials', { version: c.version }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('note');
    const back = (await act(agent, c.id, 'receive_materials', { version: c.version, note: '已在杨浦服务窗口收到授权书原件' }).expect(201)).body;
    expect(back.status).toBe('accepted');
    const [notice] = await notices(creator.id, 'materials_received');
    expect(notice.body).toContain('已在杨浦服务窗口收到授权书原件');
    const timeline = (await t.http.get(`/api/v1/cases/${c.id}/timeline`).set(bearer(creator)).expect(200)).body;
    const entry = timeline.find((e: { data: { action?: string } }) => e.data.action === 'receive_materials');
    expect(entry).toMatchObject({ visibility: 'public', data: { note: '已在杨浦服务窗口收到授权书原件', from: 'awaiting_creator', to: 'accepted' } });
    const [audit] = await audits(c.id, 'case.receive_materials');
    expect(audit.actor_id).toBe(agent.id);
    // A field the action does not read is refused, naming it.
    await act(agent, c.id, 'receive_materials', { version: back.version, note: 'x', items: ['y'] }).expect(400);
  });
});

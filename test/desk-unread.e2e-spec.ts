import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/** What needs a reaction is visible: unread creator replies and returns, per staff member, stored. */
describe('unread markers on the desk (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const act = (user: TestUser, id: string, action: string, body: object) => t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body).expect(201);
  const row = async (user: TestUser, id: string) => {
    const page = (await t.http.get('/api/v1/cases').query({ pageSize: 100, sort: '-updatedAt' }).set(bearer(user)).expect(200)).body;
    return page.items.find((c: { id: string }) => c.id === id);
  };

  it('marks a creator reply unread for each agent until that agent reads it; 更新 moves', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const colleague = await t.user('agent', { zoneId: 'huangpu' });
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    c = (await act(agent, c.id, 'accept', { version: c.version })).body;
    expect(c.unread).toBeNull();
    expect((await row(agent, c.id)).unread).toBeNull();

    const before = (await row(agent, c.id)).updatedAt;
    await new Promise((r) => setTimeout(r, 20));
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(creator)).send({ body: '补充一下：侵权视频又新增了两条' }).expect(201);
    const marked = await row(agent, c.id);
    expect(marked.unread).toMatchObject({ kind: 'reply', text: '补充一下：侵权视频又新增了两条', count: 1 });
    expect(new Date(marked.updatedAt).getTime()).toBeGreaterThan(new Date(before).getTime());
    // The case page carries the same marker (the banner), and reading it does not clear it by itself.
    const detail = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(agent)).expect(200)).body;
    expect(detail.unread).toMatchObject({ kind: 'reply', count: 1 });

    const read = (await t.http.post(`/api/v1/cases/${c.id}/read`).set(bearer(agent)).expect(200)).body;
    expect(new Date(read.readAt).getTime()).toBeGreaterThan(0);
    expect((await row(agent, c.id)).unread).toBeNull();
    const [stored] = await t.db.query(`SELECT read_at FROM case_reads WHERE user_id = $1 AND case_id = $2`, [agent.id, c.id]);
    expect(stored.read_at.toISOString()).toBe(read.readAt);
    // Per agent: the colleague has not read it.
    expect((await row(colleague, c.id)).unread).toMatchObject({ kind: 'reply', count: 1 });
    // Staff's own replies and notes are no news; the creator sees no marker at all.
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '已收到，正在核实' }).expect(201);
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(colleague)).send({ body: '内部：注意时限', visibility: 'internal' }).expect(201);
    expect((await row(agent, c.id)).unread).toBeNull();
    expect((await row(creator, c.id)).unread).toBeNull();
    // Two new replies: counted.
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(creator)).send({ body: '第一条' }).expect(201);
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(creator)).send({ body: '第二条' }).expect(201);
    expect((await row(agent, c.id)).unread).toMatchObject({ kind: 'reply', text: '第二条', count: 2 });
  });

  it('marks a 网信办 return with its instructions; materials supplied count too', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const officer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    c = (await act(agent, c.id, 'accept', { version: c.version })).body;
    c = (await act(agent, c.id, 'escalate', { version: c.version, reason: '需网信办协调' })).body;
    c = (await act(officer, c.id, 'acknowledge', { version: c.version })).body;
    await t.http.post(`/api/v1/cases/${c.id}/read`).set(bearer(agent)).expect(200);
    c = (await act(officer, c.id, 'return', { version: c.version, instructions: '请先联系平台核实下架情况' })).body;
    const detail = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(agent)).expect(200)).body;
    expect(detail.unread).toMatchObject({ kind: 'return', text: '请先联系平台核实下架情况', count: 1 });
    // Officers and creators get no marker; nor may they set one.
    expect((await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body.unread).toBeNull();
    await t.http.post(`/api/v1/cases/${c.id}/read`).set(bearer(creator)).expect(403);
    await t.http.post(`/api/v1/cases/${c.id}/read`).set(bearer(agent)).expect(200);

    c = (await act(agent, c.id, 'request_materials', { version: detail.version, items: ['平台回函'] })).body;
    await act(creator, c.id, 'supply_materials', { version: c.version, note: '已上传平台回函' });
    expect((await row(agent, c.id)).unread).toMatchObject({ kind: 'materials', count: 1 });
  });

  it('refuses to mark a case of another zone read', async () => {
    const creator = await t.user('creator');
    const c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'yangpu' }).expect(201)).body;
    const huangpu = await t.user('agent', { zoneId: 'huangpu' });
    await t.http.post(`/api/v1/cases/${c.id}/read`).set(bearer(huangpu)).expect(404);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM case_reads WHERE case_id = $1`, [c.id]);
    expect(n).toBe(0);
  });
});

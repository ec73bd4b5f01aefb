import { randomUUID } from 'node:crypto';
import { HolidayCalendar, SlaPolicies } from '@app/sla';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * Work inside a transaction must use that transaction's connection only. If it took a second
 * one from the pool (a cache reload, a lookup through the DataSource) while holding row locks,
 * then under load every connection ends up held by transactions queued behind those locks and
 * the api stops answering (the 10-minute soak found exactly that). With a pool of ONE
 * connection such code cannot get its second connection at all: the request fails after the
 * pool wait instead of answering. So the whole lifecycle runs here on one connection, with the
 * caches emptied before every step so that each reload happens where the step needs it.
 */
describe('every request on a single database connection (e2e)', () => {
  let t: TestApp;
  let creator: TestUser;
  let agent: TestUser;
  let supervisor: TestUser;
  let officer: TestUser;

  beforeAll(async () => {
    t = await TestApp.start({ DB_POOL_MAX: '1', DB_POOL_WAIT_MS: '3000' });
    creator = await t.user('creator');
    agent = await t.user('agent', { zoneId: 'huangpu' });
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    officer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
  });
  afterAll(() => t?.close());

  const cold = () => {
    t.app.get(HolidayCalendar).invalidate();
    t.app.get(SlaPolicies).invalidate();
  };
  const act = async (user: TestUser, id: string, action: string, body: object) => {
    cold();
    const res = await t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body);
    expect({ action, status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ action, status: 201, body: undefined });
    return res.body as { id: string; version: number; status: string };
  };

  it('files, handles, escalates, resolves and rates a case', async () => {
    cold();
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).set('Idempotency-Key', randomUUID()).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = await act(agent, c.id, 'accept', { version: c.version });
    c = await act(agent, c.id, 'request_materials', { version: c.version, items: ['侵权页面截图'] });
    cold();
    await t.http
      .post(`/api/v1/cases/${c.id}/attachments`)
      .set(bearer(creator))
      .attach('file', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(64)]), '截图.png')
      .expect(201);
    c = await act(creator, c.id, 'supply_materials', { version: c.version, note: '已上传截图' });
    const colleague = await t.user('agent', { zoneId: 'huangpu' });
    c = await act(supervisor, c.id, 'assign', { version: c.version, assigneeId: colleague.id });
    c = await act(supervisor, c.id, 'assign', { version: c.version, assigneeId: agent.id });
    c = await act(agent, c.id, 'start', { version: c.version });
    cold();
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '您好，正在核实。' }).expect(201);
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '内部：已联系平台', visibility: 'internal' }).expect(201);
    c = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(agent)).expect(200)).body;
    c = await act(agent, c.id, 'escalate', { version: c.version, reason: '侵权持续扩散，需平台处置' });
    c = await act(officer, c.id, 'acknowledge', { version: c.version });
    c = await act(officer, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '已协调平台下架' });
    c = await act(creator, c.id, 'rate', { version: c.version, level: 5, comment: '太慢' });
    expect(c.status).toBe('closed');

    cold();
    const list = await t.http.get('/api/v1/cases?overdue=false&sort=nextDueAt').set(bearer(agent)).expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
  });

  it('rejects, withdraws, returns from the authority, reopens and closes', async () => {
    const file = async () => {
      cold();
      return (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    };
    let c = await file();
    expect((await act(agent, c.id, 'reject', { version: c.version, reason: '不属于本服务范围' })).status).toBe('rejected');
    c = await file();
    expect((await act(creator, c.id, 'withdraw', { version: c.version })).status).toBe('withdrawn');

    c = await file();
    c = await act(agent, c.id, 'accept', { version: c.version });
    c = await act(agent, c.id, 'escalate', { version: c.version, reason: '需网信办协调' });
    c = await act(officer, c.id, 'acknowledge', { version: c.version });
    c = await act(officer, c.id, 'return', { version: c.version, instructions: '请服务台继续办理' });
    c = await act(agent, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '已下架' });
    c = await act(creator, c.id, 'reopen', { version: c.version, reason: '侵权内容又出现了' });
    c = await act(agent, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '再次下架' });
    expect((await act(supervisor, c.id, 'close', { version: c.version })).status).toBe('closed');
  });

  it('files for a walk-in creator, who is found or created inside the same transaction', async () => {
    cold();
    const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const res = await t.http.post('/api/v1/cases').set(bearer(agent)).send({ ...FILINGS.compliance, channel: 'walk_in', creatorPhone: phone, creatorName: '窗口来访者' }).expect(201);
    const c = await act(agent, res.body.id, 'accept', { version: res.body.version });
    expect(c.status).toBe('accepted');
  });
});

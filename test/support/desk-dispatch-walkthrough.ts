import type { Server } from 'node:http';
import { FILINGS } from './case-fixtures';
import { SseClient } from './sse';
import { bearer, TestApp, TestUser } from './test-app';

/**
 * Every route of the desk's throughput tools (reads, bulk actions, materials, live events, the
 * audit log's export and pick-list) and of dispatch (transfers, supervision orders, return visits)
 * once, each expected to succeed — for the single-connection spec, which checks that every route
 * answered. `cold` empties the caches before each step.
 */
export async function walkDeskAndDispatch(t: TestApp, cold: () => void): Promise<void> {
  const creator = await t.user('creator');
  const agent = await t.user('agent', { zoneId: 'huangpu' });
  const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
  const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
  const auditor = await t.user('auditor', { zoneId: null });
  const call = async (user: TestUser, method: 'get' | 'post', path: string, body?: object) => {
    cold();
    const req = t.http[method](`/api/v1${path}`).set(bearer(user));
    const res = method === 'get' ? await req.buffer(true) : await req.send(body ?? {});
    expect({ method, path, status: res.status < 300 ? 'ok' : res.status, body: res.status < 300 ? undefined : res.body }).toEqual({ method, path, status: 'ok', body: undefined });
    return res.body;
  };
  const file = async () => call(creator, 'post', '/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
  const act = async (id: string, action: string, body: object = {}) => {
    const { version } = await call(agent, 'get', `/cases/${id}`);
    return call(agent, 'post', `/cases/${id}/actions/${action}`, { version, ...body });
  };

  // The desk: bulk accept and assign, the unread marker, the materials actions, the live stream.
  const a = await file();
  await call(agent, 'post', '/cases/bulk/accept', { ids: [a.id] });
  await call(supervisor, 'post', '/cases/bulk/assign', { ids: [a.id], assigneeId: agent.id });
  await call(agent, 'post', `/cases/${a.id}/read`);
  await act(a.id, 'request_materials', { items: ['侵权页面完整截图'] });
  await act(a.id, 'remind_materials', { note: '请本周内补齐' });
  await act(a.id, 'withdraw_materials_request', { reason: '材料已在系统中查到' });
  await act(a.id, 'request_materials', { items: ['授权书原件'] });
  await act(a.id, 'receive_materials', { note: '已在服务窗口收到授权书原件' });
  const stream = await SseClient.open(t.app.getHttpServer() as Server, agent.token);
  expect(stream.status).toBe(200);
  stream.close();

  // 督办: a supervision order on the case, answered by the desk.
  const order = await call(supervisor, 'post', `/cases/${a.id}/supervision-orders`, { requirement: '请于期限前书面说明平台处置进展', deadline: new Date(Date.now() + 2 * 24 * 3600_000).toISOString() });
  await call(agent, 'get', '/supervision-orders');
  await call(agent, 'post', `/supervision-orders/${order.id}/answer`, { answer: '已联系平台，处置函已发出' });

  // 回访: every resolved shield case is called back.
  await act(a.id, 'start');
  await act(a.id, 'resolve', { outcome: 'takedown_done', summary: '已协调平台下架' });
  const dispatch = await call(agent, 'get', `/cases/${a.id}/dispatch`);
  expect(dispatch.returnVisits).toHaveLength(1);
  await call(agent, 'get', '/return-visits');
  await call(agent, 'post', `/return-visits/${dispatch.returnVisits[0].id}/record`, { outcome: 'solved', method: 'phone' });

  // 转办: one transfer accepted, one returned.
  for (const answer of ['accept', 'return'] as const) {
    const c = await file();
    const transfer = await call(agent, 'post', `/cases/${c.id}/transfers`, { toZoneId: 'yangpu', reason: '创作者经营地在杨浦区' });
    await call(ypAgent, 'get', '/transfers');
    await call(ypAgent, 'post', `/transfers/${transfer.id}/${answer}`, answer === 'return' ? { reason: '经核实创作者经营地在黄浦区' } : {});
  }

  // The audit log's export and its pick-list of people.
  await call(auditor, 'get', `/audit/events/export?caseReference=${a.reference}&format=csv`);
  await call(auditor, 'get', '/audit/actors?q=专员');
}

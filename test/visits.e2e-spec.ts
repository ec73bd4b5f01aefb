import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

describe('on-site expert visits (上门服务) (e2e)', () => {
  let t: TestApp;
  let agent: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    agent = await t.user('agent', { zoneId: 'huangpu' });
  });
  afterAll(() => t.close());

  const tomorrow = () => new Date(Date.now() + 2 * 24 * 3600_000).toISOString();
  const newCase = async (creator: TestUser) => {
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = (await t.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(agent)).send({ version: c.version }).expect(201)).body;
    return c as { id: string; reference: string };
  };

  it('goes from the creator’s request to a recorded visit with fingerprinted evidence on the timeline, and the case is served onsite', async () => {
    const creator = await t.user('creator');
    const c = await newCase(creator);
    const requested = (await t.http.post(`/api/v1/cases/${c.id}/visits`).set(bearer(creator)).send({ note: '需要专家到工作室查看账号后台，协助固定证据', preferredTime: '工作日下午' }).expect(201)).body;
    expect(requested).toMatchObject({ status: 'requested', requestedByRole: 'creator', caseReference: c.reference });
    expect((await t.http.get('/api/v1/visits?status=requested').set(bearer(agent)).expect(200)).body.map((v: { id: string }) => v.id)).toContain(requested.id);

    const at = tomorrow();
    const scheduled = (await t.http.post(`/api/v1/visits/${requested.id}/schedule`).set(bearer(agent)).send({ expertName: '陈律师', expertOrg: '上海某知识产权律师事务所', scheduledAt: at, address: '黄浦区某路 8 号 3 楼' }).expect(201)).body;
    expect(scheduled).toMatchObject({ status: 'scheduled', expert: { name: '陈律师', organisation: '上海某知识产权律师事务所', userId: null }, address: '黄浦区某路 8 号 3 楼' });
    const [sms] = await t.db.query(`SELECT template FROM notification_outbox WHERE recipient_user_id = $1 AND template = 'visit_scheduled'`, [creator.id]);
    expect(sms).toBeDefined();

    const asked = (await t.http.post(`/api/v1/visits/${requested.id}/reschedule`).set(bearer(creator)).send({ note: '那天有拍摄，希望改到周五' }).expect(201)).body;
    expect(asked).toMatchObject({ status: 'reschedule_requested', creatorNote: '那天有拍摄，希望改到周五' });
    // Now with a staff account as the expert.
    const expert = await t.user('agent', { zoneId: 'huangpu' });
    const again = (await t.http.post(`/api/v1/visits/${requested.id}/schedule`).set(bearer(agent)).send({ expertUserId: expert.id, scheduledAt: at, address: '黄浦区某路 8 号 3 楼' }).expect(201)).body;
    expect(again.expert).toMatchObject({ userId: expert.id, name: '测试agent', organisation: '黄浦区集聚区创作者服务台' });
    await t.http.post(`/api/v1/visits/${requested.id}/confirm`).set(bearer(await t.user('creator'))).send().expect(404);
    expect((await t.http.post(`/api/v1/visits/${requested.id}/confirm`).set(bearer(creator)).send().expect(201)).body.status).toBe('confirmed');

    const photo = (await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(agent)).attach('file', Buffer.from('现场记录：已导出播放数据'), '现场记录.txt').expect(201)).body;
    const done = (await t.http
      .post(`/api/v1/visits/${requested.id}/record`)
      .set(bearer(agent))
      .send({ whatWasDone: '现场查看账号后台，导出侵权视频播放数据与评论截图', advice: '建议进行网页公证后向平台投诉', outcome: '证据已固定，创作者本周提交平台投诉', attachmentIds: [photo.id] })
      .expect(201)).body;
    expect(done.status).toBe('done');
    expect(done.record.evidence).toEqual([{ id: photo.id, fileName: '现场记录.txt', sha256: photo.sha256, sm3: photo.sm3 }]);

    const timeline = (await t.http.get(`/api/v1/cases/${c.id}/timeline`).set(bearer(creator)).expect(200)).body as { kind: string; data: Record<string, unknown> }[];
    const visitEvents = timeline.filter((e) => e.kind === 'onsite_visit').map((e) => e.data.action);
    expect(visitEvents).toEqual(['visit_requested', 'visit_scheduled', 'visit_reschedule_requested', 'visit_scheduled', 'visit_confirmed', 'visit_recorded']);
    const recorded = timeline.find((e) => e.data.action === 'visit_recorded')!.data;
    expect(recorded).toMatchObject({ outcome: '证据已固定，创作者本周提交平台投诉', evidence: [{ id: photo.id, sha256: photo.sha256, sm3: photo.sm3 }], previousChannel: 'online' });
    const detail = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body;
    expect(detail.channel).toBe('onsite');
    const audits = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [requested.id])).map((r: { action: string }) => r.action);
    expect(audits).toEqual(['visit.request', 'visit.schedule', 'visit.reschedule_request', 'visit.schedule', 'visit.confirm', 'visit.record']);
    // Done is done.
    expect((await t.http.post(`/api/v1/visits/${requested.id}/record`).set(bearer(agent)).send({ whatWasDone: '再次记录', advice: '无需建议', outcome: '无新结果' })).status).toBe(409);
  });

  it('lets the desk propose a visit, and keeps other zones and other creators out', async () => {
    const creator = await t.user('creator');
    const c = await newCase(creator);
    const proposed = (await t.http.post(`/api/v1/cases/${c.id}/visits`).set(bearer(agent)).send({ note: '建议上门指导证据保全' }).expect(201)).body;
    expect(proposed.requestedByRole).toBe('agent');
    const yangpu = await t.user('agent', { zoneId: 'yangpu' });
    await t.http.post(`/api/v1/cases/${c.id}/visits`).set(bearer(yangpu)).send({ note: '越区申请上门' }).expect(404);
    await t.http.post(`/api/v1/visits/${proposed.id}/schedule`).set(bearer(yangpu)).send({ expertName: '某专家', scheduledAt: tomorrow(), address: '某地址某号' }).expect(404);
    expect((await t.http.get('/api/v1/visits').set(bearer(yangpu)).expect(200)).body.some((v: { id: string }) => v.id === proposed.id)).toBe(false);
    await t.http.get(`/api/v1/cases/${c.id}/visits`).set(bearer(await t.user('creator'))).expect(404);
    expect((await t.http.get(`/api/v1/cases/${c.id}/visits`).set(bearer(creator)).expect(200)).body.map((v: { id: string }) => v.id)).toEqual([proposed.id]);
    // Evidence of another case cannot be cited.
    const other = await newCase(creator);
    const foreign = (await t.http.post(`/api/v1/cases/${other.id}/attachments`).set(bearer(creator)).attach('file', Buffer.from('别的案件的材料'), 'other.txt').expect(201)).body;
    await t.http.post(`/api/v1/visits/${proposed.id}/schedule`).set(bearer(agent)).send({ expertName: '陈律师', scheduledAt: tomorrow(), address: '黄浦区某路 8 号' }).expect(201);
    const bad = await t.http.post(`/api/v1/visits/${proposed.id}/record`).set(bearer(agent)).send({ whatWasDone: '现场指导', advice: '公证', outcome: '已固定', attachmentIds: [foreign.id] });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'attachmentIds[0]']);
  });

  it('answers bad input on every visit route with a 400 naming the field', async () => {
    const creator = await t.user('creator');
    const c = await newCase(creator);
    const v = (await t.http.post(`/api/v1/cases/${c.id}/visits`).set(bearer(creator)).send({ note: '需要上门服务' }).expect(201)).body;
    const cases: [TestUser, 'get' | 'post', string, object | undefined, string][] = [
      [creator, 'post', `/api/v1/cases/${c.id}/visits`, { note: '' }, 'note'],
      [creator, 'post', '/api/v1/cases/not-a-uuid/visits', { note: '需要上门服务' }, 'id'],
      [creator, 'get', '/api/v1/cases/not-a-uuid/visits', undefined, 'id'],
      [agent, 'get', '/api/v1/visits?status=later', undefined, 'status'],
      [agent, 'post', `/api/v1/visits/${v.id}/schedule`, { scheduledAt: tomorrow(), address: '某地址某号' }, 'expertUserId'],
      [agent, 'post', `/api/v1/visits/${v.id}/schedule`, { expertName: '陈律师', scheduledAt: 'tomorrow', address: '某地址某号' }, 'scheduledAt'],
      [agent, 'post', `/api/v1/visits/${v.id}/schedule`, { expertName: '陈律师', scheduledAt: new Date(Date.now() - 3600_000).toISOString(), address: '某地址某号' }, 'scheduledAt'],
      [agent, 'post', `/api/v1/visits/${v.id}/schedule`, { expertUserId: creator.id, scheduledAt: tomorrow(), address: '某地址某号' }, 'expertUserId'],
      [agent, 'post', `/api/v1/visits/${v.id}/schedule`, { expertName: '陈律师', scheduledAt: tomorrow() }, 'address'],
      [creator, 'post', '/api/v1/visits/not-a-uuid/confirm', undefined, 'id'],
      [creator, 'post', `/api/v1/visits/${v.id}/reschedule`, { note: 5 }, 'note'],
      [agent, 'post', `/api/v1/visits/${v.id}/record`, { whatWasDone: '现场指导', advice: '公证', outcome: '已固定', attachmentIds: ['x'] }, 'attachmentIds[0]'],
      [agent, 'post', `/api/v1/visits/${v.id}/record`, { advice: '公证', outcome: '已固定' }, 'whatWasDone'],
    ];
    const wrong: string[] = [];
    for (const [user, method, url, body, field] of cases) {
      const req = t.http[method](url).set(bearer(user));
      const res = body === undefined ? await req : await req.send(body);
      const fields = (res.body.errors ?? []).map((x: { field: string }) => x.field);
      if (res.status !== 400 || !fields.includes(field)) wrong.push(`${method} ${url} ${field}: ${res.status} ${JSON.stringify(fields)}`);
    }
    expect(wrong).toEqual([]);
    expect((await t.db.query(`SELECT status FROM onsite_visits WHERE id = $1`, [v.id]))[0].status).toBe('requested');
  });
});

import { extractPdfText } from '@app/documents';
import { FILINGS, openHonourRound } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

interface Receipt {
  id: string;
  kind: string;
  kindLabel: string;
  verificationCode: string;
}

describe('receipts (回执 and 告知书) and their public verification (e2e)', () => {
  let t: TestApp;
  let agent: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    agent = await t.user('agent', { zoneId: 'huangpu' });
    // A starlight filing needs an open round; run alone, this spec opens its own.
    await openHonourRound(t);
  });
  afterAll(() => t.close());

  const act = async (user: TestUser, id: string, action: string, body: object) => (await t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body).expect(201)).body;
  const receipts = async (user: TestUser, caseId: string) => (await t.http.get(`/api/v1/cases/${caseId}/receipts`).set(bearer(user)).expect(200)).body as Receipt[];
  const pdf = async (user: TestUser, id: string) => {
    const res = await t.http.get(`/api/v1/receipts/${id}/pdf`).set(bearer(user)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    return res;
  };
  const text = async (user: TestUser, id: string) => {
    const res = await pdf(user, id);
    expect(res.status).toBe(200);
    return (await extractPdfText(res.body as Buffer)).replace(/\s+/g, '');
  };

  it('issues every receipt with its decision; each PDF states the reference, programme, zone, dates, the applicable deadline and its code', async () => {
    const creator = await t.user('creator');
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = await act(agent, c.id, 'accept', { version: c.version });
    c = await act(agent, c.id, 'request_materials', { version: c.version, items: ['侵权页面完整截图', '平台投诉受理编号', '账号主页链接'], note: '截图须含网址和时间' });
    c = await act(creator, c.id, 'supply_materials', { version: c.version, note: '已补充' });
    c = await act(agent, c.id, 'start', { version: c.version });
    c = await act(agent, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '已协调平台下架侵权视频 3 条' });
    const list = await receipts(creator, c.id);
    expect(list.map((r) => r.kindLabel)).toEqual(['登记回执', '受理回执', '补正告知书', '办结告知书']);

    const all = await Promise.all(list.map((r) => text(creator, r.id)));
    for (const [i, body] of all.entries()) {
      for (const s of [list[i].kindLabel, c.reference, '盾牌行动', '黄浦区集聚区', `核验码：${list[i].verificationCode}`]) expect(body).toContain(s);
    }
    const [registration, acceptance, materials, resolution] = all;
    expect(registration).toContain('受理时限');
    expect(acceptance).toMatch(/办结时限\d{4}年\d{1,2}月\d{1,2}日\d{2}:\d{2}前办结/);
    for (const item of ['侵权页面完整截图', '平台投诉受理编号', '账号主页链接', '截图须含网址和时间']) expect(materials).toContain(item);
    expect(materials).toContain('补正期限');
    expect(resolution).toContain('已处置下架');
    expect(resolution).toContain('已协调平台下架侵权视频3条');
    expect(resolution).toContain('评价期限');
    const issued = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'document.issue' AND entity_id = ANY($1)`, [list.map((r) => r.id)]);
    expect(issued[0].n).toBe(4);
  });

  it('issues a 不予受理告知书 with the reason', async () => {
    const creator = await t.user('creator');
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.legislation, zoneId: 'huangpu' }).expect(201)).body;
    c = await act(agent, c.id, 'reject', { version: c.version, reason: '该建议已在本期征集中提交过，不重复受理' });
    const list = await receipts(creator, c.id);
    expect(list.map((r) => r.kindLabel)).toEqual(['登记回执', '不予受理告知书']);
    const body = await text(agent, list[1].id);
    for (const s of ['不予受理告知书', c.reference, '众智平台', '不予受理理由', '该建议已在本期征集中提交过，不重复受理']) expect(body).toContain(s);
  });

  it('verifies a code for anyone: genuine with the case’s reference and current status, never personal data', async () => {
    const creator = await t.user('creator');
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    c = await act(agent, c.id, 'accept', { version: c.version });
    const [, acceptance] = await receipts(creator, c.id);
    c = await act(agent, c.id, 'start', { version: c.version });
    const answer = (await t.http.get(`/api/v1/verify/${acceptance.verificationCode}`).expect(200)).body;
    expect(answer).toMatchObject({ genuine: true, document: { title: '受理回执' }, subject: { type: 'case', reference: c.reference, status: 'in_progress', statusLabel: '办理中' } });
    const raw = JSON.stringify(answer);
    const [user] = await t.db.query(`SELECT display_name, phone_masked FROM users WHERE id = $1`, [creator.id]);
    for (const secret of [user.display_name, user.phone_masked, creator.login, c.title, c.description, creator.id]) expect(raw).not.toContain(secret);
    expect((await t.http.get('/api/v1/verify/0000-0000-0000-0000').expect(200)).body).toEqual({ code: '0000-0000-0000-0000', genuine: false });
  });

  it('lets only who sees the case read its receipts', async () => {
    const creator = await t.user('creator');
    const c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.starlight, zoneId: 'huangpu' }).expect(201)).body;
    const [registration] = await receipts(creator, c.id);
    for (const outsider of [await t.user('creator'), await t.user('agent', { zoneId: 'yangpu' }), await t.user('supervisor', { zoneId: 'yangpu' })]) {
      expect((await pdf(outsider, registration.id)).status).toBe(404);
      await t.http.get(`/api/v1/cases/${c.id}/receipts`).set(bearer(outsider)).expect(404);
    }
    expect((await pdf(agent, registration.id)).status).toBe(200);
    const [download] = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'document.download' AND entity_id = $1`, [registration.id]);
    expect(download.actor_id).toBe(agent.id);
  });
});

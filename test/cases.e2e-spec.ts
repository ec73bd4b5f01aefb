import { randomUUID } from 'node:crypto';
import { FILINGS, openHonourRound } from './support/case-fixtures';
import { bearer, randomAddress, TestApp, TestUser } from './support/test-app';

describe('case workflows (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    await openHonourRound(t);
  });
  afterAll(() => t.close());

  const file = (user: TestUser, body: object, key?: string) => {
    const req = t.http.post('/api/v1/cases').set(bearer(user));
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };
  const act = (user: TestUser, id: string, action: string, body: object) =>
    t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body);

  it('files each programme online with a reference like HP-SHD-2026-000123 and its default priority', async () => {
    const creator = await t.user('creator');
    const codes = { shield: 'SHD', starlight: 'STL', compliance: 'CMP', legislation: 'LEG' };
    const priorities = { shield: 'urgent', starlight: 'normal', compliance: 'normal', legislation: 'low' };
    for (const [programme, body] of Object.entries(FILINGS)) {
      const res = await file(creator, { ...body, zoneId: 'huangpu' }).expect(201);
      expect(res.body.reference).toMatch(new RegExp(`^HP-${codes[programme as keyof typeof codes]}-\\d{4}-\\d{6}$`));
      expect(res.body).toMatchObject({ status: 'submitted', channel: 'online', priority: priorities[programme as keyof typeof priorities], zoneId: 'huangpu' });
    }
  });

  it('never files twice for one Idempotency-Key, and refuses the key for a different body', async () => {
    const creator = await t.user('creator');
    const key = randomUUID();
    const first = await file(creator, { ...FILINGS.compliance, zoneId: 'yangpu' }, key).expect(201);
    const again = await file(creator, { ...FILINGS.compliance, zoneId: 'yangpu' }, key).expect(201);
    expect(again.body.id).toBe(first.body.id);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM cases WHERE creator_id = $1`, [creator.id]);
    expect(n).toBe(1);
    await file(creator, { ...FILINGS.legislation, zoneId: 'yangpu' }, key).expect(409);
  });

  it('gives unique references when many cases are filed at once', async () => {
    const creators = await Promise.all(Array.from({ length: 4 }, () => t.user('creator')));
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => file(creators[i % 4], { ...FILINGS.shield, zoneId: 'yangpu' })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(24).fill(201));
    expect(new Set(results.map((r) => r.body.reference)).size).toBe(24);
  });

  it('answers bad intake with the offending fields and files nothing', async () => {
    const creator = await t.user('creator');
    const before = await t.count('cases');
    const res = await file(creator, {
      ...FILINGS.shield,
      zoneId: 'huangpu',
      category: 'nonsense',
      intake: { ...FILINGS.shield.intake, urls: ['javascript:alert(1)'], offendingAccounts: [] },
    }).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['category', 'intake.urls[0]', 'intake.offendingAccounts']));
    await file(creator, { ...FILINGS.shield }).expect(400);
    await file(creator, { ...FILINGS.shield, zoneId: 'huangpu', __proto__: { admin: true }, extra: 1 }).expect(400);
    expect(await t.count('cases')).toBe(before);
  });

  it('runs a shield case end to end: accept, materials, escalate twice, authority resolves, 差评 rectification', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const districtOfficer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    const cityOfficer = await t.user('cac_officer', { authorityId: 'cac_city' });

    let c = (await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    expect(c.allowedActions).toEqual(expect.arrayContaining(['withdraw']));
    expect(c.allowedActions).not.toContain('accept');

    c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
    expect(c).toMatchObject({ status: 'accepted', assignee: { id: agent.id } });

    const missing = await act(agent, c.id, 'request_materials', { version: c.version }).expect(400);
    expect(missing.body.errors[0].field).toBe('items');
    c = (await act(agent, c.id, 'request_materials', { version: c.version, items: ['侵权页面截图', '首次发现时间说明'] }).expect(201)).body;
    expect(c).toMatchObject({ status: 'awaiting_creator', materialsRequest: { items: ['侵权页面截图', '首次发现时间说明'] } });

    const viewed = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body;
    expect(viewed.allowedActions).toContain('supply_materials');
    c = (await act(creator, c.id, 'supply_materials', { version: c.version, note: '已上传截图' }).expect(201)).body;
    expect(c.status).toBe('accepted');

    c = (await act(agent, c.id, 'start', { version: c.version }).expect(201)).body;
    c = (await act(agent, c.id, 'escalate', { version: c.version, reason: '侵权持续扩散，需平台处置' }).expect(201)).body;
    expect(c).toMatchObject({ status: 'escalated', escalation: { authorityId: 'cac_huangpu', acknowledged: false } });

    const queue = (await t.http.get('/api/v1/escalations').set(bearer(districtOfficer)).expect(200)).body;
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(c.id);
    await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(cityOfficer)).expect(404);

    c = (await act(districtOfficer, c.id, 'acknowledge', { version: c.version }).expect(201)).body;
    c = (await act(districtOfficer, c.id, 'escalate', { version: c.version, reason: '涉及跨区多平台，报市委网信办' }).expect(201)).body;
    expect(c.escalation).toEqual({ authorityId: 'cac_city', acknowledged: false });

    c = (await act(cityOfficer, c.id, 'acknowledge', { version: c.version }).expect(201)).body;
    await act(cityOfficer, c.id, 'resolve', { version: c.version, outcome: 'made_up', summary: '已处置' }).expect(400);
    c = (await act(cityOfficer, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '已协调平台下架侵权内容并封禁账号' }).expect(201)).body;
    expect(c).toMatchObject({ status: 'resolved', outcome: 'takedown_done' });

    c = (await act(creator, c.id, 'rate', { version: c.version, level: 2, comment: '处理太慢' }).expect(201)).body;
    expect(c).toMatchObject({ status: 'closed', rating: { level: 2, comment: '处理太慢' } });

    // The 差评 is the rectification's to follow up: the zone supervisor finds it in the ledger and records the 回访.
    const open = (await t.http.get('/api/v1/quality/rectifications?status=contacting').set(bearer(supervisor)).expect(200)).body;
    const rectification = open.find((r: { caseId: string }) => r.caseId === c.id);
    expect(rectification).toMatchObject({ firstLevel: 2, firstComment: '处理太慢', status: 'contacting' });
    const contacted = (await t.http.post(`/api/v1/quality/rectifications/${rectification.id}/contact`).set(bearer(supervisor)).send({ method: 'phone', outcome: '已回访并说明处置时限' }).expect(201)).body;
    expect(contacted).toMatchObject({ status: 'rectifying', contactMethod: 'phone', contactOutcome: '已回访并说明处置时限' });

    const escalations = await t.db.query(`SELECT authority_id, outcome FROM escalations WHERE case_id = $1 ORDER BY escalated_at`, [c.id]);
    expect(escalations).toEqual([
      { authority_id: 'cac_huangpu', outcome: 'escalated_on' },
      { authority_id: 'cac_city', outcome: 'resolved' },
    ]);
    const actions = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [c.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['case.file', 'case.accept', 'case.request_materials', 'case.supply_materials', 'case.start', 'case.escalate', 'case.acknowledge', 'case.escalate', 'case.acknowledge', 'return_visit.schedule', 'case.resolve', 'case.rate']);
  });

  it('keeps other zones and other creators out: they cannot see, count or change a case', async () => {
    const creator = await t.user('creator');
    const stranger = await t.user('creator');
    const otherAgent = await t.user('agent', { zoneId: 'yangpu' });
    const otherSupervisor = await t.user('supervisor', { zoneId: 'yangpu' });
    const c = (await file(creator, { ...FILINGS.shield, zoneId: 'huangpu', title: `隔离测试 ${randomUUID()}` }).expect(201)).body;
    for (const outsider of [stranger, otherAgent, otherSupervisor]) {
      await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(outsider)).expect(404);
      await t.http.get(`/api/v1/cases/${c.id}/timeline`).set(bearer(outsider)).expect(404);
      await act(outsider, c.id, 'accept', { version: c.version }).expect(404);
      await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(outsider)).send({ body: '你好' }).expect(404);
      const list = (await t.http.get(`/api/v1/cases?q=${encodeURIComponent(c.title)}`).set(bearer(outsider)).expect(200)).body;
      expect(list.total).toBe(0);
    }
    for (const admin of ['sysadmin', 'secadmin', 'auditor'] as const) {
      const user = await t.user(admin, { zoneId: null });
      await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(user)).expect(403);
    }
    const after = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body;
    expect(after.version).toBe(c.version);
  });

  it('lets exactly one of two agents accepting at once win; the other gets 409 and nothing is lost', async () => {
    const creator = await t.user('creator');
    const a = await t.user('agent', { zoneId: 'yangpu' });
    const b = await t.user('agent', { zoneId: 'yangpu' });
    const c = (await file(creator, { ...FILINGS.compliance, zoneId: 'yangpu' }).expect(201)).body;
    const [ra, rb] = await Promise.all([act(a, c.id, 'accept', { version: c.version }), act(b, c.id, 'accept', { version: c.version })]);
    expect([ra.status, rb.status].sort()).toEqual([201, 409]);
    const loser = ra.status === 409 ? ra : rb;
    expect(loser.body).toMatchObject({ code: 'case.version_conflict', currentStatus: 'accepted' });
    const [row] = await t.db.query(`SELECT version, status FROM cases WHERE id = $1`, [c.id]);
    expect(row).toEqual({ version: 2, status: 'accepted' });
  });

  it('refuses illegal transitions and stale versions with a clear 4xx and changes nothing', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const c = (await file(creator, { ...FILINGS.starlight, zoneId: 'huangpu' }).expect(201)).body;
    const auditBefore = await t.count('audit_events');
    const illegal = await act(agent, c.id, 'resolve', { version: c.version, outcome: 'recommended', summary: 'x' }).expect(409);
    expect(illegal.body.code).toBe('case.illegal_transition');
    expect(illegal.body.detail).toBeTruthy();
    await act(agent, c.id, 'reject', { version: c.version }).expect(400);
    await act(agent, c.id, 'accept', { version: c.version + 5 }).expect(409);
    await act(creator, c.id, 'accept', { version: c.version }).expect(403);
    await act(agent, c.id, 'fly', { version: c.version }).expect(400);
    expect(await t.count('audit_events')).toBe(auditBefore);
    const rejected = (await act(agent, c.id, 'reject', { version: c.version, reason: '不属于本服务范围' }).expect(201)).body;
    expect(rejected.status).toBe('rejected');
    await act(creator, c.id, 'withdraw', { version: rejected.version }).expect(409);
  });

  it('lets an agent file for a walk-in creator into their own zone only', async () => {
    const agent = await t.user('agent', { zoneId: 'yangpu' });
    const phone = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const body = { ...FILINGS.legislation, channel: 'walk_in', creatorPhone: phone, creatorName: '窗口来访者' };
    const c = (await file(agent, body).expect(201)).body;
    expect(c).toMatchObject({ zoneId: 'yangpu', channel: 'walk_in', creatorName: '窗口来访者' });
    expect(c.creator.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    const wrongZone = await file(agent, { ...body, zoneId: 'huangpu' }).expect(400);
    expect(wrongZone.body.errors.map((e: { field: string }) => e.field)).toContain('zoneId');
    const officer = await t.user('cac_officer');
    await file(officer, { ...FILINGS.shield, zoneId: 'huangpu' }).expect(403);

    // The walk-in creator later claims the account by registering the same phone, and sees the case.
    await t.http.post('/api/v1/auth/register/code').set('X-Forwarded-For', randomAddress()).send({ phone }).expect(202);
    const code = await t.registrationCode(phone);
    const claimed = (await t.http.post('/api/v1/auth/register').send({ phone, code, password: 'Claim@2026', displayName: '林同学', consentVersion: '2026-01' }).expect(201)).body;
    const mine = (await t.http.get('/api/v1/cases').set(bearer({ token: claimed.accessToken })).expect(200)).body;
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
  });

  it('keeps internal notes from the creator and counts a public reply as the first response', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const c = (await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '内部：需请教专家', visibility: 'internal' }).expect(201);
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '您好，已收到咨询。' }).expect(201);
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(creator)).send({ body: '谢谢', visibility: 'internal' }).expect(400);
    const creatorView = (await t.http.get(`/api/v1/cases/${c.id}/timeline`).set(bearer(creator)).expect(200)).body;
    expect(creatorView.map((e: { kind: string }) => e.kind)).toEqual(['status_change', 'public_reply']);
    const staffView = (await t.http.get(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).expect(200)).body;
    expect(staffView.map((e: { kind: string }) => e.kind)).toEqual(['internal_note', 'public_reply']);
    const detail = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(creator)).expect(200)).body;
    expect(detail.firstResponseAt).not.toBeNull();
  });

  it('finds cases by Chinese text in title or description, within scope', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const marker = `标记${randomUUID().slice(0, 6)}`;
    await file(creator, { ...FILINGS.shield, zoneId: 'huangpu', description: `${marker}：持续遭受网络暴力与人肉搜索` }).expect(201);
    await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu', description: `${marker}：关于模型备案的咨询` }).expect(201);
    const hits = (await t.http.get(`/api/v1/cases?q=${encodeURIComponent(`${marker}：持续遭受网络暴力`)}`).set(bearer(agent)).expect(200)).body;
    expect(hits.total).toBe(1);
    const both = (await t.http.get(`/api/v1/cases?q=${encodeURIComponent(marker)}&sort=priority`).set(bearer(agent)).expect(200)).body;
    expect(both.items.map((i: { programme: string }) => i.programme)).toEqual(['shield', 'compliance']);
  });

  it('filters the list by category, 盾牌行动 platform, escalation authority (every step) and rating: exactly the matching cases, within scope', async () => {
    const marker = `筛选${randomUUID().slice(0, 8)}`;
    const creator = await t.user('creator');
    const hpAgent = await t.user('agent', { zoneId: 'huangpu' });
    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    const hpSupervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const ypSupervisor = await t.user('supervisor', { zoneId: 'yangpu' });
    const citySupervisor = await t.user('supervisor', { zoneId: null });
    const hpOfficer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    const ypOfficer = await t.user('cac_officer', { authorityId: 'cac_yangpu' });
    const cityOfficer = await t.user('cac_officer', { authorityId: 'cac_city' });
    type Case = { id: string; version: number; reference: string };
    const step = async (user: TestUser, c: Case, action: string, body: object = {}): Promise<Case> =>
      (await act(user, c.id, action, { version: c.version, ...body }).expect(201)).body;
    const shield = async (zoneId: string, category: string, platform: string): Promise<Case> =>
      (await file(creator, { ...FILINGS.shield, zoneId, category, title: `${marker} ${category}`, intake: { ...FILINGS.shield.intake, platform } }).expect(201)).body;
    const escalated = async (agent: TestUser, c: Case) => step(agent, await step(agent, await step(agent, c, 'accept'), 'start'), 'escalate', { reason: '需网信办处置' });

    // 黄浦: to the district, on to the city (its current authority), resolved there, rated 不满意.
    let hp1 = await escalated(hpAgent, await shield('huangpu', 'cyberviolence', 'bilibili'));
    hp1 = await step(cityOfficer, await step(hpOfficer, await step(hpOfficer, hp1, 'acknowledge'), 'escalate', { reason: '报市委网信办' }), 'acknowledge');
    hp1 = await step(creator, await step(cityOfficer, hp1, 'resolve', { outcome: 'takedown_done', summary: '已下架' }), 'rate', { level: 2 });
    // 黄浦: to the district, returned to the desk (no current authority), resolved by the desk, rated 非常满意.
    let hp2 = await escalated(hpAgent, await shield('huangpu', 'defamation', 'douyin'));
    hp2 = await step(hpOfficer, await step(hpOfficer, hp2, 'acknowledge'), 'return', { instructions: '请服务台继续办理' });
    hp2 = await step(creator, await step(hpAgent, hp2, 'resolve', { outcome: 'mediated', summary: '已调解' }), 'rate', { level: 5 });
    // 黄浦: a compliance case (no platform), never escalated, rated 满意.
    let hp3 = (await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu', title: `${marker} 合规` }).expect(201)).body;
    hp3 = await step(hpAgent, await step(hpAgent, await step(hpAgent, hp3, 'accept'), 'start'), 'resolve', { outcome: 'answered', summary: '已答复' });
    hp3 = await step(creator, hp3, 'rate', { level: 4 });
    // 杨浦: the same category, platform and rating as hp1, escalated to 杨浦; and one like hp2, only submitted.
    let yp1 = await escalated(ypAgent, await shield('yangpu', 'cyberviolence', 'bilibili'));
    yp1 = await step(ypOfficer, await step(ypOfficer, yp1, 'acknowledge'), 'resolve', { outcome: 'takedown_done', summary: '已下架' });
    yp1 = await step(creator, yp1, 'rate', { level: 2 });
    const yp2 = await shield('yangpu', 'defamation', 'douyin');

    const list = async (user: TestUser, filters: string, path = '/api/v1/cases') => {
      const body = (await t.http.get(`${path}?q=${encodeURIComponent(marker)}&${filters}`).set(bearer(user)).expect(200)).body;
      expect(body.total).toBe(body.items.length);
      return body.items.map((i: { reference: string }) => i.reference).sort();
    };
    const refs = (...cs: Case[]) => cs.map((c) => c.reference).sort();

    expect(await list(hpAgent, '')).toEqual(refs(hp1, hp2, hp3));
    expect(await list(hpAgent, 'category=cyberviolence')).toEqual(refs(hp1));
    expect(await list(hpAgent, 'category=defamation')).toEqual(refs(hp2));
    expect(await list(hpAgent, 'category=compliance_guidance')).toEqual(refs(hp3));
    expect(await list(hpAgent, 'category=extortion')).toEqual([]);
    expect(await list(hpAgent, 'platform=bilibili')).toEqual(refs(hp1));
    expect(await list(hpAgent, 'platform=douyin')).toEqual(refs(hp2));
    expect(await list(hpAgent, 'platform=weibo')).toEqual([]);
    // Every step counts, as on the dashboard: hp1 went on to the city, hp2 came back to the desk.
    expect(await list(hpAgent, 'authorityId=cac_huangpu')).toEqual(refs(hp1, hp2));
    expect(await list(hpAgent, 'authorityId=cac_city')).toEqual(refs(hp1));
    expect(await list(hpAgent, 'authorityId=cac_yangpu')).toEqual([]);
    expect(await list(hpAgent, 'rating=2')).toEqual(refs(hp1));
    expect(await list(hpAgent, 'rating=5')).toEqual(refs(hp2));
    expect(await list(hpAgent, 'rating=4')).toEqual(refs(hp3));
    expect(await list(hpAgent, 'rating=1')).toEqual([]);
    expect(await list(hpAgent, 'programme=shield&category=cyberviolence&platform=bilibili&authorityId=cac_city&rating=2')).toEqual(refs(hp1));
    expect(await list(hpAgent, 'category=defamation&rating=2')).toEqual([]);
    expect(await list(hpSupervisor, 'category=cyberviolence&rating=2')).toEqual(refs(hp1));

    // Scope still decides first: the other zone's matching cases stay out, the city-wide supervisor sees both.
    expect(await list(ypSupervisor, 'platform=bilibili')).toEqual(refs(yp1));
    expect(await list(ypSupervisor, 'authorityId=cac_huangpu')).toEqual([]);
    expect(await list(ypAgent, 'category=defamation')).toEqual(refs(yp2));
    expect(await list(citySupervisor, 'category=cyberviolence')).toEqual(refs(hp1, yp1));
    expect(await list(citySupervisor, 'platform=douyin')).toEqual(refs(hp2, yp2));
    expect(await list(citySupervisor, 'authorityId=cac_yangpu')).toEqual(refs(yp1));
    expect(await list(citySupervisor, 'rating=2')).toEqual(refs(hp1, yp1));
    expect(await list(citySupervisor, 'rating=2&zoneId=yangpu')).toEqual(refs(yp1));
    // An officer sees the cases escalated to their own authority only, whatever authority they filter by.
    expect(await list(cityOfficer, 'authorityId=cac_huangpu')).toEqual(refs(hp1));
    expect(await list(ypOfficer, 'authorityId=cac_huangpu')).toEqual([]);
    expect(await list(hpOfficer, 'status=closed&category=defamation', '/api/v1/escalations')).toEqual(refs(hp2));

    // The case-list export applies the same filters (and scope).
    const csv = (await t.http.get(`/api/v1/dashboard/case-export?format=csv&q=${encodeURIComponent(marker)}&rating=2`).set(bearer(hpSupervisor)).expect(200)).text;
    expect(csv).toContain(hp1.reference);
    for (const other of [hp2, hp3, yp1]) expect(csv).not.toContain(other.reference);
  });

  it('refuses a bad category, platform, authority or rating filter with a 400 naming the field', async () => {
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const bad: [string, string][] = [
      ['category=nonsense', 'category'],
      ['category=', 'category'],
      ['platform=tiktok', 'platform'],
      ['platform=', 'platform'],
      ['authorityId=CAC%20huangpu', 'authorityId'],
      ['authorityId=', 'authorityId'],
      ['rating=0', 'rating'],
      ['rating=6', 'rating'],
      ['rating=2.5', 'rating'],
      ['rating=abc', 'rating'],
      ['rating=', 'rating'],
      ['rating=1&rating=2', 'rating'],
    ];
    for (const [query, field] of bad) {
      const res = await t.http.get(`/api/v1/cases?${query}`).set(bearer(agent));
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual([field]);
    }
  });

  it('auto-assigns to the least-loaded agent with the skill, round-robin among equals', async () => {
    const zone = 'yangpu';
    // A zone of its own would be cleaner; instead every open yangpu case is taken off the agents' plates.
    const supervisor = await t.user('supervisor', { zoneId: zone });
    await t.db.query(`UPDATE users SET status = 'disabled' WHERE role = 'agent' AND zone_id = $1`, [zone]);
    const a = await t.user('agent', { zoneId: zone, skills: ['starlight'] });
    const b = await t.user('agent', { zoneId: zone, skills: ['starlight'] });
    await t.user('agent', { zoneId: zone, skills: ['shield'] });
    const creator = await t.user('creator');
    const assigned: string[] = [];
    for (let i = 0; i < 4; i++) {
      const c = (await file(creator, { ...FILINGS.starlight, zoneId: zone }).expect(201)).body;
      const done = (await act(supervisor, c.id, 'assign', { version: c.version }).expect(201)).body;
      assigned.push(done.assignee.id);
    }
    const agents = (await t.http.get('/api/v1/agents').set(bearer(supervisor)).expect(200)).body;
    expect(agents.every((x: { zoneId: string }) => x.zoneId === zone)).toBe(true);
    expect(agents.find((x: { id: string }) => x.id === a.id)).toMatchObject({ openCases: 2, skills: ['starlight'] });
    expect(assigned.filter((id) => id === a.id)).toHaveLength(2);
    expect(assigned.filter((id) => id === b.id)).toHaveLength(2);
    expect(assigned[0]).not.toBe(assigned[1]);
  });
});

import { bearer, TestApp, TestUser } from './support/test-app';

const DAY = 24 * 3600_000;

describe('众智平台: consultations, suggestions and answers (e2e)', () => {
  let t: TestApp;
  let city: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    city = await t.user('cac_officer', { authorityId: 'cac_city' });
  });
  afterAll(() => t.close());

  const post = (user: TestUser | null, path: string, body: object = {}) => {
    const req = t.http.post(`/api/v1${path}`);
    if (user) req.set(bearer(user));
    return req.send(body);
  };
  const get = (user: TestUser | null, path: string) => {
    const req = t.http.get(`/api/v1${path}`);
    if (user) req.set(bearer(user));
    return req;
  };
  const draft = (opensInDays: number, days: number, extra: object = {}) => ({
    title: `上海市网络创作者权益保护若干规定（征求意见稿）${Math.random().toString(36).slice(2, 6)}`,
    issuingBody: '中共上海市委网络安全和信息化委员会办公室',
    summary: '现向社会公开征求意见。',
    articles: [
      { no: '第一条', text: '为保护网络内容创作者合法权益，制定本规定。' },
      { no: '第十条', text: '平台应当及时处理创作者的侵权投诉。' },
    ],
    opensAt: new Date(Date.now() + opensInDays * DAY).toISOString(),
    closesAt: new Date(Date.now() + (opensInDays + days) * DAY).toISOString(),
    ...extra,
  });
  const suggestion = (extra: object = {}) => ({ zoneId: 'huangpu', articleNo: '第十条', suggestedWording: '平台应当在二十四小时内处理创作者的侵权投诉。', reason: '现有规定未明确处理时限。', ...extra });

  it('is published by the city authority only, for at least 30 days unless a reason is given', async () => {
    const district = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    const creator = await t.user('creator');
    await post(district, '/legislation/consultations', draft(-1, 40)).expect(403);
    await post(creator, '/legislation/consultations', draft(-1, 40)).expect(403);
    const before = await t.count('consultations');
    const short = await post(city, '/legislation/consultations', draft(-1, 10)).expect(400);
    expect(short.headers['content-type']).toContain('application/problem+json');
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'shortWindowReason' })]);
    const repeated = await post(city, '/legislation/consultations', { ...draft(-1, 40), articles: [{ no: '第一条', text: 'a' }, { no: '第一条', text: 'b' }] }).expect(400);
    expect(repeated.body.errors[0].field).toBe('articles');
    const noArticles = await post(city, '/legislation/consultations', { ...draft(-1, 40), articles: [] }).expect(400);
    expect(noArticles.body.errors[0].field).toBe('articles');
    expect(await t.count('consultations')).toBe(before);
    const ok = await post(city, '/legislation/consultations', draft(-1, 10, { shortWindowReason: '配合上位法修订进度，征集期缩短' })).expect(201);
    expect(ok.body).toMatchObject({ state: 'open', shortWindowReason: '配合上位法修订进度，征集期缩短', counts: { suggestions: 0 } });
    const audit = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'consultation.create' AND entity_id = $1`, [ok.body.id]);
    expect(audit).toEqual([{ actor_id: city.id }]);
  });

  it('takes suggestions only inside the window and only against an article of the draft', async () => {
    const creator = await t.user('creator');
    const closed = (await post(city, '/legislation/consultations', draft(-50, 40)).expect(201)).body;
    const upcoming = (await post(city, '/legislation/consultations', draft(5, 40)).expect(201)).body;
    const open = (await post(city, '/legislation/consultations', draft(-1, 40)).expect(201)).body;
    const cases = await t.count('cases');
    const late = await post(creator, `/legislation/consultations/${closed.id}/suggestions`, suggestion()).expect(409);
    expect(late.body.detail).toContain('已于');
    expect((await post(creator, `/legislation/consultations/${upcoming.id}/suggestions`, suggestion()).expect(409)).body.detail).toContain('将于');
    const wrong = await post(creator, `/legislation/consultations/${open.id}/suggestions`, suggestion({ articleNo: '第九十九条' })).expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'articleNo' });
    expect((await post(creator, `/legislation/consultations/${open.id}/suggestions`, suggestion({ reason: '' })).expect(400)).body.errors[0].field).toBe('reason');
    expect(await t.count('cases')).toBe(cases);
  });

  it('files a legislation case, forwarded by the desk, answered by the authority, seen by the creator and in public', async () => {
    const c = (await post(city, '/legislation/consultations', draft(-1, 40)).expect(201)).body;
    const anonymous = await t.user('creator');
    const named = await t.user('creator');
    const other = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const ypSupervisor = await t.user('supervisor', { zoneId: 'yangpu' });

    const s1 = (await post(anonymous, `/legislation/consultations/${c.id}/suggestions`, suggestion()).expect(201)).body;
    const s2 = (await post(named, `/legislation/consultations/${c.id}/suggestions`, suggestion({ named: true, articleNo: '第一条', suggestedWording: '增加“保护未成年创作者”的表述。' })).expect(201)).body;
    expect(s1).toMatchObject({ articleNo: '第十条', adoption: null, forwarded: false, creatorName: null });
    expect(s1.reference).toMatch(/^HP-LEG-\d{4}-\d{6}$/);
    const theCase = (await get(anonymous, `/cases/${s1.caseId}`).expect(200)).body;
    expect(theCase).toMatchObject({ programme: 'legislation', status: 'submitted', intake: { article: '第十条', lawName: c.title } });

    // Scope: another creator and the other zone see nothing of it.
    expect((await get(other, `/legislation/suggestions?consultationId=${c.id}`).expect(200)).body).toEqual([]);
    expect((await get(ypAgent, `/legislation/suggestions?consultationId=${c.id}`).expect(200)).body).toEqual([]);
    await post(ypAgent, `/legislation/suggestions/${s1.id}/forward`).expect(404);
    const deskList = (await get(agent, `/legislation/suggestions?consultationId=${c.id}`).expect(200)).body;
    expect(deskList.map((s: { id: string }) => s.id).sort()).toEqual([s1.id, s2.id].sort());

    // The authority cannot answer before the desk forwards it.
    await post(city, `/legislation/suggestions/${s1.id}/answer`, { adoption: 'adopted', reason: '采纳' }).expect(409);
    const forwarded = (await post(agent, `/legislation/suggestions/${s1.id}/forward`).expect(201)).body;
    expect(forwarded).toMatchObject({ forwarded: true, caseStatus: 'escalated' });
    await post(agent, `/legislation/suggestions/${s2.id}/forward`).expect(201);
    await post(agent, `/legislation/suggestions/${s1.id}/forward`).expect(409);

    const bad = await post(city, `/legislation/suggestions/${s1.id}/answer`, { adoption: 'maybe', reason: '理由' }).expect(400);
    expect(bad.body.errors[0].field).toBe('adoption');
    const answered = (await post(city, `/legislation/suggestions/${s1.id}/answer`, { adoption: 'partly_adopted', reason: '处理时限的建议已在第二十条体现。' }).expect(201)).body;
    expect(answered).toMatchObject({ adoption: 'partly_adopted', adoptionReason: '处理时限的建议已在第二十条体现。' });
    await post(city, `/legislation/suggestions/${s1.id}/answer`, { adoption: 'adopted', reason: '再答一次' }).expect(409);
    await post(city, `/legislation/suggestions/${s2.id}/answer`, { adoption: 'adopted', reason: '已采纳。' }).expect(201);

    // The creator sees the answer, on the suggestion and as the case's result, and is notified.
    const mine = (await get(anonymous, `/legislation/suggestions`).expect(200)).body;
    expect(mine).toEqual([expect.objectContaining({ id: s1.id, adoption: 'partly_adopted', adoptionReason: '处理时限的建议已在第二十条体现。' })]);
    const resolved = (await get(anonymous, `/cases/${s1.caseId}`).expect(200)).body;
    expect(resolved).toMatchObject({ status: 'resolved', outcome: 'partly_adopted' });
    expect(resolved.resolutionSummary).toContain('部分采纳');
    const inbox = (await get(anonymous, '/notifications').expect(200)).body.items;
    expect(inbox.some((n: { kind: string; body: string }) => n.kind === 'case_resolved' && n.body.includes('部分采纳'))).toBe(true);
    const events = await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 OR entity_id = $2 ORDER BY id`, [s1.id, s1.caseId]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['case.file', 'suggestion.create', 'case.accept', 'case.escalate', 'suggestion.forward', 'case.acknowledge', 'case.resolve', 'suggestion.answer']),
    );

    // The public page, without login: counts, adopted suggestions, the name only where agreed.
    const pub = (await get(null, '/public/consultations').expect(200)).body.find((x: { id: string }) => x.id === c.id);
    expect(pub.counts).toEqual({ suggestions: 2, answered: 2, adopted: 1, partlyAdopted: 1, notAdopted: 0, forwarded: 0 });
    expect(pub.adoptedSuggestions).toEqual([
      expect.objectContaining({ articleNo: '第十条', adoption: 'partly_adopted', author: '匿名创作者' }),
      expect.objectContaining({ articleNo: '第一条', adoption: 'adopted', author: '测试creator' }),
    ]);
    expect(JSON.stringify(pub)).not.toContain(anonymous.id);
    expect(pub).not.toHaveProperty('shortWindowReason');

    // Adoption rate per consultation and zone, within the supervisor's zone.
    const stats = (await get(supervisor, '/legislation/stats').expect(200)).body.filter((r: { consultationId: string }) => r.consultationId === c.id);
    expect(stats).toEqual([expect.objectContaining({ zoneId: 'huangpu', suggestions: 2, answered: 2, adopted: 1, partlyAdopted: 1, adoptionRate: 1 })]);
    expect((await get(ypSupervisor, '/legislation/stats').expect(200)).body.filter((r: { consultationId: string }) => r.consultationId === c.id)).toEqual([]);
    await get(anonymous, '/legislation/stats').expect(403);
  });
});

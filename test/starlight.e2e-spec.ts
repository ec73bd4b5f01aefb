import ExcelJS from 'exceljs';
import { FILINGS, openHonourRound } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

const DAY = 24 * 3600_000;

describe('星光计划: honour rounds and nominations (e2e)', () => {
  let t: TestApp;
  let city: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    city = await t.user('cac_officer', { authorityId: 'cac_city' });
  });
  afterAll(() => t.close());

  const post = (user: TestUser, path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set(bearer(user)).send(body);
  const get = (user: TestUser, path: string) => t.http.get(`/api/v1${path}`).set(bearer(user));
  const nomination = (form: string, category = 'self_nomination', zoneId = 'huangpu') => ({
    zoneId,
    category,
    title: `自荐作品《海派手作》${Math.random().toString(36).slice(2, 6)}`,
    description: '专栏以图文形式介绍上海非遗手作技艺。',
    intake: { ...FILINGS.starlight.intake, form, workTitle: '海派手作四十讲', reachCount: 850000 },
  });
  const decide = (user: TestUser, id: string, stage: string, decision: string, reason = '理由充分，依据明确。', extra: object = {}) =>
    post(user, `/starlight/nominations/${id}/decisions`, { stage, decision, reason, ...extra });

  it('is opened by the city authority with categories, window, quotas and a cap; bad input names the field', async () => {
    const district = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    const base = { name: '2026年度中国正能量网络精品征集', categories: ['text', 'image'], opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 30 * DAY).toISOString(), quotas: [] };
    await post(district, '/starlight/rounds', base).expect(403);
    const before = await t.count('honour_rounds');
    expect((await post(city, '/starlight/rounds', { ...base, quotas: [{ zoneId: 'nowhere', form: 'text', quota: 1 }] }).expect(400)).body.errors[0].field).toBe('quotas[0].zoneId');
    expect((await post(city, '/starlight/rounds', { ...base, quotas: [{ zoneId: 'huangpu', form: 'audio_video', quota: 1 }] }).expect(400)).body.errors[0].field).toBe('quotas[0].form');
    expect((await post(city, '/starlight/rounds', { ...base, categories: ['poetry'] }).expect(400)).body.errors[0].field).toBe('categories[0]');
    expect((await post(city, '/starlight/rounds', { ...base, closesAt: base.opensAt }).expect(400)).body.errors[0].field).toBe('closesAt');
    expect(await t.count('honour_rounds')).toBe(before);
    const round = (await post(city, '/starlight/rounds', { ...base, quotas: [{ zoneId: 'huangpu', form: 'text', quota: 2 }] }).expect(201)).body;
    expect(round).toMatchObject({ state: 'open', selfNominationCap: 5, honour: '中国正能量网络精品', quotas: [{ zoneId: 'huangpu', form: 'text', quota: 2, used: 0 }] });
  });

  it('refuses filing outside the round’s window or category, saying when the next round opens, and past the cap', async () => {
    const creator = await t.user('creator');
    const upcoming = await openHonourRound(t, { opensInDays: 10, categories: ['theme_activity'] });
    const closed = await openHonourRound(t, { opensInDays: -90, days: 30, categories: ['theme_activity'] });
    const cases = await t.count('cases');
    const early = await post(creator, `/starlight/rounds/${upcoming.id}/nominations`, nomination('theme_activity')).expect(409);
    expect(early.body.detail).toMatch(/将于 \d{4}-\d{2}-\d{2} 开放/);
    const late = await post(creator, `/starlight/rounds/${closed.id}/nominations`, nomination('theme_activity')).expect(409);
    expect(late.body.detail).toMatch(/已于 \d{4}-\d{2}-\d{2} 截止.*下一轮将于 \d{4}-\d{2}-\d{2} 开放/);
    const textOnly = await openHonourRound(t, { categories: ['text'], cap: 2 });
    expect((await post(creator, `/starlight/rounds/${textOnly.id}/nominations`, nomination('image')).expect(409)).body.detail).toContain('不征集「图片」');
    expect(await t.count('cases')).toBe(cases);

    await post(creator, `/starlight/rounds/${textOnly.id}/nominations`, nomination('text')).expect(201);
    await post(creator, `/starlight/rounds/${textOnly.id}/nominations`, nomination('text')).expect(201);
    const capped = await post(creator, `/starlight/rounds/${textOnly.id}/nominations`, nomination('text')).expect(409);
    expect(capped.body).toMatchObject({ code: 'starlight.cap_reached', cap: 2 });
    expect(capped.body.detail).toContain('最多自荐 2 件');
    // A recommendation of a work (not a self-nomination) is not capped.
    await post(creator, `/starlight/rounds/${textOnly.id}/nominations`, nomination('text', 'honour_recommendation')).expect(201);
    expect((await post(creator, `/starlight/rounds/${textOnly.id}/nominations`, { ...nomination('text'), intake: { form: 'text' } }).expect(400)).body.errors.length).toBeGreaterThan(0);
  });

  it('moves through 初审, 区推荐 within quota, 市委网信办评审 and 结果, each on the case and visible to the creator', async () => {
    const round = await openHonourRound(t, { quota: 1, categories: ['audio_video'] });
    const creator = await t.user('creator');
    const rival = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const ypSupervisor = await t.user('supervisor', { zoneId: 'yangpu' });
    const filed = (await post(creator, `/starlight/rounds/${round.id}/nominations`, nomination('audio_video', 'honour_recommendation')).expect(201)).body;
    const rivalCase = (await post(rival, `/starlight/rounds/${round.id}/nominations`, nomination('audio_video')).expect(201)).body;
    const [n] = (await get(creator, `/starlight/nominations?caseId=${filed.id}`).expect(200)).body;
    const [r] = (await get(rival, `/starlight/nominations?caseId=${rivalCase.id}`).expect(200)).body;
    expect(n).toMatchObject({ stage: 'applied', nextStage: 'desk_reviewed', reference: filed.reference, form: 'audio_video', creatorName: null });
    expect((await get(creator, `/starlight/nominations/${r.id}`)).status).toBe(404);

    // 集聚区初审: the zone's agent only.
    await decide(ypAgent, n.id, 'desk_reviewed', 'pass').expect(404);
    await decide(supervisor, n.id, 'desk_reviewed', 'pass').expect(403);
    expect((await decide(agent, n.id, 'desk_reviewed', 'selected').expect(400)).body.errors[0].field).toBe('decision');
    expect((await decide(agent, n.id, 'zone_recommended', 'recommend').expect(409)).body.code).toBe('starlight.wrong_stage');
    expect((await decide(agent, n.id, 'nowhere', 'pass').expect(400)).body.errors[0].field).toBe('stage');
    await decide(agent, n.id, 'desk_reviewed', 'pass', '材料齐全，原创，首发于征集期内。').expect(201);
    await decide(agent, r.id, 'desk_reviewed', 'pass').expect(201);
    expect((await get(creator, `/cases/${filed.id}`).expect(200)).body).toMatchObject({ status: 'in_progress', assignee: { id: agent.id } });

    // 区推荐 within the quota of one.
    await decide(ypSupervisor, n.id, 'zone_recommended', 'recommend').expect(404);
    await decide(supervisor, n.id, 'zone_recommended', 'recommend', '题材鲜明，传播广泛，推荐。').expect(201);
    const over = await decide(supervisor, r.id, 'zone_recommended', 'recommend').expect(409);
    expect(over.body).toMatchObject({ code: 'starlight.quota_reached', quota: 1, used: 1 });
    await decide(supervisor, r.id, 'zone_recommended', 'not_recommend', '本区名额有限，未推荐。').expect(201);
    expect((await get(creator, `/cases/${filed.id}`).expect(200)).body).toMatchObject({ status: 'escalated', escalationAuthorityId: 'cac_city' });
    expect((await get(supervisor, `/starlight/rounds/${round.id}`).expect(200)).body.quotas).toEqual(
      expect.arrayContaining([{ zoneId: 'huangpu', form: 'audio_video', quota: 1, used: 1 }]),
    );

    // 市委网信办: sees the round across zones, ranks, decides, records the result.
    const all = (await get(city, `/starlight/nominations?roundId=${round.id}`).expect(200)).body;
    expect(all.map((x: { id: string }) => x.id).sort()).toEqual([n.id, r.id].sort());
    expect((await t.http.put(`/api/v1/starlight/rounds/${round.id}/ranking`).set(bearer(city)).send({ nominationIds: [r.id] }).expect(409)).body.errors[0].field).toBe('nominationIds');
    const ranked = (await t.http.put(`/api/v1/starlight/rounds/${round.id}/ranking`).set(bearer(city)).send({ nominationIds: [n.id] }).expect(200)).body;
    expect(ranked[0]).toMatchObject({ id: n.id, cityRank: 1 });
    await decide(city, n.id, 'city_decided', 'recommend', '推荐参加国家级评选。').expect(201);
    const result = (await decide(city, n.id, 'result', 'selected', '经评审入选。').expect(201)).body;
    expect(result).toMatchObject({ stage: 'result', outcome: 'selected', honour: '中国正能量网络精品', nextStage: null });

    // The creator: progress with reasons (not who decided), the case resolved, notified at each stage.
    const mine = (await get(creator, `/starlight/nominations/${n.id}`).expect(200)).body;
    expect(mine.decisions.map((d: { stage: string; decision: string }) => `${d.stage}:${d.decision}`)).toEqual(['desk_reviewed:pass', 'zone_recommended:recommend', 'city_decided:recommend', 'result:selected']);
    expect(mine.decisions[0]).toMatchObject({ reason: '材料齐全，原创，首发于征集期内。', decidedBy: null });
    expect((await get(creator, `/cases/${filed.id}`).expect(200)).body).toMatchObject({ status: 'resolved', outcome: 'selected' });
    const timeline = (await get(creator, `/cases/${filed.id}/timeline`).expect(200)).body;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'nomination_stage').map((e: { data: { stage: string } }) => e.data.stage)).toEqual(['desk_reviewed', 'zone_recommended', 'city_decided', 'result']);
    const inbox = (await get(creator, '/notifications').expect(200)).body.items;
    expect(inbox.filter((x: { kind: string }) => x.kind === 'programme_progress')).toHaveLength(4);
    const audit = await t.db.query(`SELECT actor_id, after->>'stage' AS stage FROM audit_events WHERE action = 'nomination.decide' AND entity_id = $1 ORDER BY id`, [n.id]);
    expect(audit).toEqual([
      { actor_id: agent.id, stage: 'desk_reviewed' },
      { actor_id: supervisor.id, stage: 'zone_recommended' },
      { actor_id: city.id, stage: 'city_decided' },
      { actor_id: city.id, stage: 'result' },
    ]);

    // The report: by zone and category, within the caller's scope.
    const xlsx = await get(city, `/starlight/rounds/${round.id}/report`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['集聚区', '作品类别', '推荐名额', '申报', '初审通过', '区推荐', '市推荐', '入选']);
    expect(rows).toContainEqual(['黄浦区集聚区', '音视频', 1, 2, 2, 1, 1, 1]);
    const ypReport = await get(ypSupervisor, `/starlight/rounds/${round.id}/report`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const ypBook = new ExcelJS.Workbook();
    await ypBook.xlsx.load(ypReport.body);
    expect(JSON.stringify(ypBook.worksheets[0].getSheetValues())).not.toContain('黄浦');
  });

  it('files through the generic case route into the open round of the form', async () => {
    await openHonourRound(t, { categories: ['special_column'] });
    const creator = await t.user('creator');
    const c = (await post(creator, '/cases', { ...nomination('special_column'), programme: 'starlight', category: 'self_nomination' }).expect(201)).body;
    const [n] = (await get(creator, `/starlight/nominations?caseId=${c.id}`).expect(200)).body;
    const into = (await get(creator, `/starlight/rounds/${n.roundId}`).expect(200)).body;
    expect(into).toMatchObject({ state: 'open', categories: expect.arrayContaining(['special_column']) });
    await get(creator, '/starlight/nominations?caseId=not-a-uuid').expect(400);
  });
});

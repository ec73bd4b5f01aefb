import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

describe('合规引擎: knowledge base, starts, navigator, canned replies (e2e)', () => {
  let t: TestApp;
  let creator: TestUser;
  let agent: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    creator = await t.user('creator');
    agent = await t.user('agent', { zoneId: 'huangpu' });
  });
  afterAll(() => t.close());

  const post = (user: TestUser, path: string, body: object = {}) => t.http.post(`/api/v1${path}`).set(bearer(user)).send(body);
  const put = (user: TestUser, path: string, body: object = {}) => t.http.put(`/api/v1${path}`).set(bearer(user)).send(body);
  const get = (user: TestUser, path: string) => t.http.get(`/api/v1${path}`).set(bearer(user));
  const search = async (user: TestUser, q: string) => (await get(user, `/compliance/articles?q=${encodeURIComponent(q)}`).expect(200)).body as { id: string; title: string; regulation: string; articleRefs: string[]; status: string }[];
  const article = { title: '测试文章：数字人直播的标识', summary: '', body: '数字人直播应当在直播画面显著位置标注。', regulation: '人工智能生成合成内容标识办法', issuingBody: '国家互联网信息办公室等', effectiveOn: '2025-09-01', articleRefs: ['第四条'], source: '国家网信办网站（www.cac.gov.cn）' };

  it('ships the four regulations with real article numbers, and finds two-character words in Chinese', async () => {
    const all = await search(creator, '办法');
    // Other specs of the run may publish articles of their own: the shipped ones are among them.
    expect([...new Set((await get(creator, '/compliance/articles').expect(200)).body.map((a: { regulation: string }) => a.regulation))]).toEqual(
      expect.arrayContaining(['生成式人工智能服务管理暂行办法', '人工智能生成合成内容标识办法', '互联网信息服务深度合成管理规定', '互联网信息服务算法推荐管理规定']),
    );
    expect(all.length).toBeGreaterThan(0);
    const labels = await search(creator, '标识');
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels[0].title).toContain('标识');
    expect(labels.every((a) => a.title.includes('标识') || a.regulation.includes('标识'))).toBe(true);
    const filing = await search(creator, '备案');
    expect(filing.map((a) => a.title)).toContain('算法备案：自提供服务之日起十个工作日内');
    expect(filing.find((a) => a.title.startsWith('算法备案'))!.articleRefs).toEqual(['第二十四条']);
    expect((await search(creator, '十个工作日'))[0].title).toBe('算法备案：自提供服务之日起十个工作日内');
    expect((await search(creator, '隐式标识'))[0].title).toContain('显式标识和隐式标识');
    expect((await search(creator, '舆论属性 安全评估')).map((a) => a.articleRefs.join())).toEqual(expect.arrayContaining(['第十七条']));
    expect((await search(creator, '识')).length).toBeGreaterThan(0);
    expect(await search(creator, '火星殖民')).toEqual([]);
    expect((await get(creator, `/compliance/articles?q=${'长'.repeat(101)}`).expect(400)).body.errors[0].field).toBe('q');
  });

  it('is written and published by the desk: draft → published → superseded, drafts unseen by creators', async () => {
    expect((await post(agent, '/compliance/articles', { ...article, effectiveOn: '2025/09/01' }).expect(400)).body.errors[0].field).toBe('effectiveOn');
    await post(creator, '/compliance/articles', article).expect(403);
    const draft = (await post(agent, '/compliance/articles', article).expect(201)).body;
    expect(draft.status).toBe('draft');
    await get(creator, `/compliance/articles/${draft.id}`).expect(404);
    expect((await search(creator, '数字人直播')).map((a) => a.id)).not.toContain(draft.id);
    expect((await search(agent, '数字人直播')).map((a) => a.id)).toContain(draft.id);
    await post(agent, `/compliance/articles/${draft.id}/publish`).expect(201);
    expect((await search(creator, '数字人直播')).map((a) => a.id)).toContain(draft.id);
    await put(agent, `/compliance/articles/${draft.id}`, article).expect(409);

    const next = (await post(agent, '/compliance/articles', { ...article, title: '测试文章：数字人直播的标识（修订）', supersedesId: draft.id }).expect(201)).body;
    await post(agent, `/compliance/articles/${next.id}/publish`).expect(201);
    expect((await get(creator, `/compliance/articles/${draft.id}`).expect(200)).body).toMatchObject({ status: 'superseded', supersededBy: next.id });
    expect((await search(creator, '数字人直播')).map((a) => a.id)).toEqual([next.id]);
    const actions = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id IN ($1, $2) ORDER BY id`, [draft.id, next.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['knowledge_article.create', 'knowledge_article.publish', 'knowledge_article.create', 'knowledge_article.publish']);
  });

  it('saves an agent’s answer on a case as a draft, to be completed before publishing', async () => {
    const c = (await post(creator, '/cases', { ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    await post(agent, `/compliance/cases/${c.id}/article`, {}).expect(400);
    let v = (await post(agent, `/cases/${c.id}/actions/accept`, { version: c.version }).expect(201)).body;
    v = (await post(agent, `/cases/${v.id}/actions/start`, { version: v.version }).expect(201)).body;
    await post(agent, `/cases/${v.id}/actions/resolve`, { version: v.version, outcome: 'answered', summary: '封面由AI生成的，发布时应使用平台的AI声明功能并保留显式标识。' }).expect(201);
    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    await post(ypAgent, `/compliance/cases/${c.id}/article`, {}).expect(404);
    const draft = (await post(agent, `/compliance/cases/${c.id}/article`, {}).expect(201)).body;
    expect(draft).toMatchObject({ status: 'draft', fromCaseId: c.id, title: c.title, body: '封面由AI生成的，发布时应使用平台的AI声明功能并保留显式标识。' });
    const refused = await post(agent, `/compliance/articles/${draft.id}/publish`).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['issuingBody', 'regulation', 'source']);
    await put(agent, `/compliance/articles/${draft.id}`, { ...article, title: draft.title, body: draft.body }).expect(200);
    await post(agent, `/compliance/articles/${draft.id}/publish`).expect(201);
  });

  it('offers articles first, and counts the starts that end without a case', async () => {
    const supervisor = await t.user('supervisor', { zoneId: 'yangpu' });
    const before = ((await get(supervisor, '/compliance/stats').expect(200)).body.find((s: { zoneId: string }) => s.zoneId === 'yangpu') ?? { starts: 0, withCase: 0, withoutCase: 0, helpful: 0 });
    const s1 = (await post(creator, '/compliance/starts', { zoneId: 'yangpu', question: 'AI生成的视频封面需要加标识吗？' }).expect(201)).body;
    expect(s1.articles.length).toBeGreaterThan(0);
    expect(s1.articles[0].title).toContain('标识');
    await post(creator, `/compliance/starts/${s1.id}/end`, { helpful: true }).expect(201);
    await post(creator, `/compliance/starts/${s1.id}/end`, { helpful: true }).expect(409);
    expect((await post(creator, `/compliance/starts/${s1.id}/end`, { helpful: 'yes' }).expect(400)).body.errors[0].field).toBe('helpful');

    const s2 = (await post(creator, '/compliance/starts', { zoneId: 'yangpu', question: '数字人直播要办理什么备案？' }).expect(201)).body;
    const other = await t.user('creator');
    const body = { category: 'compliance_guidance', title: FILINGS.compliance.title, description: FILINGS.compliance.description, intake: FILINGS.compliance.intake };
    expect((await post(creator, `/compliance/starts/${s2.id}/case`, { ...FILINGS.compliance }).expect(400)).body.errors[0].field).toBe('programme');
    await post(other, `/compliance/starts/${s2.id}/case`, body).expect(404);
    const filed = (await post(creator, `/compliance/starts/${s2.id}/case`, { category: 'compliance_guidance', title: FILINGS.compliance.title, description: FILINGS.compliance.description, intake: FILINGS.compliance.intake }).expect(201)).body;
    expect(filed).toMatchObject({ programme: 'compliance', zoneId: 'yangpu' });
    await post(creator, `/compliance/starts/${s2.id}/case`, { category: 'compliance_guidance', title: FILINGS.compliance.title, description: FILINGS.compliance.description, intake: FILINGS.compliance.intake }).expect(409);
    const [row] = await t.db.query(`SELECT case_id FROM compliance_starts WHERE id = $1`, [s2.id]);
    expect(row.case_id).toBe(filed.id);

    const after = (await get(supervisor, '/compliance/stats').expect(200)).body.find((s: { zoneId: string }) => s.zoneId === 'yangpu');
    expect(after.starts - before.starts).toBe(2);
    expect(after.withCase - before.withCase).toBe(1);
    expect(after.withoutCase - before.withoutCase).toBe(1);
    expect(after.helpful - before.helpful).toBe(1);
    // Filing through the ordinary form right after reading the articles ends the latest open start too.
    const s3 = (await post(creator, '/compliance/starts', { zoneId: 'yangpu', question: '算法备案多久内办理？' }).expect(201)).body;
    const viaForm = (await post(creator, '/cases', { ...FILINGS.compliance, zoneId: 'yangpu' }).expect(201)).body;
    expect((await t.db.query(`SELECT case_id FROM compliance_starts WHERE id = $1`, [s3.id]))[0].case_id).toBe(viaForm.id);
    const hp = await t.user('supervisor', { zoneId: 'huangpu' });
    expect((await get(hp, '/compliance/stats').expect(200)).body.map((s: { zoneId: string }) => s.zoneId)).not.toContain('yangpu');
  });

  it('navigates: filings, labels and the algorithm-filing deadline on the working-day calendar; becomes a case', async () => {
    const questions = (await get(creator, '/compliance/navigator/questions').expect(200)).body;
    expect(questions.map((q: { id: string }) => q.id)).toEqual(expect.arrayContaining(['servesPublic', 'generates', 'publicOpinion', 'serviceStartDate']));
    const answers = { productDescription: 'AI 配音小程序', servesPublic: true, generates: ['audio', 'video'], publicOpinion: true, modelSource: 'third_party_api', recommends: false, publishesAigc: true, serviceStartDate: '2025-09-30' };
    const result = (await post(creator, '/compliance/navigator/evaluate', { answers }).expect(201)).body;
    const codes = result.obligations.map((o: { code: string }) => o.code);
    expect(codes).toEqual(['algorithm_filing', 'security_assessment', 'genai_registration', 'explicit_label', 'implicit_label', 'publisher_label']);
    const algo = result.obligations[0];
    // 2025: 国庆 10-01..10-08 off, Saturday 10-11 worked: ten working days after 09-30 end on 10-21.
    expect(algo).toMatchObject({ dueOn: '2025-10-21', sources: expect.arrayContaining([{ regulation: '互联网信息服务算法推荐管理规定', article: '第二十四条' }]) });
    expect(result.obligations[3].sources).toEqual(expect.arrayContaining([{ regulation: '人工智能生成合成内容标识办法', article: '第四条' }]));
    const bad = await post(creator, '/compliance/navigator/evaluate', { answers: { ...answers, servesPublic: 'maybe', serviceStartDate: '2025/09/30' } }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['answers.servesPublic', 'answers.serviceStartDate']);
    const personal = (await post(creator, '/compliance/navigator/evaluate', { answers: { ...answers, servesPublic: false, publishesAigc: false } }).expect(201)).body;
    expect(personal.obligations).toEqual([]);

    const c = (await post(creator, '/compliance/navigator/case', { answers, zoneId: 'huangpu' }).expect(201)).body;
    expect(c).toMatchObject({ programme: 'compliance', category: 'compliance_guidance', intake: { productOrModel: 'AI 配音小程序' } });
    expect(c.intake.question).toContain('2025-10-21');
    expect(c.description).toContain('《互联网信息服务算法推荐管理规定》第二十四条');
  });

  it('keeps the rules as data the desk edits, with their sources', async () => {
    const rules = (await get(agent, '/compliance/navigator/rules').expect(200)).body;
    await get(creator, '/compliance/navigator/rules').expect(403);
    const algo = rules.find((r: { code: string }) => r.code === 'algorithm_filing');
    const { id, version, updatedAt: _u, ...fields } = algo;
    await put(agent, `/compliance/navigator/rules/${id}`, { ...fields, version: version + 5 }).expect(409);
    expect((await put(agent, `/compliance/navigator/rules/${id}`, { ...fields, version, conditions: [{ question: 'servesPubic', equals: true }] }).expect(400)).body.errors[0].field).toBe('conditions[0].question');
    expect((await put(agent, `/compliance/navigator/rules/${id}`, { ...fields, version, sources: [] }).expect(400)).body.errors[0].field).toBe('sources');
    const edited = (await put(agent, `/compliance/navigator/rules/${id}`, { ...fields, version, deadlineWorkingDays: 11 }).expect(200)).body;
    expect(edited).toMatchObject({ version: version + 1, deadlineWorkingDays: 11 });
    const answers = { productDescription: '数字人', servesPublic: true, generates: ['video'], publicOpinion: true, modelSource: 'none', recommends: false, publishesAigc: false, serviceStartDate: '2025-09-30' };
    expect((await post(creator, '/compliance/navigator/evaluate', { answers }).expect(201)).body.obligations[0].dueOn).toBe('2025-10-22');
    await put(agent, `/compliance/navigator/rules/${id}`, { ...fields, version: version + 1 }).expect(200);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'navigator_rule.update' AND entity_id = $1`, [id]))[0].n).toBe(2);
  });

  it('fills canned replies with the creator’s name, the reference and the deadline', async () => {
    const c = (await post(creator, '/cases', { ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    const replies = (await get(agent, '/compliance/canned-replies?programme=compliance').expect(200)).body;
    const ack = replies.find((r: { title: string }) => r.title === '受理告知');
    const text = (await post(agent, `/compliance/canned-replies/${ack.id}/render`, { caseId: c.id }).expect(201)).body.text;
    expect(text).toContain('测试creator您好');
    expect(text).toContain(c.reference);
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} 前答复/);
    expect(text).not.toContain('{{');
    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    await post(ypAgent, `/compliance/canned-replies/${ack.id}/render`, { caseId: c.id }).expect(404);
    expect((await post(agent, '/compliance/canned-replies', { programme: 'compliance', title: '错字', body: '{{creatorname}}您好' }).expect(400)).body.errors[0].field).toBe('body');
    const mine = (await post(agent, '/compliance/canned-replies', { programme: 'shield', title: '黄浦专用', body: '{{creatorName}}，{{title}}已收到' }).expect(201)).body;
    expect((await get(ypAgent, '/compliance/canned-replies?programme=shield').expect(200)).body.map((r: { id: string }) => r.id)).not.toContain(mine.id);
    await put(agent, `/compliance/canned-replies/${ack.id}`, { programme: 'compliance', title: '改', body: '改' }).expect(404);
    expect((await get(agent, '/compliance/canned-replies?programme=nope').expect(400)).body.errors[0].field).toBe('programme');
  });
});

import { openHonourRound } from './case-fixtures';
import { bearer, TestApp, TestUser } from './test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(64)]);
const DAY = 24 * 3600_000;

/**
 * Every route of the four programmes once, each expected to succeed (for the single-connection
 * spec, which checks that every route answered). `cold` empties the caches before each step.
 */
export async function walkProgrammes(t: TestApp, cold: () => void): Promise<void> {
  const creator = await t.user('creator');
  const agent = await t.user('agent', { zoneId: 'huangpu' });
  const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
  const district = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
  const city = await t.user('cac_officer', { authorityId: 'cac_city' });
  const call = async (user: TestUser | null, method: 'get' | 'post' | 'put', path: string, body?: object) => {
    cold();
    const req = t.http[method](`/api/v1${path}`);
    if (user) req.set(bearer(user));
    const res = method === 'get' ? await req.buffer(true) : await req.send(body ?? {});
    expect({ method, path, status: res.status < 300 ? 'ok' : res.status, body: res.status < 300 ? undefined : res.body }).toEqual({ method, path, status: 'ok', body: undefined });
    return res.body;
  };

  // 众智平台
  const consultation = await call(city, 'post', '/legislation/consultations', {
    title: '单连接征集稿',
    issuingBody: '中共上海市委网络安全和信息化委员会办公室',
    articles: [{ no: '第一条', text: '条文' }],
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 40 * DAY).toISOString(),
  });
  await call(creator, 'get', '/legislation/consultations');
  await call(creator, 'get', `/legislation/consultations/${consultation.id}`);
  const suggestion = await call(creator, 'post', `/legislation/consultations/${consultation.id}/suggestions`, { zoneId: 'huangpu', articleNo: '第一条', suggestedWording: '建议修改', reason: '理由充分' });
  await call(agent, 'get', '/legislation/suggestions');
  await call(agent, 'post', `/legislation/suggestions/${suggestion.id}/forward`);
  await call(city, 'post', `/legislation/suggestions/${suggestion.id}/answer`, { adoption: 'adopted', reason: '采纳' });
  await call(supervisor, 'get', '/legislation/stats');
  await call(null, 'get', '/public/consultations');

  // 星光计划
  const round = await openHonourRound(t, { categories: ['image'] });
  await call(creator, 'get', '/starlight/rounds');
  await call(creator, 'get', `/starlight/rounds/${round.id}`);
  const filed = await call(creator, 'post', `/starlight/rounds/${round.id}/nominations`, {
    zoneId: 'huangpu',
    category: 'self_nomination',
    title: '单连接自荐作品',
    description: '单连接自荐作品的说明。',
    intake: { nominationType: 'work', workTitle: '单连接', form: 'image', links: ['https://example.com/w'], reach: '一万' },
  });
  const [nomination] = await call(creator, 'get', `/starlight/nominations?caseId=${filed.id}`);
  await call(creator, 'get', `/starlight/nominations/${nomination.id}`);
  await call(agent, 'post', `/starlight/nominations/${nomination.id}/decisions`, { stage: 'desk_reviewed', decision: 'pass', reason: '材料齐全' });
  await call(supervisor, 'post', `/starlight/nominations/${nomination.id}/decisions`, { stage: 'zone_recommended', decision: 'recommend', reason: '推荐' });
  const cityOfRound = await t.user('cac_officer', { authorityId: 'cac_city' });
  await call(cityOfRound, 'put', `/starlight/rounds/${round.id}/ranking`, { nominationIds: [nomination.id] });
  await call(cityOfRound, 'get', `/starlight/rounds/${round.id}/report`);

  // 合规引擎
  const [first] = await call(creator, 'get', '/compliance/articles?q=备案');
  await call(creator, 'get', `/compliance/articles/${first.id}`);
  const article = { title: '单连接文章', body: '正文', regulation: '某规定', issuingBody: '某机关', effectiveOn: '2025-09-01', articleRefs: ['第一条'], source: '来源' };
  const draft = await call(agent, 'post', '/compliance/articles', article);
  await call(agent, 'put', `/compliance/articles/${draft.id}`, { ...article, title: '单连接文章（改）' });
  await call(agent, 'post', `/compliance/articles/${draft.id}/publish`);
  const start = await call(creator, 'post', '/compliance/starts', { zoneId: 'huangpu', question: '标识怎么加' });
  await call(creator, 'post', `/compliance/starts/${start.id}/end`, { helpful: true });
  const start2 = await call(creator, 'post', '/compliance/starts', { zoneId: 'huangpu', question: '备案怎么办' });
  const compliance = await call(creator, 'post', `/compliance/starts/${start2.id}/case`, { category: 'compliance_guidance', title: '单连接咨询', description: '单连接咨询的说明', intake: { productOrModel: '模型', question: '问题' } });
  await call(agent, 'post', `/compliance/cases/${compliance.id}/article`, { body: '答复' });
  await call(supervisor, 'get', '/compliance/stats');
  await call(creator, 'get', '/compliance/navigator/questions');
  const answers = { productDescription: '配音', servesPublic: true, generates: ['audio'], publicOpinion: true, modelSource: 'none', recommends: false, publishesAigc: false, serviceStartDate: '2026-03-02' };
  await call(creator, 'post', '/compliance/navigator/evaluate', { answers });
  await call(creator, 'post', '/compliance/navigator/case', { answers, zoneId: 'huangpu' });
  await call(agent, 'get', '/compliance/navigator/rules');
  const rule = { code: `one_${Math.random().toString(36).slice(2, 8)}`, title: '测试规则', obligation: 'notice', description: '说明', conditions: [{ question: 'recommends', equals: true }], deadlineText: '上线前', sources: [{ regulation: '某规定', article: '第一条' }] };
  const created = await call(agent, 'post', '/compliance/navigator/rules', rule);
  await call(agent, 'put', `/compliance/navigator/rules/${created.id}`, { ...rule, active: false, version: created.version });
  await call(agent, 'get', '/compliance/canned-replies');
  const canned = await call(agent, 'post', '/compliance/canned-replies', { programme: 'compliance', title: '单连接', body: '{{creatorName}}您好' });
  await call(agent, 'put', `/compliance/canned-replies/${canned.id}`, { programme: 'compliance', title: '单连接（改）', body: '{{reference}}' });
  await call(agent, 'post', `/compliance/canned-replies/${canned.id}/render`, { caseId: compliance.id });

  // 盾牌行动
  const shield = (accounts: string[]) => ({ programme: 'shield', category: 'defamation', zoneId: 'huangpu', title: '单连接侵权', description: '单连接侵权的说明。', intake: { platform: 'weibo', offendingAccounts: accounts, urls: ['https://weibo.com/1/x'], startedOn: '2026-03-01', ongoing: false, minorInvolved: false, views: 9000 } });
  const a = await call(creator, 'post', '/cases', shield(['单连接号']));
  const other = await t.user('creator');
  const b = await call(other, 'post', '/cases', shield(['单连接号']));
  const dup = await call(creator, 'post', '/cases', shield(['单连接号']));
  await call(agent, 'get', `/shield/cases/${a.id}`);
  await call(agent, 'get', `/shield/cases/${a.id}/matches`);
  const group = await call(agent, 'post', `/shield/cases/${a.id}/links`, { caseIds: [b.id] });
  await call(agent, 'post', `/shield/cases/${a.id}/merge`, { duplicateCaseId: dup.id });
  cold();
  await t.http.post(`/api/v1/cases/${a.id}/attachments`).set(bearer(creator)).attach('file', PNG, '截图.png').expect(201);
  const packet = await call(agent, 'post', `/shield/cases/${a.id}/evidence-packets`, { purpose: 'court' });
  await call(agent, 'get', `/shield/evidence-packets/${packet.id}/content`);
  await call(agent, 'post', `/shield/groups/${group.id}/escalate`, { reason: '串并上报' });
  const request = await call(district, 'post', `/shield/cases/${a.id}/platform-requests`, { measures: ['delete_content'] });
  await call(district, 'get', `/shield/platform-requests/${request.id}/letter`);
  await call(district, 'post', `/shield/platform-requests/${request.id}/responses`, { result: 'banned', respondedOn: '2026-03-06' });
  const referral = await call(agent, 'post', `/shield/cases/${a.id}/police-referrals`, { policeUnit: '黄浦分局', reason: '浏览逾五千次', referredOn: '2026-03-06' });
  await call(agent, 'post', `/shield/police-referrals/${referral.id}/status`, { status: 'filed', note: '已立案' });
  await call(district, 'post', `/shield/groups/${group.id}/resolve`, { outcome: 'takedown_done', summary: '已处置' });
  await call(supervisor, 'get', '/shield/stats');
}

import { FILINGS, openHonourRound } from './case-fixtures';
import { bearer, TestApp, TestUser } from './test-app';

type Caller = 'creator' | 'otherCreator' | 'agent' | 'otherZoneAgent' | 'supervisor' | 'otherZoneSupervisor' | 'citySupervisor' | 'officer' | 'otherOfficer';

/** The access matrix's callers, as the programmes' routes let them in. */
const SIGNED_IN: Caller[] = ['creator', 'otherCreator', 'agent', 'otherZoneAgent', 'supervisor', 'otherZoneSupervisor', 'citySupervisor', 'officer', 'otherOfficer'];
const CREATORS: Caller[] = ['creator', 'otherCreator'];
const AGENTS: Caller[] = ['agent', 'otherZoneAgent'];
const SUPERVISORS: Caller[] = ['supervisor', 'otherZoneSupervisor', 'citySupervisor'];
const OFFICERS: Caller[] = ['officer', 'otherOfficer'];
const DESK: Caller[] = [...AGENTS, ...SUPERVISORS];
const STAFF: Caller[] = [...DESK, ...OFFICERS];
/** Who reaches the fixture shield case's own records: its zone's desk, the city supervisor, the officer it is escalated to. */
const CASE_STAFF: Caller[] = ['agent', 'supervisor', 'citySupervisor', 'officer'];

/** An empty body: the route's validation refuses it (400) for everyone its role guard lets through. */
const invalid = () => ({});

/**
 * The programmes' routes for the access matrix: who gets past authentication, role and scope,
 * with the fixtures below in their path. Write routes are sent an empty body (a 400 for those let
 * in); those without a body act on the fixtures.
 */
export const PROGRAMME_ROUTES: Record<string, { allow: Caller[] | 'public'; body?: () => object }> = {
  'GET /api/v1/legislation/consultations': { allow: SIGNED_IN },
  'POST /api/v1/legislation/consultations': { allow: OFFICERS, body: invalid },
  'GET /api/v1/legislation/consultations/{id}': { allow: SIGNED_IN },
  'POST /api/v1/legislation/consultations/{id}/suggestions': { allow: CREATORS, body: invalid },
  'GET /api/v1/legislation/suggestions': { allow: SIGNED_IN },
  'POST /api/v1/legislation/suggestions/{id}/forward': { allow: ['agent'] },
  'POST /api/v1/legislation/suggestions/{id}/answer': { allow: OFFICERS, body: invalid },
  'GET /api/v1/legislation/stats': { allow: [...SUPERVISORS, ...OFFICERS] },
  'GET /api/v1/public/consultations': { allow: 'public' },
  'GET /api/v1/starlight/rounds': { allow: SIGNED_IN },
  'POST /api/v1/starlight/rounds': { allow: OFFICERS, body: invalid },
  'GET /api/v1/starlight/rounds/{id}': { allow: SIGNED_IN },
  'POST /api/v1/starlight/rounds/{id}/nominations': { allow: CREATORS, body: invalid },
  'PUT /api/v1/starlight/rounds/{id}/ranking': { allow: OFFICERS, body: invalid },
  'GET /api/v1/starlight/rounds/{id}/report': { allow: [...SUPERVISORS, ...OFFICERS] },
  'GET /api/v1/starlight/nominations': { allow: SIGNED_IN },
  'GET /api/v1/starlight/nominations/{id}': { allow: ['creator', 'agent', 'supervisor', 'citySupervisor', 'officer'] },
  'POST /api/v1/starlight/nominations/{id}/decisions': { allow: STAFF, body: invalid },
  'GET /api/v1/compliance/articles': { allow: SIGNED_IN },
  'POST /api/v1/compliance/articles': { allow: DESK, body: invalid },
  'GET /api/v1/compliance/articles/{id}': { allow: SIGNED_IN },
  'PUT /api/v1/compliance/articles/{id}': { allow: DESK, body: invalid },
  'POST /api/v1/compliance/articles/{id}/publish': { allow: DESK },
  'POST /api/v1/compliance/cases/{id}/article': { allow: ['agent', 'supervisor', 'citySupervisor'], body: invalid },
  'POST /api/v1/compliance/starts': { allow: CREATORS, body: invalid },
  'POST /api/v1/compliance/starts/{id}/end': { allow: CREATORS, body: invalid },
  'POST /api/v1/compliance/starts/{id}/case': { allow: CREATORS, body: invalid },
  'GET /api/v1/compliance/stats': { allow: SUPERVISORS },
  'GET /api/v1/compliance/navigator/questions': { allow: SIGNED_IN },
  'POST /api/v1/compliance/navigator/evaluate': { allow: SIGNED_IN, body: invalid },
  'POST /api/v1/compliance/navigator/case': { allow: CREATORS, body: invalid },
  'GET /api/v1/compliance/navigator/rules': { allow: DESK },
  'POST /api/v1/compliance/navigator/rules': { allow: DESK, body: invalid },
  'PUT /api/v1/compliance/navigator/rules/{id}': { allow: DESK, body: invalid },
  'GET /api/v1/compliance/canned-replies': { allow: DESK },
  'POST /api/v1/compliance/canned-replies': { allow: DESK, body: invalid },
  'PUT /api/v1/compliance/canned-replies/{id}': { allow: DESK, body: invalid },
  'POST /api/v1/compliance/canned-replies/{id}/render': { allow: DESK, body: invalid },
  'GET /api/v1/shield/cases/{id}': { allow: CASE_STAFF },
  'GET /api/v1/shield/cases/{id}/matches': { allow: ['agent', 'supervisor', 'citySupervisor'] },
  'POST /api/v1/shield/cases/{id}/links': { allow: AGENTS, body: invalid },
  'POST /api/v1/shield/cases/{id}/merge': { allow: AGENTS, body: invalid },
  'POST /api/v1/shield/groups/{id}/escalate': { allow: AGENTS, body: invalid },
  'POST /api/v1/shield/groups/{id}/resolve': { allow: [...AGENTS, ...OFFICERS], body: invalid },
  'POST /api/v1/shield/cases/{id}/evidence-packets': { allow: STAFF, body: invalid },
  'GET /api/v1/shield/evidence-packets/{id}/content': { allow: CASE_STAFF },
  'POST /api/v1/shield/cases/{id}/platform-requests': { allow: OFFICERS, body: invalid },
  'GET /api/v1/shield/platform-requests/{id}/letter': { allow: CASE_STAFF },
  'POST /api/v1/shield/platform-requests/{id}/responses': { allow: [...AGENTS, ...OFFICERS], body: invalid },
  'POST /api/v1/shield/cases/{id}/police-referrals': { allow: STAFF, body: invalid },
  'POST /api/v1/shield/police-referrals/{id}/status': { allow: STAFF, body: invalid },
  'GET /api/v1/shield/stats': { allow: SUPERVISORS },
};

export interface ProgrammeFixtures {
  consultationId: string;
  suggestionId: string;
  roundId: string;
  nominationId: string;
  articleId: string;
  startId: string;
  ruleId: string;
  cannedId: string;
  groupId: string;
  packetId: string;
  requestId: string;
  referralId: string;
}

/**
 * The records the programmes' routes address, around the matrix's fixture shield case (huangpu,
 * escalated to cac_huangpu, with one attachment): a consultation with a suggestion of `creator`, a
 * round with a nomination of `creator`, a compliance start, a link group, an evidence packet, a
 * platform request and a police referral of the fixture case.
 */
export async function programmeFixtures(t: TestApp, users: Record<Caller, TestUser>, caseId: string): Promise<ProgrammeFixtures> {
  const city = await t.user('cac_officer', { authorityId: 'cac_city' });
  const post = async (u: TestUser, url: string, body: object = {}) => {
    const res = await t.http.post(`/api/v1${url}`).set(bearer(u)).send(body);
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const get = async (u: TestUser, url: string) => (await t.http.get(`/api/v1${url}`).set(bearer(u)).expect(200)).body;
  const day = 24 * 3600_000;
  const consultation = await post(city, '/legislation/consultations', {
    title: '访问矩阵征集稿',
    issuingBody: '中共上海市委网络安全和信息化委员会办公室',
    articles: [{ no: '第一条', text: '条文' }],
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 40 * day).toISOString(),
  });
  const suggestion = await post(users.creator, `/legislation/consultations/${consultation.id}/suggestions`, { zoneId: 'huangpu', articleNo: '第一条', suggestedWording: '建议修改', reason: '理由' });
  const round = await openHonourRound(t, { categories: ['text'] });
  const filed = await post(users.creator, `/starlight/rounds/${round.id}/nominations`, { zoneId: 'huangpu', category: 'honour_recommendation', title: '访问矩阵作品', description: '访问矩阵作品的说明', intake: { ...FILINGS.starlight.intake, form: 'text' } });
  const [nomination] = await get(users.creator, `/starlight/nominations?caseId=${filed.id}`);
  const [article] = await get(users.creator, '/compliance/articles?q=备案');
  const start = await post(users.creator, '/compliance/starts', { zoneId: 'huangpu', question: '标识' });
  const [rule] = await get(users.agent, '/compliance/navigator/rules');
  const [canned] = await get(users.agent, '/compliance/canned-replies');
  const other = await post(users.otherCreator, '/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
  const group = await post(users.agent, `/shield/cases/${caseId}/links`, { caseIds: [other.id] });
  const packet = await post(users.agent, `/shield/cases/${caseId}/evidence-packets`, { purpose: 'police' });
  const request = await post(users.officer, `/shield/cases/${caseId}/platform-requests`, { measures: ['delete_content'] });
  const referral = await post(users.agent, `/shield/cases/${caseId}/police-referrals`, { policeUnit: '黄浦分局', reason: '矩阵测试', referredOn: '2026-03-06' });
  return {
    consultationId: consultation.id,
    suggestionId: suggestion.id,
    roundId: round.id,
    nominationId: nomination.id,
    articleId: article.id,
    startId: start.id,
    ruleId: rule.id,
    cannedId: canned.id,
    groupId: group.id,
    packetId: packet.id,
    requestId: request.id,
    referralId: referral.id,
  };
}

/** The programmes' path parameters; other paths unchanged. */
export function fillProgrammePath(path: string, f: ProgrammeFixtures | undefined): string {
  if (!f) return path;
  const ids: [RegExp, string][] = [
    [/^\/api\/v1\/legislation\/consultations\/\{id\}/, f.consultationId],
    [/^\/api\/v1\/legislation\/suggestions\/\{id\}/, f.suggestionId],
    [/^\/api\/v1\/starlight\/rounds\/\{id\}/, f.roundId],
    [/^\/api\/v1\/starlight\/nominations\/\{id\}/, f.nominationId],
    [/^\/api\/v1\/compliance\/articles\/\{id\}/, f.articleId],
    [/^\/api\/v1\/compliance\/starts\/\{id\}/, f.startId],
    [/^\/api\/v1\/compliance\/navigator\/rules\/\{id\}/, f.ruleId],
    [/^\/api\/v1\/compliance\/canned-replies\/\{id\}/, f.cannedId],
    [/^\/api\/v1\/shield\/groups\/\{id\}/, f.groupId],
    [/^\/api\/v1\/shield\/evidence-packets\/\{id\}/, f.packetId],
    [/^\/api\/v1\/shield\/platform-requests\/\{id\}/, f.requestId],
    [/^\/api\/v1\/shield\/police-referrals\/\{id\}/, f.referralId],
  ];
  for (const [pattern, id] of ids) if (pattern.test(path)) return path.replace('{id}', id);
  return path;
}

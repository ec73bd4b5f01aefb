import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { checkAnswers, closed, recordAnswers } from './support/answer-recorder';
import { FILINGS } from './support/case-fixtures';
import { walkProgrammes } from './support/programme-walkthrough';
import { bearer, TestApp, TestUser } from './support/test-app';

type Schema = Record<string, unknown>;

/**
 * The web's API types are generated from the OpenAPI document, so the document must say what
 * the api really answers. Each answer below is checked against the schema its route declares,
 * closed: a field the api sends that the document does not name fails, as does a documented
 * field that is missing, null where it may not be, or of another type.
 */
describe('answers match the OpenAPI document (the source of the web types)', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>; components: { schemas: Record<string, Schema> } };
  let ajv: Ajv;
  beforeAll(async () => {
    t = await TestApp.start();
    doc = (await t.http.get('/api/docs-json').expect(200)).body;
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'doc', components: { schemas: closed(doc.components.schemas) } });
  });
  afterAll(() => t.close());

  function validator(method: string, path: string, status: number): ValidateFunction {
    const response = doc.paths[path]?.[method]?.responses?.[String(status)];
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`${method.toUpperCase()} ${path} declares no JSON answer for ${status}`);
    return ajv.compile(closed(schema));
  }

  async function check(user: TestUser | null, method: 'get' | 'post' | 'patch' | 'put', route: string, documented: string, status: number, body?: object) {
    let req = t.http[method](route);
    if (user) req = req.set(bearer(user));
    const res = await (body ? req.send(body) : req).expect(status);
    const validate = validator(method, documented, status);
    expect({ route, errors: validate(res.body) ? [] : validate.errors }).toEqual({ route, errors: [] });
    return res.body;
  }

  it('cases: filing, list, detail with SLA clocks, actions, timeline, comments, officer queue, agents, the 差评 rectification', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const officer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });

    let c = await check(creator, 'post', '/api/v1/cases', '/api/v1/cases', 201, { ...FILINGS.shield, zoneId: 'huangpu' });
    expect(c.slaClocks.length).toBeGreaterThan(0);
    c = await check(agent, 'post', `/api/v1/cases/${c.id}/actions/accept`, '/api/v1/cases/{id}/actions/accept', 201, { version: c.version });
    c = await check(agent, 'post', `/api/v1/cases/${c.id}/actions/request_materials`, '/api/v1/cases/{id}/actions/request_materials', 201, { version: c.version, items: ['侵权页面截图'] });
    expect(c.materialsRequest).toEqual({ items: ['侵权页面截图'], note: null });
    c = await check(creator, 'post', `/api/v1/cases/${c.id}/actions/supply_materials`, '/api/v1/cases/{id}/actions/supply_materials', 201, { version: c.version, note: '已补充' });
    c = await check(agent, 'post', `/api/v1/cases/${c.id}/actions/escalate`, '/api/v1/cases/{id}/actions/escalate', 201, { version: c.version, reason: '需平台处置' });
    expect(c.escalation).toEqual({ authorityId: 'cac_huangpu', acknowledged: false });
    await check(creator, 'get', `/api/v1/cases/${c.id}`, '/api/v1/cases/{id}', 200);
    const list = await check(agent, 'get', '/api/v1/cases?pageSize=5', '/api/v1/cases', 200);
    expect(list.items.map((i: { id: string }) => i.id)).toContain(c.id);
    await check(officer, 'get', '/api/v1/escalations', '/api/v1/escalations', 200);
    await check(agent, 'post', `/api/v1/cases/${c.id}/comments`, '/api/v1/cases/{id}/comments', 201, { body: '内部备注', visibility: 'internal' });
    const timeline = await check(agent, 'get', `/api/v1/cases/${c.id}/timeline`, '/api/v1/cases/{id}/timeline', 200);
    expect(timeline.length).toBeGreaterThan(4);
    await check(creator, 'get', `/api/v1/cases/${c.id}/comments`, '/api/v1/cases/{id}/comments', 200);
    await check(supervisor, 'get', '/api/v1/agents', '/api/v1/agents', 200);

    c = await check(officer, 'post', `/api/v1/cases/${c.id}/actions/acknowledge`, '/api/v1/cases/{id}/actions/acknowledge', 201, { version: c.version });
    c = await check(officer, 'post', `/api/v1/cases/${c.id}/actions/resolve`, '/api/v1/cases/{id}/actions/resolve', 201, { version: c.version, outcome: 'takedown_done', summary: '已下架' });
    c = await check(creator, 'post', `/api/v1/cases/${c.id}/actions/rate`, '/api/v1/cases/{id}/actions/rate', 201, { version: c.version, level: 1, comment: '很慢' });
    expect(c.rating).toEqual({ level: 1, comment: '很慢' });
    const open = await check(supervisor, 'get', '/api/v1/quality/rectifications?status=contacting', '/api/v1/quality/rectifications', 200);
    const rectification = open.find((r: { caseId: string }) => r.caseId === c.id);
    await check(supervisor, 'post', `/api/v1/quality/rectifications/${rectification.id}/contact`, '/api/v1/quality/rectifications/{id}/contact', 201, { method: 'phone', outcome: '已回访并致歉' });
    const contacted = await check(supervisor, 'get', '/api/v1/quality/rectifications?status=rectifying', '/api/v1/quality/rectifications', 200);
    expect(contacted.find((r: { id: string }) => r.id === rectification.id)).toMatchObject({ contactOutcome: '已回访并致歉', status: 'rectifying' });
  });

  it('evidence: upload and list', async () => {
    const creator = await t.user('creator');
    const c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3b1f4e70000000049454e44ae426082', 'hex');
    const up = await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', png, '截图.png').expect(201);
    const validate = validator('post', '/api/v1/cases/{id}/attachments', 201);
    expect(validate(up.body) ? [] : validate.errors).toEqual([]);
    await check(creator, 'get', `/api/v1/cases/${c.id}/attachments`, '/api/v1/cases/{id}/attachments', 200);
  });

  it('accounts, reference data and the inbox', async () => {
    const sysadmin = await t.user('sysadmin');
    const secadmin = await t.user('secadmin');
    const creator = await t.user('creator');
    await check(creator, 'get', '/api/v1/me', '/api/v1/me', 200);
    await check(creator, 'get', '/api/v1/zones', '/api/v1/zones', 200);
    await check(creator, 'get', '/api/v1/authorities', '/api/v1/authorities', 200);
    await check(sysadmin, 'get', '/api/v1/admin/users', '/api/v1/admin/users', 200);
    const made = await check(sysadmin, 'post', '/api/v1/admin/users', '/api/v1/admin/users', 201, { username: `c.agent.${Date.now()}`, displayName: '契约专员', password: 'Contract@2026pw', zoneId: 'yangpu', skills: ['shield'] });
    await check(sysadmin, 'patch', `/api/v1/admin/users/${made.id}`, '/api/v1/admin/users/{id}', 200, { displayName: '契约专员二' });
    await check(secadmin, 'put', `/api/v1/admin/users/${made.id}/role`, '/api/v1/admin/users/{id}/role', 200, { role: 'agent' });
    await check(secadmin, 'post', `/api/v1/admin/users/${made.id}/unlock`, '/api/v1/admin/users/{id}/unlock', 201);
    await check(secadmin, 'get', '/api/v1/admin/security-policy', '/api/v1/admin/security-policy', 200);
    const signedIn = await check(null, 'post', '/api/v1/auth/login', '/api/v1/auth/login', 200, { username: creator.login, password: 'Test@2026pw' });
    expect(signedIn.user.id).toBe(creator.id);
    await check(creator, 'get', '/api/v1/notifications', '/api/v1/notifications', 200);
  });

  it('the four programmes: every answer of every route matches the schema its route declares', async () => {
    const answers = recordAnswers(t);
    await walkProgrammes(t, () => undefined);
    const { failures, checked } = checkAnswers(doc as never, answers);
    expect(failures).toEqual([]);
    const programmeRoutes = Object.keys(doc.paths).filter((p) => /^\/api\/v1\/(starlight|shield|compliance|legislation|public)\//.test(p));
    expect(checked.size).toBeGreaterThan(programmeRoutes.length * 0.8);
    // The check can fail: a document that forgets one field of a round refuses the same answers.
    const tampered = structuredClone(doc) as typeof doc;
    delete (tampered.components.schemas.HonourRoundResponse as { properties: Record<string, unknown> }).properties.honour;
    expect(checkAnswers(tampered as never, answers).failures.some((f) => f.startsWith('GET /api/v1/starlight/rounds 200') && f.includes('honour'))).toBe(true);
  }, 180_000);
});

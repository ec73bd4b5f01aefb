import { FILINGS } from './support/case-fixtures';
import { book, openSlot, workingDays } from './support/offline-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * Every route of the application (read from the OpenAPI document, so a new route is covered the
 * moment it exists) × every kind of caller: anonymous, each role, own zone and other zone, own
 * record and someone else's. A route missing from ROUTES fails the test.
 */
type Who =
  | 'anonymous'
  | 'creator'
  | 'otherCreator'
  | 'agent'
  | 'otherZoneAgent'
  | 'supervisor'
  | 'otherZoneSupervisor'
  | 'citySupervisor'
  | 'officer'
  | 'otherOfficer'
  | 'sysadmin'
  | 'secadmin'
  | 'auditor';

const EVERYONE: Who[] = ['creator', 'otherCreator', 'agent', 'otherZoneAgent', 'supervisor', 'otherZoneSupervisor', 'citySupervisor', 'officer', 'otherOfficer', 'sysadmin', 'secadmin', 'auditor'];
/** Who can reach the fixture case: its creator, its zone's staff, the city supervisor, the officer it was escalated to. */
const CASE_REACH: Who[] = ['creator', 'agent', 'supervisor', 'citySupervisor', 'officer'];
const ZONE_STAFF: Who[] = ['agent', 'supervisor', 'citySupervisor'];
/** Creators and the desk of both zones: the offline service's lists. */
const PEOPLE: Who[] = ['creator', 'otherCreator', 'agent', 'otherZoneAgent', 'supervisor', 'otherZoneSupervisor', 'citySupervisor'];
const SUPERVISORS: Who[] = ['supervisor', 'otherZoneSupervisor', 'citySupervisor'];
const STAFF_BOTH_ZONES: Who[] = ['agent', 'otherZoneAgent', 'supervisor', 'otherZoneSupervisor', 'citySupervisor'];

interface RouteRule {
  /** Who gets past authentication, role and scope. 'public' = everyone including anonymous. */
  allow: Who[] | 'public';
  body?: (f: Fixtures) => object;
}

interface Fixtures {
  caseId: string;
  /** A notification of `creator` (the acceptance of the fixture case). */
  notificationId: string;
  attachmentId: string;
  creatorId: string;
  reviewId: string;
  targetUserId: string;
  /** Offline service (黄浦): a slot to close, `creator`'s appointment, a receipt of the case, an event, a visit. */
  slotId: string;
  appointmentId: string;
  receiptId: string;
  salonId: string;
  visitId: string;
}

const ROUTES: Record<string, RouteRule> = {
  'GET /health': { allow: 'public' },
  'GET /ready': { allow: 'public' },
  'POST /api/v1/auth/login': { allow: 'public', body: () => ({}) },
  'POST /api/v1/auth/register/code': { allow: 'public', body: () => ({ phone: '1' }) },
  'POST /api/v1/auth/register': { allow: 'public', body: () => ({}) },
  'POST /api/v1/auth/refresh': { allow: 'public', body: () => ({ refreshToken: 'short' }) },
  'POST /api/v1/auth/logout': { allow: 'public', body: () => ({ refreshToken: 'short' }) },
  'POST /api/v1/auth/logout-all': { allow: EVERYONE },
  'GET /api/v1/me': { allow: EVERYONE },
  'GET /api/v1/zones': { allow: EVERYONE },
  'GET /api/v1/authorities': { allow: EVERYONE },
  'GET /api/v1/programmes': { allow: 'public' },
  'GET /api/v1/admin/users': { allow: ['sysadmin', 'secadmin'] },
  'POST /api/v1/admin/users': { allow: ['sysadmin'], body: () => ({}) },
  'PATCH /api/v1/admin/users/{id}': { allow: ['sysadmin'], body: () => ({}) },
  'PUT /api/v1/admin/users/{id}/role': { allow: ['secadmin'], body: () => ({ role: 'agent' }) },
  'POST /api/v1/admin/users/{id}/unlock': { allow: ['secadmin'] },
  'GET /api/v1/admin/security-policy': { allow: ['secadmin'] },
  'PUT /api/v1/admin/security-policy': { allow: ['secadmin'], body: () => ({ passwordMinLength: 8, lockoutThreshold: 5, lockoutMinutes: 15 }) },
  'GET /api/v1/audit/events': { allow: ['auditor'] },
  'GET /api/v1/audit/verify': { allow: ['auditor'] },
  'POST /api/v1/cases': { allow: ['creator', 'otherCreator', 'agent', 'otherZoneAgent'], body: () => ({}) },
  'GET /api/v1/cases': { allow: ['creator', 'otherCreator', 'agent', 'otherZoneAgent', 'supervisor', 'otherZoneSupervisor', 'citySupervisor', 'officer', 'otherOfficer'] },
  'GET /api/v1/cases/{id}': { allow: CASE_REACH },
  'POST /api/v1/cases/{id}/actions/{action}': { allow: CASE_REACH, body: () => ({ version: 999 }) },
  'GET /api/v1/cases/{id}/timeline': { allow: CASE_REACH },
  'GET /api/v1/cases/{id}/comments': { allow: CASE_REACH },
  'POST /api/v1/cases/{id}/comments': { allow: CASE_REACH, body: () => ({ body: '矩阵测试' }) },
  'GET /api/v1/cases/{id}/attachments': { allow: CASE_REACH },
  'POST /api/v1/cases/{id}/attachments': { allow: CASE_REACH },
  'GET /api/v1/attachments/{id}/content': { allow: CASE_REACH },
  'GET /api/v1/agents': { allow: ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] },
  'GET /api/v1/escalations': { allow: ['officer', 'otherOfficer'] },
  'GET /api/v1/reviews': { allow: ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] },
  'POST /api/v1/reviews/{id}/follow-up': { allow: ['supervisor', 'citySupervisor'], body: () => ({ note: '矩阵回访' }) },
  'GET /api/v1/dashboard': { allow: ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] },
  'GET /api/v1/dashboard/monthly-report': { allow: ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] },
  'GET /api/v1/dashboard/tables/{table}': { allow: ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] },
  'GET /api/v1/dashboard/case-export': { allow: ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] },
  'GET /api/v1/creator-profile': { allow: ['creator', 'otherCreator'] },
  'PUT /api/v1/creator-profile': { allow: ['creator', 'otherCreator'], body: () => ({ studio: '矩阵工作室' }) },
  'GET /api/v1/creators/{id}/profile': { allow: ZONE_STAFF },
  'GET /api/v1/creators/{id}/identity': { allow: ZONE_STAFF },
  'POST /api/v1/creators/{id}/verify': { allow: ZONE_STAFF },
  'GET /api/v1/admin/holiday-years': { allow: ['sysadmin'] },
  'PUT /api/v1/admin/holiday-years/{year}': { allow: ['sysadmin'], body: () => ({}) },
  'GET /api/v1/admin/sla-policies': { allow: ['sysadmin'] },
  'PUT /api/v1/admin/sla-policies/{programme}/{priority}': { allow: ['sysadmin'], body: () => ({}) },
  'GET /api/v1/admin/sla-settings': { allow: ['sysadmin'] },
  'PUT /api/v1/admin/sla-settings': { allow: ['sysadmin'], body: () => ({}) },
  'POST /api/v1/admin/queue-board/session': { allow: ['sysadmin'] },
  'GET /api/v1/notifications': { allow: EVERYONE },
  'GET /api/v1/notifications/unread-count': { allow: EVERYONE },
  'POST /api/v1/notifications/read-all': { allow: EVERYONE },
  'POST /api/v1/notifications/{id}/read': { allow: ['creator'] },
  'GET /api/v1/me/notification-settings': { allow: EVERYONE },
  'PUT /api/v1/me/notification-settings': { allow: EVERYONE, body: () => ({}) },
  'GET /api/v1/verify/{code}': { allow: 'public' },
  'GET /api/v1/cases/{id}/receipts': { allow: CASE_REACH },
  'GET /api/v1/receipts/{id}/pdf': { allow: CASE_REACH },
  'GET /api/v1/service-points': { allow: PEOPLE },
  'GET /api/v1/appointment-slots': { allow: PEOPLE },
  'POST /api/v1/appointment-slots': { allow: SUPERVISORS, body: () => ({}) },
  'POST /api/v1/appointment-slots/pattern': { allow: SUPERVISORS, body: () => ({}) },
  'POST /api/v1/appointment-slots/{id}/close': { allow: ['supervisor', 'citySupervisor'], body: () => ({ reason: '矩阵测试关闭' }) },
  'POST /api/v1/appointments': { allow: ['creator', 'otherCreator'], body: () => ({}) },
  'GET /api/v1/appointments/mine': { allow: ['creator', 'otherCreator'] },
  'POST /api/v1/appointments/{id}/cancel': { allow: ['creator'], body: () => ({}) },
  'GET /api/v1/appointments/{id}/receipts': { allow: ['creator', ...ZONE_STAFF] },
  'GET /api/v1/desk/appointments': { allow: STAFF_BOTH_ZONES },
  'POST /api/v1/appointments/{id}/check-in': { allow: ['agent'], body: (f) => ({ caseId: f.caseId }) },
  'POST /api/v1/appointments/{id}/no-show': { allow: ZONE_STAFF },
  'GET /api/v1/dashboard/appointments': { allow: SUPERVISORS },
  'POST /api/v1/salons': { allow: SUPERVISORS, body: () => ({}) },
  'GET /api/v1/salons': { allow: PEOPLE },
  'GET /api/v1/salons/{id}': { allow: ['creator', 'otherCreator', ...ZONE_STAFF] },
  'POST /api/v1/salons/{id}/register': { allow: ['creator', 'otherCreator'] },
  'POST /api/v1/salons/{id}/cancel-registration': { allow: ['creator', 'otherCreator'] },
  'POST /api/v1/salons/{id}/rating': { allow: ['creator', 'otherCreator'], body: () => ({}) },
  'GET /api/v1/salons/{id}/registrations': { allow: ZONE_STAFF },
  'POST /api/v1/salons/{id}/check-in': { allow: ZONE_STAFF, body: () => ({ code: '000000' }) },
  'POST /api/v1/salons/{id}/cases': { allow: ['agent'], body: () => ({ ...FILINGS.shield, registrationId: '6f1c2d34-58a9-4b6e-9a51-0c8d2e7f1a23' }) },
  'GET /api/v1/dashboard/salons': { allow: SUPERVISORS },
  'POST /api/v1/cases/{id}/visits': { allow: ['creator', ...ZONE_STAFF], body: () => ({ note: '矩阵测试上门服务' }) },
  'GET /api/v1/cases/{id}/visits': { allow: CASE_REACH },
  'GET /api/v1/visits': { allow: STAFF_BOTH_ZONES },
  'POST /api/v1/visits/{id}/schedule': { allow: ZONE_STAFF, body: () => ({ expertName: '矩阵专家', scheduledAt: new Date(Date.now() + 3 * 24 * 3600_000).toISOString(), address: '矩阵测试地址一号' }) },
  'POST /api/v1/visits/{id}/confirm': { allow: ['creator'] },
  'POST /api/v1/visits/{id}/reschedule': { allow: ['creator'], body: () => ({ note: '矩阵测试改期' }) },
  'POST /api/v1/visits/{id}/record': { allow: ZONE_STAFF, body: () => ({ whatWasDone: '矩阵测试上门记录', advice: '矩阵建议', outcome: '矩阵结果' }) },
};

/** Path parameters are filled with the fixture that makes scope matter for each route. */
function fill(path: string, f: Fixtures): string {
  return path
    .replace(/^\/api\/v1\/admin\/users\/\{id\}/, `/api/v1/admin/users/${f.targetUserId}`)
    .replace(/^\/api\/v1\/attachments\/\{id\}/, `/api/v1/attachments/${f.attachmentId}`)
    .replace(/^\/api\/v1\/creators\/\{id\}/, `/api/v1/creators/${f.creatorId}`)
    .replace(/^\/api\/v1\/reviews\/\{id\}/, `/api/v1/reviews/${f.reviewId}`)
    .replace(/^\/api\/v1\/notifications\/\{id\}/, `/api/v1/notifications/${f.notificationId}`)
    .replace(/^\/api\/v1\/appointment-slots\/\{id\}/, `/api/v1/appointment-slots/${f.slotId}`)
    .replace(/^\/api\/v1\/appointments\/\{id\}/, `/api/v1/appointments/${f.appointmentId}`)
    .replace(/^\/api\/v1\/receipts\/\{id\}/, `/api/v1/receipts/${f.receiptId}`)
    .replace(/^\/api\/v1\/salons\/\{id\}/, `/api/v1/salons/${f.salonId}`)
    .replace(/^\/api\/v1\/visits\/\{id\}/, `/api/v1/visits/${f.visitId}`)
    .replace('{year}', '2026')
    .replace('{programme}', 'shield')
    .replace('{priority}', 'high')
    .replace('{id}', f.caseId)
    .replace('{action}', 'acknowledge');
}

describe('access matrix: every route × every caller (e2e)', () => {
  let t: TestApp;
  let users: Record<Exclude<Who, 'anonymous'>, TestUser>;
  let fixtures: Fixtures;
  let routes: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    users = {
      creator: await t.user('creator'),
      otherCreator: await t.user('creator'),
      agent: await t.user('agent', { zoneId: 'huangpu' }),
      otherZoneAgent: await t.user('agent', { zoneId: 'yangpu' }),
      supervisor: await t.user('supervisor', { zoneId: 'huangpu' }),
      otherZoneSupervisor: await t.user('supervisor', { zoneId: 'yangpu' }),
      citySupervisor: await t.user('supervisor', { zoneId: null }),
      officer: await t.user('cac_officer', { authorityId: 'cac_huangpu' }),
      otherOfficer: await t.user('cac_officer', { authorityId: 'cac_yangpu' }),
      sysadmin: await t.user('sysadmin', { zoneId: null }),
      secadmin: await t.user('secadmin', { zoneId: null }),
      auditor: await t.user('auditor', { zoneId: null }),
    };
    const { creator, agent, supervisor } = users;
    const post = async (u: TestUser, url: string, body: object) => {
      const res = await t.http.post(url).set(bearer(u)).send(body);
      if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };

    // The fixture case: huangpu, accepted by `agent`, escalated to cac_huangpu (so `officer` reaches it).
    let c = await post(creator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
    const attachment = (await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', Buffer.from('证据说明'), 'note.txt').expect(201)).body;
    c = await post(agent, `/api/v1/cases/${c.id}/actions/accept`, { version: c.version });
    c = await post(agent, `/api/v1/cases/${c.id}/actions/escalate`, { version: c.version, reason: '矩阵测试上报' });

    // A 差评 review in huangpu.
    let r = await post(creator, '/api/v1/cases', { ...FILINGS.compliance, zoneId: 'huangpu' });
    r = await post(agent, `/api/v1/cases/${r.id}/actions/accept`, { version: r.version });
    r = await post(agent, `/api/v1/cases/${r.id}/actions/start`, { version: r.version });
    r = await post(agent, `/api/v1/cases/${r.id}/actions/resolve`, { version: r.version, outcome: 'answered', summary: '已答复' });
    await post(creator, `/api/v1/cases/${r.id}/actions/rate`, { version: r.version, level: 5 });
    const reviews = (await t.http.get('/api/v1/reviews').set(bearer(supervisor)).expect(200)).body;
    const target = await t.user('agent', { zoneId: 'huangpu' });
    const inbox = (await t.http.get('/api/v1/notifications').set(bearer(creator)).expect(200)).body;
    const notificationId = (inbox.items ?? inbox)[0].id;
    // The offline service in 黄浦: a slot to close, `creator`'s booking, an event both creators registered for, a visit on the case.
    const [day] = await workingDays(t, 1);
    const slotId = (await openSlot(t, supervisor, day)).id;
    const appointmentId = (await book(t, creator, (await openSlot(t, supervisor, day)).id)).body.id;
    const start = new Date(Date.now() + 5 * 24 * 3600_000);
    const salon = await post(supervisor, '/api/v1/salons', { title: '矩阵测试沙龙', topicProgramme: 'shield', startsAt: start, endsAt: new Date(start.getTime() + 7200_000), venue: '多功能厅', capacity: 10, experts: [{ name: '王律师' }] });
    for (const who of [creator, users.otherCreator]) await post(who, `/api/v1/salons/${salon.id}/register`, {});
    const visit = await post(creator, `/api/v1/cases/${c.id}/visits`, { note: '矩阵测试上门服务' });
    const receiptId = (await t.http.get(`/api/v1/cases/${c.id}/receipts`).set(bearer(creator)).expect(200)).body[0].id;
    fixtures = {
      notificationId,
      caseId: c.id,
      attachmentId: attachment.id,
      creatorId: creator.id,
      reviewId: reviews.find((x: { caseId: string }) => x.caseId === r.id).id,
      targetUserId: target.id,
      slotId,
      appointmentId,
      receiptId,
      salonId: salon.id,
      visitId: visit.id,
    };

    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
  });
  afterAll(() => t.close());

  it('has an expectation for every route in the OpenAPI document, and no stale ones', () => {
    expect(routes.filter((r) => !ROUTES[r])).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('lets in exactly the expected callers on every route', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const rule = ROUTES[route];
      if (!rule) continue;
      const [method, path] = route.split(' ');
      for (const who of ['anonymous', ...EVERYONE] as Who[]) {
        const req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](fill(path, fixtures));
        if (who !== 'anonymous') req.set(bearer(users[who]));
        const res = rule.body ? await req.send(rule.body(fixtures)) : await req;
        const allowed = rule.allow === 'public' || rule.allow.includes(who);
        // Denied: 401 without a token, 403 for a role, 404 outside the caller's scope.
        const denied = res.status === 401 || res.status === 403 || res.status === 404;
        const expectDenyStatus = who === 'anonymous' ? [401] : [403, 404];
        if (allowed && denied) wrong.push(`${route} ${who}: expected access, got ${res.status}`);
        if (!allowed && !expectDenyStatus.includes(res.status)) wrong.push(`${route} ${who}: expected ${expectDenyStatus.join('/')}, got ${res.status}`);
        if (res.status >= 500) wrong.push(`${route} ${who}: server error ${res.status}`);
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(routes.length * 13);
  });
});

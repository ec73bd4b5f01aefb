import { CASE_ACTIONS } from '@app/cases';
import { FILINGS } from './support/case-fixtures';
import { SseClient } from './support/sse';
import { book, openSlot, workingDays } from './support/offline-fixtures';
import { bodySchema, exampleOf, OpenApiDocument, openApi, Operation, operations } from './support/openapi';
import { fillProgrammePath, PROGRAMME_ROUTES, programmeFixtures, ProgrammeFixtures } from './support/programme-fixtures';
import { bearer, PASSWORD, randomAddress, TestApp, TestUser } from './support/test-app';

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
const NO_CASE = '00000000-0000-4000-8000-000000000000';

interface RouteRule {
  /** Who gets past authentication, role and scope. 'public' = everyone including anonymous. */
  allow: Who[] | 'public';
  body?: (f: Fixtures) => object;
  /** The route ends every session of the caller (their token dies at once): sign in again after it. */
  endsSessions?: true;
  /** Send the body the OpenAPI document exemplifies, with a stale version. */
  example?: true;
  /** Send a small evidence file (multipart). */
  file?: true;
  /** A server-sent events stream: read the status from the headers, then hang up. */
  stream?: true;
}

interface Fixtures {
  caseId: string;
  /** A notification of `creator` (the acceptance of the fixture case). */
  notificationId: string;
  attachmentId: string;
  creatorId: string;
  /** The rectification of a 差评 in huangpu, and the desk's appeal of its first rating. */
  rectificationId: string;
  appealId: string;
  targetUserId: string;
  /** Offline service (黄浦): a slot to close, `creator`'s appointment, a receipt of the case, an event, a visit. */
  slotId: string;
  appointmentId: string;
  receiptId: string;
  salonId: string;
  visitId: string;
  /** Dispatch: a pending transfer huangpu → yangpu, a supervision order on the fixture case, a return visit of a resolved huangpu case. */
  transferId: string;
  supervisionOrderId: string;
  returnVisitId: string;
  /** Cases in both zones: huangpu (escalated to cac_huangpu) and yangpu (escalated to cac_yangpu). */
  zoneCases: { id: string; reference: string; zoneId: string }[];
  programmes?: ProgrammeFixtures;
}

const ROUTES: Record<string, RouteRule> = {
  'GET /health': { allow: 'public' },
  'GET /ready': { allow: 'public' },
  'POST /api/v1/auth/login': { allow: 'public', body: () => ({}) },
  'POST /api/v1/auth/register/code': { allow: 'public', body: () => ({ phone: '1' }) },
  'POST /api/v1/auth/register': { allow: 'public', body: () => ({}) },
  'POST /api/v1/auth/password-reset/code': { allow: 'public', body: () => ({ phone: '1' }) },
  'POST /api/v1/auth/password-reset': { allow: 'public', body: () => ({}) },
  'POST /api/v1/auth/refresh': { allow: 'public', body: () => ({ refreshToken: 'short' }) },
  'POST /api/v1/auth/logout': { allow: 'public', body: () => ({ refreshToken: 'short' }) },
  'POST /api/v1/auth/logout-all': { allow: EVERYONE, endsSessions: true },
  'GET /api/v1/me': { allow: EVERYONE },
  'GET /api/v1/zones': { allow: EVERYONE },
  'GET /api/v1/authorities': { allow: EVERYONE },
  'GET /api/v1/programmes': { allow: 'public' },
  'GET /api/v1/admin/users': { allow: ['sysadmin', 'secadmin'] },
  'POST /api/v1/admin/users': { allow: ['sysadmin'], body: () => ({}) },
  'PATCH /api/v1/admin/users/{id}': { allow: ['sysadmin'], body: () => ({}) },
  'PUT /api/v1/admin/users/{id}/role': { allow: ['secadmin'], body: () => ({ role: 'agent' }) },
  'DELETE /api/v1/admin/users/{id}/role': { allow: ['secadmin'] },
  'POST /api/v1/admin/users/{id}/unlock': { allow: ['secadmin'] },
  'GET /api/v1/admin/security-policy': { allow: ['secadmin'] },
  'PUT /api/v1/admin/security-policy': { allow: ['secadmin'], body: () => ({ passwordMinLength: 8, lockoutThreshold: 5, lockoutMinutes: 15 }) },
  'GET /api/v1/audit/events': { allow: ['auditor'] },
  'GET /api/v1/audit/events/export': { allow: ['auditor'] },
  'GET /api/v1/audit/actors': { allow: ['auditor'] },
  'GET /api/v1/audit/verify': { allow: ['auditor'] },
  'POST /api/v1/cases': { allow: ['creator', 'otherCreator', 'agent', 'otherZoneAgent'], body: () => ({}) },
  'GET /api/v1/cases': { allow: ['creator', 'otherCreator', 'agent', 'otherZoneAgent', 'supervisor', 'otherZoneSupervisor', 'citySupervisor', 'officer', 'otherOfficer'] },
  'GET /api/v1/cases/{id}': { allow: CASE_REACH },
  // One operation per action; a stale version gets past role and scope and is refused with 409.
  ...Object.fromEntries(CASE_ACTIONS.map((action) => [`POST /api/v1/cases/{id}/actions/${action}`, { allow: CASE_REACH, example: true }])),
  'GET /api/v1/cases/{id}/timeline': { allow: CASE_REACH },
  'POST /api/v1/cases/{id}/read': { allow: ZONE_STAFF },
  // Bulk routes answer per case (a case out of scope is a failed row); a case that does not exist changes nothing.
  'POST /api/v1/cases/bulk/accept': { allow: ['agent', 'otherZoneAgent'], body: () => ({ ids: [NO_CASE] }) },
  'POST /api/v1/cases/bulk/assign': { allow: SUPERVISORS, body: () => ({ ids: [NO_CASE] }) },
  'GET /api/v1/events': { allow: ['creator', 'otherCreator', ...STAFF_BOTH_ZONES, 'officer', 'otherOfficer'], stream: true },
  'GET /api/v1/cases/{id}/comments': { allow: CASE_REACH },
  'POST /api/v1/cases/{id}/comments': { allow: CASE_REACH, body: () => ({ body: '矩阵测试' }) },
  'GET /api/v1/cases/{id}/attachments': { allow: CASE_REACH },
  'POST /api/v1/cases/{id}/attachments': { allow: CASE_REACH, file: true },
  'GET /api/v1/attachments/{id}/content': { allow: CASE_REACH },
  'GET /api/v1/agents': { allow: ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] },
  'GET /api/v1/escalations': { allow: ['officer', 'otherOfficer'] },
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
  'POST /api/v1/notifications/cases/{caseId}/read': { allow: EVERYONE },
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
  // 好差评整改: the fixture 差评's rectification, and an appeal on it.
  'GET /api/v1/quality/rectifications': { allow: STAFF_BOTH_ZONES },
  'GET /api/v1/quality/rectifications.xlsx': { allow: STAFF_BOTH_ZONES },
  'GET /api/v1/quality/rectifications/{id}': { allow: ['creator', ...ZONE_STAFF] },
  'GET /api/v1/cases/{id}/rectification': { allow: ['creator', ...ZONE_STAFF] },
  'POST /api/v1/quality/rectifications/{id}/contact': { allow: ZONE_STAFF, body: () => ({ method: 'phone', outcome: '矩阵测试回访' }) },
  'POST /api/v1/quality/rectifications/{id}/rectify': { allow: ZONE_STAFF, body: () => ({ measures: '矩阵测试整改' }) },
  'POST /api/v1/quality/rectifications/{id}/rerate': { allow: ['creator'], body: () => ({ level: 4 }) },
  'POST /api/v1/quality/rectifications/{id}/appeals': { allow: ZONE_STAFF, body: () => ({ rating: 'second', reason: '矩阵测试申诉' }) },
  'GET /api/v1/quality/appeals': { allow: STAFF_BOTH_ZONES },
  'POST /api/v1/quality/appeals/{id}/decision': { allow: ['citySupervisor'], body: () => ({ decision: 'upheld', reason: '矩阵测试审核' }) },
  'GET /api/v1/quality/settings': { allow: STAFF_BOTH_ZONES },
  'PUT /api/v1/quality/settings': { allow: ['citySupervisor'], body: () => ({ contactWorkingDays: 1, rectifyWorkingDays: 15 }) },
  'GET /api/v1/public/quality': { allow: 'public' },
  // Dispatch: 转办, 督办, 回访 (the fixture case is escalated, so a transfer of it is refused with 409, not denied).
  'GET /api/v1/cases/{id}/dispatch': { allow: [...ZONE_STAFF, 'officer'] },
  'POST /api/v1/cases/{id}/transfers': { allow: ZONE_STAFF, body: () => ({ toZoneId: 'yangpu', reason: '矩阵测试转办' }) },
  'GET /api/v1/transfers': { allow: STAFF_BOTH_ZONES },
  'POST /api/v1/transfers/{id}/accept': { allow: ['otherZoneAgent', 'otherZoneSupervisor', 'citySupervisor'] },
  'POST /api/v1/transfers/{id}/return': { allow: ['otherZoneAgent', 'otherZoneSupervisor', 'citySupervisor'], body: () => ({ reason: '矩阵测试退回转办' }) },
  'POST /api/v1/cases/{id}/supervision-orders': { allow: ['supervisor', 'citySupervisor', 'officer'], body: () => ({ requirement: '矩阵测试督办', deadline: new Date(Date.now() + 3 * 24 * 3600_000).toISOString() }) },
  'GET /api/v1/supervision-orders': { allow: [...STAFF_BOTH_ZONES, 'officer', 'otherOfficer'] },
  'POST /api/v1/supervision-orders/{id}/answer': { allow: ZONE_STAFF, body: () => ({ answer: '矩阵测试答复' }) },
  'GET /api/v1/return-visits': { allow: STAFF_BOTH_ZONES },
  'POST /api/v1/return-visits/{id}/record': { allow: ZONE_STAFF, body: () => ({ outcome: 'solved', method: 'phone' }) },
  // The four programmes (test/support/programme-fixtures.ts).
  ...PROGRAMME_ROUTES,
};

/** Path parameters are filled with the fixture that makes scope matter for each route. */
function fill(path: string, f: Fixtures): string {
  return fillProgrammePath(path, f.programmes)
    .replace(/^\/api\/v1\/admin\/users\/\{id\}/, `/api/v1/admin/users/${f.targetUserId}`)
    .replace(/^\/api\/v1\/attachments\/\{id\}/, `/api/v1/attachments/${f.attachmentId}`)
    .replace(/^\/api\/v1\/creators\/\{id\}/, `/api/v1/creators/${f.creatorId}`)
    .replace(/^\/api\/v1\/quality\/rectifications\/\{id\}/, `/api/v1/quality/rectifications/${f.rectificationId}`)
    .replace(/^\/api\/v1\/quality\/appeals\/\{id\}/, `/api/v1/quality/appeals/${f.appealId}`)
    .replace(/^\/api\/v1\/notifications\/\{id\}/, `/api/v1/notifications/${f.notificationId}`)
    .replace(/^\/api\/v1\/appointment-slots\/\{id\}/, `/api/v1/appointment-slots/${f.slotId}`)
    .replace(/^\/api\/v1\/appointments\/\{id\}/, `/api/v1/appointments/${f.appointmentId}`)
    .replace(/^\/api\/v1\/receipts\/\{id\}/, `/api/v1/receipts/${f.receiptId}`)
    .replace(/^\/api\/v1\/salons\/\{id\}/, `/api/v1/salons/${f.salonId}`)
    .replace(/^\/api\/v1\/visits\/\{id\}/, `/api/v1/visits/${f.visitId}`)
    .replace(/^\/api\/v1\/transfers\/\{id\}/, `/api/v1/transfers/${f.transferId}`)
    .replace(/^\/api\/v1\/supervision-orders\/\{id\}/, `/api/v1/supervision-orders/${f.supervisionOrderId}`)
    .replace(/^\/api\/v1\/return-visits\/\{id\}/, `/api/v1/return-visits/${f.returnVisitId}`)
    .replace('{caseId}', f.caseId)
    .replace('{year}', '2026')
    .replace('{programme}', 'shield')
    .replace('{priority}', 'high')
    .replace('{id}', f.caseId);
}

describe('access matrix: every route × every caller (e2e)', () => {
  let t: TestApp;
  let users: Record<Exclude<Who, 'anonymous'>, TestUser>;
  let fixtures: Fixtures;
  let routes: string[];
  let ops: Map<string, Operation>;
  let doc: OpenApiDocument;

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

    // The same in the other zone: yangpu, by otherCreator, escalated to cac_yangpu (otherOfficer reaches it).
    let y = await post(users.otherCreator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'yangpu' });
    y = await post(users.otherZoneAgent, `/api/v1/cases/${y.id}/actions/accept`, { version: y.version });
    y = await post(users.otherZoneAgent, `/api/v1/cases/${y.id}/actions/escalate`, { version: y.version, reason: '矩阵测试上报' });

    // A 差评 in huangpu: its rectification.
    let r = await post(creator, '/api/v1/cases', { ...FILINGS.compliance, zoneId: 'huangpu' });
    r = await post(agent, `/api/v1/cases/${r.id}/actions/accept`, { version: r.version });
    r = await post(agent, `/api/v1/cases/${r.id}/actions/start`, { version: r.version });
    r = await post(agent, `/api/v1/cases/${r.id}/actions/resolve`, { version: r.version, outcome: 'answered', summary: '已答复' });
    await post(creator, `/api/v1/cases/${r.id}/actions/rate`, { version: r.version, level: 1 });
    const rectificationId = (await t.http.get(`/api/v1/cases/${r.id}/rectification`).set(bearer(agent)).expect(200)).body.id;
    const appealId = (await post(agent, `/api/v1/quality/rectifications/${rectificationId}/appeals`, { rating: 'first', reason: '矩阵测试申诉' })).id;
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
    // Dispatch: a pending transfer, a supervision order on the fixture case, a return visit (every resolved shield case gets one).
    const moving = await post(creator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
    const transferId = (await post(agent, `/api/v1/cases/${moving.id}/transfers`, { toZoneId: 'yangpu', reason: '矩阵测试转办' })).id;
    const supervisionOrderId = (await post(supervisor, `/api/v1/cases/${c.id}/supervision-orders`, { requirement: '矩阵测试督办', deadline: new Date(Date.now() + 3 * 24 * 3600_000).toISOString() })).id;
    let done = await post(creator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
    for (const [action, extra] of [['accept', {}], ['start', {}], ['resolve', { outcome: 'takedown_done', summary: '已下架' }]] as const) done = await post(agent, `/api/v1/cases/${done.id}/actions/${action}`, { version: done.version, ...extra });
    const returnVisitId = (await t.http.get(`/api/v1/cases/${done.id}/dispatch`).set(bearer(agent)).expect(200)).body.returnVisits[0].id;
    fixtures = {
      notificationId,
      caseId: c.id,
      attachmentId: attachment.id,
      creatorId: creator.id,
      rectificationId,
      appealId,
      targetUserId: target.id,
      slotId,
      appointmentId,
      receiptId,
      salonId: salon.id,
      visitId: visit.id,
      transferId,
      supervisionOrderId,
      returnVisitId,
      zoneCases: [c, y].map((x) => ({ id: x.id, reference: x.reference, zoneId: x.zoneId })),
    };

    fixtures.programmes = await programmeFixtures(t, users, c.id);
    doc = await openApi(t);
    ops = new Map(operations(doc).map((op) => [op.key, op]));
    routes = [...ops.keys()];
  });
  afterAll(() => t.close());

  it('has an expectation for every route in the OpenAPI document, and no stale ones', () => {
    expect(routes.filter((r) => !ROUTES[r])).toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('documents one success status for every operation, with the shape of its answer', () => {
    const wrong: string[] = [];
    for (const op of ops.values()) {
      const success = Object.keys(op.responses).filter((status) => status.startsWith('2'));
      if (success.length !== 1) wrong.push(`${op.key}: success statuses ${success.join('/') || 'none'}`);
      const answer = op.responses[success[0]];
      const content = Object.values(answer?.content ?? {})[0];
      if (success[0] !== '204' && !content?.schema) wrong.push(`${op.key}: no schema or example for ${success[0]}`);
      const headers = op.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
      if (new Set(headers).size !== headers.length) wrong.push(`${op.key}: a header documented twice (${headers.join(', ')})`);
    }
    expect(wrong).toEqual([]);
    // The server's rules, as the document states them (written into it from the DTOs' validators).
    const schemas = doc.components.schemas;
    expect(schemas.FileCaseDto.properties!.description).toMatchObject({ type: 'string', minLength: 5, maxLength: 5000 });
    expect(schemas.NotificationSettingsDto.properties!.email).toMatchObject({ type: 'string', format: 'email', nullable: true });
    expect(schemas.FileCaseDto.required).not.toContain('zoneId');
    expect(schemas.RequestMaterialsDto).toMatchObject({ required: expect.arrayContaining(['version', 'items']), properties: { items: { minItems: 1, maxItems: 30, items: { maxLength: 200 } } } });
    expect(Object.keys(schemas.SupplyMaterialsDto.properties!).sort()).toEqual(['note', 'version']);
  });

  it('lets in exactly the expected callers on every route', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const rule = ROUTES[route];
      if (!rule) continue;
      const [method, path] = route.split(' ');
      for (const who of ['anonymous', ...EVERYONE] as Who[]) {
        if (rule.stream) {
          const stream = await SseClient.open(t.app.getHttpServer(), who === 'anonymous' ? undefined : users[who].token);
          stream.close();
          const allowed = rule.allow === 'public' || rule.allow.includes(who);
          if (allowed !== (stream.status === 200)) wrong.push(`${route} ${who}: ${allowed ? 'expected access' : 'expected a refusal'}, got ${stream.status}`);
          checked++;
          continue;
        }
        const req = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](fill(path, fixtures));
        if (who !== 'anonymous') req.set(bearer(users[who]));
        const body = rule.example ? { ...(exampleOf(doc, bodySchema(doc, ops.get(route)!), route) as object), version: 999 } : rule.body?.(fixtures);
        const res = rule.file ? await req.attach('file', Buffer.from('矩阵测试证据'), 'matrix.txt') : body ? await req.send(body) : await req;
        const allowed = rule.allow === 'public' || rule.allow.includes(who);
        // Denied: 401 without a token, 403 for a role, 404 outside the caller's scope.
        const denied = res.status === 401 || res.status === 403 || res.status === 404;
        const expectDenyStatus = who === 'anonymous' ? [401] : [403, 404];
        if (allowed && denied) wrong.push(`${route} ${who}: expected access, got ${res.status}`);
        if (!allowed && !expectDenyStatus.includes(res.status)) wrong.push(`${route} ${who}: expected ${expectDenyStatus.join('/')}, got ${res.status}`);
        if (res.status >= 500) wrong.push(`${route} ${who}: server error ${res.status}`);
        if (rule.endsSessions && who !== 'anonymous') {
          const again = await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', randomAddress()).send({ username: users[who].login, password: PASSWORD }).expect(200);
          users[who] = { ...users[who], token: again.body.accessToken, refreshToken: again.body.refreshToken };
        }
        // The document matches the server: a success is one of the statuses it documents.
        if (res.status < 300 && !ops.get(route)!.responses[String(res.status)]) wrong.push(`${route} ${who}: answered ${res.status}, documented ${Object.keys(ops.get(route)!.responses).join('/')}`);
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(routes.length * 13);
    // Every route × 13 callers, on a shared 2-core machine.
  }, 240_000);

  /** The cases a caller may see, straight from the tables (DESIGN.md: zone and ownership scope). */
  async function visibleIds(who: Exclude<Who, 'anonymous'>): Promise<Set<string>> {
    const u = users[who];
    const where: Record<string, [string, unknown[]]> = {
      creator: ['creator_id = $1', [u.id]],
      agent: ['zone_id = $1', [u.zoneId]],
      supervisor: ['zone_id = $1', [u.zoneId]],
      cac_officer: ['EXISTS (SELECT 1 FROM escalations e WHERE e.case_id = cases.id AND e.authority_id = $1)', [u.authorityId]],
    };
    const [sql, params] = u.role === 'supervisor' && u.zoneId === null ? ['TRUE', []] : (where[u.role] ?? ['FALSE', []]);
    const rows: { id: string }[] = await t.db.query(`SELECT id FROM cases WHERE ${sql}`, params);
    return new Set(rows.map((r) => r.id));
  }

  const CASE_CALLERS: Exclude<Who, 'anonymous'>[] = ['creator', 'otherCreator', 'agent', 'otherZoneAgent', 'supervisor', 'otherZoneSupervisor', 'citySupervisor', 'officer', 'otherOfficer'];

  it('shows each caller exactly the cases of its scope: list totals, details and search in both zones', async () => {
    const wrong: string[] = [];
    for (const who of CASE_CALLERS) {
      const expected = await visibleIds(who);
      const list = (await t.http.get('/api/v1/cases?pageSize=100').set(bearer(users[who])).expect(200)).body;
      if (list.total !== expected.size) wrong.push(`${who}: total ${list.total}, the tables say ${expected.size}`);
      const outside = list.items.filter((i: { id: string }) => !expected.has(i.id));
      if (outside.length) wrong.push(`${who}: lists ${outside.length} cases outside its scope`);
      if (expected.size <= 100 && list.items.length !== expected.size) wrong.push(`${who}: lists ${list.items.length} of ${expected.size}`);
      for (const c of fixtures.zoneCases) {
        const inScope = expected.has(c.id);
        const detail = await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(users[who]));
        if (detail.status !== (inScope ? 200 : 404)) wrong.push(`${who}: GET ${c.zoneId} case → ${detail.status}`);
        if (inScope && detail.body.reference !== c.reference) wrong.push(`${who}: ${c.zoneId} case answered with another case`);
        const found = (await t.http.get(`/api/v1/cases?q=${c.reference}`).set(bearer(users[who])).expect(200)).body;
        if (found.total !== (inScope ? 1 : 0)) wrong.push(`${who}: search for the ${c.zoneId} case found ${found.total}`);
      }
    }
    // Scope is not vacuous: each zone's case is seen by its own people and not by the other zone's.
    expect((await visibleIds('agent')).has(fixtures.zoneCases[1].id)).toBe(false);
    expect((await visibleIds('otherZoneAgent')).has(fixtures.zoneCases[1].id)).toBe(true);
    expect((await visibleIds('officer')).has(fixtures.zoneCases[0].id)).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('exports and counts on the dashboard exactly the cases of the supervisor\'s zones', async () => {
    const wrong: string[] = [];
    for (const who of ['supervisor', 'otherZoneSupervisor', 'citySupervisor'] as const) {
      const expected = await visibleIds(who);
      const csv: string = (await t.http.get('/api/v1/dashboard/case-export?format=csv').set(bearer(users[who])).buffer(true).parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      }).expect(200)).body;
      const rows = csv.replace(/^\ufeff/, '').trim().split(/\r?\n/).slice(1);
      if (expected.size <= 5000 && rows.length !== expected.size) wrong.push(`${who}: export has ${rows.length} rows, the tables say ${expected.size}`);
      for (const c of fixtures.zoneCases) {
        if (csv.includes(c.reference) !== expected.has(c.id)) wrong.push(`${who}: export ${expected.has(c.id) ? 'misses' : 'leaks'} the ${c.zoneId} case`);
      }

      const board = (await t.http.get('/api/v1/dashboard').set(bearer(users[who])).expect(200)).body;
      const zones = users[who].zoneId ? [users[who].zoneId] : ['huangpu', 'yangpu'];
      const keys = board.columns.map((col: { key: string }) => col.key);
      const wantKeys = users[who].zoneId ? zones : ['all', ...zones];
      if (JSON.stringify(keys) !== JSON.stringify(wantKeys)) wrong.push(`${who}: dashboard columns ${keys}, expected ${wantKeys}`);
      for (const col of board.columns as { key: string; zoneId: string | null }[]) {
        const [{ n }] = await t.db.query(
          `SELECT count(*)::int AS n FROM case_events e JOIN cases c ON c.id = e.case_id
           WHERE e.data->>'action' = 'submit' AND e.data->>'to' = 'submitted' AND c.zone_id = ANY($1)
             AND e.at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AND e.at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`,
          [col.zoneId ? [col.zoneId] : zones, board.range.from, board.range.to],
        );
        if (board.figures[col.key].counts.submitted !== n) wrong.push(`${who}: dashboard ${col.key} submitted ${board.figures[col.key].counts.submitted}, the tables say ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

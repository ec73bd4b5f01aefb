import { getQueueToken } from '@nestjs/bull';
import type { INestApplicationContext } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { AppointmentTimers } from '@app/appointments';
import { AuditService } from '@app/audit';
import { SystemCaseRepository } from '@app/cases';
import { AppConfig } from '@app/config';
import { TransactionHost } from '@app/database';
import { DocumentRegistry } from '@app/documents';
import { EvidenceRepository, EvidenceStorage } from '@app/evidence';
import { JobOutboxRelay, QUEUE_NAMES } from '@app/jobs';
import { EmailTransport, NotificationDelivery, NotificationRepository, SmsMessage } from '@app/notifications';
import { PiiCipher } from '@app/pii';
import { provisionalHolidayYear } from '@app/calendar';
import { CasePersonalData, RetentionJob, RetentionService } from '@app/retention';
import { ShieldRetentionRepository } from '@app/shield';
import { StarlightRetentionRepository } from '@app/starlight';
import { ComplianceRetentionRepository } from '@app/compliance';
import { LegislationRetentionRepository } from '@app/legislation';
import { QualityRetentionRepository } from '@app/quality';
import { ratedCase } from './support/quality-fixtures';
import { walkDeskAndDispatch } from './support/desk-dispatch-walkthrough';
import { createSlaSystemContext, HolidayCalendar, SlaClockRebuild, SlaClocksService, SlaEffects, SlaPolicies, SlaSweeper } from '@app/sla';
import { UserDirectory } from '@app/users';
import { ZonesService } from '@app/zones';
import { Answer, checkAnswers, recordAnswers } from './support/answer-recorder';
import { FILINGS, openHonourRound } from './support/case-fixtures';
import { walkProgrammes } from './support/programme-walkthrough';
import { moveSlot, openSlot, workingDays } from './support/offline-fixtures';
import { bearer, PASSWORD, randomAddress, TestApp, TestUser } from './support/test-app';

/**
 * Work inside a transaction must use that transaction's connection only. If it took a second
 * one from the pool (a cache reload, a lookup through the DataSource) while holding row locks,
 * then under load every connection ends up held by transactions queued behind those locks and
 * the api stops answering (the 10-minute soak found exactly that). With a pool of ONE
 * connection such code cannot get its second connection at all: the request fails after the
 * pool wait instead of answering. So every route of the api, and what the worker does, runs
 * here on one connection, with the caches emptied before every step so that each reload
 * happens where the step needs it.
 */
describe('every request on a single database connection (e2e)', () => {
  let t: TestApp;
  let creator: TestUser;
  let agent: TestUser;
  let supervisor: TestUser;
  let officer: TestUser;
  let sysadmin: TestUser;
  let secadmin: TestUser;
  /** `METHOD /path` of every request the api answered with success. */
  const answered = new Set<string>();
  /** Every answer, to check against the schema its route declares. */
  let answers: Answer[] = [];

  /** The worker's SLA services, built as the worker builds them, on a pool of one connection of their own. */
  let system: INestApplicationContext;

  beforeAll(async () => {
    t = await TestApp.start({ DB_POOL_MAX: '1', DB_POOL_WAIT_MS: '3000' });
    const saved = { max: process.env.DB_POOL_MAX, wait: process.env.DB_POOL_WAIT_MS };
    Object.assign(process.env, { DB_POOL_MAX: '1', DB_POOL_WAIT_MS: '3000' });
    try {
      system = await createSlaSystemContext();
    } finally {
      Object.assign(process.env, { DB_POOL_MAX: saved.max ?? '', DB_POOL_WAIT_MS: saved.wait ?? '' });
      if (saved.max === undefined) delete process.env.DB_POOL_MAX;
      if (saved.wait === undefined) delete process.env.DB_POOL_WAIT_MS;
    }
    (t.app.getHttpServer() as Server).on('request', (req: IncomingMessage, res: ServerResponse) => {
      // 'close' always comes, also when a streamed download's client hangs up before 'finish'.
      res.on('close', () => {
        if (res.statusCode < 400) answered.add(`${req.method} ${(req.url ?? '').split('?')[0]}`);
      });
    });
    answers = recordAnswers(t);
    await openHonourRound(t);
    creator = await t.user('creator');
    agent = await t.user('agent', { zoneId: 'huangpu' });
    supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    officer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    sysadmin = await t.user('sysadmin', { zoneId: null });
    secadmin = await t.user('secadmin', { zoneId: null });
  });
  afterAll(async () => {
    if (!t) return;
    await system?.close();
    // The job outbox test handed jobs to this run's queues; nothing processes them here.
    for (const name of QUEUE_NAMES) await t.app.get<Queue>(getQueueToken(name)).obliterate({ force: true });
    await t.close();
  });

  const cold = () => {
    for (const app of [t.app, system]) {
      app.get(HolidayCalendar).invalidate();
      app.get(SlaPolicies).invalidate();
      app.get(ZonesService).invalidate();
    }
  };
  const act = async (user: TestUser, id: string, action: string, body: object) => {
    cold();
    const res = await t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body);
    expect({ action, status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ action, status: 201, body: undefined });
    return res.body as { id: string; version: number; status: string; reference: string };
  };
  const file = async (user: TestUser, body: object) => {
    cold();
    const res = await t.http.post('/api/v1/cases').set(bearer(user)).send(body);
    expect({ status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ status: 201, body: undefined });
    return res.body as { id: string; version: number; status: string; reference: string };
  };
  /** A GET with cold caches that must answer 200. */
  const read = async (user: TestUser | null, url: string) => {
    cold();
    const req = t.http.get(url);
    if (user) req.set(bearer(user));
    const res = await req;
    expect({ url, status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({ url, status: 200, body: undefined });
    return res;
  };
  const randomPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const registrationCode = (phone: string) => t.registrationCode(phone);
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(64)]);

  it('files, handles, escalates, resolves and rates a case, and the supervisor contacts the creator about the 差评', async () => {
    cold();
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).set('Idempotency-Key', randomUUID()).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = await act(agent, c.id, 'accept', { version: c.version });
    c = await act(agent, c.id, 'request_materials', { version: c.version, items: ['侵权页面截图'] });
    cold();
    const evidence = (await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', PNG, '截图.png').expect(201)).body;
    const attachments = (await read(agent, `/api/v1/cases/${c.id}/attachments`)).body;
    expect(attachments.map((a: { id: string }) => a.id)).toEqual([evidence.id]);
    const download = await read(agent, `/api/v1/attachments/${evidence.id}/content`);
    expect(download.headers['x-content-sha256']).toBe(evidence.sha256);
    c = await act(creator, c.id, 'supply_materials', { version: c.version, note: '已上传截图' });
    const colleague = await t.user('agent', { zoneId: 'huangpu' });
    c = await act(supervisor, c.id, 'assign', { version: c.version, assigneeId: colleague.id });
    c = await act(supervisor, c.id, 'assign', { version: c.version, assigneeId: agent.id });
    c = await act(agent, c.id, 'start', { version: c.version });
    cold();
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '您好，正在核实。' }).expect(201);
    cold();
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '内部：已联系平台', visibility: 'internal' }).expect(201);
    cold();
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(creator)).send({ body: '好的，谢谢。' }).expect(201);
    expect((await read(creator, `/api/v1/cases/${c.id}/comments`)).body).toHaveLength(2);
    expect((await read(agent, `/api/v1/cases/${c.id}/timeline`)).body.length).toBeGreaterThan(5);
    c = (await read(agent, `/api/v1/cases/${c.id}`)).body;
    c = await act(agent, c.id, 'escalate', { version: c.version, reason: '侵权持续扩散，需平台处置' });
    expect((await read(officer, `/api/v1/escalations?q=${c.reference}`)).body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    c = await act(officer, c.id, 'acknowledge', { version: c.version });
    c = await act(officer, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '已协调平台下架' });
    c = await act(creator, c.id, 'rate', { version: c.version, level: 1, comment: '太慢' });
    expect(c.status).toBe('closed');

    // Other spec files share this database: find the case by its reference.
    const list = (await read(agent, `/api/v1/cases?overdue=false&sort=nextDueAt&q=${c.reference}`)).body;
    expect(list.items.map((x: { id: string }) => x.id)).toContain(c.id);

    // 差评整改: the rating opened a rectification; the zone supervisor records the 回访.
    const open = (await read(supervisor, '/api/v1/quality/rectifications?status=contacting')).body;
    const rectification = open.find((r: { caseId: string }) => r.caseId === c.id);
    cold();
    const contacted = (await t.http.post(`/api/v1/quality/rectifications/${rectification.id}/contact`).set(bearer(supervisor)).send({ method: 'phone', outcome: '已电话回访，说明处理进度' }).expect(201)).body;
    expect(contacted.status).toBe('rectifying');
  });

  it('rejects, withdraws, returns from the authority, reopens and closes', async () => {
    const shield = { ...FILINGS.shield, zoneId: 'huangpu' };
    let c = await file(creator, shield);
    expect((await act(agent, c.id, 'reject', { version: c.version, reason: '不属于本服务范围' })).status).toBe('rejected');
    c = await file(creator, shield);
    expect((await act(creator, c.id, 'withdraw', { version: c.version })).status).toBe('withdrawn');

    c = await file(creator, { ...shield, submit: false });
    c = await act(creator, c.id, 'submit', { version: c.version });
    c = await act(agent, c.id, 'accept', { version: c.version });
    c = await act(agent, c.id, 'escalate', { version: c.version, reason: '需网信办协调' });
    c = await act(officer, c.id, 'acknowledge', { version: c.version });
    c = await act(officer, c.id, 'return', { version: c.version, instructions: '请服务台继续办理' });
    c = await act(agent, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '已下架' });
    c = await act(creator, c.id, 'reopen', { version: c.version, reason: '侵权内容又出现了' });
    c = await act(agent, c.id, 'resolve', { version: c.version, outcome: 'takedown_done', summary: '再次下架' });
    expect((await act(supervisor, c.id, 'close', { version: c.version })).status).toBe('closed');
  });

  it('escalates and acknowledges with the zones not yet loaded', async () => {
    let c = await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' });
    c = await act(agent, c.id, 'accept', { version: c.version });
    for (const [user, action, body] of [
      [agent, 'escalate', { reason: '需网信办协调' }],
      [officer, 'acknowledge', {}],
    ] as const) {
      cold();
      const res = await t.http.post(`/api/v1/cases/${c.id}/actions/${action}`).set(bearer(user)).send({ ...body, version: c.version });
      expect({ action, status: res.status }).toEqual({ action, status: 201 });
      c = res.body;
    }
  });

  it('files for a walk-in creator, who then claims the account by registering the phone', async () => {
    const phone = randomPhone();
    const c = await file(agent, { ...FILINGS.compliance, channel: 'walk_in', creatorPhone: phone, creatorName: '窗口来访者' });
    expect((await act(agent, c.id, 'accept', { version: c.version })).status).toBe('accepted');

    cold();
    await t.http.post('/api/v1/auth/register/code').set('X-Forwarded-For', randomAddress()).send({ phone }).expect(202);
    const code = await registrationCode(phone);
    cold();
    const claimed = (await t.http.post('/api/v1/auth/register').set('X-Forwarded-For', randomAddress()).send({ phone, code, password: 'Walkin@2026', displayName: '来访者本人', consentVersion: '2026-01' }).expect(201)).body;
    const mine = (await read({ token: claimed.accessToken } as TestUser, '/api/v1/cases')).body;
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
  });

  it('registers, logs in, refreshes, logs out, logs out everywhere', async () => {
    const phone = randomPhone();
    const from = randomAddress();
    cold();
    await t.http.post('/api/v1/auth/register/code').set('X-Forwarded-For', from).send({ phone }).expect(202);
    const code = await registrationCode(phone);
    cold();
    const registered = (await t.http.post('/api/v1/auth/register').set('X-Forwarded-For', from).send({ phone, code, password: 'Creator@2026', displayName: '单连接', consentVersion: '2026-01' }).expect(201)).body;
    cold();
    const session = (await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username: phone, password: 'Creator@2026' }).expect(200)).body;
    cold();
    const rotated = (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)).body;
    cold();
    await t.http.post('/api/v1/auth/logout').send({ refreshToken: rotated.refreshToken }).expect(204);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: rotated.refreshToken }).expect(401);
    expect((await read({ token: registered.accessToken } as TestUser, '/api/v1/me')).body).toMatchObject({ role: 'creator', displayName: '单连接' });
    cold();
    await t.http.post('/api/v1/auth/logout-all').set(bearer({ token: registered.accessToken })).expect(204);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: registered.refreshToken }).expect(401);
  });

  it('resets a forgotten password by SMS code', async () => {
    const forgetful = await t.user('creator');
    const from = randomAddress();
    cold();
    await t.http.post('/api/v1/auth/password-reset/code').set('X-Forwarded-For', from).send({ phone: forgetful.login }).expect(202);
    const code = await t.registrationCode(forgetful.login, 'password_reset_code');
    cold();
    await t.http.post('/api/v1/auth/password-reset').set('X-Forwarded-For', from).send({ phone: forgetful.login, code, password: 'Newpass@2027' }).expect(204);
    cold();
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username: forgetful.login, password: 'Newpass@2027' }).expect(200);
  });

  it('locks an account after failed logins; secadmin unlocks it', async () => {
    const locked = await t.user('agent', { zoneId: 'huangpu' });
    const from = randomAddress();
    const login = (password: string) => t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username: locked.login, password });
    for (let i = 0; i < 4; i++) {
      cold();
      await login('Wrong@pass1').expect(401);
    }
    cold();
    await login('Wrong@pass1').expect(423);
    cold();
    await t.http.post(`/api/v1/admin/users/${locked.id}/unlock`).set(bearer(secadmin)).expect(201);
    cold();
    await login(PASSWORD).expect(200);
  });

  it('administers accounts: sysadmin creates and places staff, secadmin grants and revokes the role and sets the policy', async () => {
    cold();
    const created = (
      await t.http
        .post('/api/v1/admin/users')
        .set(bearer(sysadmin))
        .send({ username: `oc.${randomUUID().slice(0, 8)}`, displayName: '单连接专员', password: 'Temp@2026!x', zoneId: 'huangpu', skills: ['shield'] })
        .expect(201)
    ).body;
    cold();
    const moved = await t.http.patch(`/api/v1/admin/users/${created.id}`).set(bearer(sysadmin)).send({ zoneId: 'yangpu', displayName: '杨浦·单连接专员' });
    expect({ status: moved.status, body: moved.status === 200 ? undefined : moved.body }).toEqual({ status: 200, body: undefined });
    expect(moved.body.zoneId).toBe('yangpu');
    cold();
    expect((await t.http.put(`/api/v1/admin/users/${created.id}/role`).set(bearer(secadmin)).send({ role: 'agent' }).expect(200)).body.role).toBe('agent');
    cold();
    cold();
    expect((await t.http.delete(`/api/v1/admin/users/${created.id}/role`).set(bearer(secadmin)).expect(200)).body.role).toBeNull();
    expect((await read(secadmin, '/api/v1/admin/users')).body.map((u: { id: string }) => u.id)).toContain(created.id);

    const policy = (await read(secadmin, '/api/v1/admin/security-policy')).body;
    cold();
    expect((await t.http.put('/api/v1/admin/security-policy').set(bearer(secadmin)).send(policy).expect(200)).body).toEqual(policy);
  });

  it('keeps the creator profile: update, staff read, unmasked read and verification', async () => {
    const owner = await t.user('creator');
    await file(owner, { ...FILINGS.starlight, zoneId: 'huangpu' });
    cold();
    await t.http
      .put('/api/v1/creator-profile')
      .set(bearer(owner))
      .send({ realName: '张小喵', idCardNumber: '11010519491231002X', platformAccounts: [{ platform: 'bilibili', accountId: '123456' }], studio: '单连接工作室' })
      .expect(200);
    expect((await read(owner, '/api/v1/creator-profile')).body.studio).toBe('单连接工作室');
    expect((await read(agent, `/api/v1/creators/${owner.id}/profile`)).body.realName).toBe('张**');
    expect((await read(agent, `/api/v1/creators/${owner.id}/identity`)).body.idCardNumber).toBe('11010519491231002X');
    cold();
    expect((await t.http.post(`/api/v1/creators/${owner.id}/verify`).set(bearer(agent)).expect(201)).body.verified).toBe(true);
  });

  it('lets sysadmin edit the holiday calendar, the SLA policies and settings, and open the queue board', async () => {
    expect((await read(sysadmin, '/api/v1/admin/holiday-years')).body.years.length).toBeGreaterThan(0);
    const year = provisionalHolidayYear(2031);
    cold();
    await t.http.put('/api/v1/admin/holiday-years/2031').set(bearer(sysadmin)).send({ source: year.source, holidays: year.holidays, makeupWorkdays: [], provisional: true }).expect(200);

    const policies = (await read(sysadmin, '/api/v1/admin/sla-policies')).body;
    const { clockKind, acceptMinutes, firstResponseMinutes, resolveMinutes } = policies.find((p: { programme: string; priority: string }) => p.programme === 'starlight' && p.priority === 'low');
    cold();
    await t.http.put('/api/v1/admin/sla-policies/starlight/low').set(bearer(sysadmin)).send({ clockKind, acceptMinutes, firstResponseMinutes, resolveMinutes }).expect(200);
    const settings = (await read(sysadmin, '/api/v1/admin/sla-settings')).body;
    cold();
    expect((await t.http.put('/api/v1/admin/sla-settings').set(bearer(sysadmin)).send(settings).expect(200)).body).toEqual(settings);
    cold();
    await t.http.post('/api/v1/admin/queue-board/session').set(bearer(sysadmin)).expect(201);
  });

  it('reads and marks the inbox, and keeps the notification settings', async () => {
    const c = await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu' });
    await act(agent, c.id, 'accept', { version: c.version });
    const inbox = (await read(creator, '/api/v1/notifications?unread=true')).body;
    expect(inbox.items.length).toBeGreaterThan(0);
    expect((await read(creator, '/api/v1/notifications/unread-count')).body.unread).toBeGreaterThan(0);
    cold();
    await t.http.post(`/api/v1/notifications/${inbox.items[0].id}/read`).set(bearer(creator)).expect(201);
    cold();
    await t.http.post(`/api/v1/notifications/cases/${c.id}/read`).set(bearer(creator)).expect(201);
    cold();
    await t.http.post('/api/v1/notifications/read-all').set(bearer(creator)).expect(201);
    expect((await read(creator, '/api/v1/notifications/unread-count')).body.unread).toBe(0);
    await read(agent, '/api/v1/me/notification-settings');
    cold();
    await t.http.put('/api/v1/me/notification-settings').set(bearer(agent)).send({ email: 'one.connection@example.com', smsEnabled: true }).expect(200);
  });

  it('answers the reads: lists, queues, dashboard, report, exports, audit', async () => {
    const city = await t.user('supervisor', { zoneId: null });
    const auditor = await t.user('auditor', { zoneId: null });
    for (const q of ['', '?overdue=true', '?dueSoon=true', '?sort=nextDueAt&programme=shield', `?q=${encodeURIComponent('网络暴力')}`]) await read(supervisor, `/api/v1/cases${q}`);
    await read(supervisor, '/api/v1/agents');
    await read(city, '/api/v1/dashboard');
    await read(supervisor, '/api/v1/dashboard?zoneId=huangpu&programme=shield');
    await read(supervisor, '/api/v1/dashboard/monthly-report');
    await read(city, '/api/v1/dashboard/tables/overdue?format=xlsx');
    await read(supervisor, '/api/v1/dashboard/tables/summary');
    await read(supervisor, '/api/v1/dashboard/case-export?status=closed&format=xlsx');
    await read(city, '/api/v1/dashboard/case-export');
    expect((await read(auditor, '/api/v1/audit/events?limit=20')).body.items).toHaveLength(20);
    expect((await read(auditor, '/api/v1/audit/verify')).body.checked).toBeGreaterThan(0);
    for (const url of ['/api/v1/me', '/api/v1/zones', '/api/v1/authorities', '/api/v1/programmes']) await read(creator, url);
    await read(null, '/health');
    await read(null, '/ready');
  });

  describe('the worker side, on the same one-connection pool', () => {
    const H = 3600_000;

    /** Moves a case's history back by `ms` and rebuilds its clocks from it, so that its deadlines fall due. */
    const age = async (caseId: string, ms: number) => {
      await t.db.query(
        `UPDATE cases SET created_at = created_at - make_interval(secs => $2), submitted_at = submitted_at - make_interval(secs => $2),
           accepted_at = accepted_at - make_interval(secs => $2), updated_at = updated_at - make_interval(secs => $2) WHERE id = $1`,
        [caseId, ms / 1000],
      );
      await system.get(SlaClockRebuild).recompute({ caseIds: [caseId], rebuild: true });
    };
    const detail = async (id: string) => (await read(supervisor, `/api/v1/cases/${id}`)).body;

    it('warns, records the breach and escalates a shield case to the district authority', async () => {
      const effects = system.get(SlaEffects);
      let c = await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' });
      c = await act(agent, c.id, 'accept', { version: c.version });
      // shield urgent: resolve within 24 h of acceptance, around the clock; first response within 4 h.
      await age(c.id, 25 * H);
      for (const [effect, clock] of [['warn', 'first_response'], ['breach', 'first_response'], ['warn', 'resolve'], ['breach', 'resolve']] as const) {
        cold();
        expect({ effect, clock, result: await effects[effect](c.id, clock) }).toEqual({ effect, clock, result: 'done' });
      }
      const after = await detail(c.id);
      expect(after).toMatchObject({ status: 'escalated', escalation: { authorityId: 'cac_huangpu', acknowledged: false } });
      expect(after.slaClocks.find((k: { clock: string }) => k.clock === 'resolve')).toMatchObject({ state: 'breached', escalatedTo: 'authority' });
      const [escalation] = await t.db.query(`SELECT automatic FROM escalations WHERE case_id = $1`, [c.id]);
      expect(escalation.automatic).toBe(true);
    });

    it('sweeps what the timers missed: an accept breach, and the automatic closes', async () => {
      const late = await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' });
      await age(late.id, 3 * H);
      let resolved = await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu' });
      resolved = await act(agent, resolved.id, 'accept', { version: resolved.version });
      resolved = await act(agent, resolved.id, 'start', { version: resolved.version });
      resolved = await act(agent, resolved.id, 'resolve', { version: resolved.version, outcome: 'answered', summary: '已书面答复' });
      let waiting = await file(creator, { ...FILINGS.legislation, zoneId: 'huangpu' });
      waiting = await act(agent, waiting.id, 'request_materials', { version: waiting.version, items: ['修改建议的依据'] });
      await t.db.query(`UPDATE cases SET resolved_at = resolved_at - interval '7 days 1 minute' WHERE id = $1`, [resolved.id]);
      await t.db.query(`UPDATE cases SET awaiting_creator_since = awaiting_creator_since - interval '30 days 1 minute' WHERE id = $1`, [waiting.id]);

      cold();
      // The sweep logs (and survives) a failing case: what it did is read back from the cases.
      await system.get(SlaSweeper).sweepOnce();
      expect((await detail(late.id)).slaClocks.find((k: { clock: string }) => k.clock === 'accept')).toMatchObject({ state: 'breached', escalatedTo: 'supervisor' });
      expect(await detail(resolved.id)).toMatchObject({ status: 'closed', closeReason: 'auto_unrated' });
      expect(await detail(waiting.id)).toMatchObject({ status: 'closed', closeReason: 'unanswered' });
    });

    it('hands the job outbox to Bull, recomputes deadlines after a calendar edit, and delivers SMS', async () => {
      const queues = QUEUE_NAMES.map((name) => t.app.get<Queue>(getQueueToken(name)));
      let c = await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu' });
      c = await act(agent, c.id, 'reject', { version: c.version, reason: '请通过平台申诉渠道办理' });
      const [job] = await t.db.query(`SELECT queue, job_id FROM job_outbox WHERE payload->>'caseId' = $1 ORDER BY id LIMIT 1`, [c.id]);
      const jobs = new JobOutboxRelay(t.app.get(TransactionHost), t.app.get(ModuleRef));
      for (let i = 0; i < 50 && (await jobs.dispatchOnce()) > 0; i++);
      expect(await t.db.query(`SELECT id FROM job_outbox WHERE job_id = $1`, [job.job_id])).toEqual([]);
      expect(await queues.find((q) => q.name === job.queue)!.getJob(job.job_id)).toBeTruthy();

      cold();
      expect(await t.app.get(SlaClocksService).recalendar()).toBeGreaterThanOrEqual(0);

      // The rejection was also sent by SMS.
      const [sms] = await t.db.query(`SELECT o.id FROM notification_outbox o JOIN notifications n ON n.id = o.notification_id WHERE n.case_id = $1 AND o.channel = 'sms'`, [c.id]);
      const sent: SmsMessage[] = [];
      const delivery = new NotificationDelivery(t.app.get(NotificationRepository), t.app.get(PiiCipher), { send: async (m) => void sent.push(m) }, { send: async () => undefined } as EmailTransport);
      cold();
      expect(await delivery.attempt(sms.id)).toEqual({ ok: true });
      const [state] = await t.db.query(`SELECT status FROM notification_outbox WHERE id = $1`, [sms.id]);
      expect(state.status).toBe('sent');
      expect(sent.some((m) => m.to === creator.login && m.text.includes(c.reference))).toBe(true);
    });

    it('purges the personal data of long-finished cases, as the scheduler runs it', async () => {
      const txHost = t.app.get(TransactionHost);
      const personalData = new CasePersonalData(
        new SystemCaseRepository(txHost),
        t.app.get(EvidenceRepository),
        t.app.get(NotificationRepository),
        new ShieldRetentionRepository(txHost),
        new StarlightRetentionRepository(txHost),
        new ComplianceRetentionRepository(txHost),
        new LegislationRetentionRepository(txHost),
        new QualityRetentionRepository(txHost),
        t.app.get(DocumentRegistry),
        t.app.get(UserDirectory),
      );
      const retention = new RetentionService(
        personalData,
        t.app.get(EvidenceStorage),
        t.app.get(AuditService),
        t.app.get(AppConfig),
      );
      const c = await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' });
      cold();
      await t.http.post(`/api/v1/cases/${c.id}/attachments`).set(bearer(creator)).attach('file', PNG, '截图.png').expect(201);
      await act(agent, c.id, 'reject', { version: c.version, reason: '重复提交' });
      await t.db.query(`UPDATE cases SET updated_at = now() - interval '4 years' WHERE id = $1`, [c.id]);
      // The repeatable job's run, as Bull calls it.
      await new RetentionJob(t.app.get<Queue>(getQueueToken('retention')), retention).handle();
      const [row] = await t.db.query(`SELECT purged_at FROM cases WHERE id = $1`, [c.id]);
      expect(row.purged_at).not.toBeNull();
    });
  });

  it('verifies an issued document publicly', async () => {
    const doc = await t.app.get(TransactionHost).withTransaction(() =>
      t.app.get(DocumentRegistry).issue({ kind: 'test.letter', subjectType: 'test', subjectId: 'one', attests: [], spec: { title: '测试文书', sections: [] }, actor: 'system' }),
    );
    expect((await read(null, `/api/v1/verify/${doc.verificationCode}`)).body.genuine).toBe(true);
  });

  it('runs every route of the four programmes', () => walkProgrammes(t, cold), 180_000);

  it('runs the offline service on the one connection: slots, bookings, check-in, salons, visits, receipts and their sweep', async () => {
    const send = async (user: TestUser, method: 'post' | 'get', url: string, body?: object) => {
      cold();
      const req = t.http[method](url).set(bearer(user));
      const res = body === undefined ? await req : await req.send(body);
      expect({ url, status: res.status, body: res.status < 300 ? undefined : res.body }).toEqual({ url, status: method === 'post' ? 201 : 200, body: undefined });
      return res.body;
    };
    const [day] = await workingDays(t, 1);
    await read(creator, '/api/v1/service-points');
    cold();
    const slot = await openSlot(t, supervisor, day, { capacity: 3, programmes: ['shield'] });
    await send(supervisor, 'post', '/api/v1/appointment-slots/pattern', { from: day, to: day, weekdays: [1, 2, 3, 4, 5], times: [{ start: '10:00', end: '10:30' }], capacity: 1, programmes: ['compliance'] });
    await read(creator, '/api/v1/appointment-slots');
    const a = await send(creator, 'post', '/api/v1/appointments', { slotId: slot.id, programme: 'shield' });
    await read(creator, '/api/v1/appointments/mine');
    const [confirmation] = (await read(creator, `/api/v1/appointments/${a.id}/receipts`)).body;
    await read(creator, `/api/v1/receipts/${confirmation.id}/pdf`);
    const other = await t.user('creator');
    const b = await send(other, 'post', '/api/v1/appointments', { slotId: slot.id, programme: 'shield' });
    await send(other, 'post', `/api/v1/appointments/${b.id}/cancel`, {});
    const c = await send(other, 'post', '/api/v1/appointments', { slotId: slot.id, programme: 'shield' });
    await moveSlot(t, slot.id, 10, { today: true });
    await read(agent, `/api/v1/desk/appointments?code=${a.checkInCode}`);
    const { zoneId: _z, ...filing } = { ...FILINGS.shield, zoneId: 'huangpu' };
    const checked = await send(agent, 'post', `/api/v1/appointments/${a.id}/check-in`, { newCase: filing });
    await read(agent, `/api/v1/cases/${checked.caseId}/receipts`);
    await moveSlot(t, slot.id, -10);
    await send(agent, 'post', `/api/v1/appointments/${c.id}/no-show`);
    const closable = await openSlot(t, supervisor, day, { capacity: 1, programmes: ['shield'] });
    await send(supervisor, 'post', `/api/v1/appointment-slots/${closable.id}/close`, { reason: '服务点临时闭馆' });
    await read(supervisor, '/api/v1/dashboard/appointments');
    cold();
    await t.app.get(AppointmentTimers).sweepOnce();

    const start = new Date(Date.now() + 3 * 24 * 3600_000);
    const salon = await send(supervisor, 'post', '/api/v1/salons', { title: '一连接测试沙龙', topicProgramme: 'shield', startsAt: start, endsAt: new Date(start.getTime() + 7200_000), venue: '多功能厅', capacity: 5, experts: [{ name: '王律师' }] });
    await read(creator, '/api/v1/salons');
    await send(creator, 'post', `/api/v1/salons/${salon.id}/register`);
    await send(other, 'post', `/api/v1/salons/${salon.id}/register`);
    await send(other, 'post', `/api/v1/salons/${salon.id}/cancel-registration`);
    const mine = (await read(creator, `/api/v1/salons/${salon.id}`)).body.mine;
    await t.db.query(`UPDATE salon_events SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '1 hour' WHERE id = $1`, [salon.id]);
    const registration = await send(agent, 'post', `/api/v1/salons/${salon.id}/check-in`, { code: mine.checkInCode });
    await read(agent, `/api/v1/salons/${salon.id}/registrations`);
    await send(agent, 'post', `/api/v1/salons/${salon.id}/cases`, { ...FILINGS.compliance, registrationId: registration.id });
    await t.db.query(`UPDATE salon_events SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [salon.id]);
    await send(creator, 'post', `/api/v1/salons/${salon.id}/rating`, { level: 5 });
    await read(supervisor, '/api/v1/dashboard/salons');

    const visit = await send(creator, 'post', `/api/v1/cases/${checked.caseId}/visits`, { note: '需要专家上门指导' });
    await read(creator, `/api/v1/cases/${checked.caseId}/visits`);
    await read(agent, '/api/v1/visits');
    const when = new Date(Date.now() + 2 * 24 * 3600_000);
    await send(agent, 'post', `/api/v1/visits/${visit.id}/schedule`, { expertName: '陈律师', scheduledAt: when, address: '黄浦区某路八号' });
    await send(creator, 'post', `/api/v1/visits/${visit.id}/reschedule`, { note: '希望改到周五' });
    await send(agent, 'post', `/api/v1/visits/${visit.id}/schedule`, { expertUserId: agent.id, scheduledAt: when, address: '黄浦区某路八号' });
    await send(creator, 'post', `/api/v1/visits/${visit.id}/confirm`);
    const done = await send(agent, 'post', `/api/v1/visits/${visit.id}/record`, { whatWasDone: '现场指导取证', advice: '建议公证', outcome: '证据已固定' });
    expect(done.status).toBe('done');
    expect((await read(null, `/api/v1/verify/${confirmation.verificationCode}`)).body.subject.status).toBe('checked_in');
  }, 180_000);

  it('runs 差评整改 on the one connection: the rectification, its two steps, the re-rating, an appeal and its decision, the ledger, the public figures', async () => {
    const send = async (user: TestUser, method: 'post' | 'put', url: string, body: object) => {
      cold();
      const res = await t.http[method](url).set(bearer(user)).send(body);
      expect({ url, status: res.status, body: res.status < 300 ? undefined : res.body }).toEqual({ url, status: method === 'post' ? 201 : 200, body: undefined });
      return res.body;
    };
    const city = await t.user('supervisor', { zoneId: null });
    cold();
    const c = await ratedCase(t, creator, agent, 2, '答复不够具体');
    const r = (await read(agent, `/api/v1/cases/${c.id}/rectification`)).body;
    await read(creator, `/api/v1/quality/rectifications/${r.id}`);
    await send(agent, 'post', `/api/v1/quality/rectifications/${r.id}/contact`, { method: 'phone', outcome: '已电话说明' });
    await send(agent, 'post', `/api/v1/quality/rectifications/${r.id}/rectify`, { measures: '补充书面答复' });
    await send(creator, 'post', `/api/v1/quality/rectifications/${r.id}/rerate`, { level: 1 });
    const appeal = await send(agent, 'post', `/api/v1/quality/rectifications/${r.id}/appeals`, { rating: 'second', reason: '再评价内容与整改无关' });
    await read(city, '/api/v1/quality/appeals?status=pending');
    await send(city, 'post', `/api/v1/quality/appeals/${appeal.id}/decision`, { decision: 'upheld', reason: '评价属实' });
    await read(supervisor, '/api/v1/quality/rectifications');
    await read(supervisor, '/api/v1/quality/rectifications.xlsx');
    await read(agent, '/api/v1/quality/settings');
    await send(city, 'put', '/api/v1/quality/settings', { contactWorkingDays: 1, rectifyWorkingDays: 15 });
    await read(null, '/api/v1/public/quality');
  });

  it('runs the desk’s bulk, materials and live routes, dispatch and the audit export', () => walkDeskAndDispatch(t, cold));

  it('answered every route of the api on the one connection', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    const pattern = (route: string) => new RegExp(`^${route.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    expect(routes.filter((route) => ![...answered].some((a) => pattern(route).test(a)))).toEqual([]);
    // And each JSON answer, success or problem, matched the schema its route declares for that status.
    const { failures, checked } = checkAnswers(doc as never, answers);
    expect(failures).toEqual([]);
    expect(checked.size).toBeGreaterThan(routes.length * 0.8);
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { provisionalHolidayYear, WorkingCalendar } from '@app/calendar';
import { createSlaSystemContext, HolidayYearRepository, SlaClockRebuild, SlaSweeper } from '@app/sla';
import { FILINGS, openHonourRound } from './support/case-fixtures';
import { bearer, PASSWORD, TestApp, TestUser } from './support/test-app';

const H = 3600_000;
const WD = 8.5 * H;
/** Shanghai wall-clock time. */
const local = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);

interface ClockView {
  clock: string;
  state: string;
  dueAt: string | null;
  warnAt: string | null;
  remainingMs: number | null;
  breachedAt: string | null;
  metAt: string | null;
  kind: string;
}

describe('SLA clocks (e2e)', () => {
  let t: TestApp;
  let cal: WorkingCalendar;
  /** The worker's SLA services (effects, sweep, clock rebuilding) in this process. */
  let system: INestApplicationContext;
  beforeAll(async () => {
    t = await TestApp.start();
    await openHonourRound(t);
    system = await createSlaSystemContext();
    cal = await t.app.get(HolidayYearRepository).workingCalendar();
  });
  afterAll(async () => {
    await system.close();
    await t.close();
  });

  const file = (user: TestUser, body: object) => t.http.post('/api/v1/cases').set(bearer(user)).send(body);
  const act = (user: TestUser, id: string, action: string, body: object) => t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body);
  const detail = async (user: TestUser, id: string) => (await t.http.get(`/api/v1/cases/${id}`).set(bearer(user)).expect(200)).body;
  const clock = (c: { slaClocks: ClockView[] }, name: string) => c.slaClocks.find((k) => k.clock === name) as ClockView;
  /** A fresh token at the current (possibly faked) time. */
  const relogin = async (user: TestUser): Promise<TestUser> => {
    const res = await t.http.post('/api/v1/auth/login').send({ username: user.login, password: PASSWORD }).expect(200);
    return { ...user, token: res.body.accessToken };
  };

  it('starts accept and first-response clocks at filing, from the programme × priority policy', async () => {
    const creator = await t.user('creator');
    const urgent = (await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    expect(urgent.priority).toBe('urgent');
    const submittedAt = new Date(urgent.submittedAt).getTime();
    // shield urgent runs 24×7: accept 2 h, first public response 4 h; resolve starts at acceptance.
    expect(clock(urgent, 'accept')).toMatchObject({ kind: 'continuous', state: 'running', dueAt: new Date(submittedAt + 2 * H).toISOString() });
    expect(clock(urgent, 'first_response').dueAt).toBe(new Date(submittedAt + 4 * H).toISOString());
    expect(clock(urgent, 'resolve')).toBeUndefined();
    expect(urgent.nextDueAt).toBe(new Date(submittedAt + 2 * H).toISOString());

    const starlight = (await file(creator, { ...FILINGS.starlight, zoneId: 'yangpu' }).expect(201)).body;
    const at = new Date(starlight.submittedAt);
    expect(clock(starlight, 'accept')).toMatchObject({ kind: 'working', dueAt: cal.addWorkingTime(at, 3 * WD).toISOString() });
    // Remaining working time: the budget less what ran since filing (none at night or at weekends).
    const remaining = clock(starlight, 'accept').remainingMs!;
    expect(remaining).toBeLessThanOrEqual(3 * WD);
    expect(remaining).toBeGreaterThanOrEqual(3 * WD - cal.workingTimeBetween(at, new Date()));
  });

  it('stops the accept clock at acceptance, starts the resolve clock, and meets first response with a public reply', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    let c = (await file(creator, { ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
    expect(clock(c, 'accept')).toMatchObject({ state: 'met', breachedAt: null });
    expect(clock(c, 'resolve')).toMatchObject({ state: 'running', dueAt: new Date(new Date(c.acceptedAt).getTime() + 24 * H).toISOString() });
    expect(clock(c, 'first_response').state).toBe('running');
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '内部记录', visibility: 'internal' }).expect(201);
    expect(clock(await detail(agent, c.id), 'first_response').state).toBe('running');
    await t.http.post(`/api/v1/cases/${c.id}/comments`).set(bearer(agent)).send({ body: '您好，已受理，正在联系平台。' }).expect(201);
    c = await detail(agent, c.id);
    expect(clock(c, 'first_response')).toMatchObject({ state: 'met' });
    // The timers for the running resolve clock are in the outbox, with ids from case, clock and deadline.
    const jobs = await t.db.query(`SELECT name, job_id FROM job_outbox WHERE payload->>'caseId' = $1 AND payload->>'clock' = 'resolve' ORDER BY id`, [c.id]);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual(['sla-warning', 'sla-breach']);
    expect(jobs[1].job_id).toBe(`sla-breach:${c.id}:resolve:1:${new Date(clock(c, 'resolve').dueAt!).getTime()}`);
  });

  describe('with a controlled clock', () => {
    afterEach(() => jest.useRealTimers());
    const travel = (to: Date) => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
      jest.setSystemTime(to);
    };

    it('pausing for materials moves the resolve deadline by exactly the paused working time', async () => {
      let creator = await t.user('creator');
      let agent = await t.user('agent', { zoneId: 'huangpu' });
      travel(local('2026-12-01 10:00')); // Tuesday
      [creator, agent] = [await relogin(creator), await relogin(agent)];
      let c = (await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
      travel(local('2026-12-01 10:30'));
      agent = await relogin(agent);
      c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
      // compliance normal: 10 working days from Tue 1 Dec 10:30.
      const before = clock(c, 'resolve').dueAt!;
      expect(before).toBe(local('2026-12-15 10:30').toISOString());

      travel(local('2026-12-02 14:00'));
      agent = await relogin(agent);
      c = (await act(agent, c.id, 'request_materials', { version: c.version, items: ['模型备案编号'] }).expect(201)).body;
      expect(clock(c, 'resolve')).toMatchObject({ state: 'paused', dueAt: null });
      const remaining = clock(c, 'resolve').remainingMs!;

      travel(local('2026-12-04 11:00')); // Friday
      creator = await relogin(creator);
      expect(clock(await detail(creator, c.id), 'resolve').remainingMs).toBe(remaining);
      c = (await act(creator, c.id, 'supply_materials', { version: c.version }).expect(201)).body;
      const after = clock(c, 'resolve').dueAt!;
      // Paused Wed 14:00–17:30, all Thursday, Fri 09:00–11:00: 14 working hours.
      const paused = cal.workingTimeBetween(local('2026-12-02 14:00'), local('2026-12-04 11:00'));
      expect(paused).toBe(14 * H);
      expect(cal.workingTimeBetween(new Date(before), new Date(after))).toBe(paused);
      expect(after).toBe(local('2026-12-16 16:00').toISOString());
      expect(clock(c, 'resolve')).toMatchObject({ state: 'running', remainingMs: remaining });
    });

    it('a 24×7 clock moves by the paused wall-clock time', async () => {
      let creator = await t.user('creator');
      let agent = await t.user('agent', { zoneId: 'yangpu' });
      travel(local('2026-12-05 22:00')); // Saturday night: urgent cases do not wait for Monday.
      [creator, agent] = [await relogin(creator), await relogin(agent)];
      let c = (await file(creator, { ...FILINGS.shield, zoneId: 'yangpu' }).expect(201)).body;
      c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
      expect(clock(c, 'resolve').dueAt).toBe(local('2026-12-06 22:00').toISOString());
      travel(local('2026-12-06 01:00'));
      agent = await relogin(agent);
      c = (await act(agent, c.id, 'request_materials', { version: c.version, items: ['被侵权作品截图'] }).expect(201)).body;
      travel(local('2026-12-06 09:30'));
      creator = await relogin(creator);
      c = (await act(creator, c.id, 'supply_materials', { version: c.version }).expect(201)).body;
      expect(clock(c, 'resolve').dueAt).toBe(local('2026-12-07 06:30').toISOString());
    });
  });

  it('recomputes a clock when the priority changes', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const other = await t.user('agent', { zoneId: 'huangpu' });
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    let c = (await file(creator, { ...FILINGS.shield, zoneId: 'huangpu', intake: { ...FILINGS.shield.intake, ongoing: false } }).expect(201)).body;
    expect(c.priority).toBe('high');
    c = (await act(agent, c.id, 'accept', { version: c.version }).expect(201)).body;
    expect(clock(c, 'resolve')).toMatchObject({ kind: 'working', dueAt: cal.addWorkingTime(new Date(c.acceptedAt), 5 * WD).toISOString() });
    // No action changes priority yet; whatever does, the next change of the case recomputes.
    await t.db.query(`UPDATE cases SET priority = 'urgent' WHERE id = $1`, [c.id]);
    c = (await act(supervisor, c.id, 'assign', { version: c.version, assigneeId: other.id }).expect(201)).body;
    expect(clock(c, 'resolve')).toMatchObject({ kind: 'continuous', dueAt: new Date(new Date(c.acceptedAt).getTime() + 24 * H).toISOString() });
  });

  it('lists overdue and due-soon cases and sorts by the next deadline', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'yangpu' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await file(creator, { ...FILINGS.shield, zoneId: 'yangpu', title: `时限排序 ${i}` }).expect(201)).body.id);
    // Filed 3 h ago (overdue: accept is 2 h), 1 h 40 min ago (past 75%), and just now.
    const ago = [3 * H, 100 * 60_000, 0];
    for (let i = 0; i < 3; i++) {
      await t.db.query(`UPDATE cases SET submitted_at = now() - make_interval(secs => $2) WHERE id = $1`, [ids[i], ago[i] / 1000]);
    }
    await system.get(SlaClockRebuild).recompute({ caseIds: ids, rebuild: true });
    const list = async (q: string) => (await t.http.get(`/api/v1/cases?q=${encodeURIComponent('时限排序')}&${q}`).set(bearer(agent)).expect(200)).body;
    const overdue = await list('overdue=true');
    expect(overdue.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(overdue.items[0].overdue).toBe(true);
    expect((await list('dueSoon=true')).items.map((c: { id: string }) => c.id)).toEqual([ids[1]]);
    const sorted = (await list('sort=nextDueAt')).items;
    expect(sorted.map((c: { id: string }) => c.id)).toEqual(ids);
    // The queue warns amber from nextDueWarnAt (75% of the clock): passed for the due-soon case, ahead for the fresh one.
    expect(sorted[1]).toMatchObject({ nextDueClock: 'accept', overdue: false });
    expect(new Date(sorted[1].nextDueWarnAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(sorted[2].nextDueWarnAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(sorted[2].nextDueWarnAt).getTime()).toBeLessThan(new Date(sorted[2].nextDueAt).getTime());
    const [first] = (await list('overdue=true')).items;
    const page = await detail(agent, first.id);
    expect(clock(page, 'accept')).toMatchObject({ state: 'breached' });
    expect(clock(page, 'accept').remainingMs).toBeLessThan(0);
  });

  it('closes resolved cases unrated for 7 days and cases unanswered for 30 days, once', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    let resolved = (await file(creator, { ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    resolved = (await act(agent, resolved.id, 'accept', { version: resolved.version }).expect(201)).body;
    resolved = (await act(agent, resolved.id, 'start', { version: resolved.version }).expect(201)).body;
    resolved = (await act(agent, resolved.id, 'resolve', { version: resolved.version, outcome: 'answered', summary: '已书面答复' }).expect(201)).body;
    let waiting = (await file(creator, { ...FILINGS.legislation, zoneId: 'huangpu' }).expect(201)).body;
    waiting = (await act(agent, waiting.id, 'request_materials', { version: waiting.version, items: ['修改建议的依据'] }).expect(201)).body;
    // The timers for both closes were written with the change.
    const timers = await t.db.query(`SELECT name, run_at FROM job_outbox WHERE name = 'case-auto-close' AND payload->>'caseId' = ANY($1) ORDER BY payload->>'reason'`, [[resolved.id, waiting.id]]);
    expect(timers).toHaveLength(2);

    await t.db.query(`UPDATE cases SET resolved_at = resolved_at - interval '7 days 1 minute' WHERE id = $1`, [resolved.id]);
    await t.db.query(`UPDATE cases SET awaiting_creator_since = awaiting_creator_since - interval '30 days 1 minute' WHERE id = $1`, [waiting.id]);
    const sweeper = system.get(SlaSweeper);
    await sweeper.sweepOnce();
    await sweeper.sweepOnce();
    expect(await detail(creator, resolved.id)).toMatchObject({ status: 'closed', closeReason: 'auto_unrated' });
    const closedWaiting = await detail(creator, waiting.id);
    expect(closedWaiting).toMatchObject({ status: 'closed', closeReason: 'unanswered' });
    expect(clock(closedWaiting, 'accept').state).toBe('cancelled');
    const closes = await t.db.query(`SELECT entity_id, actor_id FROM audit_events WHERE action = 'case.close' AND entity_id = ANY($1)`, [[resolved.id, waiting.id]]);
    expect(closes).toHaveLength(2);
    expect(closes.every((e: { actor_id: string }) => e.actor_id === 'system')).toBe(true);
    const inbox = (await t.http.get('/api/v1/notifications').set(bearer(creator)).expect(200)).body;
    expect(inbox.items.filter((n: { kind: string }) => n.kind === 'case_closed')).toHaveLength(2);
  });
});

describe('SLA administration (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('shows sysadmin the holiday years with the provisional 2027 and its source, and nobody else', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const res = (await t.http.get('/api/v1/admin/holiday-years').set(bearer(sysadmin)).expect(200)).body;
    expect(res.years.map((y: { year: number }) => y.year)).toEqual(expect.arrayContaining([2025, 2026, 2027]));
    const y2027 = res.years.find((y: { year: number }) => y.year === 2027);
    expect(y2027).toMatchObject({ provisional: true, makeupWorkdays: [], holidays: provisionalHolidayYear(2027).holidays });
    expect(y2027.source).toContain('全国年节及纪念日放假办法');
    expect(res.warnings.some((w: string) => w.startsWith('2027 年节假日安排为临时数据'))).toBe(true);
    for (const role of ['agent', 'supervisor', 'auditor', 'secadmin'] as const) {
      await t.http.get('/api/v1/admin/holiday-years').set(bearer(await t.user(role, { zoneId: role === 'agent' ? 'huangpu' : null }))).expect(403);
    }
  });

  it('lets sysadmin add a year and refuses bad dates with the reason, audited', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const bad = await t.http
      .put('/api/v1/admin/holiday-years/2028')
      .set(bearer(sysadmin))
      .send({ source: '测试：错把周三当作调休上班日', holidays: ['2028-01-01'], makeupWorkdays: ['2028-01-08', '2028-01-05'] })
      .expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.detail).toContain('2028-01-05');
    // The calendar's reason in Chinese, naming the item of the request it is about.
    expect(bad.body.errors).toEqual([{ field: 'makeupWorkdays[1]', message: 'makeupWorkdays 中的 2028-01-05 不是周六或周日，调休上班日只能是周末' }]);
    const wrongYear = await t.http.put('/api/v1/admin/holiday-years/2028').set(bearer(sysadmin)).send({ source: '测试：混入了别的年份', holidays: ['2028-01-01', '2029-01-01'], makeupWorkdays: [] }).expect(400);
    expect(wrongYear.body.errors).toEqual([{ field: 'holidays[1]', message: 'holidays 中的 2029-01-01 不属于 2028 年' }]);
    const y2028 = provisionalHolidayYear(2028);
    const saved = (await t.http.put('/api/v1/admin/holiday-years/2028').set(bearer(sysadmin)).send({ source: y2028.source, holidays: y2028.holidays, makeupWorkdays: [], provisional: true }).expect(200)).body;
    expect(saved).toMatchObject({ year: 2028, provisional: true, holidays: y2028.holidays });
    const [audit] = await t.db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'calendar.holiday_year_update' AND entity_id = '2028' ORDER BY id DESC LIMIT 1`);
    expect(audit.actor_id).toBe(sysadmin.id);
    const [job] = await t.db.query(`SELECT name FROM job_outbox WHERE name = 'sla-recalendar' ORDER BY id DESC LIMIT 1`);
    expect(job.name).toBe('sla-recalendar');
  });

  it('lets sysadmin read and change the SLA policies', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const policies = (await t.http.get('/api/v1/admin/sla-policies').set(bearer(sysadmin)).expect(200)).body;
    expect(policies).toHaveLength(16);
    expect(policies.find((p: { programme: string; priority: string }) => p.programme === 'shield' && p.priority === 'urgent')).toMatchObject({
      clockKind: 'continuous',
      acceptMinutes: 120,
      resolveMinutes: 1440,
      display: { accept: '2 小时（全天候计时）', resolve: '24 小时（全天候计时）' },
    });
    expect(policies.find((p: { programme: string; priority: string }) => p.programme === 'legislation' && p.priority === 'low').display.resolve).toBe('30 个工作日');
    const original = policies.find((p: { programme: string; priority: string }) => p.programme === 'starlight' && p.priority === 'low');
    await t.http.put('/api/v1/admin/sla-policies/starlight/low').set(bearer(sysadmin)).send({ clockKind: 'working', acceptMinutes: 510, firstResponseMinutes: 100, resolveMinutes: 50 }).expect(400);
    const changed = (await t.http.put('/api/v1/admin/sla-policies/starlight/low').set(bearer(sysadmin)).send({ clockKind: 'working', acceptMinutes: 1020, firstResponseMinutes: 1530, resolveMinutes: 15300 }).expect(200)).body;
    expect(changed.display).toEqual({ accept: '2 个工作日', firstResponse: '3 个工作日', resolve: '30 个工作日' });
    await t.http.put('/api/v1/admin/sla-policies/starlight/low').set(bearer(sysadmin)).send({ clockKind: original.clockKind, acceptMinutes: original.acceptMinutes, firstResponseMinutes: original.firstResponseMinutes, resolveMinutes: original.resolveMinutes }).expect(200);
    await t.http.put('/api/v1/admin/sla-policies/nonsense/low').set(bearer(sysadmin)).send({ clockKind: 'working', acceptMinutes: 1, firstResponseMinutes: 1, resolveMinutes: 1 }).expect(400);
    await t.http.get('/api/v1/admin/sla-policies').set(bearer(await t.user('supervisor', { zoneId: null }))).expect(403);
  });

  it('serves the queue dashboard (bull-board) to sysadmin only', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    await t.http.get('/api/v1/admin/queues/').expect(401);
    await t.http.get('/api/v1/admin/queues/').set(bearer(agent)).expect(403);
    await t.http.get('/api/v1/admin/queues/').set('Cookie', 'csd_queue_board=forged').expect(401);
    const page = await t.http.get('/api/v1/admin/queues/').set(bearer(sysadmin)).expect(200);
    expect(page.text).toContain('<base href="/api/v1/admin/queues/"');
    const session = await t.http.post('/api/v1/admin/queue-board/session').set(bearer(sysadmin)).expect(201);
    const cookie = session.headers['set-cookie'][0] as string;
    expect(cookie).toMatch(/^csd_queue_board=.+; Max-Age=\d+; Path=\/api\/v1\/admin\/queues; Expires=.+; HttpOnly; SameSite=Strict$/);
    const queues = (await t.http.get('/api/v1/admin/queues/api/queues').set('Cookie', cookie.split(';')[0]).expect(200)).body;
    expect(queues.queues.map((q: { name: string }) => q.name).sort()).toEqual(['case-timers', 'sla-sweep', 'sla-timers']);
    await t.http.post('/api/v1/admin/queue-board/session').set(bearer(agent)).expect(403);
  });
});

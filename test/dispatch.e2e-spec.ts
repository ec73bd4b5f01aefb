import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

type Timeline = { kind: string; visibility?: string; data: Record<string, unknown> }[];

describe('dispatch: transfers (转办) and return visits (回访) (e2e)', () => {
  let t: TestApp;
  let hpAgent: TestUser;
  let ypAgent: TestUser;
  let hpSupervisor: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    hpAgent = await t.user('agent', { zoneId: 'huangpu' });
    ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    hpSupervisor = await t.user('supervisor', { zoneId: 'huangpu' });
  });
  afterAll(() => t.close());

  const file = async (creator: TestUser, programme: keyof typeof FILINGS = 'shield', zoneId = 'huangpu') =>
    (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS[programme], zoneId }).expect(201)).body as { id: string; version: number; reference: string };
  const act = (user: TestUser, id: string, action: string, body: object) => t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send(body);
  const timeline = async (user: TestUser, id: string) => (await t.http.get(`/api/v1/cases/${id}/timeline`).set(bearer(user)).expect(200)).body as Timeline;
  const audits = async (entityId: string) => (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [entityId])).map((r: { action: string }) => r.action);

  describe('transfer', () => {
    it('is accepted by the receiving zone: the case moves, its clocks start afresh there, the sending zone loses it and the creator sees where it went', async () => {
      const creator = await t.user('creator');
      const c = await file(creator);
      // The receiving zone does not see the case before a transfer.
      await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(ypAgent)).expect(404);
      // Moving the case's submission back shows whether the accept clock restarts at acceptance.
      await t.db.query(`UPDATE sla_clocks SET segments = jsonb_build_array(jsonb_build_object('start', (extract(epoch FROM now()) * 1000 - 3600000)::bigint, 'end', NULL)) WHERE case_id = $1`, [c.id]);

      await t.http.post(`/api/v1/cases/${c.id}/transfers`).set(bearer(hpAgent)).send({ toZoneId: 'huangpu', reason: '案件属于本区' }).expect(400);
      await t.http.post(`/api/v1/cases/${c.id}/transfers`).set(bearer(hpAgent)).send({ toZoneId: 'yangpu' }).expect(400);
      // The other zone's agent cannot transfer a case it does not see.
      await t.http.post(`/api/v1/cases/${c.id}/transfers`).set(bearer(ypAgent)).send({ toZoneId: 'huangpu', reason: '创作者经营地在黄浦区' }).expect(404);
      const transfer = (await t.http.post(`/api/v1/cases/${c.id}/transfers`).set(bearer(hpAgent)).send({ toZoneId: 'yangpu', reason: '创作者工作室注册及经营地均在杨浦区' }).expect(201)).body;
      expect(transfer).toMatchObject({ status: 'pending', fromZoneId: 'huangpu', toZoneId: 'yangpu', caseReference: c.reference });
      expect(transfer.respondBy).not.toBeNull();
      await t.http.post(`/api/v1/cases/${c.id}/transfers`).set(bearer(hpAgent)).send({ toZoneId: 'yangpu', reason: '再次转办' }).expect(409);

      // The receiving zone sees it in its transfers; a huangpu agent cannot decide for yangpu.
      const inbox = (await t.http.get('/api/v1/transfers?status=pending').set(bearer(ypAgent)).expect(200)).body as { id: string }[];
      expect(inbox.map((x) => x.id)).toContain(transfer.id);
      await t.http.post(`/api/v1/transfers/${transfer.id}/accept`).set(bearer(hpAgent)).expect(404);
      const [notice] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'case_transfer_received'`, [ypAgent.id]);
      expect(notice.n).toBeGreaterThan(0);

      // The dashboard's daily counts follow the case to its new zone, as a rebuild would count it.
      const submittedByZone = async () =>
        Object.fromEntries(
          (await t.db.query(`SELECT d.zone_id, d.submitted FROM dashboard_daily d JOIN cases c ON c.id = $1 WHERE d.day = (c.submitted_at AT TIME ZONE 'Asia/Shanghai')::date AND d.programme = c.programme AND d.category = c.category AND d.platform = coalesce(c.intake->>'platform', '')`, [c.id])).map((r: { zone_id: string; submitted: number }) => [r.zone_id, r.submitted]),
        ) as Record<string, number>;
      const counted = await submittedByZone();
      const before = Date.now();
      const accepted = (await t.http.post(`/api/v1/transfers/${transfer.id}/accept`).set(bearer(ypAgent)).expect(201)).body;
      const recounted = await submittedByZone();
      expect(recounted.huangpu).toBe(counted.huangpu - 1);
      expect(recounted.yangpu).toBe((counted.yangpu ?? 0) + 1);
      expect(accepted).toMatchObject({ status: 'accepted', decidedBy: ypAgent.id });
      await t.http.post(`/api/v1/transfers/${transfer.id}/return`).set(bearer(ypAgent)).send({ reason: '已经接收了' }).expect(409);

      const [row] = await t.db.query(`SELECT zone_id, assignee_id, status FROM cases WHERE id = $1`, [c.id]);
      expect(row).toEqual({ zone_id: 'yangpu', assignee_id: null, status: 'submitted' });
      const [clock] = await t.db.query(`SELECT segments, breached_at FROM sla_clocks WHERE case_id = $1 AND clock = 'accept'`, [c.id]);
      expect(clock.segments).toHaveLength(1);
      expect(Number(clock.segments[0].start)).toBeGreaterThanOrEqual(before - 1000);
      expect(clock.breached_at).toBeNull();

      // The sending zone no longer sees or touches the case; the receiving zone does.
      await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(hpAgent)).expect(404);
      await act(hpAgent, c.id, 'accept', { version: c.version + 1 }).expect(404);
      const now = (await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(ypAgent)).expect(200)).body;
      await act(ypAgent, c.id, 'accept', { version: now.version }).expect(201);

      const seen = await timeline(creator, c.id);
      const steps = seen.filter((e) => e.kind === 'transfer').map((e) => e.data);
      expect(steps.map((d) => d.action)).toEqual(['transfer_requested', 'transfer_accepted']);
      expect(String(steps[1].publicText)).toContain('杨浦区');
      // The transfer's reason is staff-only.
      expect(JSON.stringify(seen)).not.toContain('经营地均在杨浦区');
      expect(await audits(transfer.id)).toEqual(['case_transfer.request', 'case_transfer.accept']);
      expect(await audits(c.id)).toContain('case.transfer');
    });

    it('is returned by the receiving zone: the case stays where it was filed and the requester is told why', async () => {
      const creator = await t.user('creator');
      const c = await file(creator, 'compliance');
      const transfer = (await t.http.post(`/api/v1/cases/${c.id}/transfers`).set(bearer(hpAgent)).send({ toZoneId: 'yangpu', reason: '疑似杨浦区创作者' }).expect(201)).body;
      await t.http.post(`/api/v1/transfers/${transfer.id}/return`).set(bearer(ypAgent)).send({ reason: 'x' }).expect(400);
      const returned = (await t.http.post(`/api/v1/transfers/${transfer.id}/return`).set(bearer(ypAgent)).send({ reason: '经核实创作者经营地在黄浦区' }).expect(201)).body;
      expect(returned).toMatchObject({ status: 'returned', returnReason: '经核实创作者经营地在黄浦区' });
      await t.http.post(`/api/v1/transfers/${transfer.id}/accept`).set(bearer(ypAgent)).expect(409);

      const [row] = await t.db.query(`SELECT zone_id FROM cases WHERE id = $1`, [c.id]);
      expect(row.zone_id).toBe('huangpu');
      await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(ypAgent)).expect(404);
      await t.http.get(`/api/v1/cases/${c.id}`).set(bearer(hpAgent)).expect(200);
      const [told] = await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'case_transfer_returned'`, [hpAgent.id]);
      expect(told.n).toBe(1);
      const steps = (await timeline(creator, c.id)).filter((e) => e.kind === 'transfer').map((e) => e.data.action);
      expect(steps).toEqual(['transfer_requested', 'transfer_returned']);
      expect(await audits(transfer.id)).toEqual(['case_transfer.request', 'case_transfer.return']);
      // A case already accepted is not transferred.
      const accepted = (await act(hpAgent, c.id, 'accept', { version: c.version }).expect(201)).body;
      await t.http.post(`/api/v1/cases/${accepted.id}/transfers`).set(bearer(hpAgent)).send({ toZoneId: 'yangpu', reason: '再试一次转办' }).expect(409);
    });

    it('is listed only to the zones concerned', async () => {
      const other = await t.user('agent', { zoneId: 'yangpu' });
      const creator = await t.user('creator');
      const c = await file(creator);
      const transfer = (await t.http.post(`/api/v1/cases/${c.id}/transfers`).set(bearer(hpAgent)).send({ toZoneId: 'yangpu', reason: '创作者经营地在杨浦区' }).expect(201)).body;
      const hpList = (await t.http.get('/api/v1/transfers').set(bearer(hpAgent)).expect(200)).body as { id: string; fromZoneId: string; toZoneId: string }[];
      expect(hpList.every((x) => x.fromZoneId === 'huangpu' || x.toZoneId === 'huangpu')).toBe(true);
      expect((await t.http.get('/api/v1/transfers').set(bearer(other)).expect(200)).body.map((x: { id: string }) => x.id)).toContain(transfer.id);
      await t.http.get('/api/v1/transfers?status=nonsense').set(bearer(hpAgent)).expect(400);
      await t.http.get('/api/v1/transfers').set(bearer(creator)).expect(403);
    });
  });

  describe('return visit', () => {
    const resolve = async (creator: TestUser, programme: 'shield' | 'compliance') => {
      const c = await file(creator, programme);
      let x = (await act(hpAgent, c.id, 'accept', { version: c.version }).expect(201)).body;
      x = (await act(hpAgent, c.id, 'start', { version: x.version }).expect(201)).body;
      const outcome = programme === 'shield' ? 'takedown_done' : 'answered';
      x = (await act(hpAgent, c.id, 'resolve', { version: x.version, outcome, summary: '已协调平台处理' }).expect(201)).body;
      return x as { id: string; version: number };
    };

    it('is due for every shield resolution; "not solved" reopens the case through the workflow, audited', async () => {
      const creator = await t.user('creator');
      const c = await resolve(creator, 'shield');
      const visits = (await t.http.get('/api/v1/return-visits?pending=true').set(bearer(hpAgent)).expect(200)).body as { id: string; caseId: string; selection: string; dueAt: string }[];
      const visit = visits.find((v) => v.caseId === c.id)!;
      expect(visit).toMatchObject({ selection: 'shield' });
      expect(new Date(visit.dueAt).getTime()).toBeGreaterThan(Date.now());
      // Another zone neither lists nor records it.
      expect((await t.http.get('/api/v1/return-visits').set(bearer(ypAgent)).expect(200)).body.map((v: { id: string }) => v.id)).not.toContain(visit.id);
      await t.http.post(`/api/v1/return-visits/${visit.id}/record`).set(bearer(ypAgent)).send({ outcome: 'solved', method: 'phone' }).expect(404);
      await t.http.post(`/api/v1/return-visits/${visit.id}/record`).set(bearer(hpAgent)).send({ outcome: 'maybe', method: 'phone' }).expect(400);

      const recorded = (await t.http.post(`/api/v1/return-visits/${visit.id}/record`).set(bearer(hpAgent)).send({ outcome: 'not_solved', method: 'phone', note: '侵权账号仍在发布内容' }).expect(201)).body;
      expect(recorded).toMatchObject({ outcome: 'not_solved', reopened: true, caseStatus: 'in_progress' });
      await t.http.post(`/api/v1/return-visits/${visit.id}/record`).set(bearer(hpAgent)).send({ outcome: 'solved', method: 'phone' }).expect(409);
      const [row] = await t.db.query(`SELECT status, resolved_at FROM cases WHERE id = $1`, [c.id]);
      expect(row).toEqual({ status: 'in_progress', resolved_at: null });
      const seen = await timeline(creator, c.id);
      const reopen = seen.find((e) => e.data.action === 'reopen')!;
      expect(reopen.data.reason).toContain('回访未解决');
      expect(seen.some((e) => e.kind === 'return_visit' && e.data.outcome === 'not_solved')).toBe(true);
      expect(await audits(c.id)).toEqual(expect.arrayContaining(['return_visit.schedule', 'case.reopen']));
      expect(await audits(visit.id)).toEqual(['return_visit.record']);
    });

    it('samples the other programmes by the configured share', async () => {
      const creator = await t.user('creator');
      await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{returnVisitSamplePercent}', '0') WHERE key = 'dispatch'`);
      const skipped = await resolve(creator, 'compliance');
      await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{returnVisitSamplePercent}', '100') WHERE key = 'dispatch'`);
      const sampled = await resolve(creator, 'compliance');
      await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{returnVisitSamplePercent}', '20') WHERE key = 'dispatch'`);
      const rows = await t.db.query(`SELECT case_id, selection FROM return_visits WHERE case_id = ANY($1::uuid[])`, [[skipped.id, sampled.id]]);
      expect(rows).toEqual([{ case_id: sampled.id, selection: 'sample' }]);
      const solved = (await t.http.get(`/api/v1/cases/${sampled.id}/dispatch`).set(bearer(hpAgent)).expect(200)).body;
      expect(solved.returnVisits).toHaveLength(1);
      const done = (await t.http.post(`/api/v1/return-visits/${solved.returnVisits[0].id}/record`).set(bearer(hpAgent)).send({ outcome: 'solved', method: 'online' }).expect(201)).body;
      expect(done).toMatchObject({ outcome: 'solved', reopened: false, caseStatus: 'resolved' });
    });
  });
});

import { FILINGS } from './support/case-fixtures';
import { acrossRebuild } from './support/rollup-rebuild';
import { bearer, TestApp, TestUser } from './support/test-app';

interface Rate {
  numerator: number;
  denominator: number;
  rate: number | null;
}
interface Rates {
  response: Rate;
  solved: Rate;
  satisfied: Rate;
}

/**
 * The three rates (响应率, 解决率, 满意率) against data counted by hand: one agent's cases, each
 * with a known first response, verdict and rating; then the zone's figure against the raw tables.
 */
describe('the three rates on the dashboard (e2e)', () => {
  let t: TestApp;
  let agent: TestUser;
  let colleague: TestUser;
  let zoneSupervisor: TestUser;
  let city: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    agent = await t.user('agent', { zoneId: 'huangpu' });
    colleague = await t.user('agent', { zoneId: 'huangpu' });
    zoneSupervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    city = await t.user('supervisor', { zoneId: null });
  });
  afterAll(() => t.close());

  const act = async (user: TestUser, id: string, action: string, body: object = {}) => {
    const now = (await t.http.get(`/api/v1/cases/${id}`).set(bearer(user)).expect(200)).body;
    return (await t.http.post(`/api/v1/cases/${id}/actions/${action}`).set(bearer(user)).send({ version: now.version, ...body }).expect(201)).body;
  };
  const file = async (creator: TestUser, programme: 'shield' | 'compliance') => (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS[programme], zoneId: 'huangpu' }).expect(201)).body as { id: string };
  const resolve = async (id: string, programme: 'shield' | 'compliance') => {
    await act(agent, id, 'accept');
    await act(agent, id, 'start');
    await act(agent, id, 'resolve', { outcome: programme === 'shield' ? 'takedown_done' : 'answered', summary: '已处理完毕' });
  };
  const visitOf = async (caseId: string) => ((await t.http.get(`/api/v1/cases/${caseId}/dispatch`).set(bearer(agent)).expect(200)).body.returnVisits as { id: string }[])[0];
  const dashboard = async () => (await t.http.get('/api/v1/dashboard').set(bearer(city)).expect(200)).body;

  it("counts one agent's first responses, verdicts and ratings exactly, and the zone's figures equal the raw tables", async () => {
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{returnVisitSamplePercent}', '0') WHERE key = 'dispatch'`);
    const creator = await t.user('creator');
    // 1: shield, answered in time, return visit "solved", rated 5 (satisfied; the visit is the verdict).
    const c1 = await file(creator, 'shield');
    await resolve(c1.id, 'shield');
    await t.http.post(`/api/v1/return-visits/${(await visitOf(c1.id)).id}/record`).set(bearer(agent)).send({ outcome: 'solved', method: 'phone' }).expect(201);
    await act(creator, c1.id, 'rate', { level: 5 });
    // 2: compliance, not sampled, answered in time, rated 2: not satisfied, and its verdict is "not solved".
    const c2 = await file(creator, 'compliance');
    await resolve(c2.id, 'compliance');
    await act(creator, c2.id, 'rate', { level: 2 });
    // 3: compliance, first response (a request for materials) after its deadline.
    const c3 = await file(creator, 'compliance');
    await act(agent, c3.id, 'accept');
    await t.db.query(
      `UPDATE sla_clocks SET segments = jsonb_build_array(jsonb_build_object('start', (extract(epoch FROM now() - interval '40 days') * 1000)::bigint, 'end', NULL)) WHERE case_id = $1 AND clock = 'first_response'`,
      [c3.id],
    );
    await act(agent, c3.id, 'request_materials', { items: ['作品授权证明'] });
    // 4: shield, answered in time, return visit "not solved" (reopened); unrated.
    const c4 = await file(creator, 'shield');
    await resolve(c4.id, 'shield');
    await t.http.post(`/api/v1/return-visits/${(await visitOf(c4.id)).id}/record`).set(bearer(agent)).send({ outcome: 'not_solved', method: 'phone', note: '问题仍在' }).expect(201);
    await t.db.query(`UPDATE settings SET value = jsonb_set(value, '{returnVisitSamplePercent}', '20') WHERE key = 'dispatch'`);
    // 5: shield, answered in time by the agent, then assigned to a colleague: its figures go with the case.
    const c5 = await file(creator, 'shield');
    await act(agent, c5.id, 'accept');
    await act(agent, c5.id, 'request_materials', { items: ['侵权链接截图'] });
    await act(zoneSupervisor, c5.id, 'assign', { assigneeId: colleague.id });

    const d = await dashboard();
    const agents = d.agents as { id: string; rates: Rates }[];
    const mine = agents.find((a) => a.id === agent.id)!;
    expect(agents.find((a) => a.id === colleague.id)!.rates.response).toEqual({ numerator: 1, denominator: 1, rate: 1 });
    expect(mine.rates).toEqual({
      response: { numerator: 3, denominator: 4, rate: 0.75 },
      solved: { numerator: 1, denominator: 3, rate: 0.3333 },
      satisfied: { numerator: 1, denominator: 2, rate: 0.5 },
    });

    // The zone: recomputed from the raw tables (first-response clocks, return visits, and the ratings:
    // those of the timeline, plus the second ratings after a rectification, minus the voided ones).
    const [raw] = await t.db.query(
      `WITH ratings AS (
         SELECT e.case_id, (e.data->>'level')::int AS level, 1 AS n FROM case_events e WHERE e.data->>'action' = 'rate'
         UNION ALL SELECT r.case_id, r.first_level, -1 FROM rectifications r WHERE r.first_voided
         UNION ALL SELECT r.case_id, r.second_level, 1 FROM rectifications r WHERE r.second_level IS NOT NULL AND NOT r.second_voided
       ), zone_ratings AS (
         SELECT g.level, g.n, NOT EXISTS (SELECT 1 FROM return_visits v WHERE v.case_id = c.id AND v.resolved_at = c.resolved_at) AS verdict
         FROM ratings g JOIN cases c ON c.id = g.case_id WHERE c.zone_id = 'huangpu'
       )
       SELECT
         (SELECT count(*)::int FROM sla_clocks s JOIN cases c ON c.id = s.case_id WHERE c.zone_id = 'huangpu' AND s.clock = 'first_response' AND s.stop_reason = 'met' AND s.stopped_at > now() - interval '30 days') AS responded,
         (SELECT count(*)::int FROM sla_clocks s JOIN cases c ON c.id = s.case_id WHERE c.zone_id = 'huangpu' AND s.clock = 'first_response' AND s.stop_reason = 'met' AND s.breached_at IS NULL AND s.stopped_at > now() - interval '30 days') AS on_time,
         (SELECT count(*)::int FROM return_visits WHERE zone_id = 'huangpu' AND outcome IN ('solved', 'not_solved')) AS visits,
         (SELECT count(*)::int FROM return_visits WHERE zone_id = 'huangpu' AND outcome = 'solved') AS visits_solved,
         (SELECT coalesce(sum(n), 0)::int FROM zone_ratings) AS rated,
         (SELECT coalesce(sum(n), 0)::int FROM zone_ratings WHERE level >= 4) AS satisfied,
         (SELECT coalesce(sum(n), 0)::int FROM zone_ratings WHERE verdict) AS verdict_ratings,
         (SELECT coalesce(sum(n), 0)::int FROM zone_ratings WHERE verdict AND level >= 4) AS verdict_solved`,
    );
    const zone = d.figures.huangpu.rates as Rates;
    expect(zone.response).toMatchObject({ numerator: raw.on_time, denominator: raw.responded });
    expect(zone.solved).toMatchObject({ numerator: raw.visits_solved + raw.verdict_solved, denominator: raw.visits + raw.verdict_ratings });
    expect(zone.satisfied).toMatchObject({ numerator: raw.satisfied, denominator: raw.rated });
    expect(d.figures.all.rates.response.denominator).toBeGreaterThanOrEqual(zone.response.denominator);
    const shield = (d.figures.huangpu.ratesByProgramme as { programme: string; rates: Rates }[]).find((p) => p.programme === 'shield')!;
    expect(shield.rates.solved.denominator).toBeGreaterThanOrEqual(2);

    // A rebuild from the raw tables gives the same rollup, over everything every spec has left in it.
    const { before, after } = await acrossRebuild(['dispatch_rates_rebuild'], [`SELECT * FROM dashboard_rates_daily ORDER BY day, zone_id, programme, assignee_id`]);
    expect(after).toEqual(before);
  });

  it('is zone-scoped, and in the exports and the monthly report', async () => {
    const yp = await t.user('supervisor', { zoneId: 'yangpu' });
    const own = (await t.http.get('/api/v1/dashboard').set(bearer(yp)).expect(200)).body;
    expect(Object.keys(own.figures)).toEqual(['yangpu']);
    expect((own.agents as { id: string }[]).some((a) => a.id === agent.id)).toBe(false);
    await t.http.get('/api/v1/dashboard?zoneId=huangpu').set(bearer(yp)).expect(403);
    const csv = (await t.http.get('/api/v1/dashboard/tables/rates?format=csv').set(bearer(city)).expect(200)).text;
    expect(csv).toContain('响应率');
    expect(csv).toContain('盾牌行动');
    const report = (await t.http.get('/api/v1/dashboard/monthly-report?zoneId=huangpu').set(bearer(city)).expect(200)).body;
    expect(report.figures.rates).toHaveProperty('response');
    expect(report.byProgramme[0].figures.rates).toHaveProperty('solved');
  });
});

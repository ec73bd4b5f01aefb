import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import request from 'supertest';
import { verifyAuditChain } from '@app/audit';
import { WorkingCalendar } from '@app/calendar';
import { dropDatabase } from '../tools/dev-start/local-services';
import { generateBulk } from '../tools/bench/bulk/bulk-generator';
import { FILINGS, openHonourRound } from './support/case-fixtures';
import { specDatabase } from './support/databases';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * The dashboard's figures equal a direct count over the raw tables (case_events, cases,
 * escalations, sla_clocks, rectifications), worked out here independently in TypeScript with the
 * working calendar: on a few thousand cases made by the bulk generator (rollups rebuilt in bulk)
 * plus cases walked through the API just now (rollups kept by the triggers). The run uses a
 * database of its own so that the generated cases do not reach the other test files.
 */

const OPEN = ['submitted', 'accepted', 'in_progress', 'awaiting_creator', 'escalated'];
const CLOCKS = ['accept', 'first_response', 'resolve'];
const OUTCOMES = ['returned', 'resolved', 'escalated_on', 'withdrawn', 'pending'];
const ZONE = 'Asia/Shanghai';

interface Scope {
  zones: string[];
  programme?: string;
  from: string;
  to: string;
  now: Date;
}

const day = (d: Date) => DateTime.fromJSDate(d, { zone: ZONE }).toISODate() as string;
const startOf = (date: string) => DateTime.fromISO(date, { zone: ZONE }).toJSDate();
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
}

/** Everything the dashboard shows, counted from the raw tables. */
class Direct {
  private readonly workingDayNo = new Map<string, number>();

  constructor(
    private readonly db: { query(sql: string, params?: unknown[]): Promise<any[]> },
    private readonly cal: WorkingCalendar,
  ) {
    // Working days counted from 2025-01-01 up to and including each date (the calendar's years).
    let n = 0;
    for (let d = DateTime.fromISO('2025-01-01', { zone: ZONE }); d.year <= 2027; d = d.plus({ days: 1 })) {
      if (cal.isWorkingDay(d.plus({ hours: 12 }).toJSDate())) n++;
      this.workingDayNo.set(d.toISODate()!, n);
    }
  }

  /** Working days after the submission day up to today: 0–1, 2–5, 6–10, more. */
  ageBand(submittedAt: Date, now: Date): number {
    const age = this.workingDayNo.get(day(now))! - this.workingDayNo.get(day(submittedAt))!;
    return age <= 1 ? 0 : age <= 5 ? 1 : age <= 10 ? 2 : 3;
  }

  async figures(s: Scope) {
    const fromTs = startOf(s.from);
    const toTs = DateTime.fromISO(s.to, { zone: ZONE }).plus({ days: 1 }).toJSDate();
    const inRange = (d: Date | null) => d !== null && d >= fromTs && d < toTs;
    const inScope = (r: { zone_id: string; programme: string }) => s.zones.includes(r.zone_id) && (!s.programme || r.programme === s.programme);

    const events: { case_id: string; at: Date; action: string; to: string | null; level: string | null; zone_id: string; programme: string; category: string; platform: string | null; submitted_at: Date; assignee_id: string | null }[] = (
      await this.db.query(
        `SELECT e.case_id, e.at, e.data->>'action' AS action, e.data->>'to' AS to, e.data->>'level' AS level,
           c.zone_id, c.programme, c.category, c.intake->>'platform' AS platform, c.submitted_at, c.assignee_id
         FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.data ? 'action'`,
      )
    ).filter((e) => inScope(e) && inRange(e.at));
    const count = (action: string, extra: (e: (typeof events)[number]) => boolean = () => true) => events.filter((e) => e.action === action && extra(e)).length;
    const submitted = (e: (typeof events)[number]) => e.action !== 'submit' || e.to === 'submitted';

    const days: string[] = [];
    for (let d = DateTime.fromISO(s.from, { zone: ZONE }); d.toISODate()! <= s.to; d = d.plus({ days: 1 })) days.push(d.toISODate()!);
    const series = { submitted: 'submit', accepted: 'accept', rejected: 'reject', resolved: 'resolve', withdrawn: 'withdraw' };
    const trend: Record<string, number[]> = Object.fromEntries(Object.keys(series).map((k) => [k, days.map(() => 0)]));
    const dayIndex = new Map(days.map((d, i) => [d, i]));
    for (const e of events) {
      const name = Object.entries(series).find(([, action]) => action === e.action)?.[0];
      if (name && submitted(e)) trend[name][dayIndex.get(day(e.at))!] += 1;
    }

    const cases: { id: string; zone_id: string; programme: string; category: string; status: string; submitted_at: Date | null; assignee_id: string | null }[] = (
      await this.db.query(`SELECT id, zone_id, programme, category, status, submitted_at, assignee_id FROM cases`)
    ).filter(inScope);
    const open = cases.filter((c) => OPEN.includes(c.status));
    const bands = open.map((c) => ({ c, band: this.ageBand(c.submitted_at!, s.now) }));
    const matrix = OPEN.map((status) => [0, 1, 2, 3].map((band) => bands.filter((x) => x.c.status === status && x.band === band).length));

    const clocks: { case_id: string; clock: string; stop_reason: string | null; stopped_at: Date | null; breached_at: Date | null; due_at: Date | null; warn_at: Date | null; zone_id: string; programme: string }[] = (
      await this.db.query(`SELECT s.case_id, s.clock, s.stop_reason, s.stopped_at, s.breached_at, s.due_at, s.warn_at, c.zone_id, c.programme FROM sla_clocks s JOIN cases c ON c.id = s.case_id`)
    ).filter(inScope);
    const running = clocks.filter((c) => c.stopped_at === null);
    const overdue = (c: (typeof clocks)[number]) => c.breached_at !== null || (c.due_at !== null && c.due_at <= s.now);
    const overdueCases = new Set(running.filter(overdue).map((c) => c.case_id));
    // A paused clock (waiting for the creator) has no deadline: neither overdue nor due soon.
    const dueSoonCases = new Set(
      running.filter((c) => !overdue(c) && c.warn_at !== null && c.warn_at <= s.now && c.due_at !== null && c.due_at > s.now && !overdueCases.has(c.case_id)).map((c) => c.case_id),
    );
    const sla = CLOCKS.map((clock) => {
      const met = clocks.filter((c) => c.clock === clock && c.stop_reason === 'met' && inRange(c.stopped_at));
      const onTime = met.filter((c) => c.breached_at === null).length;
      const late = met.length - onTime;
      const overdueOpen = running.filter((c) => c.clock === clock && overdue(c) && inRange(c.breached_at ?? c.due_at)).length;
      return { clock, onTime, late, overdueOpen, rate: rate(onTime, onTime + late + overdueOpen) };
    });

    const escalations: { id: string; case_id: string; authority_id: string; automatic: boolean; escalated_at: Date; acknowledged_at: Date | null; ended_at: Date | null; outcome: string | null; zone_id: string; programme: string }[] = (
      await this.db.query(`SELECT e.id, e.case_id, e.authority_id, e.automatic, e.escalated_at, e.acknowledged_at, e.ended_at, e.outcome, c.zone_id, c.programme FROM escalations e JOIN cases c ON c.id = e.case_id`)
    ).filter((e) => inScope(e) && inRange(e.escalated_at));
    const working = (a: Date, b: Date | null) => (b === null ? null : this.cal.workingTimeBetween(a, b));
    const taken = (list: typeof escalations) =>
      percentile(list.filter((e) => ['returned', 'resolved', 'escalated_on'].includes(e.outcome ?? '')).map((e) => working(e.escalated_at, e.ended_at)!), 0.5);
    const accepted = count('accept');
    // A case counts in the period of its first escalation (earliest escalated_at, then id).
    const firsts = new Map<string, { escalated_at: Date; id: string }>();
    for (const e of (await this.db.query(`SELECT id, case_id, escalated_at FROM escalations`)) as { id: string; case_id: string; escalated_at: Date }[]) {
      const f = firsts.get(e.case_id);
      if (!f || e.escalated_at < f.escalated_at || (e.escalated_at.getTime() === f.escalated_at.getTime() && e.id < f.id)) firsts.set(e.case_id, e);
    }
    const escalatedCases = escalations.filter((e) => firsts.get(e.case_id)?.id === e.id).length;

    const resolutions = events.filter((e) => e.action === 'resolve');
    const handling = resolutions.map((e) => working(e.submitted_at, e.at)!);
    const dueOf = new Map(clocks.filter((c) => c.clock === 'resolve').map((c) => [c.case_id, c.due_at]));

    const levels = [5, 4, 3, 2, 1].map((level) => count('rate', (e) => e.level === String(level)));
    const rated = levels.reduce((a, b) => a + b, 0);
    const reviews: { zone_id: string; programme: string }[] = (
      await this.db.query(`SELECT r.zone_id, c.programme FROM rectifications r JOIN cases c ON c.id = r.case_id WHERE r.status IN ('contacting', 'rectifying')`)
    ).filter(inScope);

    const shieldEvents = events.filter((e) => e.programme === 'shield');
    const byCategory = (category: string) => ({
      submitted: shieldEvents.filter((e) => e.category === category && e.action === 'submit' && e.to === 'submitted').length,
      resolved: shieldEvents.filter((e) => e.category === category && e.action === 'resolve').length,
      open: open.filter((c) => c.programme === 'shield' && c.category === category).length,
    });
    const byPlatform = (platform: string) => ({
      submitted: shieldEvents.filter((e) => e.platform === platform && e.action === 'submit' && e.to === 'submitted').length,
      resolved: shieldEvents.filter((e) => e.platform === platform && e.action === 'resolve').length,
    });

    const agentIds = new Set([...open.map((c) => c.assignee_id), ...resolutions.map((e) => e.assignee_id)].filter((x): x is string => !!x));
    const agents = new Map(
      [...agentIds].map((id) => {
        const mine = resolutions.filter((e) => e.assignee_id === id);
        const withDue = mine.filter((e) => dueOf.get(e.case_id));
        const times = mine.map((e) => working(e.submitted_at, e.at)!);
        return [
          id,
          {
            open: open.filter((c) => c.assignee_id === id).length,
            resolved: mine.length,
            meanHandlingMs: times.length ? times.reduce((x, y) => x + y, 0) / times.length : null,
            onTimeRate: rate(withDue.filter((e) => e.at <= dueOf.get(e.case_id)!).length, withDue.length),
          },
        ];
      }),
    );

    return {
      counts: {
        submitted: count('submit', submitted),
        accepted,
        rejected: count('reject'),
        resolved: count('resolve'),
        reopened: count('reopen'),
        withdrawn: count('withdraw'),
        escalated: count('escalate'),
      },
      trend,
      backlog: { total: open.length, matrix },
      sla: { clocks: sla, overdueNow: overdueCases.size, dueSoonNow: dueSoonCases.size },
      escalations: {
        count: escalations.length,
        automatic: escalations.filter((e) => e.automatic).length,
        cases: escalatedCases,
        rate: rate(escalatedCases, accepted),
        byAuthority: Object.fromEntries(
          [...new Set(escalations.map((e) => e.authority_id))].map((a) => [a, { count: escalations.filter((e) => e.authority_id === a).length, medianTakenMs: taken(escalations.filter((e) => e.authority_id === a)) }]),
        ),
        byOutcome: OUTCOMES.map((o) => escalations.filter((e) => (e.outcome ?? 'pending') === o).length),
        medianAcknowledgeMs: percentile(escalations.filter((e) => e.acknowledged_at).map((e) => working(e.escalated_at, e.acknowledged_at)!), 0.5),
        medianTakenMs: taken(escalations),
      },
      handling: {
        resolved: resolutions.length,
        measured: handling.length,
        meanMs: handling.length ? handling.reduce((a, b) => a + b, 0) / handling.length : null,
        medianMs: percentile(handling, 0.5),
        p90Ms: percentile(handling, 0.9),
      },
      satisfaction: { rated, levels, goodRate: rate(levels[0] + levels[1], rated), openBadReviews: reviews.length },
      shield: {
        categories: Object.fromEntries(['extortion', 'defamation', 'smear', 'cyberviolence', 'impersonation', 'doxxing', 'other'].map((c) => [c, byCategory(c)])),
        platforms: Object.fromEntries(['douyin', 'bilibili', 'weibo', 'xiaohongshu', 'kuaishou', 'wechat_channels', 'zhihu', 'other'].map((p) => [p, byPlatform(p)])),
      },
      agents,
    };
  }
}

/** Milliseconds computed by PostgreSQL (percentile_cont over µs timestamps) may differ from JS by one. */
function expectMs(actual: number | null, expected: number | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1);
}

describe('dashboard (e2e): figures equal a direct count over the raw tables', () => {
  let t: TestApp;
  let owner: Client;
  let direct: Direct;
  let city: TestUser;
  let huangpu: TestUser;
  let yangpu: TestUser;
  let databaseUrl: string;
  const previousUrl = process.env.DATABASE_URL;
  const server = process.env.TEST_DATABASE_SERVER as string;
  const database = `${process.env.TEST_DATABASE_NAME}_dashboard`;
  let generated: Awaited<ReturnType<typeof generateBulk>>;

  beforeAll(async () => {
    const urls = await specDatabase(database);
    databaseUrl = urls.ownerUrl;
    generated = await generateBulk({ databaseUrl: urls.superuserUrl, auditKey: process.env.AUDIT_HMAC_KEY!, cases: 3000, agentsPerZone: 4, vacuum: false });
    process.env.DATABASE_URL = urls.appUrl;
    t = await TestApp.start();
    await openHonourRound(t);
    owner = new Client({ connectionString: databaseUrl });
    await owner.connect();
    const years = (await owner.query(`SELECT year, holidays::text[] AS holidays, makeup_workdays::text[] AS makeup_workdays, source FROM holiday_years ORDER BY year`)).rows;
    direct = new Direct(t.db, new WorkingCalendar(years.map((y) => ({ year: y.year, holidays: y.holidays, makeupWorkdays: y.makeup_workdays, source: y.source }))));
    city = await t.user('supervisor', { zoneId: null });
    huangpu = await t.user('supervisor', { zoneId: 'huangpu' });
    yangpu = await t.user('supervisor', { zoneId: 'yangpu' });
    await walkCasesThroughTheApi();
  }, 120_000);

  afterAll(async () => {
    await owner?.end();
    await t?.close();
    process.env.DATABASE_URL = previousUrl;
    if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(server, database);
  });

  /** Today's cases through the real services, so the triggers (not the bulk rebuild) count them. */
  async function walkCasesThroughTheApi() {
    const creator = await t.user('creator');
    const hpAgent = await t.user('agent', { zoneId: 'huangpu' });
    const ypAgent = await t.user('agent', { zoneId: 'yangpu' });
    const officer = await t.user('cac_officer', { authorityId: 'cac_huangpu' });
    const post = async (u: TestUser, url: string, body: object) => {
      const res = await t.http.post(url).set(bearer(u)).send(body);
      if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const act = (u: TestUser, c: { id: string; version: number }, action: string, body: object = {}) => post(u, `/api/v1/cases/${c.id}/actions/${action}`, { version: c.version, ...body });

    let a = await post(creator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
    a = await act(hpAgent, a, 'accept');
    a = await act(hpAgent, a, 'start');
    a = await act(hpAgent, a, 'resolve', { outcome: 'mediated', summary: '已调解' });
    await act(creator, a, 'rate', { level: 1, comment: '太慢了' });

    const b = await post(creator, '/api/v1/cases', { ...FILINGS.compliance, zoneId: 'yangpu' });
    await act(ypAgent, b, 'reject', { reason: '不属于受理范围' });

    const c = await post(creator, '/api/v1/cases', { ...FILINGS.starlight, zoneId: 'huangpu' });
    await act(creator, c, 'withdraw', { reason: '暂不需要' });

    let d = await post(creator, '/api/v1/cases', { ...FILINGS.legislation, zoneId: 'huangpu' });
    d = await act(hpAgent, d, 'accept');
    d = await act(hpAgent, d, 'start');
    d = await act(hpAgent, d, 'escalate', { reason: '需网信办研究' });
    d = await act(officer, d, 'acknowledge');
    await act(officer, d, 'return', { instructions: '请补充材料后继续办理' });

    await post(creator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'yangpu' });

    let e = await post(creator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
    e = await act(hpAgent, e, 'accept');
    e = await act(hpAgent, e, 'start');
    e = await act(hpAgent, e, 'escalate', { reason: '需属地网信办处置' });
    await act(officer, e, 'acknowledge');

    let g = await post(creator, '/api/v1/cases', { ...FILINGS.shield, zoneId: 'huangpu' });
    g = await act(hpAgent, g, 'accept');
    g = await act(hpAgent, g, 'start');
    g = await act(hpAgent, g, 'escalate', { reason: '需属地网信办处置' });
    g = await act(officer, g, 'acknowledge');
    await act(officer, g, 'resolve', { outcome: 'takedown_done', summary: '已督促平台删除侵权评论' });

    const f = await post(creator, '/api/v1/cases', { ...FILINGS.compliance, zoneId: 'huangpu' });
    await act(hpAgent, f, 'request_materials', { items: ['产品说明'] });
  }

  async function compare(user: TestUser, query: Record<string, string>, zones: string[]) {
    const res = await t.http.get('/api/v1/dashboard').query(query).set(bearer(user)).expect(200);
    const body = res.body;
    const now = new Date(body.asOf);
    const columns: { key: string; zoneId: string | null }[] = body.columns;
    for (const column of columns) {
      const f = body.figures[column.key];
      const want = await direct.figures({ zones: column.zoneId ? [column.zoneId] : zones, programme: query.programme, from: body.range.from, to: body.range.to, now });
      expect(f.counts).toEqual(want.counts);
      expect(body.trend.series[column.key]).toEqual(want.trend);
      expect(f.backlog.total).toBe(want.backlog.total);
      expect(f.backlog.matrix.map((r: { bands: number[] }) => r.bands)).toEqual(want.backlog.matrix);
      expect(f.sla.clocks.map(({ clock, onTime, late, overdueOpen, rate: r }: Record<string, unknown>) => ({ clock, onTime, late, overdueOpen, rate: r }))).toEqual(want.sla.clocks);
      expect(f.sla.overdueNow).toBe(want.sla.overdueNow);
      expect(f.sla.dueSoonNow).toBe(want.sla.dueSoonNow);
      const e = f.escalations;
      expect({ count: e.count, automatic: e.automatic, cases: e.cases, rate: e.rate }).toEqual({
        count: want.escalations.count,
        automatic: want.escalations.automatic,
        cases: want.escalations.cases,
        rate: want.escalations.rate,
      });
      expect(e.byOutcome.map((o: { count: number }) => o.count)).toEqual(want.escalations.byOutcome);
      expect(Object.fromEntries(e.byAuthority.map((a: { authorityId: string; count: number }) => [a.authorityId, a.count]))).toEqual(
        Object.fromEntries(Object.entries(want.escalations.byAuthority).map(([k, v]) => [k, v.count])),
      );
      for (const a of e.byAuthority) expectMs(a.medianTakenMs, want.escalations.byAuthority[a.authorityId].medianTakenMs);
      expectMs(e.medianAcknowledgeMs, want.escalations.medianAcknowledgeMs);
      expectMs(e.medianTakenMs, want.escalations.medianTakenMs);
      expect(f.handling.resolved).toBe(want.handling.resolved);
      expect(f.handling.measured).toBe(want.handling.measured);
      expectMs(f.handling.meanMs, want.handling.meanMs);
      expectMs(f.handling.medianMs, want.handling.medianMs);
      expectMs(f.handling.p90Ms, want.handling.p90Ms);
      expect(f.satisfaction.levels.map((l: { count: number }) => l.count)).toEqual(want.satisfaction.levels);
      expect(f.satisfaction.rated).toBe(want.satisfaction.rated);
      expect(f.satisfaction.goodRate).toBe(want.satisfaction.goodRate);
      expect(f.satisfaction.openBadReviews).toBe(want.satisfaction.openBadReviews);
      for (const c of f.shield.byCategory) expect({ submitted: c.submitted, resolved: c.resolved, open: c.open }).toEqual(want.shield.categories[c.category]);
      for (const p of f.shield.byPlatform) expect({ submitted: p.submitted, resolved: p.resolved }).toEqual(want.shield.platforms[p.platform]);
      if (column.zoneId) {
        for (const agent of body.agents.filter((a: { zoneId: string }) => a.zoneId === column.zoneId)) {
          const { meanHandlingMs, ...w } = want.agents.get(agent.id) ?? { open: 0, resolved: 0, meanHandlingMs: null, onTimeRate: null };
          expect({ id: agent.id, open: agent.open, resolved: agent.resolved, onTimeRate: agent.onTimeRate }).toEqual({ id: agent.id, ...w });
          expectMs(agent.meanHandlingMs, meanHandlingMs);
        }
      }
    }
    return body;
  }

  it('generated realistic data with a valid audit chain', async () => {
    expect(generated.cases).toBe(3000);
    expect(generated.events).toBeGreaterThan(15_000);
    expect(generated.escalations).toBeGreaterThan(100);
    const statuses = (await owner.query(`SELECT DISTINCT status FROM cases`)).rows.map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining(['draft', 'submitted', 'in_progress', 'awaiting_creator', 'escalated', 'resolved', 'closed', 'rejected', 'withdrawn']));
    const chain = await verifyAuditChain({ query: (sql: string, params?: unknown[]) => owner.query(sql, params).then((r) => r.rows) }, { key: process.env.AUDIT_HMAC_KEY! });
    expect(chain).toMatchObject({ ok: true, problemCount: 0 });
    expect(chain.checked).toBeGreaterThanOrEqual(generated.auditEvents);
  });

  it('city-wide, last 30 days: both zones side by side and together, every figure as counted directly', async () => {
    const body = await compare(city, {}, ['huangpu', 'yangpu']);
    expect(body.columns.map((c: { key: string }) => c.key)).toEqual(['all', 'huangpu', 'yangpu']);
    expect(body.figures.all.counts.submitted).toBe(body.figures.huangpu.counts.submitted + body.figures.yangpu.counts.submitted);
    expect(body.figures.all.counts.submitted).toBeGreaterThan(0);
    expect(body.overdue.total).toBe(body.figures.all.sla.overdueNow);
  });

  it('环比: the previous period of the same length, every period figure as counted directly', async () => {
    const body = (await t.http.get('/api/v1/dashboard').query({ from: '2026-10-01', to: '2026-10-20' }).set(bearer(city)).expect(200)).body;
    expect(body.previous.range).toEqual({ from: '2026-09-11', to: '2026-09-30', days: 20 });
    for (const column of body.columns as { key: string; zoneId: string | null }[]) {
      const was = body.previous.figures[column.key];
      const want = await direct.figures({ zones: column.zoneId ? [column.zoneId] : ['huangpu', 'yangpu'], from: '2026-09-11', to: '2026-09-30', now: new Date(body.asOf) });
      expect(was.counts).toEqual(want.counts);
      expect(was.sla.clocks.map(({ clock, onTime, late, overdueOpen, rate: r }: Record<string, unknown>) => ({ clock, onTime, late, overdueOpen, rate: r }))).toEqual(want.sla.clocks);
      expect(was.satisfaction.goodRate).toBe(want.satisfaction.goodRate);
      expect(was.escalations.rate).toBe(want.escalations.rate);
      // Only the period figures: the live ones have no previous period.
      expect(Object.keys(was).sort()).toEqual(['counts', 'escalations', 'satisfaction', 'sla']);
    }
    expect(body.previous.figures.all.counts.submitted).toBeGreaterThan(0);
  });

  it('city-wide over the whole generated period (two years), and for one programme', async () => {
    const from = '2025-01-01';
    await compare(city, { from, to: day(new Date()) }, ['huangpu', 'yangpu']);
    await compare(city, { from, to: day(new Date()), programme: 'shield' }, ['huangpu', 'yangpu']);
  });

  it('a zone supervisor sees their zone only, and is refused the other one', async () => {
    const body = await compare(yangpu, { from: DateTime.now().setZone(ZONE).minus({ days: 120 }).toISODate()! }, ['yangpu']);
    expect(body.columns).toEqual([{ key: 'yangpu', zoneId: 'yangpu', name: '杨浦区集聚区' }]);
    expect(body.agents.every((a: { zoneId: string }) => a.zoneId === 'yangpu')).toBe(true);
    expect(body.overdue.items.every((i: { zoneId: string }) => i.zoneId === 'yangpu')).toBe(true);
    const refused = await t.http.get('/api/v1/dashboard').query({ zoneId: 'huangpu' }).set(bearer(yangpu)).expect(403);
    expect(refused.body.code).toBe('dashboard.zone_forbidden');
    await compare(city, { zoneId: 'huangpu', programme: 'legislation' }, ['huangpu']);
  });

  it('keeps the rollups equal to a rebuild from the raw tables after live changes', async () => {
    const snapshot = async () => ({
      daily: (await owner.query(`SELECT * FROM dashboard_daily WHERE (submitted, accepted, rejected, resolved, reopened, withdrawn, escalated, rated_1, rated_2, rated_3, rated_4, rated_5) <> (0,0,0,0,0,0,0,0,0,0,0,0) ORDER BY 1, 2, 3, 4, 5`)).rows,
      resolutions: (await owner.query(`SELECT event_id, case_id, zone_id, programme, assignee_id, handling_ms, bucket, due_at FROM dashboard_resolutions ORDER BY event_id`)).rows,
      sla: (await owner.query(`SELECT * FROM dashboard_sla_daily WHERE (met_on_time, met_late) <> (0, 0) ORDER BY 1, 2, 3, 4`)).rows,
      handling: (await owner.query(`SELECT * FROM dashboard_handling_daily WHERE resolutions <> 0 ORDER BY 1, 2, 3, 4`)).rows,
      agents: (await owner.query(`SELECT * FROM dashboard_agent_daily WHERE resolved <> 0 ORDER BY 1, 2, 3, 4`)).rows,
      escalations: (await owner.query(`SELECT * FROM dashboard_escalations ORDER BY escalation_id`)).rows,
    });
    const live = await snapshot();
    await owner.query(`SELECT dashboard_rebuild()`);
    expect(await snapshot()).toEqual(live);
  });

  it('writers never take the audit chain head: a case moves and is audited while a linker holds the head', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const filed = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    const linker = new Client({ connectionString: databaseUrl });
    await linker.connect();
    try {
      await linker.query('BEGIN');
      await linker.query('SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
      // Timeline insert (rollup rows) and audit event, while the head is held: neither waits for it.
      const accepted = await t.http.post(`/api/v1/cases/${filed.id}/actions/accept`).set(bearer(agent)).send({ version: filed.version }).timeout(5000).expect(201);
      expect(accepted.body.status).toBe('accepted');
      const [event] = (await owner.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [filed.id])).rows;
      expect(event.action).toBe('case.accept');
    } finally {
      await linker.query('ROLLBACK');
      await linker.end();
    }
    expect(await t.verifyAudit()).toMatchObject({ ok: true, unlinked: { count: 0 } });
  });

  it('validates the range', async () => {
    await t.http.get('/api/v1/dashboard').query({ from: '2026-02-30' }).set(bearer(city)).expect(400);
    await t.http.get('/api/v1/dashboard').query({ from: '2026-05-01', to: '2026-04-01' }).set(bearer(city)).expect(400);
    await t.http.get('/api/v1/dashboard').query({ from: '2020-01-01', to: '2026-01-01' }).set(bearer(city)).expect(400);
    await t.http.get('/api/v1/dashboard').query({ programme: 'unknown' }).set(bearer(city)).expect(400);
  });

  it('exports each table as CSV and XLSX with Chinese headers, and the filtered case list', async () => {
    const csv = await t.http.get('/api/v1/dashboard/tables/sla').query({ format: 'csv' }).set(bearer(huangpu)).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('集聚区,时限,按期,超期办结,超期未办结,按期率');
    expect(lines).toHaveLength(4);

    for (const table of ['trend', 'summary', 'backlog', 'overdue', 'due-soon', 'escalations-by-authority', 'escalations-by-outcome', 'handling', 'satisfaction', 'agents', 'shield-categories', 'shield-platforms']) {
      const res = await t.http.get(`/api/v1/dashboard/tables/${table}`).query({ format: 'xlsx' }).set(bearer(city)).buffer(true).parse(binary).expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body);
      const sheet = book.worksheets[0];
      expect(sheet.getRow(1).getCell(1).value).toBeTruthy();
      expect(String(sheet.getRow(1).values)).toMatch(/[\u4e00-\u9fa5]/);
    }

    const list = await t.http.get('/api/v1/dashboard/case-export').query({ format: 'xlsx', status: 'escalated,awaiting_creator', programme: 'shield' }).set(bearer(huangpu)).buffer(true).parse(binary).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(list.body);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean).length - 1;
    const [{ n }] = (await owner.query(`SELECT count(*)::int AS n FROM cases WHERE zone_id = 'huangpu' AND programme = 'shield' AND status IN ('escalated', 'awaiting_creator')`)).rows;
    expect(rows).toBe(n);
    const header = book.worksheets[0].getRow(1).values as string[];
    expect(header).toContain('案件编号');

    const tooMany = await t.http.get('/api/v1/dashboard/case-export').query({ q: 'zzz-nothing' }).set(bearer(yangpu)).expect(200);
    expect(tooMany.text.slice(1).trim().split('\r\n')).toHaveLength(1);
  });

  it('builds the printable monthly report of a zone', async () => {
    const month = DateTime.now().setZone(ZONE).minus({ months: 1 }).toFormat('yyyy-MM');
    const res = await t.http.get('/api/v1/dashboard/monthly-report').query({ month, zoneId: 'yangpu' }).set(bearer(city)).expect(200);
    expect(res.body.title).toContain('杨浦区集聚区');
    expect(res.body.range.from).toBe(`${month}-01`);
    expect(res.body.byProgramme.map((p: { programme: string }) => p.programme)).toEqual(['starlight', 'shield', 'compliance', 'legislation']);
    const sum = res.body.byProgramme.reduce((n: number, p: { figures: { counts: { submitted: number } } }) => n + p.figures.counts.submitted, 0);
    expect(sum).toBe(res.body.figures.counts.submitted);
    const want = await direct.figures({ zones: ['yangpu'], from: res.body.range.from, to: res.body.range.to, now: new Date() });
    expect(res.body.figures.counts).toEqual(want.counts);
    await t.http.get('/api/v1/dashboard/monthly-report').query({ month }).set(bearer(city)).expect(400);
    await t.http.get('/api/v1/dashboard/monthly-report').query({ month, zoneId: 'huangpu' }).set(bearer(yangpu)).expect(403);
    const own = await t.http.get('/api/v1/dashboard/monthly-report').query({ month }).set(bearer(yangpu)).expect(200);
    expect(own.body.zone.id).toBe('yangpu');
  });
});

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void) {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

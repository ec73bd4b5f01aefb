import { Actor, AppError } from '@app/common';
import type { Tx } from '@app/database';
import type { ZonesService } from '@app/zones';
import type { CaseExportRepository } from './case-export.repository';
import type { DashboardRepository } from './dashboard.repository';
import type { RatesRepository } from './rates.repository';
import type { MetricScope } from './dashboard-rows';
import { DashboardService } from './dashboard.service';

const NOW = new Date('2026-11-26T07:00:00Z');
const city: Actor = { userId: 'u-city', role: 'supervisor', zoneId: null, authorityId: null };
const huangpu: Actor = { userId: 'u-hp', role: 'supervisor', zoneId: 'huangpu', authorityId: null };

const dayRow = (zone: string, day: string, submitted: number, resolved = 0) => ({
  set: 'day' as const, day, zone_id: zone, programme: null, category: null, platform: null,
  submitted, accepted: submitted, rejected: 0, resolved, reopened: 0, withdrawn: 0, escalated: 0, rated_1: 1, rated_2: 0, rated_3: 0, rated_4: 1, rated_5: 0,
});

/** A repository that answers from fixed rows and records the scopes it was asked for. */
function fakeRepository() {
  const scopes: MetricScope[] = [];
  const handlingValues = jest.fn(async (_s: MetricScope, lookups: { zones: string[]; bucket: number; offset: number }[]) =>
    // The value at (bucket, offset) is bucket * 1000 + offset: easy to predict.
    lookups.map((l) => l.bucket * 1000 + l.offset),
  );
  const repo = {
    beginSnapshot: jest.fn(async () => undefined),
    daily: jest.fn(async (s: MetricScope) => {
      scopes.push(s);
      return [dayRow('huangpu', '2026-11-25', 3, 2), dayRow('yangpu', '2026-11-26', 4, 1)].filter((r) => s.zoneIds.includes(r.zone_id));
    }),
    backlog: jest.fn(async () => [
      { set: 'age', zone_id: 'huangpu', status: 'in_progress', band: 0, programme: null, category: null, assignee_id: null, count: 5 },
      { set: 'age', zone_id: 'huangpu', status: 'submitted', band: 3, programme: null, category: null, assignee_id: null, count: 2 },
      { set: 'agent', zone_id: 'huangpu', status: null, band: null, programme: null, category: null, assignee_id: 'a1', count: 5 },
      { set: 'agent', zone_id: 'huangpu', status: null, band: null, programme: null, category: null, assignee_id: null, count: 2 },
    ]),
    // huangpu: 3 measured values in bucket 10 and 1 in bucket 20, one not measurable; yangpu: 1 in bucket 15.
    handlingHistogram: jest.fn(async () => [
      { zone_id: 'huangpu', bucket: 10, resolutions: 3, handling_sum_ms: 30_000 },
      { zone_id: 'huangpu', bucket: 20, resolutions: 1, handling_sum_ms: 20_000 },
      { zone_id: 'huangpu', bucket: -1, resolutions: 1, handling_sum_ms: 0 },
      { zone_id: 'yangpu', bucket: 15, resolutions: 1, handling_sum_ms: 15_000 },
    ]),
    handlingValues,
    agentResolutions: jest.fn(async () => [{ zone_id: 'huangpu', assignee_id: 'a1', resolved: 4, with_due: 4, on_time: 3, measured: 4, handling_sum_ms: 40_000 }]),
    slaConcluded: jest.fn(async () => [{ zone_id: 'huangpu', clock: 'resolve', on_time: 8, late: 1 }]),
    slaOpen: jest.fn(async () => ({ clocks: [{ zone_id: 'huangpu', clock: 'resolve', overdue_in_range: 1 }], cases: [{ zone_id: 'huangpu', overdue_now: 2, due_soon_now: 3 }] })),
    slaList: jest.fn(async () => []),
    escalations: jest.fn(async () => ({
      counts: [
        { zone_id: 'huangpu', authority_id: 'cac_huangpu', outcome: 'resolved', automatic: false, count: 2, first: 2 },
        { zone_id: 'huangpu', authority_id: 'cac_city', outcome: 'pending', automatic: false, count: 1, first: 0 },
      ],
      buckets: [
        { zone_id: 'huangpu', authority_id: 'cac_huangpu', measure: 'taken' as const, bucket: 30, escalations: 2 },
        { zone_id: 'huangpu', authority_id: 'cac_huangpu', measure: 'ack' as const, bucket: 5, escalations: 2 },
      ],
    })),
    escalationValues: jest.fn(async (_s: MetricScope, lookups: { bucket: number; offset: number }[]) => lookups.map((l) => l.bucket * 100 + l.offset)),
    openReviews: jest.fn(async () => [{ zone_id: 'huangpu', count: 1 }]),
    agents: jest.fn(async () => [{ id: 'a1', display_name: '李专员', zone_id: 'huangpu', active: true }]),
  };
  return { repo, scopes };
}

function service() {
  const { repo, scopes } = fakeRepository();
  /** The transaction host: records the options of each transaction and which repository calls ran inside one. */
  const inside: string[] = [];
  let open = false;
  const txHost = {
    withTransaction: jest.fn(async (_options: unknown, fn: () => Promise<unknown>) => {
      open = true;
      try {
        return await fn();
      } finally {
        open = false;
      }
    }),
  };
  for (const [name, fn] of Object.entries(repo)) {
    (repo as Record<string, unknown>)[name] = jest.fn(async (...args: unknown[]) => {
      if (open) inside.push(name);
      return (fn as (...a: unknown[]) => unknown)(...args);
    });
  }
  const zones = {
    listZones: async () => [
      { id: 'huangpu', name: '黄浦区集聚区', code: 'HP', authorityId: 'cac_huangpu', active: true },
      { id: 'yangpu', name: '杨浦区集聚区', code: 'YP', authorityId: 'cac_yangpu', active: true },
    ],
    listAuthorities: async () => [
      { id: 'cac_huangpu', name: '黄浦区委网信办', level: 'district', parentId: 'cac_city' },
      { id: 'cac_city', name: '市委网信办', level: 'city', parentId: null },
    ],
  };
  const svc = new DashboardService(txHost as unknown as Tx, repo as unknown as DashboardRepository, {} as CaseExportRepository, { rates: async () => [] } as unknown as RatesRepository, zones as unknown as ZonesService);
  return { svc, repo, scopes, txHost, inside };
}

const none = { numerator: 0, denominator: 0, rate: null };
const NO_RATES = { response: none, solved: none, satisfied: none };

describe('DashboardService', () => {
  it('shows a city-wide supervisor every zone side by side, and the zones together', async () => {
    const { svc, scopes } = service();
    const d = await svc.dashboard(city, {}, NOW);
    expect(d.columns.map((c) => c.key)).toEqual(['all', 'huangpu', 'yangpu']);
    expect(scopes[0]).toMatchObject({ zoneIds: ['huangpu', 'yangpu'], withAll: true, programme: null });
    expect(d.figures.all.counts.submitted).toBe(7);
    expect(d.figures.huangpu.counts.submitted).toBe(3);
    expect(d.trend.days).toHaveLength(30);
    expect(d.trend.series.all.submitted.slice(-2)).toEqual([3, 4]);
  });

  it('keeps a zone supervisor to their zone and refuses another', async () => {
    const { svc, scopes } = service();
    const d = await svc.dashboard(huangpu, {}, NOW);
    expect(d.columns).toEqual([{ key: 'huangpu', zoneId: 'huangpu', name: '黄浦区集聚区' }]);
    expect(scopes[0]).toMatchObject({ zoneIds: ['huangpu'], withAll: false });
    await expect(svc.dashboard(huangpu, { zoneId: 'yangpu' }, NOW)).rejects.toMatchObject({ kind: 'forbidden', code: 'dashboard.zone_forbidden' });
    await expect(svc.dashboard(city, { zoneId: 'nowhere' }, NOW)).rejects.toMatchObject({ kind: 'validation' });
    await expect(svc.dashboard({ ...huangpu, role: 'agent' }, {}, NOW)).rejects.toBeInstanceOf(AppError);
  });

  it('computes exact percentiles by reading only the ranks they need, in one round trip per period', async () => {
    const { svc, repo } = service();
    const d = await svc.dashboard(city, {}, NOW);
    // huangpu measured values: bucket 10 offsets 0..2 → 10000, 10001, 10002; bucket 20 offset 0 → 20000.
    // Median of 4 = (10001 + 10002) / 2; p90: position 2.7 → 10002 + 0.7 * (20000 - 10002).
    expect(d.figures.huangpu.handling).toEqual({ resolved: 5, measured: 4, meanMs: 12500, medianMs: 10002, p90Ms: Math.round(10002 + 0.7 * 9998) });
    expect(d.figures.yangpu.handling).toMatchObject({ measured: 1, medianMs: 15000, p90Ms: 15000 });
    // Handling times for the range only: 环比 compares the previous period's counts, time limits,
    // ratings and escalations, so its live and per-agent figures are not read again.
    expect(repo.handlingValues).toHaveBeenCalledTimes(1);
    expect(repo.backlog).toHaveBeenCalledTimes(1);
    expect(repo.agents).toHaveBeenCalledTimes(1);
    expect(repo.daily.mock.calls.map((c: { range: { days: number } }[]) => c[0].range.days)).toEqual([30, 30]);
    expect(d.previous.range).toEqual({ from: expect.any(String), to: expect.any(String), days: 30 });
  });

  it('adds counts across zones and takes rates, escalations and agents from their rows', async () => {
    const { svc } = service();
    const d = await svc.dashboard(city, {}, NOW);
    const f = d.figures.huangpu;
    expect(f.sla.clocks.find((c) => c.clock === 'resolve')).toMatchObject({ onTime: 8, late: 1, overdueOpen: 1, rate: 0.8 });
    expect(f.backlog).toMatchObject({ total: 7, unassigned: 2 });
    expect(f.backlog.matrix.find((r) => r.status === 'submitted')?.bands).toEqual([0, 0, 0, 2]);
    // taken: bucket 30 holds 3000 and 3001, the median lies between them; likewise acknowledgement.
    expect(f.escalations).toMatchObject({ count: 3, cases: 2, rate: 0.6667, medianTakenMs: 3001, medianAcknowledgeMs: 501 });
    expect(f.escalations.byAuthority[0]).toMatchObject({ authorityId: 'cac_huangpu', name: '黄浦区委网信办', count: 2, medianTakenMs: 3001 });
    expect(f.escalations.byOutcome.find((o) => o.outcome === 'pending')?.count).toBe(1);
    expect(f.satisfaction).toMatchObject({ rated: 2, goodRate: 0.5, bad: 1, openBadReviews: 1 });
    expect(d.agents).toEqual([{ id: 'a1', displayName: '李专员', zoneId: 'huangpu', active: true, open: 5, resolved: 4, meanHandlingMs: 10000, onTimeRate: 0.75, rates: NO_RATES }]);
    expect(d.overdue.total).toBe(2);
    expect(d.figures.yangpu.sla.clocks.every((c) => c.rate === null)).toBe(true);
  });

  it('reads everything in one read-only REPEATABLE READ snapshot, begun before the first read', async () => {
    const { svc, txHost, inside } = service();
    await svc.dashboard(city, {}, NOW);
    expect(txHost.withTransaction).toHaveBeenCalledTimes(1);
    expect(txHost.withTransaction.mock.calls[0][0]).toEqual({ isolationLevel: 'REPEATABLE READ' });
    expect(inside[0]).toBe('beginSnapshot');
    expect(inside.filter((n) => n === 'beginSnapshot')).toHaveLength(1);
    expect(new Set(inside)).toEqual(new Set(['beginSnapshot', 'daily', 'backlog', 'handlingHistogram', 'handlingValues', 'agentResolutions', 'slaConcluded', 'slaOpen', 'slaList', 'escalations', 'escalationValues', 'openReviews', 'agents']));
  });

  it('asks a city-wide supervisor which zone the monthly report is for', async () => {
    const { svc } = service();
    await expect(svc.monthlyReport(city, { month: '2026-10' }, NOW)).rejects.toMatchObject({ kind: 'validation' });
    await expect(svc.monthlyReport(huangpu, { month: '2027-01' }, NOW)).rejects.toMatchObject({ kind: 'validation' });
    const report = await svc.monthlyReport(huangpu, { month: '2026-10' }, NOW);
    expect(report).toMatchObject({ month: '2026-10', zone: { id: 'huangpu' }, previous: { month: '2026-09' } });
    expect(report.range).toMatchObject({ from: '2026-10-01', to: '2026-10-31', days: 31 });
    expect(report.byProgramme.map((p) => p.programme)).toEqual(['starlight', 'shield', 'compliance', 'legislation']);
  });
});

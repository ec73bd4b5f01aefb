import { Injectable } from '@nestjs/common';
import { caseScope, zoneScope } from '@app/cases';
import { shanghaiDate } from '@app/calendar';
import { Tx } from '@app/database';
import type {
  AgentResolutionRow,
  AgentRow,
  BacklogRow,
  DailyRow,
  EscalationBucketRow,
  EscalationCountRow,
  HandlingBucketRow,
  MetricScope,
  SlaConcludedRow,
  SlaListRow,
  SlaOpenCaseRow,
  SlaOpenRow,
} from './dashboard-rows';
import { local, num, numOrNull, OPEN_LIST, Params } from './dashboard-sql';
import { USER_DIRECTORY_VIEW } from '@app/users';

/**
 * The dashboard's SQL, nothing else: every query takes the caller's scope through caseScope or
 * zoneScope, reads the rollups for period figures and the live tables (through partial
 * indexes) for what is open now. Run inside one read-only snapshot by the service.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly txHost: Tx) {}

  /**
   * Makes the current transaction the dashboard's snapshot: read-only, and planned for rollups
   * and small index ranges (parallel workers would cost more to start than they save).
   */
  async beginSnapshot(): Promise<void> {
    const m = this.txHost.tx;
    await m.query('SET TRANSACTION READ ONLY');
    await m.query(`SET LOCAL max_parallel_workers_per_gather = 0`);
    await m.query(`SET LOCAL jit = off`);
    await m.query(`SET LOCAL work_mem = '32MB'`);
  }

  /**
   * Timeline counts from the daily rollup: per zone and day, and per zone × programme × category
   * × platform (two hash aggregates; the programme and shield breakdowns are added up from the second).
   */
  async daily(s: MetricScope): Promise<DailyRow[]> {
    const counters = ['submitted', 'accepted', 'rejected', 'resolved', 'reopened', 'withdrawn', 'escalated', 'rated_1', 'rated_2', 'rated_3', 'rated_4', 'rated_5'];
    const run = async (keys: string, group: string) => {
      const rows = await this.sumRollup('dashboard_daily', 'd', s, `${keys}, ${counters.map((k) => `sum(d.${k})::int AS ${k}`).join(', ')}`, group);
      return rows.map((r) => ({ ...r, ...Object.fromEntries(counters.map((k) => [k, num(r[k])])) }) as unknown as DailyRow);
    };
    const days = (await run('d.zone_id, d.day::text AS day', 'd.zone_id, d.day')).map((r) => ({ ...r, set: 'day' as const, programme: null, category: null, platform: null }));
    const detail = await run('d.zone_id, d.programme, d.category, d.platform', 'd.zone_id, d.programme, d.category, d.platform');
    const grouped = new Map<string, DailyRow>();
    const add = (key: string, row: DailyRow, keep: Pick<DailyRow, 'set' | 'programme' | 'category' | 'platform'>) => {
      const existing = grouped.get(key) as unknown as Record<string, number> | undefined;
      if (!existing) grouped.set(key, { ...row, day: null, ...keep });
      else for (const k of counters) existing[k] += (row as unknown as Record<string, number>)[k];
    };
    for (const r of detail) {
      add(`p|${r.zone_id}|${r.programme}`, r, { set: 'programme', programme: r.programme, category: null, platform: null });
      add(`c|${r.zone_id}|${r.programme}|${r.category}`, r, { set: 'category', programme: r.programme, category: r.category, platform: null });
      add(`f|${r.zone_id}|${r.programme}|${r.platform}`, r, { set: 'platform', programme: r.programme, category: null, platform: r.platform });
    }
    return [...days, ...grouped.values()];
  }

  /** Open cases now: by status × age band, by assignee, and by programme × category. */
  async backlog(s: MetricScope): Promise<BacklogRow[]> {
    const p = new Params();
    const today = p.add(shanghaiDate(s.now));
    const rows = await this.txHost.tx.query(
      `SELECT CASE WHEN GROUPING(x.assignee_id) = 0 THEN 'agent' WHEN GROUPING(x.category) = 0 THEN 'category' ELSE 'age' END AS set,
         x.zone_id, x.status, x.band, x.programme, x.category, x.assignee_id, count(*)::int AS count
       FROM (
         SELECT c.zone_id, c.status, c.programme, c.category, c.assignee_id,
           CASE WHEN k.known IS NOT TRUE OR t.no IS NULL THEN NULL
                WHEN t.no - k.working_day_no <= 1 THEN 0 WHEN t.no - k.working_day_no <= 5 THEN 1
                WHEN t.no - k.working_day_no <= 10 THEN 2 ELSE 3 END AS band
         FROM cases c
           LEFT JOIN working_calendar_days k ON k.day = ${local('c.submitted_at')}
           CROSS JOIN (SELECT (SELECT working_day_no FROM working_calendar_days WHERE day = ${today}::date AND known) AS no) t
         WHERE c.status IN (${OPEN_LIST}) AND ${p.scope(caseScope(s.actor, 'c'))} AND c.zone_id = ANY(${p.add(s.zoneIds)}::text[])
           ${s.programme ? `AND c.programme = ${p.add(s.programme)}` : ''}
       ) x
       GROUP BY GROUPING SETS ((x.zone_id, x.status, x.band), (x.zone_id, x.assignee_id), (x.zone_id, x.programme, x.category))`,
      p.values,
    );
    return rows.map((r: BacklogRow) => ({ ...r, band: numOrNull(r.band), count: num(r.count) }));
  }

  /** Resolutions of the period per zone and handling-time bucket, with the sum of handling times (rollup). */
  async handlingHistogram(s: MetricScope): Promise<HandlingBucketRow[]> {
    const rows = await this.sumRollup<HandlingBucketRow>(
      'dashboard_handling_daily',
      'h',
      s,
      'h.zone_id, h.bucket, sum(h.resolutions)::int AS resolutions, sum(h.handling_sum_ms)::float8 AS handling_sum_ms',
      'h.zone_id, h.bucket',
    );
    return rows.map((r) => ({ zone_id: r.zone_id, bucket: Number(r.bucket), resolutions: num(r.resolutions), handling_sum_ms: num(r.handling_sum_ms) }));
  }

  /**
   * Handling times by rank within a bucket: for each lookup, the `offset`-th smallest handling
   * time among the period's resolutions of those zones in that bucket (index on zone, bucket, time).
   */
  async handlingValues(s: MetricScope, lookups: { zones: string[]; bucket: number; offset: number }[]): Promise<number[]> {
    if (!lookups.length) return [];
    const p = new Params();
    const rows: { i: number; v: string | null }[] = await this.txHost.tx.query(
      `SELECT q.i, (
         SELECT r.handling_ms FROM dashboard_resolutions r
         WHERE r.zone_id = ANY(string_to_array(q.zones, ',')) AND r.bucket = q.bucket
           AND r.resolved_at >= ${p.add(s.range.fromTs)} AND r.resolved_at < ${p.add(s.range.toTs)}
           AND ${p.scope(zoneScope(s.actor, 'r.zone_id'))}
           ${s.programme ? `AND r.programme = ${p.add(s.programme)}` : ''}
         ORDER BY r.handling_ms OFFSET q.off LIMIT 1) AS v
       FROM unnest(${p.add(lookups.map((_, i) => i))}::int[], ${p.add(lookups.map((l) => l.zones.join(',')))}::text[],
         ${p.add(lookups.map((l) => l.bucket))}::int[], ${p.add(lookups.map((l) => l.offset))}::int[]) AS q(i, zones, bucket, off)
       ORDER BY q.i`,
      p.values,
    );
    return rows.map((r) => Number(r.v));
  }

  /** Resolutions of the period per assignee, and how many met their resolve deadline (rollup). */
  async agentResolutions(s: MetricScope): Promise<AgentResolutionRow[]> {
    const rows = await this.sumRollup<AgentResolutionRow>(
      'dashboard_agent_daily',
      'a',
      s,
      `a.zone_id, a.assignee_id, sum(a.resolved)::int AS resolved, sum(a.with_due)::int AS with_due, sum(a.on_time)::int AS on_time,
         sum(a.measured)::int AS measured, sum(a.handling_sum_ms)::float8 AS handling_sum_ms`,
      'a.zone_id, a.assignee_id',
    );
    return rows.map((r) => ({
      ...r,
      resolved: num(r.resolved),
      with_due: num(r.with_due),
      on_time: num(r.on_time),
      measured: num(r.measured),
      handling_sum_ms: num(r.handling_sum_ms),
    }));
  }

  /** SLA clocks met in the period, on time and late (rollup). */
  async slaConcluded(s: MetricScope): Promise<SlaConcludedRow[]> {
    const rows = await this.sumRollup<SlaConcludedRow>(
      'dashboard_sla_daily',
      'd',
      s,
      'd.zone_id, d.clock, sum(d.met_on_time)::int AS on_time, sum(d.met_late)::int AS late',
      'd.zone_id, d.clock',
    );
    return rows.map((r) => ({ ...r, on_time: num(r.on_time), late: num(r.late) }));
  }

  /** Running clocks now: overdue since a deadline in the period (per clock), and cases overdue / due soon. */
  async slaOpen(s: MetricScope): Promise<{ clocks: SlaOpenRow[]; cases: SlaOpenCaseRow[] }> {
    const p = new Params();
    const now = p.add(s.now);
    const rows: Record<string, unknown>[] = await this.txHost.tx.query(
      // Running clocks are few: read them first and look each case up (the planner, misjudging
      // the OR, would otherwise scan every case).
      `WITH running AS (
         SELECT c.zone_id, s.case_id, s.clock,
           (s.breached_at IS NOT NULL OR coalesce(s.due_at <= ${now}, false)) AS overdue,
           (s.breached_at IS NULL AND s.warn_at <= ${now} AND s.due_at > ${now}) IS TRUE AS due_soon,
           coalesce(s.breached_at, s.due_at) AS since
         FROM (SELECT * FROM sla_clocks s WHERE s.stopped_at IS NULL AND (s.breached_at IS NOT NULL OR s.warn_at <= ${now} OR s.due_at <= ${now}) OFFSET 0) s
           CROSS JOIN LATERAL (
             SELECT c.zone_id FROM cases c
             WHERE c.id = s.case_id AND ${p.scope(caseScope(s.actor, 'c'))} AND c.zone_id = ANY(${p.add(s.zoneIds)}::text[])
               ${s.programme ? `AND c.programme = ${p.add(s.programme)}` : ''}
             OFFSET 0) c
       )
       SELECT 'clock' AS set, zone_id, clock,
         (count(*) FILTER (WHERE overdue AND since >= ${p.add(s.range.fromTs)} AND since < ${p.add(s.range.toTs)}))::int AS a, 0 AS b
       FROM running GROUP BY zone_id, clock
       UNION ALL
       SELECT 'case', zone_id, NULL, (count(*) FILTER (WHERE overdue))::int, (count(*) FILTER (WHERE due_soon AND NOT overdue))::int
       FROM (SELECT zone_id, case_id, bool_or(overdue) AS overdue, bool_or(due_soon) AS due_soon FROM running GROUP BY zone_id, case_id) x
       GROUP BY zone_id`,
      p.values,
    );
    return {
      clocks: rows.filter((r) => r.set === 'clock').map((r) => ({ zone_id: r.zone_id as string, clock: r.clock as string, overdue_in_range: num(r.a) })),
      cases: rows.filter((r) => r.set === 'case').map((r) => ({ zone_id: r.zone_id as string, overdue_now: num(r.a), due_soon_now: num(r.b) })),
    };
  }

  /** The cases most overdue (or closest to a deadline), each with its earliest running clock of that kind. */
  async slaList(s: MetricScope, kind: 'overdue' | 'due_soon', limit: number): Promise<SlaListRow[]> {
    const p = new Params();
    const now = p.add(s.now);
    const condition =
      kind === 'overdue'
        ? `(s.breached_at IS NOT NULL OR s.due_at <= ${now})`
        : `s.breached_at IS NULL AND s.warn_at <= ${now} AND s.due_at > ${now}`;
    return this.txHost.tx.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (c.id) c.id AS case_id, c.reference, c.title, c.zone_id, c.programme, c.status, c.priority, c.assignee_id,
           u.display_name AS assignee_name, s.clock, s.due_at, s.warn_at, s.breached_at
         FROM (SELECT * FROM sla_clocks s WHERE s.stopped_at IS NULL AND ${condition} OFFSET 0) s
           CROSS JOIN LATERAL (
             SELECT c.* FROM cases c
             WHERE c.id = s.case_id AND ${p.scope(caseScope(s.actor, 'c'))} AND c.zone_id = ANY(${p.add(s.zoneIds)}::text[])
               ${s.programme ? `AND c.programme = ${p.add(s.programme)}` : ''}
             OFFSET 0) c
           LEFT JOIN ${USER_DIRECTORY_VIEW} u ON u.id = c.assignee_id
         ORDER BY c.id, s.due_at NULLS LAST, s.clock
       ) x
       ORDER BY x.due_at NULLS LAST, x.reference
       LIMIT ${p.add(limit)}`,
      p.values,
    );
  }

  /**
   * Escalations started in the period, in one index-only scan of the facts: counts by zone,
   * authority, outcome, automatic and first-of-case; and per zone and authority the counts per
   * bucket of working time to acknowledgement and to the answer (for exact medians).
   */
  async escalations(s: MetricScope): Promise<{ counts: EscalationCountRow[]; buckets: EscalationBucketRow[] }> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.txHost.tx.query(
      `SELECT CASE WHEN GROUPING(e.ack_bucket) = 0 THEN 'ack' WHEN GROUPING(e.taken_bucket) = 0 THEN 'taken' ELSE 'count' END AS set,
         e.zone_id, e.authority_id, coalesce(e.outcome, 'pending') AS outcome, e.automatic, e.first_for_case, e.ack_bucket, e.taken_bucket, count(*)::int AS n
       FROM dashboard_escalations e
       WHERE ${p.scope(zoneScope(s.actor, 'e.zone_id'))} AND e.zone_id = ANY(${p.add(s.zoneIds)}::text[])
         AND e.escalated_at >= ${p.add(s.range.fromTs)} AND e.escalated_at < ${p.add(s.range.toTs)}
         ${s.programme ? `AND e.programme = ${p.add(s.programme)}` : ''}
       GROUP BY GROUPING SETS ((e.zone_id, e.authority_id, coalesce(e.outcome, 'pending'), e.automatic, e.first_for_case),
         (e.zone_id, e.authority_id, e.ack_bucket), (e.zone_id, e.authority_id, e.taken_bucket))`,
      p.values,
    );
    const counts: EscalationCountRow[] = [];
    const buckets: EscalationBucketRow[] = [];
    for (const r of rows) {
      const n = num(r.n);
      if (r.set === 'count') {
        counts.push({ zone_id: r.zone_id as string, authority_id: r.authority_id as string, outcome: r.outcome as string, automatic: r.automatic === true, count: n, first: r.first_for_case === true ? n : 0 });
      } else {
        const bucket = Number(r.set === 'ack' ? r.ack_bucket : r.taken_bucket);
        if (bucket >= 0) buckets.push({ zone_id: r.zone_id as string, authority_id: r.authority_id as string, measure: r.set as 'ack' | 'taken', bucket, escalations: n });
      }
    }
    return { counts, buckets };
  }

  /** Working times by rank within a bucket (see handlingValues), optionally for one authority. */
  async escalationValues(
    s: MetricScope,
    lookups: { zones: string[]; authorityId: string | null; measure: 'ack' | 'taken'; bucket: number; offset: number }[],
  ): Promise<number[]> {
    if (!lookups.length) return [];
    const p = new Params();
    const where = `e.zone_id = ANY(string_to_array(q.zones, ',')) AND (q.authority IS NULL OR e.authority_id = q.authority)
           AND e.escalated_at >= ${p.add(s.range.fromTs)} AND e.escalated_at < ${p.add(s.range.toTs)}
           AND ${p.scope(zoneScope(s.actor, 'e.zone_id'))}
           ${s.programme ? `AND e.programme = ${p.add(s.programme)}` : ''}`;
    const rows: { v: string | null }[] = await this.txHost.tx.query(
      `SELECT CASE WHEN q.measure = 'ack'
         THEN (SELECT e.ack_ms FROM dashboard_escalations e WHERE e.ack_bucket = q.bucket AND ${where} ORDER BY e.ack_ms OFFSET q.off LIMIT 1)
         ELSE (SELECT e.taken_ms FROM dashboard_escalations e WHERE e.taken_bucket = q.bucket AND ${where} ORDER BY e.taken_ms OFFSET q.off LIMIT 1)
       END AS v
       FROM unnest(${p.add(lookups.map((_, i) => i))}::int[], ${p.add(lookups.map((l) => l.zones.join(',')))}::text[], ${p.add(lookups.map((l) => l.authorityId))}::text[],
         ${p.add(lookups.map((l) => l.measure))}::text[], ${p.add(lookups.map((l) => l.bucket))}::int[], ${p.add(lookups.map((l) => l.offset))}::int[])
         AS q(i, zones, authority, measure, bucket, off)
       ORDER BY q.i`,
      p.values,
    );
    return rows.map((r) => Number(r.v));
  }

  /** 差评 whose rectification (libs/quality) is not done yet: to contact or to rectify, per zone. */
  async openReviews(s: MetricScope): Promise<{ zone_id: string; count: number }[]> {
    const p = new Params();
    const rows = await this.txHost.tx.query(
      `SELECT r.zone_id, count(*)::int AS count
       FROM rectifications r ${s.programme ? 'JOIN cases c ON c.id = r.case_id' : ''}
       WHERE r.status IN ('contacting', 'rectifying') AND ${p.scope(zoneScope(s.actor, 'r.zone_id'))} AND r.zone_id = ANY(${p.add(s.zoneIds)}::text[])
         ${s.programme ? `AND c.programme = ${p.add(s.programme)}` : ''}
       GROUP BY r.zone_id`,
      p.values,
    );
    return rows.map((r: { zone_id: string; count: unknown }) => ({ zone_id: r.zone_id, count: num(r.count) }));
  }

  /** The agents of the zones shown. */
  async agents(s: MetricScope): Promise<AgentRow[]> {
    const p = new Params();
    return this.txHost.tx.query(
      `SELECT u.id, u.display_name, u.zone_id, u.status = 'active' AS active
       FROM ${USER_DIRECTORY_VIEW} u
       WHERE u.role = 'agent' AND ${p.scope(zoneScope(s.actor, 'u.zone_id'))} AND u.zone_id = ANY(${p.add(s.zoneIds)}::text[])
       ORDER BY u.zone_id, u.display_name, u.id`,
      p.values,
    );
  }

  /** `SELECT select FROM table alias … GROUP BY group` over a daily rollup, in the scope's zones, period and programme. */
  private sumRollup<Row = Record<string, unknown>>(table: string, alias: string, s: MetricScope, select: string, group: string): Promise<Row[]> {
    const p = new Params();
    return this.txHost.tx.query(`SELECT ${select} FROM ${table} ${alias} WHERE ${p.rollup(alias, s)} GROUP BY ${group}`, p.values);
  }
}

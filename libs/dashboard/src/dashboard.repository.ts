import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@app/common';
import { caseScope, ScopeClause, zoneScope } from '@app/cases';
import { shanghaiDate, sqlShanghaiDate } from '@app/calendar';
import { DayRange } from './day-range';
import { OPEN_STATUSES } from './dashboard.types';

/**
 * What every dashboard query is restricted to. The caller's scope (caseScope / zoneScope, the
 * one place zone scope is decided) is always applied; `zoneIds` and `programme` only narrow it.
 */
export interface MetricScope {
  actor: Actor;
  zoneIds: string[];
  programme: string | null;
  range: DayRange;
  now: Date;
  /** Also compute the zones together (grouping set `()`), for the `all` column. */
  withAll: boolean;
}

export interface DailyRow {
  set: 'day' | 'programme' | 'category' | 'platform';
  day: string | null;
  zone_id: string;
  programme: string | null;
  category: string | null;
  platform: string | null;
  submitted: number;
  accepted: number;
  rejected: number;
  resolved: number;
  reopened: number;
  withdrawn: number;
  escalated: number;
  rated_1: number;
  rated_2: number;
  rated_3: number;
  rated_4: number;
  rated_5: number;
}

export interface BacklogRow {
  set: 'age' | 'agent' | 'category';
  zone_id: string;
  status: string | null;
  band: number | null;
  programme: string | null;
  category: string | null;
  assignee_id: string | null;
  count: number;
}

export interface HandlingBucketRow {
  zone_id: string;
  /** -1: not measurable (the calendar lacks a year between submission and resolution). */
  bucket: number;
  resolutions: number;
  handling_sum_ms: number;
}

export interface AgentResolutionRow {
  zone_id: string;
  assignee_id: string | null;
  resolved: number;
  with_due: number;
  on_time: number;
  measured: number;
  handling_sum_ms: number;
}

export interface SlaConcludedRow {
  zone_id: string;
  clock: string;
  on_time: number;
  late: number;
}

export interface SlaOpenRow {
  zone_id: string;
  clock: string;
  overdue_in_range: number;
}

export interface SlaOpenCaseRow {
  zone_id: string;
  overdue_now: number;
  due_soon_now: number;
}

export interface SlaListRow {
  case_id: string;
  reference: string;
  title: string;
  zone_id: string;
  programme: string;
  status: string;
  priority: string;
  assignee_id: string | null;
  assignee_name: string | null;
  clock: string;
  due_at: Date | null;
  warn_at: Date | null;
  breached_at: Date | null;
}

export interface EscalationCountRow {
  zone_id: string;
  authority_id: string;
  outcome: string;
  automatic: boolean;
  count: number;
  /** Escalations that are the first of their case. */
  first: number;
}

export interface EscalationBucketRow {
  zone_id: string;
  authority_id: string;
  measure: 'ack' | 'taken';
  bucket: number;
  escalations: number;
}

export interface EscalationMedianRow {
  /** null for the zones together. */
  zone_id: string | null;
  /** null for all authorities. */
  authority_id: string | null;
  median_ack_ms: number | null;
  median_taken_ms: number | null;
}

export interface AgentRow {
  id: string;
  display_name: string;
  zone_id: string;
  active: boolean;
}

/** Positional parameters for raw SQL, with the scope clauses' named parameters bound in. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  scope(clause: ScopeClause): string {
    return `(${clause.sql.replace(/:(\w+)/g, (_, name: string) => this.add(clause.params[name]))})`;
  }

  /** The rows of a daily rollup (alias `t`) in the caller's zones, the period and the programme. */
  rollup(t: string, s: MetricScope): string {
    return `${this.scope(zoneScope(s.actor, `${t}.zone_id`))} AND ${t}.zone_id = ANY(${this.add(s.zoneIds)}::text[])
         AND ${t}.day BETWEEN ${this.add(s.range.from)}::date AND ${this.add(s.range.to)}::date
         ${s.programme ? `AND ${t}.programme = ${this.add(s.programme)}` : ''}`;
  }
}

const local = sqlShanghaiDate;

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * The dashboard's SQL, nothing else: every query takes the caller's scope through caseScope or
 * zoneScope, reads the rollups for period figures and the live tables (through partial
 * indexes) for what is open now. Run inside one read-only snapshot by the service.
 */
@Injectable()
export class DashboardRepository {
  /**
   * Timeline counts from the daily rollup: per zone and day, and per zone × programme × category
   * × platform (two hash aggregates; the programme and shield breakdowns are added up from the second).
   */
  async daily(m: EntityManager, s: MetricScope): Promise<DailyRow[]> {
    const counters = ['submitted', 'accepted', 'rejected', 'resolved', 'reopened', 'withdrawn', 'escalated', 'rated_1', 'rated_2', 'rated_3', 'rated_4', 'rated_5'];
    const run = async (keys: string, group: string) => {
      const p = new Params();
      const rows: Record<string, unknown>[] = await m.query(
        `SELECT ${keys}, ${counters.map((k) => `sum(d.${k})::int AS ${k}`).join(', ')}
         FROM dashboard_daily d
         WHERE ${p.rollup('d', s)}
         GROUP BY ${group}`,
        p.values,
      );
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
  async backlog(m: EntityManager, s: MetricScope): Promise<BacklogRow[]> {
    const p = new Params();
    const today = p.add(shanghaiDate(s.now));
    const rows = await m.query(
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
  async handlingHistogram(m: EntityManager, s: MetricScope): Promise<HandlingBucketRow[]> {
    const p = new Params();
    const rows = await m.query(
      `SELECT h.zone_id, h.bucket, sum(h.resolutions)::int AS resolutions, sum(h.handling_sum_ms)::float8 AS handling_sum_ms
       FROM dashboard_handling_daily h
       WHERE ${p.rollup('h', s)}
       GROUP BY h.zone_id, h.bucket`,
      p.values,
    );
    return rows.map((r: HandlingBucketRow) => ({ zone_id: r.zone_id, bucket: Number(r.bucket), resolutions: num(r.resolutions), handling_sum_ms: num(r.handling_sum_ms) }));
  }

  /**
   * Handling times by rank within a bucket: for each lookup, the `offset`-th smallest handling
   * time among the period's resolutions of those zones in that bucket (index on zone, bucket, time).
   */
  async handlingValues(m: EntityManager, s: MetricScope, lookups: { zones: string[]; bucket: number; offset: number }[]): Promise<number[]> {
    if (!lookups.length) return [];
    const p = new Params();
    const rows: { i: number; v: string | null }[] = await m.query(
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
  async agentResolutions(m: EntityManager, s: MetricScope): Promise<AgentResolutionRow[]> {
    const p = new Params();
    const rows = await m.query(
      `SELECT a.zone_id, a.assignee_id, sum(a.resolved)::int AS resolved, sum(a.with_due)::int AS with_due, sum(a.on_time)::int AS on_time,
         sum(a.measured)::int AS measured, sum(a.handling_sum_ms)::float8 AS handling_sum_ms
       FROM dashboard_agent_daily a
       WHERE ${p.rollup('a', s)}
       GROUP BY a.zone_id, a.assignee_id`,
      p.values,
    );
    return rows.map((r: AgentResolutionRow) => ({
      ...r,
      resolved: num(r.resolved),
      with_due: num(r.with_due),
      on_time: num(r.on_time),
      measured: num(r.measured),
      handling_sum_ms: num(r.handling_sum_ms),
    }));
  }

  /** SLA clocks met in the period, on time and late (rollup). */
  async slaConcluded(m: EntityManager, s: MetricScope): Promise<SlaConcludedRow[]> {
    const p = new Params();
    const rows = await m.query(
      `SELECT d.zone_id, d.clock, sum(d.met_on_time)::int AS on_time, sum(d.met_late)::int AS late
       FROM dashboard_sla_daily d
       WHERE ${p.rollup('d', s)}
       GROUP BY d.zone_id, d.clock`,
      p.values,
    );
    return rows.map((r: SlaConcludedRow) => ({ ...r, on_time: num(r.on_time), late: num(r.late) }));
  }

  /** Running clocks now: overdue since a deadline in the period (per clock), and cases overdue / due soon. */
  async slaOpen(m: EntityManager, s: MetricScope): Promise<{ clocks: SlaOpenRow[]; cases: SlaOpenCaseRow[] }> {
    const p = new Params();
    const now = p.add(s.now);
    const rows: Record<string, unknown>[] = await m.query(
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
  async slaList(m: EntityManager, s: MetricScope, kind: 'overdue' | 'due_soon', limit: number): Promise<SlaListRow[]> {
    const p = new Params();
    const now = p.add(s.now);
    const condition =
      kind === 'overdue'
        ? `(s.breached_at IS NOT NULL OR s.due_at <= ${now})`
        : `s.breached_at IS NULL AND s.warn_at <= ${now} AND s.due_at > ${now}`;
    return m.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (c.id) c.id AS case_id, c.reference, c.title, c.zone_id, c.programme, c.status, c.priority, c.assignee_id,
           u.display_name AS assignee_name, s.clock, s.due_at, s.warn_at, s.breached_at
         FROM (SELECT * FROM sla_clocks s WHERE s.stopped_at IS NULL AND ${condition} OFFSET 0) s
           CROSS JOIN LATERAL (
             SELECT c.* FROM cases c
             WHERE c.id = s.case_id AND ${p.scope(caseScope(s.actor, 'c'))} AND c.zone_id = ANY(${p.add(s.zoneIds)}::text[])
               ${s.programme ? `AND c.programme = ${p.add(s.programme)}` : ''}
             OFFSET 0) c
           LEFT JOIN users u ON u.id = c.assignee_id
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
  async escalations(m: EntityManager, s: MetricScope): Promise<{ counts: EscalationCountRow[]; buckets: EscalationBucketRow[] }> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await m.query(
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
    m: EntityManager,
    s: MetricScope,
    lookups: { zones: string[]; authorityId: string | null; measure: 'ack' | 'taken'; bucket: number; offset: number }[],
  ): Promise<number[]> {
    if (!lookups.length) return [];
    const p = new Params();
    const where = `e.zone_id = ANY(string_to_array(q.zones, ',')) AND (q.authority IS NULL OR e.authority_id = q.authority)
           AND e.escalated_at >= ${p.add(s.range.fromTs)} AND e.escalated_at < ${p.add(s.range.toTs)}
           AND ${p.scope(zoneScope(s.actor, 'e.zone_id'))}
           ${s.programme ? `AND e.programme = ${p.add(s.programme)}` : ''}`;
    const rows: { v: string | null }[] = await m.query(
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

  /** 差评 reviews not yet followed up, per zone. */
  async openReviews(m: EntityManager, s: MetricScope): Promise<{ zone_id: string; count: number }[]> {
    const p = new Params();
    const rows = await m.query(
      `SELECT r.zone_id, count(*)::int AS count
       FROM rating_reviews r ${s.programme ? 'JOIN cases c ON c.id = r.case_id' : ''}
       WHERE r.status = 'open' AND ${p.scope(zoneScope(s.actor, 'r.zone_id'))} AND r.zone_id = ANY(${p.add(s.zoneIds)}::text[])
         ${s.programme ? `AND c.programme = ${p.add(s.programme)}` : ''}
       GROUP BY r.zone_id`,
      p.values,
    );
    return rows.map((r: { zone_id: string; count: unknown }) => ({ zone_id: r.zone_id, count: num(r.count) }));
  }

  /** The agents of the zones shown. */
  async agents(m: EntityManager, s: MetricScope): Promise<AgentRow[]> {
    const p = new Params();
    return m.query(
      `SELECT u.id, u.display_name, u.zone_id, u.status = 'active' AS active
       FROM users u
       WHERE u.role = 'agent' AND ${p.scope(zoneScope(s.actor, 'u.zone_id'))} AND u.zone_id = ANY(${p.add(s.zoneIds)}::text[])
       ORDER BY u.zone_id, u.display_name, u.id`,
      p.values,
    );
  }

  /** Zones that exist (for the columns), with names. */
  async zones(m: EntityManager): Promise<{ id: string; name: string; active: boolean }[]> {
    return m.query(`SELECT id, name, active FROM zones ORDER BY code`);
  }
}

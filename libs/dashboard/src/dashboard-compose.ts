import { CASE_STATUS_LABELS } from '@app/cases';
import { isBadRating, isSatisfied, RATING_LABELS, RATING_LEVELS } from '@app/contracts';
import { getProgramme, SHIELD_PLATFORMS } from '@app/programmes';
import { SLA_CLOCK_LABELS, SLA_CLOCKS } from '@app/sla';
import type {
  AgentResolutionRow,
  AgentRow,
  BacklogRow,
  DailyRow,
  EscalationCountRow,
  EscalationMedianRow,
  SlaConcludedRow,
  SlaListRow,
  SlaOpenCaseRow,
  SlaOpenRow,
} from './dashboard-rows';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';
import { DayRange, daysOf } from './day-range';
import {
  AGE_BANDS,
  AgentWorkload,
  Backlog,
  ColumnFigures,
  Dashboard,
  DashboardColumn,
  ESCALATION_OUTCOME_LABELS,
  ESCALATION_OUTCOMES,
  EscalationFigures,
  HandlingFigures,
  OPEN_STATUSES,
  PeriodCounts,
  SatisfactionFigures,
  ShieldFigures,
  SlaFigures,
  SlaListItem,
  TrendSeries,
  WORKING_DAY_MS,
} from './dashboard.types';

export interface DashboardRows {
  range: DayRange;
  now: Date;
  filter: { zoneId: string | null; programme: string | null };
  columns: DashboardColumn[];
  authorities: { id: string; name: string }[];
  daily: DailyRow[];
  backlog: BacklogRow[];
  /** Per column key, computed by the service (exact percentiles need a second look-up). */
  handling: Record<string, HandlingFigures>;
  agentResolutions: AgentResolutionRow[];
  slaConcluded: SlaConcludedRow[];
  slaOpen: { clocks: SlaOpenRow[]; cases: SlaOpenCaseRow[] };
  overdue: SlaListRow[];
  dueSoon: SlaListRow[];
  escalationCounts: EscalationCountRow[];
  escalationMedians: EscalationMedianRow[];
  openReviews: { zone_id: string; count: number }[];
  agents: AgentRow[];
}

/** Share with four decimals; null when there is nothing to divide by. */
function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

const roundMs = (v: number | null): number | null => (v === null ? null : Math.round(v));
const sum = <T>(rows: T[], pick: (r: T) => number): number => rows.reduce((n, r) => n + pick(r), 0);

/**
 * Turns the grouped rows of one snapshot into the dashboard: one set of figures per column (a
 * zone, or `all` = every zone shown), counts added up over zones, medians and distinct counts
 * taken from the rows the database computed for the zones together.
 */
export function composeDashboard(rows: DashboardRows): Dashboard {
  const days = daysOf(rows.range);
  const figures: Record<string, ColumnFigures> = {};
  const series: Record<string, TrendSeries> = {};
  for (const column of rows.columns) {
    const inColumn = <T extends { zone_id: string | null }>(list: T[]) => (column.zoneId === null ? list : list.filter((r) => r.zone_id === column.zoneId));
    const daily = inColumn(rows.daily);
    const counts = periodCounts(daily.filter((r) => r.set === 'day'));
    figures[column.key] = {
      counts,
      backlog: backlog(inColumn(rows.backlog).filter((r) => r.set === 'age'), inColumn(rows.backlog).filter((r) => r.set === 'agent')),
      sla: sla(inColumn(rows.slaConcluded), inColumn(rows.slaOpen.clocks), inColumn(rows.slaOpen.cases)),
      escalations: escalations(inColumn(rows.escalationCounts), rows.escalationMedians.filter((r) => r.zone_id === column.zoneId), counts.accepted, rows.authorities),
      handling: rows.handling[column.key],
      satisfaction: satisfaction(daily.filter((r) => r.set === 'day'), sum(inColumn(rows.openReviews), (r) => r.count)),
      shield: shield(daily, inColumn(rows.backlog).filter((r) => r.set === 'category')),
    };
    series[column.key] = trend(days, daily.filter((r) => r.set === 'day'));
  }
  const totals = (pick: (r: SlaOpenCaseRow) => number) => sum(rows.slaOpen.cases, pick);
  return {
    range: { from: rows.range.from, to: rows.range.to, days: rows.range.days, timeZone: SHANGHAI_TIME_ZONE },
    asOf: rows.now,
    filter: rows.filter,
    workingDayMs: WORKING_DAY_MS,
    columns: rows.columns,
    figures,
    trend: { days, series },
    overdue: { total: totals((r) => r.overdue_now), items: rows.overdue.map(listItem) },
    dueSoon: { total: totals((r) => r.due_soon_now), items: rows.dueSoon.map(listItem) },
    agents: agents(rows),
  };
}

function periodCounts(days: DailyRow[]): PeriodCounts {
  return {
    submitted: sum(days, (r) => r.submitted),
    accepted: sum(days, (r) => r.accepted),
    rejected: sum(days, (r) => r.rejected),
    resolved: sum(days, (r) => r.resolved),
    reopened: sum(days, (r) => r.reopened),
    withdrawn: sum(days, (r) => r.withdrawn),
    escalated: sum(days, (r) => r.escalated),
  };
}

function trend(days: string[], rows: DailyRow[]): TrendSeries {
  const index = new Map(days.map((d, i) => [d, i]));
  const out: TrendSeries = { submitted: days.map(() => 0), accepted: days.map(() => 0), rejected: days.map(() => 0), resolved: days.map(() => 0), withdrawn: days.map(() => 0) };
  for (const r of rows) {
    const i = r.day === null ? undefined : index.get(r.day);
    if (i === undefined) continue;
    out.submitted[i] += r.submitted;
    out.accepted[i] += r.accepted;
    out.rejected[i] += r.rejected;
    out.resolved[i] += r.resolved;
    out.withdrawn[i] += r.withdrawn;
  }
  return out;
}

function backlog(age: BacklogRow[], byAgent: BacklogRow[]): Backlog {
  const matrix = OPEN_STATUSES.map((status) => ({
    status,
    label: CASE_STATUS_LABELS[status],
    bands: AGE_BANDS.map((_, band) => sum(age.filter((r) => r.status === status && r.band === band), (r) => r.count)),
  }));
  return {
    total: sum(age, (r) => r.count),
    byStatus: OPEN_STATUSES.map((status) => ({ status, label: CASE_STATUS_LABELS[status], count: sum(age.filter((r) => r.status === status), (r) => r.count) })),
    byAge: AGE_BANDS.map((b, band) => ({ band: b.id, label: b.label, count: sum(age.filter((r) => r.band === band), (r) => r.count) })),
    matrix,
    unbanded: sum(age.filter((r) => r.band === null), (r) => r.count),
    unassigned: sum(byAgent.filter((r) => r.assignee_id === null), (r) => r.count),
  };
}

function sla(concluded: SlaConcludedRow[], open: SlaOpenRow[], cases: SlaOpenCaseRow[]): SlaFigures {
  return {
    clocks: SLA_CLOCKS.map((clock) => {
      const onTime = sum(concluded.filter((r) => r.clock === clock), (r) => r.on_time);
      const late = sum(concluded.filter((r) => r.clock === clock), (r) => r.late);
      const overdueOpen = sum(open.filter((r) => r.clock === clock), (r) => r.overdue_in_range);
      return { clock, label: SLA_CLOCK_LABELS[clock], onTime, late, overdueOpen, rate: rate(onTime, onTime + late + overdueOpen) };
    }),
    overdueNow: sum(cases, (r) => r.overdue_now),
    dueSoonNow: sum(cases, (r) => r.due_soon_now),
  };
}

function escalations(counts: EscalationCountRow[], medians: EscalationMedianRow[], accepted: number, authorities: { id: string; name: string }[]): EscalationFigures {
  const names = new Map(authorities.map((a) => [a.id, a.name]));
  const total = medians.find((r) => r.authority_id === null);
  const cases = sum(counts, (r) => r.first);
  const byAuthority = new Map<string, number>();
  for (const r of counts) byAuthority.set(r.authority_id, (byAuthority.get(r.authority_id) ?? 0) + r.count);
  return {
    count: sum(counts, (r) => r.count),
    automatic: sum(counts.filter((r) => r.automatic), (r) => r.count),
    cases,
    rate: rate(cases, accepted),
    byAuthority: [...byAuthority]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([authorityId, count]) => ({
        authorityId,
        name: names.get(authorityId) ?? authorityId,
        count,
        medianTakenMs: roundMs(medians.find((r) => r.authority_id === authorityId)?.median_taken_ms ?? null),
      })),
    byOutcome: ESCALATION_OUTCOMES.map((outcome) => ({ outcome, label: ESCALATION_OUTCOME_LABELS[outcome], count: sum(counts.filter((r) => r.outcome === outcome), (r) => r.count) })),
    medianAcknowledgeMs: roundMs(total?.median_ack_ms ?? null),
    medianTakenMs: roundMs(total?.median_taken_ms ?? null),
  };
}

function satisfaction(days: DailyRow[], openBadReviews: number): SatisfactionFigures {
  const levels = RATING_LEVELS.map((level) => ({
    level,
    label: RATING_LABELS[level],
    count: sum(days, (r) => r[`rated_${level}`]),
  }));
  const rated = sum(levels, (l) => l.count);
  const good = sum(levels.filter((l) => isSatisfied(l.level)), (l) => l.count);
  const bad = sum(levels.filter((l) => isBadRating(l.level)), (l) => l.count);
  return { rated, levels, goodRate: rate(good, rated), bad, openBadReviews };
}

function shield(daily: DailyRow[], openByCategory: BacklogRow[]): ShieldFigures {
  const shieldRows = daily.filter((r) => r.programme === 'shield');
  const categories = getProgramme('shield').categories;
  const platforms = [...SHIELD_PLATFORMS];
  for (const r of shieldRows) {
    if (r.set === 'platform' && r.platform !== null && !platforms.some((p) => p.id === r.platform)) platforms.push({ id: r.platform, label: r.platform || '未填写' });
  }
  return {
    byCategory: categories.map((c) => {
      const rs = shieldRows.filter((r) => r.set === 'category' && r.category === c.id);
      return {
        category: c.id,
        label: c.label,
        submitted: sum(rs, (r) => r.submitted),
        resolved: sum(rs, (r) => r.resolved),
        open: sum(openByCategory.filter((r) => r.programme === 'shield' && r.category === c.id), (r) => r.count),
      };
    }),
    byPlatform: platforms.map((p) => {
      const rs = shieldRows.filter((r) => r.set === 'platform' && r.platform === p.id);
      return { platform: p.id, label: p.label, submitted: sum(rs, (r) => r.submitted), resolved: sum(rs, (r) => r.resolved) };
    }),
  };
}

function agents(rows: DashboardRows): AgentWorkload[] {
  const open = new Map<string, number>();
  for (const r of rows.backlog) if (r.set === 'agent' && r.assignee_id) open.set(r.assignee_id, (open.get(r.assignee_id) ?? 0) + r.count);
  const resolved = new Map<string, { resolved: number; withDue: number; onTime: number; measured: number; sumMs: number }>();
  for (const r of rows.agentResolutions) {
    if (!r.assignee_id) continue;
    const a = resolved.get(r.assignee_id) ?? { resolved: 0, withDue: 0, onTime: 0, measured: 0, sumMs: 0 };
    resolved.set(r.assignee_id, {
      resolved: a.resolved + r.resolved,
      withDue: a.withDue + r.with_due,
      onTime: a.onTime + r.on_time,
      measured: a.measured + r.measured,
      sumMs: a.sumMs + r.handling_sum_ms,
    });
  }
  return rows.agents
    .map((a) => {
      const r = resolved.get(a.id);
      return {
        id: a.id,
        displayName: a.display_name,
        zoneId: a.zone_id,
        active: a.active,
        open: open.get(a.id) ?? 0,
        resolved: r?.resolved ?? 0,
        meanHandlingMs: r && r.measured ? Math.round(r.sumMs / r.measured) : null,
        onTimeRate: rate(r?.onTime ?? 0, r?.withDue ?? 0),
      };
    })
    .filter((a) => a.active || a.open > 0 || a.resolved > 0)
    .sort((a, b) => a.zoneId.localeCompare(b.zoneId) || b.open - a.open || b.resolved - a.resolved || a.displayName.localeCompare(b.displayName, 'zh'));
}

function listItem(r: SlaListRow): SlaListItem {
  return {
    caseId: r.case_id,
    reference: r.reference,
    title: r.title,
    zoneId: r.zone_id,
    programme: r.programme,
    status: r.status,
    priority: r.priority,
    assignee: r.assignee_id ? { id: r.assignee_id, displayName: r.assignee_name ?? '' } : null,
    clock: r.clock,
    clockLabel: SLA_CLOCK_LABELS[r.clock as keyof typeof SLA_CLOCK_LABELS] ?? r.clock,
    dueAt: r.due_at,
    warnAt: r.warn_at,
    breachedAt: r.breached_at,
  };
}

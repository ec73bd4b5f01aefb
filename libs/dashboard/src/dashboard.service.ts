import { Injectable } from '@nestjs/common';
import { Actor, ValidationError } from '@app/common';
import { CASE_STATUS_LABELS, CaseStatus, CHANNEL_LABELS, Channel, ListCasesQuery, PRIORITY_LABELS, Priority, RATING_LABELS, RatingLevel } from '@app/cases';
import { categoryLabel, findProgramme, outcomeLabel, PROGRAMME_IDS } from '@app/programmes';
import { Tx } from '@app/database';
import { ZonesService } from '@app/zones';
import { CaseExportRepository } from './case-export.repository';
import { composeDashboard } from './dashboard-compose';
import { DashboardQuery, ExportFormat } from './dashboard.dto';
import { DashboardRepository } from './dashboard.repository';
import { RatesRepository } from './rates.repository';
import { EscalationBucketRow, EscalationMedianRow, MetricScope } from './dashboard-rows';
import { DashboardError, DashboardErrorCode } from './dashboard.errors';
import { dashboardTable } from './dashboard-tables';
import { Dashboard, DashboardColumn, DashboardTable, HandlingFigures, MonthlyReport } from './dashboard.types';
import { PercentilePlan, planPercentiles } from './exact-percentile';
import { shanghaiDate } from '@app/calendar';
import { DayRange, monthRange, previousRange, resolveDayRange } from './day-range';
import { exportFile, ExportFile, ExportTable } from './table-export';

/** Lines in the dashboard's overdue and due-soon lists; the table exports take up to EXPORT_LIST_LIMIT. */
const LIST_LIMIT = 20;
const EXPORT_LIST_LIMIT = 5000;
/** Largest case list export; narrower filters beyond that. */
export const CASE_EXPORT_LIMIT = 50_000;

/**
 * Supervisor dashboards: every figure for one zone, or the zones side by side, over a range of
 * Shanghai days, read in one consistent snapshot. Definitions: docs/metrics.md.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly txHost: Tx,
    private readonly repository: DashboardRepository,
    private readonly caseExport: CaseExportRepository,
    private readonly rates: RatesRepository,
    private readonly zones: ZonesService,
  ) {}

  async dashboard(actor: Actor, query: DashboardQuery, now = new Date(), listLimit = LIST_LIMIT): Promise<Dashboard> {
    const range = resolveDayRange(query, now);
    const filter = { zoneId: query.zoneId, programme: query.programme ?? null };
    // 环比: the same figures over the period of the same length just before, in the same snapshot.
    const before = previousRange(range);
    const [current, prior] = await this.compute(actor, filter, [range, before], now, listLimit, 'period');
    const figures = Object.fromEntries(
      Object.entries(prior.figures).map(([key, f]) => [key, { counts: f.counts, sla: f.sla, satisfaction: f.satisfaction, escalations: f.escalations }]),
    );
    return { ...current, previous: { range: { from: before.from, to: before.to, days: before.days }, figures } };
  }

  /**
   * The figures of each range (lists only for the first), all read in one snapshot. `others`:
   * whether the ranges after the first need every figure (the monthly report's previous month) or
   * only the period figures 环比 compares (counts, time limits, ratings, escalations): the live
   * backlog, handling times, agents and three rates are then not read again for them.
   */
  private async compute(
    actor: Actor,
    filter: { zoneId?: string; programme: string | null },
    ranges: DayRange[],
    now: Date,
    listLimit: number,
    others: 'all' | 'period' = 'all',
  ): Promise<Omit<Dashboard, 'previous'>[]> {
    const columns = await this.columnsFor(actor, filter.zoneId);
    const zoneIds = columns.flatMap((c) => (c.zoneId ? [c.zoneId] : []));
    const authorities = await this.zones.listAuthorities();
    return this.snapshot(async () => {
      const out: Omit<Dashboard, 'previous'>[] = [];
      for (const [i, range] of ranges.entries()) {
        const scope: MetricScope = { actor, zoneIds, programme: filter.programme, range, now, withAll: columns.some((c) => c.zoneId === null) };
        out.push(await this.figuresOf(scope, filter, columns, authorities, i === 0 ? listLimit : 0, i === 0 || others === 'all'));
      }
      return out;
    });
  }

  /** One range's figures, inside the caller's snapshot. */
  private async figuresOf(
    scope: MetricScope,
    filter: { zoneId?: string; programme: string | null },
    columns: DashboardColumn[],
    authorities: { id: string; name: string }[],
    listLimit: number,
    everything: boolean,
  ): Promise<Omit<Dashboard, 'previous'>> {
    const r = this.repository;
    // One connection, one snapshot: sequential on purpose (parallel queries would see different data).
    const daily = await r.daily(scope);
    const backlog = everything ? await r.backlog(scope) : [];
    const handling = everything ? await this.handling(scope, columns) : {};
    const agentResolutions = everything ? await r.agentResolutions(scope) : [];
    const slaConcluded = await r.slaConcluded(scope);
    const slaOpen = await r.slaOpen(scope);
    const overdue = listLimit > 0 ? await r.slaList(scope, 'overdue', listLimit) : [];
    const dueSoon = listLimit > 0 ? await r.slaList(scope, 'due_soon', listLimit) : [];
    const escalations = await r.escalations(scope);
    const escalationMedians = await this.escalationMedians(scope, columns, escalations.buckets);
    const openReviews = await r.openReviews(scope);
    const agents = everything ? await r.agents(scope) : [];
    const rates = everything ? await this.rates.rates(scope) : [];
    return composeDashboard({
      range: scope.range,
      now: scope.now,
      filter: { zoneId: filter.zoneId ?? null, programme: filter.programme },
      columns,
      authorities,
      daily,
      backlog,
      handling,
      agentResolutions,
      slaConcluded,
      slaOpen,
      overdue,
      dueSoon,
      escalationCounts: escalations.counts,
      escalationMedians,
      openReviews,
      agents,
      rates,
    });
  }

  /**
   * Handling time per column: counts and mean from the bucket rollup; median and 90th percentile
   * exact, by reading only the values at the ranks they need (see exact-percentile.ts).
   */
  private async handling(scope: MetricScope, columns: DashboardColumn[]): Promise<Record<string, HandlingFigures>> {
    const rows = await this.repository.handlingHistogram(scope);
    const out: Record<string, HandlingFigures> = {};
    const plans: { key: string; zones: string[]; plan: PercentilePlan }[] = [];
    for (const column of columns) {
      const zones = column.zoneId ? [column.zoneId] : scope.zoneIds;
      const mine = rows.filter((r) => zones.includes(r.zone_id));
      const measured = mine.filter((r) => r.bucket >= 0);
      const histogram = new Map<number, number>();
      for (const r of measured) histogram.set(r.bucket, (histogram.get(r.bucket) ?? 0) + r.resolutions);
      const count = measured.reduce((n, r) => n + r.resolutions, 0);
      const total = measured.reduce((n, r) => n + r.handling_sum_ms, 0);
      out[column.key] = { resolved: mine.reduce((n, r) => n + r.resolutions, 0), measured: count, meanMs: count ? Math.round(total / count) : null, medianMs: null, p90Ms: null };
      plans.push({ key: column.key, zones, plan: planPercentiles(histogram, [0.5, 0.9]) });
    }
    // Every rank of every column in one round trip.
    const values = await this.repository.handlingValues(scope, plans.flatMap((p) => p.plan.lookups.map((l) => ({ zones: p.zones, ...l }))));
    let at = 0;
    for (const { key, plan } of plans) {
      const [median, p90] = plan.finish(values.slice(at, at + plan.lookups.length));
      at += plan.lookups.length;
      out[key].medianMs = median === null ? null : Math.round(median);
      out[key].p90Ms = p90 === null ? null : Math.round(p90);
    }
    return out;
  }

  /**
   * Median working time to acknowledgement (per column) and to the authority's answer (per column
   * and per authority), exact, from the bucket counts and one look-up of the middle values.
   */
  private async escalationMedians(scope: MetricScope, columns: DashboardColumn[], rows: EscalationBucketRow[]): Promise<EscalationMedianRow[]> {
    const wanted: { row: EscalationMedianRow; field: 'median_ack_ms' | 'median_taken_ms'; zones: string[]; authorityId: string | null; measure: 'ack' | 'taken'; plan: PercentilePlan }[] = [];
    const out: EscalationMedianRow[] = [];
    for (const column of columns) {
      const zones = column.zoneId ? [column.zoneId] : scope.zoneIds;
      const mine = rows.filter((r) => zones.includes(r.zone_id));
      const histogram = (measure: 'ack' | 'taken', authorityId: string | null) => {
        const h = new Map<number, number>();
        for (const r of mine) if (r.measure === measure && (authorityId === null || r.authority_id === authorityId)) h.set(r.bucket, (h.get(r.bucket) ?? 0) + r.escalations);
        return h;
      };
      const authorities = [null, ...new Set(mine.map((r) => r.authority_id))];
      for (const authorityId of authorities) {
        const row: EscalationMedianRow = { zone_id: column.zoneId, authority_id: authorityId, median_ack_ms: null, median_taken_ms: null };
        out.push(row);
        const measures = authorityId === null ? (['ack', 'taken'] as const) : (['taken'] as const);
        for (const measure of measures) {
          wanted.push({ row, field: measure === 'ack' ? 'median_ack_ms' : 'median_taken_ms', zones, authorityId, measure, plan: planPercentiles(histogram(measure, authorityId), [0.5]) });
        }
      }
    }
    const values = await this.repository.escalationValues(
      scope,
      wanted.flatMap((w) => w.plan.lookups.map((l) => ({ zones: w.zones, authorityId: w.authorityId, measure: w.measure, ...l }))),
    );
    let at = 0;
    for (const w of wanted) {
      [w.row[w.field]] = w.plan.finish(values.slice(at, at + w.plan.lookups.length));
      at += w.plan.lookups.length;
    }
    return out;
  }

  /**
   * The columns a caller sees: a zone supervisor their zone (asking for another is refused); a
   * city-wide supervisor one zone when asked, otherwise every zone and `all`.
   */
  private async columnsFor(actor: Actor, zoneId: string | undefined): Promise<DashboardColumn[]> {
    if (actor.role !== 'supervisor') throw new DashboardError(DashboardErrorCode.Forbidden, '只有主管可以查看统计看板');
    const zones = await this.zones.listZones();
    if (zoneId !== undefined && !zones.some((z) => z.id === zoneId)) throw new ValidationError([{ field: 'zoneId', message: `集聚区 ${zoneId} 不存在` }]);
    if (actor.zoneId && zoneId !== undefined && zoneId !== actor.zoneId) {
      throw new DashboardError(DashboardErrorCode.ZoneForbidden, '只能查看本集聚区的统计数据');
    }
    const wanted = actor.zoneId ?? zoneId;
    const shown = wanted ? zones.filter((z) => z.id === wanted) : zones;
    const columns = shown.map((z) => ({ key: z.id, zoneId: z.id, name: z.name }));
    return columns.length > 1 ? [{ key: 'all', zoneId: null, name: '全市' }, ...columns] : columns;
  }

  /** Runs `fn` in one read-only REPEATABLE READ transaction: every figure from the same snapshot. */
  private snapshot<T>(fn: () => Promise<T>): Promise<T> {
    return this.txHost.withTransaction({ isolationLevel: 'REPEATABLE READ' }, async () => {
      await this.repository.beginSnapshot();
      return fn();
    });
  }

  // ------------------------------------------------------------------------------------------
  // Monthly report

  /** The printable monthly report of one zone: the month's figures, the month before, each programme. */
  async monthlyReport(actor: Actor, query: { month?: string; zoneId?: string }, now = new Date()): Promise<MonthlyReport> {
    // A zone supervisor's own zone by default; another zone is refused by columnsFor.
    const zoneId = query.zoneId ?? actor.zoneId;
    if (!zoneId) throw new ValidationError([{ field: 'zoneId', message: '月报按集聚区生成：请选择集聚区（zoneId）' }]);
    const month = monthRange(query.month, now);
    if (month.from > shanghaiDate(now)) throw new ValidationError([{ field: 'month', message: `${month.month} 尚未开始，不能生成月报` }]);
    const previousMonth = monthRange(previousMonthOf(month.from), now);
    const [current, previous] = await this.compute(actor, { zoneId, programme: null }, [month, previousMonth], now, LIST_LIMIT);
    const column = current.columns[0];
    const byProgramme = [];
    for (const programme of PROGRAMME_IDS) {
      const [d] = await this.compute(actor, { zoneId, programme }, [month], now, 0);
      const { backlog: _backlog, shield: _shield, ...figures } = d.figures[column.key];
      byProgramme.push({ programme, name: findProgramme(programme)?.name ?? programme, figures });
    }
    const [year, mm] = month.month.split('-');
    return {
      title: `${column.name} ${year}年${Number(mm)}月 创作者服务情况月报`,
      zone: { id: zoneId, name: column.name },
      month: month.month,
      range: current.range,
      generatedAt: now,
      figures: current.figures[column.key],
      previous: { month: previousMonth.month, figures: previous.figures[column.key] },
      byProgramme,
      trend: { days: current.trend.days, series: current.trend.series[column.key] },
      agents: current.agents,
      overdue: current.overdue,
      workingDayMs: current.workingDayMs,
    };
  }

  // ------------------------------------------------------------------------------------------
  // Exports

  async exportTable(actor: Actor, table: DashboardTable, query: DashboardQuery, format: ExportFormat, now = new Date()): Promise<ExportFile> {
    const d = await this.dashboard(actor, query, now, table === 'overdue' || table === 'due-soon' ? EXPORT_LIST_LIMIT : 0);
    return exportFile(dashboardTable(d, table), format, `${d.range.from}_${d.range.to}`);
  }

  /** The filtered case list (the filters of GET /cases) as a spreadsheet, at most CASE_EXPORT_LIMIT rows. */
  async exportCases(actor: Actor, query: ListCasesQuery, format: ExportFormat, now = new Date()): Promise<ExportFile> {
    const total = await this.caseExport.count(actor, query);
    if (total > CASE_EXPORT_LIMIT) {
      throw new ValidationError(
        [{ field: 'filters', message: `导出最多 ${CASE_EXPORT_LIMIT} 条，当前筛选结果 ${total} 条，请缩小筛选范围（如创建时间、状态、服务项目）` }],
        '导出的案件过多，请缩小筛选范围',
      );
    }
    const rows = await this.caseExport.rows(actor, query, CASE_EXPORT_LIMIT);
    const zoneNames = new Map((await this.zones.listZones()).map((z) => [z.id, z.name]));
    const authorities = new Map((await this.zones.listAuthorities()).map((a) => [a.id, a.name]));
    const table: ExportTable = {
      title: '案件清单',
      slug: 'cases',
      columns: [
        { header: '案件编号', kind: 'text', width: 20 }, { header: '标题', kind: 'text', width: 36 }, { header: '服务项目', kind: 'text' },
        { header: '类别', kind: 'text', width: 14 }, { header: '集聚区', kind: 'text', width: 14 }, { header: '状态', kind: 'text' },
        { header: '优先级', kind: 'text' }, { header: '渠道', kind: 'text' }, { header: '创作者', kind: 'text', width: 14 },
        { header: '承办人', kind: 'text', width: 14 }, { header: '上报至', kind: 'text', width: 16 }, { header: '登记时间', kind: 'datetime', width: 18 },
        { header: '提交时间', kind: 'datetime', width: 18 }, { header: '受理时间', kind: 'datetime', width: 18 },
        { header: '首次答复时间', kind: 'datetime', width: 18 }, { header: '办结时间', kind: 'datetime', width: 18 },
        { header: '关闭时间', kind: 'datetime', width: 18 }, { header: '办理结果', kind: 'text', width: 14 }, { header: '评价', kind: 'text' },
        { header: '最近截止时间', kind: 'datetime', width: 18 }, { header: '是否超时', kind: 'text' },
      ],
      rows: rows.map((r) => [
        r.reference,
        r.title,
        findProgramme(r.programme)?.name ?? r.programme,
        categoryLabel(r.programme, r.category) ?? r.category,
        zoneNames.get(r.zone_id) ?? r.zone_id,
        CASE_STATUS_LABELS[r.status as CaseStatus] ?? r.status,
        PRIORITY_LABELS[r.priority as Priority] ?? r.priority,
        CHANNEL_LABELS[r.channel as Channel] ?? r.channel,
        r.creator_name,
        r.assignee_name,
        r.escalation_authority_id ? (authorities.get(r.escalation_authority_id) ?? r.escalation_authority_id) : '',
        r.created_at,
        r.submitted_at,
        r.accepted_at,
        r.first_response_at,
        r.resolved_at,
        r.closed_at,
        r.outcome ? (outcomeLabel(r.programme, r.outcome) ?? r.outcome) : '',
        r.rating ? RATING_LABELS[r.rating as RatingLevel] : '',
        r.next_due_at,
        r.overdue ? '是' : '否',
      ]),
    };
    return exportFile(table, format, shanghaiDate(now));
  }
}

function previousMonthOf(firstDay: string): string {
  const [y, m] = firstDay.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

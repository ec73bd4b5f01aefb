import { CASE_STATUS_LABELS, CaseStatus, PRIORITY_LABELS, Priority } from '@app/cases';
import type { ThreeRates } from '@app/contracts';
import { findProgramme } from '@app/programmes';
import type { DashboardTable } from './dashboard.types';
import { AGE_BANDS, ColumnFigures, Dashboard, SlaListItem } from './dashboard.types';
import { Cell, ExportColumn, ExportTable, hours } from './table-export';

const TITLES: Record<DashboardTable, string> = {
  trend: '每日趋势',
  summary: '概览',
  backlog: '在办积压',
  sla: '时限按期率',
  overdue: '已超时案件',
  'due-soon': '即将超时案件',
  'escalations-by-authority': '上报-按网信办',
  'escalations-by-outcome': '上报-按结果',
  handling: '办理时长',
  satisfaction: '好差评',
  agents: '专员工作量',
  'shield-categories': '盾牌行动-按类别',
  'shield-platforms': '盾牌行动-按平台',
  rates: '三率（响应率、解决率、满意率）',
};

const col = (header: string, kind: ExportColumn['kind'] = 'int', width?: number): ExportColumn => ({ header, kind, width });
const ZONE = col('集聚区', 'text', 14);

/** One table of the dashboard as rows with Chinese headers, one block of rows per column (zone, or all). */
export function dashboardTable(d: Dashboard, table: DashboardTable): ExportTable {
  const perColumn = (fn: (f: ColumnFigures, zone: string) => Cell[][]) => d.columns.flatMap((c) => fn(d.figures[c.key], c.name));
  const zoneName = new Map(d.columns.filter((c) => c.zoneId).map((c) => [c.zoneId as string, c.name]));
  const build = (columns: ExportColumn[], rows: Cell[][]): ExportTable => ({ title: TITLES[table], slug: `dashboard-${table}`, columns, rows });
  switch (table) {
    case 'trend':
      return build(
        [col('日期', 'text', 12), ZONE, col('新提交'), col('受理'), col('不予受理'), col('办结'), col('撤回')],
        d.trend.days.flatMap((day, i) =>
          d.columns.map((c) => {
            const s = d.trend.series[c.key];
            return [day, c.name, s.submitted[i], s.accepted[i], s.rejected[i], s.resolved[i], s.withdrawn[i]];
          }),
        ),
      );
    case 'summary':
      return build(
        [
          ZONE, col('新提交'), col('受理'), col('不予受理'), col('办结'), col('重新办理'), col('撤回'), col('上报'), col('上报率', 'percent'),
          col('在办'), col('当前已超时'), col('即将超时'), col('受理按期率', 'percent'), col('首次答复按期率', 'percent'), col('办结按期率', 'percent'),
          col('平均办理时长(工作小时)', 'hours'), col('中位办理时长(工作小时)', 'hours'), col('P90办理时长(工作小时)', 'hours'),
          col('评价数'), col('好评率', 'percent'), col('待整改差评'),
        ],
        perColumn((f, zone) => [[
          zone, f.counts.submitted, f.counts.accepted, f.counts.rejected, f.counts.resolved, f.counts.reopened, f.counts.withdrawn, f.escalations.count, f.escalations.rate,
          f.backlog.total, f.sla.overdueNow, f.sla.dueSoonNow, ...f.sla.clocks.map((c) => c.rate),
          hours(f.handling.meanMs), hours(f.handling.medianMs), hours(f.handling.p90Ms),
          f.satisfaction.rated, f.satisfaction.goodRate, f.satisfaction.openBadReviews,
        ]]),
      );
    case 'backlog':
      return build(
        [ZONE, col('状态', 'text'), ...AGE_BANDS.map((b) => col(b.label)), col('合计')],
        perColumn((f, zone) => f.backlog.matrix.map((r) => [zone, r.label, ...r.bands, r.bands.reduce((a, b) => a + b, 0)])),
      );
    case 'sla':
      return build(
        [ZONE, col('时限', 'text'), col('按期'), col('超期办结'), col('超期未办结'), col('按期率', 'percent')],
        perColumn((f, zone) => f.sla.clocks.map((c) => [zone, c.label, c.onTime, c.late, c.overdueOpen, c.rate])),
      );
    case 'overdue':
    case 'due-soon':
      return build(slaListColumns(), (table === 'overdue' ? d.overdue : d.dueSoon).items.map((i) => slaListRow(i, zoneName)));
    case 'escalations-by-authority':
      return build(
        [ZONE, col('网信办', 'text', 18), col('上报次数'), col('中位办理时长(工作小时)', 'hours')],
        perColumn((f, zone) => f.escalations.byAuthority.map((a) => [zone, a.name, a.count, hours(a.medianTakenMs)])),
      );
    case 'escalations-by-outcome':
      return build([ZONE, col('结果', 'text'), col('次数')], perColumn((f, zone) => f.escalations.byOutcome.map((o) => [zone, o.label, o.count])));
    case 'handling':
      return build(
        [ZONE, col('办结数'), col('可计时'), col('平均(工作小时)', 'hours'), col('中位(工作小时)', 'hours'), col('P90(工作小时)', 'hours')],
        perColumn((f, zone) => [[zone, f.handling.resolved, f.handling.measured, hours(f.handling.meanMs), hours(f.handling.medianMs), hours(f.handling.p90Ms)]]),
      );
    case 'satisfaction':
      return build(
        [ZONE, col('评价数'), ...['非常满意', '满意', '基本满意', '不满意', '非常不满意'].map((l) => col(l)), col('好评率', 'percent'), col('待整改差评')],
        perColumn((f, zone) => [[zone, f.satisfaction.rated, ...f.satisfaction.levels.map((l) => l.count), f.satisfaction.goodRate, f.satisfaction.openBadReviews]]),
      );
    case 'agents':
      return build(
        [ZONE, col('专员', 'text', 16), col('在岗', 'text'), col('在办'), col('本期办结'), col('平均办理时长(工作小时)', 'hours'), col('办结按期率', 'percent'), col('响应率', 'percent'), col('解决率', 'percent'), col('满意率', 'percent')],
        d.agents.map((a) => [zoneName.get(a.zoneId) ?? a.zoneId, a.displayName, a.active ? '是' : '否', a.open, a.resolved, hours(a.meanHandlingMs), a.onTimeRate, a.rates.response.rate, a.rates.solved.rate, a.rates.satisfied.rate]),
      );
    case 'shield-categories':
      return build(
        [ZONE, col('类别', 'text', 16), col('新提交'), col('办结'), col('在办')],
        perColumn((f, zone) => f.shield.byCategory.map((c) => [zone, c.label, c.submitted, c.resolved, c.open])),
      );
    case 'shield-platforms':
      return build([ZONE, col('平台', 'text'), col('新提交'), col('办结')], perColumn((f, zone) => f.shield.byPlatform.map((p) => [zone, p.label, p.submitted, p.resolved])));
    case 'rates':
      return build(
        [ZONE, col('服务项目 / 专员', 'text', 16), ...rateColumns()],
        [
          ...perColumn((f, zone) => [[zone, '合计', ...rateCells(f.rates)], ...f.ratesByProgramme.map((p) => [zone, p.name, ...rateCells(p.rates)])]),
          ...d.agents.map((a) => [zoneName.get(a.zoneId) ?? a.zoneId, a.displayName, ...rateCells(a.rates)]),
        ],
      );
  }
}

function rateColumns(): ExportColumn[] {
  return [col('首次答复数'), col('按时答复'), col('响应率', 'percent'), col('确认结果数'), col('确认解决'), col('解决率', 'percent'), col('评价数'), col('满意'), col('满意率', 'percent')];
}

function rateCells(r: ThreeRates): Cell[] {
  return [r.response.denominator, r.response.numerator, r.response.rate, r.solved.denominator, r.solved.numerator, r.solved.rate, r.satisfied.denominator, r.satisfied.numerator, r.satisfied.rate];
}

function slaListColumns(): ExportColumn[] {
  return [
    col('案件编号', 'text', 20), col('标题', 'text', 36), ZONE, col('服务项目', 'text'), col('状态', 'text'), col('优先级', 'text'),
    col('承办人', 'text', 14), col('时限', 'text', 14), col('截止时间', 'datetime', 18), col('预警时间', 'datetime', 18), col('超时记录时间', 'datetime', 18),
  ];
}

function slaListRow(i: SlaListItem, zoneName: Map<string, string>): Cell[] {
  return [
    i.reference, i.title, zoneName.get(i.zoneId) ?? i.zoneId, findProgramme(i.programme)?.name ?? i.programme,
    CASE_STATUS_LABELS[i.status as CaseStatus] ?? i.status, PRIORITY_LABELS[i.priority as Priority] ?? i.priority,
    i.assignee?.displayName ?? '', i.clockLabel, i.dueAt, i.warnAt, i.breachedAt,
  ];
}

import { Card, Col, Empty, Row, Table, Tabs, Tag, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Query } from '../../api/client';
import { ExportMenu } from '../../components/ExportMenu';
import { PriorityTag, ProgrammeTag, StatusTag } from '../../components/Tags';
import { fmt, fromNow } from '../../lib/time';
import { axisTooltip, baseGrid, Chart, COLORS, LEVEL_COLORS, STATUS_BAR_COLORS } from './charts';
import { ACCEPTED_ONCE, ageBandCreated, created, deskLink, DONE, OPEN, type DrillScope } from './drill';
import { num, pct, share, workTime } from './format';
import { shortZone } from './KpiGrid';
import type { AgentWorkload, Dashboard, DashboardColumn, DashboardTable, SlaListItem, TrendSeriesName } from './types';
import { TREND_LABELS, TREND_SERIES } from './types';

export interface SectionProps {
  d: Dashboard;
  /** The columns the charts show: each zone (the city total is in the headline figures). */
  cols: DashboardColumn[];
  scopeOf: (c: DashboardColumn) => DrillScope;
  /** The dashboard's filters, for the exports. */
  query: Query;
  cityWide: boolean;
}

/** A card of the dashboard with its export menu. */
export function Section({
  title,
  sub,
  table,
  tables,
  query,
  extra,
  children,
  id,
}: {
  title: string;
  sub?: ReactNode;
  table?: DashboardTable;
  tables?: { table: DashboardTable; label: string }[];
  query: Query;
  extra?: ReactNode;
  children: ReactNode;
  id: string;
}) {
  return (
    <Card
      variant="borderless"
      className="dash-card"
      id={id}
      title={
        <div className="dash-card-title">
          <h2>{title}</h2>
          {sub && <span className="dash-card-sub">{sub}</span>}
        </div>
      }
      extra={
        <div className="dash-card-extra">
          {extra}
          {table && <ExportMenu path={`/dashboard/tables/${table}`} query={query} what={title} size="small" />}
          {tables?.map((t) => (
            <ExportMenu key={t.table} path={`/dashboard/tables/${t.table}`} query={query} what={t.label} label={`导出${t.label.replace(/^.*-/, '')}`} size="small" />
          ))}
        </div>
      }
    >
      {children}
    </Card>
  );
}

/** The zones side by side (one column: the whole width). */
export function ZoneColumns({ cols, children }: { cols: DashboardColumn[]; children: (c: DashboardColumn) => ReactNode }) {
  if (cols.length === 1) return <>{children(cols[0])}</>;
  return (
    <Row gutter={[24, 24]}>
      {cols.map((c) => (
        <Col key={c.key} xs={24} lg={Math.max(6, Math.floor(24 / cols.length))} className="zone-col">
          <h3 className="zone-title">{c.name}</h3>
          {children(c)}
        </Col>
      ))}
    </Row>
  );
}

/** Keyboard and screen-reader route to what a chart's marks link to (visible when focused). */
function DrillLinks({ label, links }: { label: string; links: { text: string; to: string }[] }) {
  return (
    <nav className="drill-links" aria-label={label}>
      {links.map((l) => (
        <Link key={l.text} to={l.to}>
          {l.text}
        </Link>
      ))}
    </nav>
  );
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
// Trend

const TREND_STATUS: Record<TrendSeriesName, string | undefined> = {
  submitted: undefined,
  accepted: ACCEPTED_ONCE,
  rejected: 'rejected',
  resolved: DONE,
  withdrawn: 'withdrawn',
};

/**
 * Days, or weeks when a long range would be a blur of daily noise: 7-day buckets ending on the
 * last day (the first may be shorter, and says so).
 */
function buckets(days: string[]): { label: string; first: string; last: string; index: number[] }[] {
  if (days.length <= 92) return days.map((day, i) => ({ label: day.slice(5), first: day, last: day, index: [i] }));
  const out = [];
  for (let end = days.length; end > 0; end -= 7) {
    const index = Array.from({ length: Math.min(7, end) }, (_, k) => end - Math.min(7, end) + k);
    const first = days[index[0]];
    out.unshift({ label: `${first.slice(5)} 起${index.length < 7 ? `（${index.length} 天）` : ''}`, first, last: days[end - 1], index });
  }
  return out;
}

export function TrendSection({ d, cols, scopeOf, query }: SectionProps) {
  const navigate = useNavigate();
  const points = useMemo(() => buckets(d.trend.days), [d.trend.days]);
  const weekly = points.length < d.trend.days.length;
  return (
    <Section
      id="trend"
      title={weekly ? '每周趋势' : '每日趋势'}
      sub={weekly ? '区间较长，按 7 天汇总（上海时间）· 点击某周查看该周提交的案件' : '按上海时间自然日 · 点击某日查看当天提交的案件'}
      table="trend"
      query={query}
    >
      <ZoneColumns cols={cols}>
        {(c) => {
          const s = d.trend.series[c.key];
          const total = sum(TREND_SERIES.map((k) => sum(s[k])));
          if (!total) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所选期间没有案件变化" />;
          const values = (k: TrendSeriesName) => points.map((b) => sum(b.index.map((i) => s[k][i] ?? 0)));
          const option: EChartsOption = {
            tooltip: axisTooltip,
            legend: { top: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 8 },
            grid: { ...baseGrid, top: 36 },
            xAxis: { type: 'category', data: points.map((b) => b.label), boundaryGap: false },
            yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f4' } } },
            series: TREND_SERIES.map((k) => ({
              name: TREND_LABELS[k],
              type: 'line',
              data: values(k),
              smooth: 0.25,
              showSymbol: points.length <= 45,
              symbolSize: 6,
              color: COLORS[k],
              lineStyle: { width: k === 'submitted' ? 2.5 : 2 },
              emphasis: { focus: 'series' },
              ...(k === 'submitted' ? { areaStyle: { opacity: 0.08 } } : {}),
            })),
          };
          const drill = (i: number, series?: TrendSeriesName) => {
            const b = points[i];
            if (!b) return;
            navigate(deskLink(scopeOf(c), { status: series ? TREND_STATUS[series] : undefined, ...created(b.first, b.last) }));
          };
          return (
            <Chart
              option={option}
              height={300}
              label={`${c.name}${weekly ? '每周' : '每日'}趋势：${TREND_SERIES.map((k) => `${TREND_LABELS[k]}共 ${sum(s[k])} 件`).join('，')}`}
              testId={`trend-${c.key}`}
              onClick={(p) => drill(p.dataIndex, TREND_SERIES.find((k) => TREND_LABELS[k] === p.seriesName))}
              onBlankClick={(x) => drill(x)}
            />
          );
        }}
      </ZoneColumns>
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// Backlog: by status, and status × age band

export function BacklogSection({ d, cols, scopeOf, query }: SectionProps) {
  const navigate = useNavigate();
  // Age is counted to the day the live figures were taken (Shanghai).
  const today = fmt(d.asOf, 'YYYY-MM-DD');
  const single = cols.length === 1;
  return (
    <Section id="backlog" title="在办积压" sub={`截至 ${fmt(d.asOf, 'MM-DD HH:mm')} · 账龄按提交日起的工作日计`} table="backlog" query={query}>
      <ZoneColumns cols={cols}>
        {(c) => {
          const b = d.figures[c.key].backlog;
          const scope = scopeOf(c);
          if (!b.total) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有在办案件" />;
          const bar: EChartsOption = {
            tooltip: { ...axisTooltip, axisPointer: { type: 'shadow' } },
            grid: { ...baseGrid, top: 16 },
            xAxis: { type: 'category', data: b.byStatus.map((x) => x.label), axisTick: { alignWithLabel: true }, axisLabel: { interval: 0 } },
            yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f4' } } },
            series: [
              {
                type: 'bar',
                name: '在办',
                barMaxWidth: 42,
                data: b.byStatus.map((x) => ({ value: x.count, itemStyle: { color: STATUS_BAR_COLORS[x.status], borderRadius: [4, 4, 0, 0] } })),
                label: { show: true, position: 'top', color: 'rgba(0,0,0,.7)' },
              },
            ],
          };
          const bands = b.byAge.map((x) => x.label.replace(' 个工作日', '').replace('超过 ', '>'));
          const max = Math.max(1, ...b.matrix.flatMap((r) => r.bands));
          const heat: EChartsOption = {
            tooltip: {
              confine: true,
              formatter: (p: unknown) => {
                const { value } = p as { value: [number, number, number] };
                return `${b.matrix[value[1]].label} · 账龄 ${b.byAge[value[0]].label}<br/><b>${value[2]}</b> 件`;
              },
            },
            grid: { ...baseGrid, top: 8, bottom: 28 },
            xAxis: { type: 'category', data: bands, splitArea: { show: true }, name: '工作日', nameLocation: 'middle', nameGap: 26, axisTick: { show: false } },
            yAxis: { type: 'category', data: b.matrix.map((r) => r.label), splitArea: { show: true }, inverse: true, axisTick: { show: false } },
            visualMap: { show: false, min: 0, max, inRange: { color: ['#f3f7fe', '#9fc0ef', '#1f5fbf', '#0f2a52'] } },
            series: [
              {
                type: 'heatmap',
                name: '账龄',
                data: b.matrix.flatMap((r, y) => r.bands.map((v, x) => [x, y, v])),
                label: { show: true, formatter: (p: unknown) => String((p as { value: number[] }).value[2] || '') },
                itemStyle: { borderColor: '#fff', borderWidth: 2, borderRadius: 4 },
                emphasis: { itemStyle: { borderColor: '#d46b08', borderWidth: 2 } },
              },
            ],
          };
          const cellLink = (x: number, y: number) =>
            deskLink(scope, { status: b.matrix[y].status, ...ageBandCreated(b.byAge[x].band, today) });
          const barChart = (
            <Chart
              option={bar}
              height={240}
              label={`${c.name}在办积压按状态：${b.byStatus.map((x) => `${x.label} ${x.count} 件`).join('，')}`}
              testId={`backlog-${c.key}`}
              onClick={(p) => navigate(deskLink(scope, { status: b.byStatus[p.dataIndex].status }))}
              onBlankClick={(x) => b.byStatus[x] && navigate(deskLink(scope, { status: b.byStatus[x].status }))}
            />
          );
          const heatChart = (
            <Chart
              option={heat}
              height={240}
              label={`${c.name}在办积压按状态与账龄：${b.byAge.map((x) => `${x.label} ${x.count} 件`).join('，')}`}
              testId={`heat-${c.key}`}
              onClick={(p) => {
                const [x, y] = (p.value as number[]) ?? [];
                if (x !== undefined) navigate(cellLink(x, y));
              }}
              onBlankClick={(x, y) => b.matrix[y] && b.byAge[x] && navigate(cellLink(x, y))}
            />
          );
          return (
            <>
              <div className="mini-stats">
                <Link to={deskLink(scope, { status: OPEN })}>
                  在办 <b>{num(b.total)}</b> 件
                </Link>
                <Link to={deskLink(scope, { status: OPEN, assigneeId: 'none' })}>
                  未分派 <b>{num(b.unassigned)}</b> 件
                </Link>
                {b.byAge.map((a) => (
                  <Tooltip key={a.band} title={`账龄 ${a.label}`}>
                    <Link to={deskLink(scope, { status: OPEN, ...ageBandCreated(a.band, today) })}>
                      {a.label.replace(' 个工作日', '天').replace('超过 ', '>')} <b>{num(a.count)}</b>
                    </Link>
                  </Tooltip>
                ))}
                {b.unbanded > 0 && <span className="muted">（{b.unbanded} 件缺少日历数据，未计入账龄）</span>}
              </div>
              <Row gutter={[16, 8]}>
                <Col xs={24} xl={single ? 10 : 24}>
                  <h4 className="chart-title">按状态</h4>
                  {barChart}
                </Col>
                <Col xs={24} xl={single ? 14 : 24}>
                  <h4 className="chart-title">状态 × 账龄（工作日）</h4>
                  {heatChart}
                </Col>
              </Row>
              <DrillLinks
                label={`${c.name}在办积压的案件清单`}
                links={b.matrix.flatMap((r, y) => r.bands.map((v, x) => ({ text: `${r.label} · ${b.byAge[x].label}：${v} 件`, to: cellLink(x, y) })).filter((_, x) => r.bands[x] > 0))}
              />
            </>
          );
        }}
      </ZoneColumns>
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// SLA on-time rates and handling time

function RateBar({ rate }: { rate: number | null }) {
  const tone = rate === null ? '' : rate >= 0.9 ? 'good' : rate >= 0.75 ? 'warn' : 'bad';
  return (
    <span className={`rate-bar ${tone}`} aria-hidden>
      <span style={{ width: `${Math.round((rate ?? 0) * 100)}%` }} />
    </span>
  );
}

export function SlaSection({ d, cols, scopeOf, query }: SectionProps) {
  return (
    <Section id="sla" title="时限按期率" sub="期间内到期的时限" table="sla" query={query}>
      <ZoneColumns cols={cols}>
        {(c) => {
          const f = d.figures[c.key].sla;
          const scope = scopeOf(c);
          return (
            <table className="dash-table">
              <thead>
                <tr>
                  <th scope="col">时限</th>
                  <th scope="col" className="num">按期</th>
                  <th scope="col" className="num">超期完成</th>
                  <th scope="col" className="num">超期未完成</th>
                  <th scope="col" className="rate-col">按期率</th>
                </tr>
              </thead>
              <tbody>
                {f.clocks.map((k) => (
                  <tr key={k.clock}>
                    <th scope="row">{k.label}</th>
                    <td className="num">{num(k.onTime)}</td>
                    <td className="num">{num(k.late)}</td>
                    <td className="num">
                      <Link to={deskLink(scope, k.clock === 'accept' ? { status: 'submitted', overdue: 'true' } : { status: OPEN, overdue: 'true' })}>{num(k.overdueOpen)}</Link>
                    </td>
                    <td className="rate-col">
                      <RateBar rate={k.rate} />
                      <b>{pct(k.rate)}</b>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </ZoneColumns>
    </Section>
  );
}

export function HandlingSection({ d, cols, scopeOf, query }: SectionProps) {
  const wd = d.workingDayMs;
  const period = created(d.range.from, d.range.to);
  return (
    <Section id="handling" title="办理时长" sub="从提交到办结，工作时间（工作日 09:00–17:30）" table="handling" query={query}>
      <ZoneColumns cols={cols}>
        {(c) => {
          const h = d.figures[c.key].handling;
          const to = deskLink(scopeOf(c), { status: DONE, ...period });
          return (
            <>
              <div className="stat-tiles">
                {[
                  { label: '平均', value: h.meanMs },
                  { label: '中位数', value: h.medianMs },
                  { label: '第 90 百分位', value: h.p90Ms },
                ].map((t) => (
                  <Link key={t.label} to={to} className="stat-tile">
                    <span className="stat-label">{t.label}</span>
                    <span className="stat-value">{workTime(t.value, wd)}</span>
                  </Link>
                ))}
              </div>
              <p className="muted small">
                期间内办结 {num(h.resolved)} 件{h.measured !== h.resolved ? `，其中 ${num(h.measured)} 件可计时（其余日期缺少工作日历）` : ''}。
              </p>
            </>
          );
        }}
      </ZoneColumns>
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// Overdue and about to breach

export function SlaListsSection({ d, scopeOf, query, cityWide }: SectionProps) {
  const [tab, setTab] = useState<'overdue' | 'dueSoon'>('overdue');
  const main = d.columns[0];
  const zoneNames = useMemo(() => new Map(d.columns.map((c) => [c.zoneId, c.name])), [d.columns]);
  const columns: TableProps<SlaListItem>['columns'] = [
    {
      title: '编号',
      dataIndex: 'reference',
      width: 190,
      render: (ref: string, r) => (
        <Link to={`/desk/cases/${r.caseId}`} className="reference nowrap">
          {ref}
        </Link>
      ),
    },
    { title: '标题', dataIndex: 'title', ellipsis: true },
    ...(cityWide ? [{ title: '集聚区', key: 'zone', width: 90, render: (_: unknown, r: SlaListItem) => shortZone(zoneNames.get(r.zoneId) ?? r.zoneId) }] : []),
    { title: '项目', dataIndex: 'programme', width: 96, render: (p: string) => <ProgrammeTag programme={p} /> },
    { title: '状态', dataIndex: 'status', width: 104, render: (s: string) => <StatusTag status={s} /> },
    { title: '优先级', dataIndex: 'priority', width: 76, render: (p: string) => <PriorityTag priority={p} /> },
    { title: '时限', dataIndex: 'clockLabel', width: 110 },
    {
      title: tab === 'overdue' ? '截止（已超时）' : '截止',
      dataIndex: 'dueAt',
      width: 150,
      render: (v: string | null) => (
        <span className="due-cell">
          <span className={tab === 'overdue' ? 'text-danger' : 'text-warning'}>{fmt(v, 'MM-DD HH:mm')}</span>
          <span className="muted small">{fromNow(v)}</span>
        </span>
      ),
    },
    { title: '负责人', key: 'assignee', width: 110, render: (_, r) => r.assignee?.displayName ?? <Tag color="warning">未分派</Tag> },
  ];
  const list = tab === 'overdue' ? d.overdue : d.dueSoon;
  const all = deskLink(scopeOf(main), tab === 'overdue' ? { overdue: 'true', sort: 'nextDueAt' } : { dueSoon: 'true', sort: 'nextDueAt' });
  return (
    <Section
      id="sla-lists"
      title="超时与即将超时"
      sub={`截至 ${fmt(d.asOf, 'MM-DD HH:mm')} · 最紧急的 ${list.items.length} 件`}
      query={query}
      extra={
        <>
          <Link to={all} className="no-print">
            在工作台查看全部 {num(list.total)} 件
          </Link>
          <ExportMenu path={`/dashboard/tables/${tab === 'overdue' ? 'overdue' : 'due-soon'}`} query={query} what={tab === 'overdue' ? '已超时案件' : '即将超时案件'} size="small" />
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'overdue' | 'dueSoon')}
        items={[
          { key: 'overdue', label: `已超时（${num(d.overdue.total)}）` },
          { key: 'dueSoon', label: `即将超时（${num(d.dueSoon.total)}）` },
        ]}
      />
      <Table<SlaListItem>
        rowKey={(r) => `${r.caseId}-${r.clock}`}
        size="small"
        columns={columns}
        dataSource={list.items}
        pagination={list.items.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        scroll={{ x: 960 }}
        locale={{ emptyText: tab === 'overdue' ? '没有超时的案件' : '没有即将超时的案件' }}
      />
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// Escalations

const OUTCOME_STATUS: Record<string, string> = {
  pending: 'escalated',
  escalated_on: 'escalated',
  returned: 'accepted,in_progress,awaiting_creator',
  resolved: DONE,
  withdrawn: 'withdrawn',
};

export function EscalationsSection({ d, cols, scopeOf, query }: SectionProps) {
  const navigate = useNavigate();
  const wd = d.workingDayMs;
  const period = created(d.range.from, d.range.to);
  return (
    <Section
      id="escalations"
      title="上报网信办"
      sub="期间内的上报"
      tables={[
        { table: 'escalations-by-authority', label: '上报-按网信办' },
        { table: 'escalations-by-outcome', label: '上报-按结果' },
      ]}
      query={query}
    >
      <ZoneColumns cols={cols}>
        {(c) => {
          const e = d.figures[c.key].escalations;
          const scope = scopeOf(c);
          const toEscalated = deskLink(scope, { status: 'escalated' });
          // Cases of the period escalated to that authority (at any step, as the figure counts).
          const toAuthority = (authorityId: string) => deskLink(scope, { authorityId, ...period });
          const byAuthority: EChartsOption = {
            tooltip: {
              ...axisTooltip,
              axisPointer: { type: 'shadow' },
              formatter: (ps: unknown) => {
                const p = (ps as { dataIndex: number }[])[0];
                const a = e.byAuthority[p.dataIndex];
                return `${a.name}<br/>上报 <b>${a.count}</b> 次<br/>中位办理用时 ${workTime(a.medianTakenMs, wd)}`;
              },
            },
            grid: { ...baseGrid, top: 8, right: 40 },
            xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f4' } } },
            yAxis: {
              type: 'category',
              data: e.byAuthority.map((a) => `${a.name}\n{sub|中位 ${workTime(a.medianTakenMs, wd)}}`),
              inverse: true,
              axisTick: { show: false },
              axisLabel: { lineHeight: 16, rich: { sub: { fontSize: 11, color: 'rgba(0,0,0,.55)' } } },
            },
            series: [
              {
                type: 'bar',
                barMaxWidth: 22,
                data: e.byAuthority.map((a) => a.count),
                color: '#722ed1',
                itemStyle: { borderRadius: [0, 4, 4, 0] },
                label: { show: true, position: 'right', color: 'rgba(0,0,0,.7)' },
              },
            ],
          };
          const byOutcome: EChartsOption = {
            tooltip: { ...axisTooltip, axisPointer: { type: 'shadow' } },
            grid: { ...baseGrid, top: 8, right: 40 },
            xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f4' } } },
            yAxis: { type: 'category', data: e.byOutcome.map((o) => o.label), inverse: true, axisTick: { show: false } },
            series: [
              {
                type: 'bar',
                name: '上报',
                barMaxWidth: 18,
                data: e.byOutcome.map((o) => ({ value: o.count, itemStyle: { color: o.outcome === 'pending' ? '#d46b08' : o.outcome === 'resolved' ? '#389e0d' : '#8c6fd1' } })),
                itemStyle: { borderRadius: [0, 4, 4, 0] },
                label: { show: true, position: 'right', color: 'rgba(0,0,0,.7)' },
              },
            ],
          };
          return (
            <>
              <div className="mini-stats">
                <Link to={toEscalated}>
                  上报 <b>{num(e.count)}</b> 次
                </Link>
                <span>
                  涉及 <b>{num(e.cases)}</b> 件
                </span>
                <span>
                  上报率 <b>{pct(e.rate)}</b>
                </span>
                <span>
                  自动上报 <b>{num(e.automatic)}</b> 次
                </span>
                <span>
                  中位签收 <b>{workTime(e.medianAcknowledgeMs, wd)}</b>
                </span>
                <span>
                  中位办理 <b>{workTime(e.medianTakenMs, wd)}</b>
                </span>
              </div>
              {e.count === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所选期间没有上报" />
              ) : (
                <>
                  <h4 className="chart-title">按网信办（次数 · 中位办理用时）</h4>
                  <Chart
                    option={byAuthority}
                    height={Math.max(120, e.byAuthority.length * 52 + 30)}
                    label={`${c.name}上报按网信办：${e.byAuthority.map((a) => `${a.name} ${a.count} 次，中位办理用时 ${workTime(a.medianTakenMs, wd)}`).join('；')}`}
                    testId={`esc-authority-${c.key}`}
                    onClick={(p) => navigate(toAuthority(e.byAuthority[p.dataIndex].authorityId))}
                    onBlankClick={(_, y) => e.byAuthority[y] && navigate(toAuthority(e.byAuthority[y].authorityId))}
                  />
                  <DrillLinks
                    label={`${c.name}上报按网信办的案件清单`}
                    links={e.byAuthority.map((a) => ({ text: `${a.name}：上报 ${a.count} 次`, to: toAuthority(a.authorityId) }))}
                  />
                  <h4 className="chart-title">按结果</h4>
                  <Chart
                    option={byOutcome}
                    height={200}
                    label={`${c.name}上报按结果：${e.byOutcome.map((o) => `${o.label} ${o.count} 次`).join('，')}`}
                    testId={`esc-outcome-${c.key}`}
                    onClick={(p) => navigate(deskLink(scope, { status: OUTCOME_STATUS[e.byOutcome[p.dataIndex].outcome] }))}
                    onBlankClick={(_, y) => e.byOutcome[y] && navigate(deskLink(scope, { status: OUTCOME_STATUS[e.byOutcome[y].outcome] }))}
                  />
                </>
              )}
            </>
          );
        }}
      </ZoneColumns>
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// Satisfaction (好差评)

export function SatisfactionSection({ d, cols, scopeOf, query }: SectionProps) {
  const navigate = useNavigate();
  const period = created(d.range.from, d.range.to);
  return (
    <Section id="satisfaction" title="好差评" sub="期间内的评价 · 五级" table="satisfaction" query={query}>
      <ZoneColumns cols={cols}>
        {(c) => {
          const s = d.figures[c.key].satisfaction;
          // A level's bar: the cases of the period rated so, 差评 included (the open 差评 reviews are the
          // 待整改差评 link, a different, live figure of the whole scope).
          const toLevel = (level: number) => deskLink(scopeOf(c), { rating: String(level), ...period });
          const option: EChartsOption = {
            tooltip: {
              ...axisTooltip,
              axisPointer: { type: 'shadow' },
              formatter: (ps: unknown) => {
                const p = (ps as { dataIndex: number }[])[0];
                const l = s.levels[p.dataIndex];
                return `${l.label}<br/><b>${l.count}</b> 条（${pct(share(l.count, s.rated))}）`;
              },
            },
            grid: { ...baseGrid, top: 24 },
            xAxis: { type: 'category', data: s.levels.map((l) => l.label), axisTick: { alignWithLabel: true }, axisLabel: { interval: 0 } },
            yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f4' } } },
            series: [
              {
                type: 'bar',
                barMaxWidth: 40,
                data: s.levels.map((l, i) => ({ value: l.count, itemStyle: { color: LEVEL_COLORS[i], borderRadius: [4, 4, 0, 0] } })),
                label: { show: true, position: 'top', color: 'rgba(0,0,0,.7)', formatter: (p: unknown) => ((p as { value: number }).value ? pct(share((p as { value: number }).value, s.rated), 0) : '') },
              },
            ],
          };
          return (
            <>
              <div className="mini-stats">
                <span>
                  好评率 <b className="text-good">{pct(s.goodRate)}</b>
                </span>
                <span>
                  评价 <b>{num(s.rated)}</b> 条
                </span>
                <span>
                  差评 <b>{num(s.bad)}</b> 条
                </span>
                <Link to="/desk/reviews">
                  待整改差评 <b className={s.openBadReviews ? 'text-danger' : ''}>{num(s.openBadReviews)}</b> 条
                </Link>
              </div>
              {s.rated === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所选期间没有评价" />
              ) : (
                <Chart
                  option={option}
                  height={cols.length === 1 ? 330 : 240}
                  label={`${c.name}好差评分布：${s.levels.map((l) => `${l.label} ${l.count} 条`).join('，')}；好评率 ${pct(s.goodRate)}`}
                  testId={`satisfaction-${c.key}`}
                  onClick={(p) => navigate(toLevel(s.levels[p.dataIndex].level))}
                  onBlankClick={(x) => s.levels[x] && navigate(toLevel(s.levels[x].level))}
                />
              )}
              {s.rated > 0 && (
                <DrillLinks
                  label={`${c.name}好差评各等级的案件清单`}
                  links={s.levels.filter((l) => l.count > 0).map((l) => ({ text: `${l.label}：${l.count} 条`, to: toLevel(l.level) }))}
                />
              )}
            </>
          );
        }}
      </ZoneColumns>
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// Agent workload

export function AgentsSection({ d, scopeOf, query, cityWide }: SectionProps) {
  const navigate = useNavigate();
  const wd = d.workingDayMs;
  const zoneNames = new Map(d.columns.map((c) => [c.zoneId, c.name]));
  const scope = (zoneId: string) => scopeOf(d.columns.find((c) => c.zoneId === zoneId) ?? d.columns[0]);
  const maxOpen = Math.max(1, ...d.agents.map((a) => a.open));
  const columns: TableProps<AgentWorkload>['columns'] = [
    {
      title: '专员',
      dataIndex: 'displayName',
      render: (n: string, a) => (
        <>
          <Link to={deskLink(scope(a.zoneId), { assigneeId: a.id, status: OPEN })} onClick={(e) => e.stopPropagation()}>
            {n}
          </Link>
          {!a.active && <Tag style={{ marginInlineStart: 6 }}>已停用</Tag>}
        </>
      ),
      sorter: (a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'),
    },
    ...(cityWide
      ? [
          {
            title: '集聚区',
            key: 'zone',
            width: 110,
            render: (_: unknown, a: AgentWorkload) => shortZone(zoneNames.get(a.zoneId) ?? a.zoneId),
            sorter: (a: AgentWorkload, b: AgentWorkload) => a.zoneId.localeCompare(b.zoneId),
          },
        ]
      : []),
    {
      title: '在办',
      dataIndex: 'open',
      width: 180,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.open - b.open,
      render: (v: number) => (
        <span className="load">
          <span className="load-bar" aria-hidden>
            <span style={{ width: `${(v / maxOpen) * 100}%` }} />
          </span>
          <b>{num(v)}</b>
        </span>
      ),
    },
    { title: '本期办结', dataIndex: 'resolved', width: 100, align: 'right', sorter: (a, b) => a.resolved - b.resolved, render: num },
    {
      title: '平均办理时长',
      dataIndex: 'meanHandlingMs',
      width: 130,
      align: 'right',
      sorter: (a, b) => (a.meanHandlingMs ?? -1) - (b.meanHandlingMs ?? -1),
      render: (v: number | null) => workTime(v, wd),
    },
    {
      title: '办结按期率',
      dataIndex: 'onTimeRate',
      width: 150,
      sorter: (a, b) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1),
      render: (v: number | null) => (
        <span className="rate-cell">
          <RateBar rate={v} />
          {pct(v)}
        </span>
      ),
    },
  ];
  return (
    <Section id="agents" title="专员工作量" sub="在办为此刻数；办结与按期率为期间内 · 点击一行查看该专员的在办案件" table="agents" query={query}>
      <Table<AgentWorkload>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={d.agents}
        pagination={d.agents.length > 30 ? { pageSize: 30, size: 'small', hideOnSinglePage: true } : false}
        scroll={{ x: 720 }}
        rowClassName="clickable-row"
        onRow={(a) => ({ onClick: () => navigate(deskLink(scope(a.zoneId), { assigneeId: a.id, status: OPEN })) })}
        locale={{ emptyText: '没有服务台专员' }}
      />
    </Section>
  );
}

// ---------------------------------------------------------------------------------------------
// 盾牌行动 by category and platform

export function ShieldSection({ d, cols, scopeOf, query }: SectionProps) {
  const navigate = useNavigate();
  const period = created(d.range.from, d.range.to);
  const other = d.filter.programme && d.filter.programme !== 'shield';
  return (
    <Section
      id="shield"
      title="盾牌行动 · 侵权类型与平台"
      sub="新提交、办结为期间内；在办为此刻数"
      tables={[
        { table: 'shield-categories', label: '盾牌行动-按类别' },
        { table: 'shield-platforms', label: '盾牌行动-按平台' },
      ]}
      query={query}
    >
      {other ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="已筛选其他服务项目；选择“全部项目”或“盾牌行动”查看" />
      ) : (
        <ZoneColumns cols={cols}>
          {(c) => {
            const s = d.figures[c.key].shield;
            const scope = { ...scopeOf(c), programme: 'shield' };
            const cats = [...s.byCategory].reverse();
            const plats = [...s.byPlatform].reverse();
            const hbar = (labels: string[], series: { name: string; data: number[]; color: string }[]): EChartsOption => ({
              tooltip: { ...axisTooltip, axisPointer: { type: 'shadow' } },
              legend: { top: 0, itemWidth: 12, itemHeight: 8 },
              grid: { ...baseGrid, top: 30 },
              xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef0f4' } } },
              yAxis: { type: 'category', data: labels, axisTick: { show: false } },
              series: series.map((x) => ({ type: 'bar', name: x.name, data: x.data, color: x.color, barMaxWidth: 12, barGap: '20%', itemStyle: { borderRadius: [0, 3, 3, 0] } })),
            });
            const status = (seriesName?: string) => (seriesName === '办结' ? DONE : seriesName === '在办' ? OPEN : undefined);
            // A bar of a category or platform: that one's cases (新提交 / 办结 in the period, 在办 now).
            const link = (seriesName: string | undefined, only: { category?: string; platform?: string }) =>
              deskLink(scope, { status: status(seriesName), ...(seriesName === '在办' ? {} : period), ...only });
            const catLink = (i: number, seriesName?: string) => link(seriesName, { category: cats[i].category });
            // An empty platform (未填写) is no filter the list takes: all of the programme's cases then.
            const platLink = (i: number, seriesName?: string) => link(seriesName, { platform: plats[i].platform || undefined });
            const none = !sum(s.byCategory.map((x) => x.submitted + x.open)) && !sum(s.byPlatform.map((x) => x.submitted));
            if (none) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所选期间没有盾牌行动案件" />;
            return (
              <Row gutter={[16, 8]}>
                <Col xs={24} xl={cols.length === 1 ? 12 : 24}>
                  <h4 className="chart-title">按侵权类型</h4>
                  <Chart
                    option={hbar(
                      cats.map((x) => x.label),
                      [
                        { name: '新提交', data: cats.map((x) => x.submitted), color: COLORS.submitted },
                        { name: '办结', data: cats.map((x) => x.resolved), color: COLORS.resolved },
                        { name: '在办', data: cats.map((x) => x.open), color: COLORS.open },
                      ],
                    )}
                    height={Math.max(220, cats.length * 40 + 40)}
                    label={`${c.name}盾牌行动按侵权类型：${s.byCategory.map((x) => `${x.label} 新提交 ${x.submitted}、办结 ${x.resolved}、在办 ${x.open}`).join('；')}`}
                    testId={`shield-cat-${c.key}`}
                    onClick={(p) => navigate(catLink(p.dataIndex, p.seriesName))}
                    onBlankClick={(_, y) => cats[y] && navigate(catLink(y))}
                  />
                  <DrillLinks
                    label={`${c.name}盾牌行动按侵权类型的案件清单`}
                    links={s.byCategory.flatMap((x) =>
                      (['新提交', '办结', '在办'] as const)
                        .map((name) => ({ name, n: name === '新提交' ? x.submitted : name === '办结' ? x.resolved : x.open }))
                        .filter(({ n }) => n > 0)
                        .map(({ name, n }) => ({ text: `${x.label} · ${name}：${n} 件`, to: link(name, { category: x.category }) })),
                    )}
                  />
                </Col>
                <Col xs={24} xl={cols.length === 1 ? 12 : 24}>
                  <h4 className="chart-title">按平台</h4>
                  <Chart
                    option={hbar(
                      plats.map((x) => x.label),
                      [
                        { name: '新提交', data: plats.map((x) => x.submitted), color: COLORS.submitted },
                        { name: '办结', data: plats.map((x) => x.resolved), color: COLORS.resolved },
                      ],
                    )}
                    height={Math.max(220, plats.length * 34 + 40)}
                    label={`${c.name}盾牌行动按平台：${s.byPlatform.map((x) => `${x.label} 新提交 ${x.submitted}、办结 ${x.resolved}`).join('；')}`}
                    testId={`shield-platform-${c.key}`}
                    onClick={(p) => navigate(platLink(p.dataIndex, p.seriesName))}
                    onBlankClick={(_, y) => plats[y] && navigate(platLink(y))}
                  />
                  <DrillLinks
                    label={`${c.name}盾牌行动按平台的案件清单`}
                    links={s.byPlatform.flatMap((x) =>
                      (['新提交', '办结'] as const)
                        .map((name) => ({ name, n: name === '新提交' ? x.submitted : x.resolved }))
                        .filter(({ n }) => n > 0)
                        .map(({ name, n }) => ({ text: `${x.label} · ${name}：${n} 件`, to: link(name, { platform: x.platform || undefined }) })),
                    )}
                  />
                </Col>
              </Row>
            );
          }}
        </ZoneColumns>
      )}
    </Section>
  );
}

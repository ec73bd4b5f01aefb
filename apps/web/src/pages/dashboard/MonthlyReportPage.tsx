import { Breadcrumb, Button, Card, Col, DatePicker, Row, Select, Skeleton } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { EChartsOption } from 'echarts';
import { useEffect, useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ErrorState } from '../../components/States';
import { ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt, TZ } from '../../lib/time';
import { SVGRenderer } from 'echarts/renderers';
import { Chart, COLORS, echarts } from './charts';
import { change, num, pct, share, workTime } from './format';
import type { ColumnFigures, MonthlyReport } from './types';
import { TREND_LABELS, TREND_SERIES } from './types';

echarts.use([SVGRenderer]);

const lastMonth = () => dayjs().tz(TZ).subtract(1, 'month').format('YYYY-MM');
const thisMonth = () => dayjs().tz(TZ).format('YYYY-MM');

type Kind = 'count' | 'rate' | 'duration';
interface Line {
  label: string;
  kind: Kind;
  get: (f: ColumnFigures) => number | null;
  /** Higher is better (colours the change); undefined for neutral figures. */
  better?: 'up' | 'down';
}

const clockRate = (f: ColumnFigures, clock: string) => f.sla.clocks.find((c) => c.clock === clock)?.rate ?? null;

const LINES: Line[] = [
  { label: '新提交', kind: 'count', get: (f) => f.counts.submitted },
  { label: '受理', kind: 'count', get: (f) => f.counts.accepted },
  { label: '不予受理', kind: 'count', get: (f) => f.counts.rejected },
  { label: '办结', kind: 'count', get: (f) => f.counts.resolved, better: 'up' },
  { label: '撤回', kind: 'count', get: (f) => f.counts.withdrawn },
  { label: '重新办理', kind: 'count', get: (f) => f.counts.reopened, better: 'down' },
  { label: '上报网信办（次）', kind: 'count', get: (f) => f.escalations.count },
  { label: '上报率', kind: 'rate', get: (f) => f.escalations.rate },
  { label: '受理按期率', kind: 'rate', get: (f) => clockRate(f, 'accept'), better: 'up' },
  { label: '首次答复按期率', kind: 'rate', get: (f) => clockRate(f, 'first_response'), better: 'up' },
  { label: '办结按期率', kind: 'rate', get: (f) => clockRate(f, 'resolve'), better: 'up' },
  { label: '平均办理时长', kind: 'duration', get: (f) => f.handling.meanMs, better: 'down' },
  { label: '办理时长中位数', kind: 'duration', get: (f) => f.handling.medianMs, better: 'down' },
  { label: '办理时长第 90 百分位', kind: 'duration', get: (f) => f.handling.p90Ms, better: 'down' },
  { label: '评价数', kind: 'count', get: (f) => f.satisfaction.rated },
  { label: '好评率', kind: 'rate', get: (f) => f.satisfaction.goodRate, better: 'up' },
  { label: '差评（条）', kind: 'count', get: (f) => f.satisfaction.bad, better: 'down' },
];

function ReportSection({ n, title, children, note }: { n: string; title: string; children: ReactNode; note?: ReactNode }) {
  return (
    <section className="report-section">
      <h2>
        {n}、{title}
      </h2>
      {children}
      {note && <p className="report-note">{note}</p>}
    </section>
  );
}

/**
 * The printable monthly report of one zone (`GET /dashboard/monthly-report`): an A4 page on
 * screen, and the same on paper through the print stylesheet (the app's header, the pickers and
 * the buttons are not printed).
 */
export default function MonthlyReportPage() {
  const me = useUser();
  const cityWide = !me.zoneId;
  const [params, setParams] = useSearchParams();
  const zones = useApi(['reference', 'zones-or-none'], () => reference.zones().catch(() => [] as Zone[]));
  const zoneList = zones.data?.length ? zones.data : Object.entries(ZONE_FALLBACK).map(([id, name]) => ({ id, name }) as Zone);
  const zoneId = cityWide ? params.get('zoneId') || zoneList[0]?.id : me.zoneId!;
  const month = params.get('month') || lastMonth();
  const report = useApi(['monthly-report', zoneId, month], zoneId ? (signal) => api.get<MonthlyReport>('/dashboard/monthly-report', { zoneId, month }, signal) : null);
  const r = report.data;

  useEffect(() => {
    const before = document.title;
    if (r) document.title = r.title;
    return () => {
      document.title = before;
    };
  }, [r]);

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    setParams(next);
  };

  return (
    <div className="report-page">
      <div className="no-print">
        <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/dashboard">数据看板</Link> }, { title: '月报' }]} />
        <Card variant="borderless" className="filters">
          <Row gutter={[12, 12]} align="bottom">
            {cityWide && (
              <Col xs={24} sm={8}>
                <label className="filter-label" htmlFor="report-zone">
                  集聚区
                </label>
                <Select id="report-zone" style={{ width: '100%' }} value={zoneId} onChange={(v) => update({ zoneId: v })} options={zoneList.map((z) => ({ value: z.id, label: z.name }))} />
              </Col>
            )}
            <Col xs={24} sm={8}>
              <label className="filter-label" htmlFor="report-month">
                月份
              </label>
              <DatePicker
                id="report-month"
                picker="month"
                style={{ width: '100%' }}
                allowClear={false}
                value={dayjs(`${month}-01`)}
                disabledDate={(m) => m.format('YYYY-MM') > thisMonth()}
                onChange={(m) => m && update({ month: m.format('YYYY-MM') })}
              />
            </Col>
            <Col xs={24} sm={8} className="filter-actions">
              <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!r}>
                打印 / 另存为 PDF
              </Button>
            </Col>
          </Row>
        </Card>
      </div>
      {report.error && !report.loading ? (
        <ErrorState error={report.error} onRetry={report.reload} />
      ) : !r || report.loading ? (
        <div className="report-paper" role="status" aria-label="正在生成月报">
          <Skeleton active title={{ width: '60%' }} paragraph={{ rows: 14 }} />
        </div>
      ) : (
        <Report r={r} />
      )}
    </div>
  );
}

function ChangeCell({ now, before, kind, better }: { now: number | null; before: number | null; kind: Kind; better?: 'up' | 'down' }) {
  const c = change(now, before, kind);
  if (!c) return <td className="num muted">—</td>;
  const tone = !better || c.dir === 'flat' ? '' : c.dir === better ? 'good' : 'bad';
  return (
    <td className={`num change ${tone}`}>
      {c.dir === 'up' ? '▲ ' : c.dir === 'down' ? '▼ ' : ''}
      {c.text}
    </td>
  );
}

function Report({ r }: { r: MonthlyReport }) {
  const f = r.figures;
  const p = r.previous.figures;
  const wd = r.workingDayMs;
  const show = (v: number | null, kind: Kind) => (kind === 'rate' ? pct(v) : kind === 'duration' ? workTime(v, wd) : num(v));
  const [year, mm] = r.month.split('-');
  const trend: EChartsOption = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, itemWidth: 12, itemHeight: 8 },
      grid: { left: 4, right: 12, top: 32, bottom: 4 },
      xAxis: { type: 'category', data: r.trend.days, boundaryGap: false, axisLabel: { formatter: (v: string) => String(Number(v.slice(8))) } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e8e8e8' } } },
      series: TREND_SERIES.map((k) => ({ name: TREND_LABELS[k], type: 'line', data: r.trend.series[k], color: COLORS[k], showSymbol: false, lineStyle: { width: 1.8 } })),
    }),
    [r],
  );
  const resolve = f.sla.clocks.find((c) => c.clock === 'resolve');
  const b = f.backlog;

  return (
    <article className="report-paper" aria-labelledby="report-title">
      <header className="report-head">
        <div className="report-org">集聚区创作者服务台 · {r.zone.name}</div>
        <h1 id="report-title">{r.title}</h1>
        <div className="report-meta">
          统计期间：{r.range.from} 至 {r.range.to}（{r.range.days} 天，北京时间） · 生成时间：{fmt(r.generatedAt, 'YYYY-MM-DD HH:mm')}
        </div>
      </header>

      <ReportSection n="一" title="总体情况">
        <p className="report-summary">
          {year}年{Number(mm)}月，{r.zone.name}共收到创作者诉求 <b>{num(f.counts.submitted)}</b> 件，受理 <b>{num(f.counts.accepted)}</b> 件，办结{' '}
          <b>{num(f.counts.resolved)}</b> 件；办结按期率 <b>{pct(resolve?.rate ?? null)}</b>，办理时长中位数 <b>{workTime(f.handling.medianMs, wd)}</b>；收到评价{' '}
          <b>{num(f.satisfaction.rated)}</b> 条，好评率 <b>{pct(f.satisfaction.goodRate)}</b>；上报网信办 <b>{num(f.escalations.count)}</b> 次。截至报告生成时，在办案件{' '}
          <b>{num(b.total)}</b> 件，其中已超时 <b>{num(f.sla.overdueNow)}</b> 件，待整改差评 <b>{num(f.satisfaction.openBadReviews)}</b> 条。
        </p>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col" className="num">
                本月（{r.month}）
              </th>
              <th scope="col" className="num">
                上月（{r.previous.month}）
              </th>
              <th scope="col" className="num">
                环比
              </th>
            </tr>
          </thead>
          <tbody>
            {LINES.map((l) => (
              <tr key={l.label}>
                <th scope="row">{l.label}</th>
                <td className="num">{show(l.get(f), l.kind)}</td>
                <td className="num">{show(l.get(p), l.kind)}</td>
                <ChangeCell now={l.get(f)} before={l.get(p)} kind={l.kind} better={l.better} />
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>

      <ReportSection n="二" title="每日趋势">
        <Chart option={trend} height={230} renderer="svg" label={`${r.month} 每日趋势：${TREND_SERIES.map((k) => `${TREND_LABELS[k]}共 ${num(r.trend.series[k].reduce((a, x) => a + x, 0))} 件`).join('，')}`} />
      </ReportSection>

      <ReportSection n="三" title="分项目情况">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">服务项目</th>
              <th scope="col" className="num">新提交</th>
              <th scope="col" className="num">受理</th>
              <th scope="col" className="num">办结</th>
              <th scope="col" className="num">上报</th>
              <th scope="col" className="num">办结按期率</th>
              <th scope="col" className="num">中位办理时长</th>
              <th scope="col" className="num">好评率</th>
            </tr>
          </thead>
          <tbody>
            {r.byProgramme.map((x) => (
              <tr key={x.programme}>
                <th scope="row">{x.name}</th>
                <td className="num">{num(x.figures.counts.submitted)}</td>
                <td className="num">{num(x.figures.counts.accepted)}</td>
                <td className="num">{num(x.figures.counts.resolved)}</td>
                <td className="num">{num(x.figures.escalations.count)}</td>
                <td className="num">{pct(x.figures.sla.clocks.find((c) => c.clock === 'resolve')?.rate ?? null)}</td>
                <td className="num">{workTime(x.figures.handling.medianMs, wd)}</td>
                <td className="num">{pct(x.figures.satisfaction.goodRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>

      <ReportSection n="四" title="时限执行" note="按期率 = 按期 ÷（按期 + 超期完成 + 超期未完成），统计本月到期的时限。">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">时限</th>
              <th scope="col" className="num">按期</th>
              <th scope="col" className="num">超期完成</th>
              <th scope="col" className="num">超期未完成</th>
              <th scope="col" className="num">按期率</th>
              <th scope="col" className="num">上月按期率</th>
            </tr>
          </thead>
          <tbody>
            {f.sla.clocks.map((c) => (
              <tr key={c.clock}>
                <th scope="row">{c.label}</th>
                <td className="num">{num(c.onTime)}</td>
                <td className="num">{num(c.late)}</td>
                <td className="num">{num(c.overdueOpen)}</td>
                <td className="num">
                  <b>{pct(c.rate)}</b>
                </td>
                <td className="num">{pct(p.sla.clocks.find((x) => x.clock === c.clock)?.rate ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>

      <ReportSection n="五" title="在办积压（截至报告生成时）" note={`共 ${num(b.total)} 件，其中未分派 ${num(b.unassigned)} 件；账龄按提交日起的工作日计。`}>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">状态</th>
              {b.byAge.map((a) => (
                <th key={a.band} scope="col" className="num">
                  {a.label}
                </th>
              ))}
              <th scope="col" className="num">合计</th>
            </tr>
          </thead>
          <tbody>
            {b.matrix.map((row) => (
              <tr key={row.status}>
                <th scope="row">{row.label}</th>
                {row.bands.map((v, i) => (
                  <td key={i} className={`num ${i === 3 && v > 0 ? 'strong-cell' : ''}`}>
                    {num(v)}
                  </td>
                ))}
                <td className="num">
                  <b>{num(row.bands.reduce((a, x) => a + x, 0))}</b>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合计</th>
              {b.byAge.map((a) => (
                <td key={a.band} className="num">
                  <b>{num(a.count)}</b>
                </td>
              ))}
              <td className="num">
                <b>{num(b.total)}</b>
              </td>
            </tr>
          </tfoot>
        </table>
      </ReportSection>

      <ReportSection n="六" title="上报网信办" note={`上报 ${num(f.escalations.count)} 次（其中超时自动上报 ${num(f.escalations.automatic)} 次），涉及案件 ${num(f.escalations.cases)} 件，上报率 ${pct(f.escalations.rate)}；中位签收用时 ${workTime(f.escalations.medianAcknowledgeMs, wd)}，中位办理用时 ${workTime(f.escalations.medianTakenMs, wd)}。`}>
        <div className="report-two">
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">网信办</th>
                <th scope="col" className="num">次数</th>
                <th scope="col" className="num">中位办理用时</th>
              </tr>
            </thead>
            <tbody>
              {f.escalations.byAuthority.length ? (
                f.escalations.byAuthority.map((a) => (
                  <tr key={a.authorityId}>
                    <th scope="row">{a.name}</th>
                    <td className="num">{num(a.count)}</td>
                    <td className="num">{workTime(a.medianTakenMs, wd)}</td>
                  </tr>
                ))
              ) : (
                <tr>
                  <td colSpan={3} className="muted">
                    本月没有上报
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">结果</th>
                <th scope="col" className="num">次数</th>
              </tr>
            </thead>
            <tbody>
              {f.escalations.byOutcome.map((o) => (
                <tr key={o.outcome}>
                  <th scope="row">{o.label}</th>
                  <td className="num">{num(o.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <ReportSection n="七" title="好差评" note={`好评率为“非常满意”“满意”占全部评价的比例。待整改差评（截至生成时）${num(f.satisfaction.openBadReviews)} 条。`}>
        <table className="report-table">
          <thead>
            <tr>
              {f.satisfaction.levels.map((l) => (
                <th key={l.level} scope="col" className="num">
                  {l.label}
                </th>
              ))}
              <th scope="col" className="num">合计</th>
              <th scope="col" className="num">好评率</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              {f.satisfaction.levels.map((l) => (
                <td key={l.level} className="num">
                  {num(l.count)} <span className="muted">（{pct(share(l.count, f.satisfaction.rated), 0)}）</span>
                </td>
              ))}
              <td className="num">{num(f.satisfaction.rated)}</td>
              <td className="num">
                <b>{pct(f.satisfaction.goodRate)}</b>
              </td>
            </tr>
          </tbody>
        </table>
      </ReportSection>

      <ReportSection n="八" title="盾牌行动：侵权类型与平台">
        <div className="report-two">
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">侵权类型</th>
                <th scope="col" className="num">新提交</th>
                <th scope="col" className="num">办结</th>
                <th scope="col" className="num">在办</th>
              </tr>
            </thead>
            <tbody>
              {f.shield.byCategory.map((c) => (
                <tr key={c.category}>
                  <th scope="row">{c.label}</th>
                  <td className="num">{num(c.submitted)}</td>
                  <td className="num">{num(c.resolved)}</td>
                  <td className="num">{num(c.open)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">平台</th>
                <th scope="col" className="num">新提交</th>
                <th scope="col" className="num">办结</th>
              </tr>
            </thead>
            <tbody>
              {f.shield.byPlatform.map((x) => (
                <tr key={x.platform}>
                  <th scope="row">{x.label}</th>
                  <td className="num">{num(x.submitted)}</td>
                  <td className="num">{num(x.resolved)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <ReportSection n="九" title="专员工作量">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">专员</th>
              <th scope="col" className="num">在办（当前）</th>
              <th scope="col" className="num">本月办结</th>
              <th scope="col" className="num">平均办理时长</th>
              <th scope="col" className="num">办结按期率</th>
            </tr>
          </thead>
          <tbody>
            {r.agents.length ? (
              [...r.agents]
                .sort((a, c) => c.resolved - a.resolved)
                .map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      {a.displayName}
                      {!a.active && <span className="muted">（已停用）</span>}
                    </th>
                    <td className="num">{num(a.open)}</td>
                    <td className="num">{num(a.resolved)}</td>
                    <td className="num">{workTime(a.meanHandlingMs, wd)}</td>
                    <td className="num">{pct(a.onTimeRate)}</td>
                  </tr>
                ))
            ) : (
              <tr>
                <td colSpan={5} className="muted">
                  没有服务台专员
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </ReportSection>

      <ReportSection n="十" title={`当前超时案件（共 ${num(r.overdue.total)} 件${r.overdue.total > r.overdue.items.length ? `，列出最紧急的 ${r.overdue.items.length} 件` : ''}）`}>
        {r.overdue.items.length ? (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">编号</th>
                <th scope="col">标题</th>
                <th scope="col">时限</th>
                <th scope="col">截止时间</th>
                <th scope="col">负责人</th>
              </tr>
            </thead>
            <tbody>
              {r.overdue.items.map((i) => (
                <tr key={`${i.caseId}-${i.clock}`}>
                  <td className="reference nowrap">
                    <Link to={`/desk/cases/${i.caseId}`}>{i.reference}</Link>
                  </td>
                  <td>{i.title}</td>
                  <td className="nowrap">{i.clockLabel}</td>
                  <td className="nowrap">{fmt(i.dueAt, 'MM-DD HH:mm')}</td>
                  <td className="nowrap">{i.assignee?.displayName ?? '未分派'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">截至报告生成时没有超时案件。</p>
        )}
      </ReportSection>

      <footer className="report-foot">
        <span>编制：{r.zone.name}服务台</span>
        <span>审核：__________</span>
        <span>日期：{fmt(r.generatedAt, 'YYYY年MM月DD日')}</span>
      </footer>
      <p className="report-definitions">
        口径：日期为上海时间自然日；时长为工作时间（工作日 09:00–17:30，不含法定节假日）；“在办”“超时”“待整改差评”为报告生成时的实时数。
      </p>
    </article>
  );
}

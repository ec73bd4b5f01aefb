import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { fmt } from '../../../lib/time';
import { Chart, COLORS } from '../charts';
import { num, pct, workTime } from '../format';
import type { MonthlyReport } from '../types';
import { TREND_LABELS, TREND_SERIES } from '../types';
import { ReportActivity } from './ReportActivity';
import { ReportRectifications } from './ReportRectifications';
import { ChangeCell, type Kind, LINES, ReportSection } from './ReportParts';

/** The monthly report of one zone as an A4 page: sections 一 to 五 here, 六 to 十 in ReportActivity, 十一 (差评整改台账) in ReportRectifications. */
export function Report({ r }: { r: MonthlyReport }) {
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
          <b>{num(f.counts.resolved)}</b> 件；办结按期率 <b>{pct(resolve?.rate ?? null)}</b>，办理时长中位数 <b>{workTime(f.handling.medianMs, wd)}</b>；响应率 <b>{pct(f.rates.response.rate)}</b>，解决率{' '}
          <b>{pct(f.rates.solved.rate)}</b>，满意率 <b>{pct(f.rates.satisfied.rate)}</b>；收到评价{' '}
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
              <th scope="col" className="num">响应率</th>
              <th scope="col" className="num">解决率</th>
              <th scope="col" className="num">满意率</th>
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
                <td className="num">{pct(x.figures.rates.response.rate)}</td>
                <td className="num">{pct(x.figures.rates.solved.rate)}</td>
                <td className="num">{pct(x.figures.rates.satisfied.rate)}</td>
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

      <ReportActivity r={r} />
      <ReportRectifications zoneId={r.zone.id} month={r.month} />

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

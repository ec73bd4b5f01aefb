import { Empty } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { axisTooltip, baseGrid, Chart, COLORS } from '../charts';
import { ACCEPTED_ONCE, created, deskLink, DONE } from '../drill';
import { TREND_LABELS, TREND_SERIES, type TrendSeriesName } from '../types';
import { Section, type SectionProps, sharedMax, sum, ZoneColumns } from './Section';
import type { DashboardColumn } from '../types';

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
  const bucketed = (c: DashboardColumn, k: TrendSeriesName) => points.map((b) => sum(b.index.map((i) => d.trend.series[c.key][k][i] ?? 0)));
  // The zones on one scale: the same height means the same count.
  const yMax = sharedMax(cols, cols.flatMap((c) => TREND_SERIES.flatMap((k) => bucketed(c, k))));
  // Beyond a month of points, a zoom bar under the axis (the whole range shown at first).
  const zoom = points.length > 31;
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
          const option: EChartsOption = {
            tooltip: axisTooltip,
            legend: { top: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 8 },
            grid: { ...baseGrid, top: 36, bottom: zoom ? 48 : baseGrid.bottom },
            xAxis: { type: 'category', data: points.map((b) => b.label), boundaryGap: true, axisTick: { alignWithLabel: true } },
            yAxis: { type: 'value', minInterval: 1, max: yMax, splitLine: { lineStyle: { color: '#eef0f4' } } },
            ...(zoom ? { dataZoom: [{ type: 'inside', start: 0, end: 100 }, { type: 'slider', start: 0, end: 100, height: 18, bottom: 6, brushSelect: false }] } : {}),
            // Counts per day are discrete: straight segments between the days, never a smoothed curve.
            series: TREND_SERIES.map((k) => ({
              name: TREND_LABELS[k],
              type: 'line',
              data: bucketed(c, k),
              smooth: false,
              showSymbol: points.length <= 45,
              symbolSize: 6,
              color: COLORS[k],
              lineStyle: { width: k === 'submitted' ? 2.5 : 2 },
              emphasis: { focus: 'series' },
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


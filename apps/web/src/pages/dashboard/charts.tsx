import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { useMemo, useRef } from 'react';

// ECharts lives in the dashboard's chunks only (the routes that import this file are lazy). The
// printable report adds the SVG renderer itself (vector charts on paper).
echarts.use([LineChart, BarChart, HeatmapChart, DataZoomComponent, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };

const FONT =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

/** Series colours: blue for intake, teal for accepted, red for refused, green for done, grey for withdrawn. */
export const COLORS = {
  submitted: '#1f5fbf',
  accepted: '#13a8a8',
  rejected: '#c8102e',
  resolved: '#389e0d',
  withdrawn: '#8c8c8c',
  open: '#d46b08',
};

export const STATUS_BAR_COLORS: Record<string, string> = {
  submitted: '#d4a106',
  accepted: '#13a8a8',
  in_progress: '#1f5fbf',
  awaiting_creator: '#d46b08',
  escalated: '#722ed1',
};

/** 非常满意 … 非常不满意 */
export const LEVEL_COLORS = ['#237804', '#73d13d', '#d4b106', '#fa8c16', '#c8102e'];

interface ChartClick {
  seriesName?: string;
  seriesIndex?: number;
  dataIndex: number;
  name?: string;
  value?: unknown;
  data?: unknown;
}

/**
 * An ECharts chart: the app's font, a text alternative for screen readers, and a click handler for
 * drilling into the case list (`onClick` on a mark; `onBlankClick` with the axis values of a click
 * elsewhere in the plot — the category index on a category axis — since lines and thin bars are
 * small targets).
 */
export function Chart({
  option,
  height = 280,
  label,
  onClick,
  onBlankClick,
  renderer = 'canvas',
  testId,
}: {
  option: EChartsOption;
  height?: number;
  label: string;
  onClick?: (p: ChartClick) => void;
  onBlankClick?: (x: number, y: number) => void;
  renderer?: 'canvas' | 'svg';
  testId?: string;
}) {
  const full = useMemo<EChartsOption>(() => ({ textStyle: { fontFamily: FONT }, animationDuration: 400, ...option }), [option]);
  // Handlers through refs: a new function each render must not re-create the chart.
  const click = useRef(onClick);
  click.current = onClick;
  const blank = useRef(onBlankClick);
  blank.current = onBlankClick;
  const events = useMemo(() => ({ click: (p: ChartClick) => click.current?.(p) }), []);
  return (
    <div role="img" aria-label={label} className={`chart ${onClick || onBlankClick ? 'chart-clickable' : ''}`} data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={full}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        opts={{ renderer }}
        onEvents={events}
        onChartReady={(chart: echarts.ECharts) => {
          chart.getZr().on('click', (e) => {
            if (e.target || !blank.current) return; // a mark: the chart's own click handler has it
            const point = [e.offsetX, e.offsetY];
            if (!chart.containPixel({ gridIndex: 0 }, point)) return;
            const [x, y] = chart.convertFromPixel({ gridIndex: 0 }, point) as number[];
            if (Number.isFinite(x) && Number.isFinite(y)) blank.current(Math.round(x), Math.round(y));
          });
        }}
      />
    </div>
  );
}

export const baseGrid = { left: 4, right: 16, top: 40, bottom: 4 };
export const axisTooltip = { trigger: 'axis' as const, confine: true };

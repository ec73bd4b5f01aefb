import { Col, Empty, Row, Tooltip } from 'antd';
import type { EChartsOption } from 'echarts';
import { Link, useNavigate } from 'react-router-dom';
import { fmt } from '../../../lib/time';
import { axisTooltip, baseGrid, Chart, STATUS_BAR_COLORS } from '../charts';
import { ageBandCreated, deskLink, OPEN } from '../drill';
import { num } from '../format';
import { DrillLinks, Section, type SectionProps, sharedMax, ZoneColumns } from './Section';

export function BacklogSection({ d, cols, scopeOf, query }: SectionProps) {
  const navigate = useNavigate();
  // Age is counted to the day the live figures were taken (Shanghai).
  const today = fmt(d.asOf, 'YYYY-MM-DD');
  const single = cols.length === 1;
  const yMax = sharedMax(cols, cols.flatMap((c) => d.figures[c.key].backlog.byStatus.map((x) => x.count)));
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
            yAxis: { type: 'value', minInterval: 1, max: yMax, splitLine: { lineStyle: { color: '#eef0f4' } } },
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


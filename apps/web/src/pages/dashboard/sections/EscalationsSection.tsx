import { Empty } from 'antd';
import type { EChartsOption } from 'echarts';
import { Link, useNavigate } from 'react-router-dom';
import { axisTooltip, baseGrid, Chart } from '../charts';
import { created, deskLink, DONE } from '../drill';
import { num, pct, workTime } from '../format';
import { DrillLinks, Section, type SectionProps, sharedMax, ZoneColumns } from './Section';

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
            xAxis: { type: 'value', minInterval: 1, max: sharedMax(cols, cols.flatMap((z) => d.figures[z.key].escalations.byAuthority.map((a) => a.count))), splitLine: { lineStyle: { color: '#eef0f4' } } },
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
            xAxis: { type: 'value', minInterval: 1, max: sharedMax(cols, cols.flatMap((z) => d.figures[z.key].escalations.byOutcome.map((o) => o.count))), splitLine: { lineStyle: { color: '#eef0f4' } } },
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


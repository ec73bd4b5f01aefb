import { Empty } from 'antd';
import type { EChartsOption } from 'echarts';
import { Link, useNavigate } from 'react-router-dom';
import { axisTooltip, baseGrid, Chart, LEVEL_COLORS } from '../charts';
import { created, deskLink } from '../drill';
import { num, pct, share } from '../format';
import { DrillLinks, Section, type SectionProps, ZoneColumns } from './Section';

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
                <Link to="/desk/rectifications">
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


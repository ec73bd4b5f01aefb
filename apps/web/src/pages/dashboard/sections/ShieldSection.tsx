import { Col, Empty, Row } from 'antd';
import type { EChartsOption } from 'echarts';
import { useNavigate } from 'react-router-dom';
import { axisTooltip, baseGrid, Chart, COLORS } from '../charts';
import { created, deskLink, DONE, OPEN } from '../drill';
import { DrillLinks, Section, type SectionProps, sharedMax, sum, ZoneColumns } from './Section';

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
            const hbar = (labels: string[], series: { name: string; data: number[]; color: string }[], max?: number): EChartsOption => ({
              tooltip: { ...axisTooltip, axisPointer: { type: 'shadow' } },
              legend: { top: 0, itemWidth: 12, itemHeight: 8 },
              grid: { ...baseGrid, top: 30 },
              xAxis: { type: 'value', minInterval: 1, max, splitLine: { lineStyle: { color: '#eef0f4' } } },
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
                      sharedMax(cols, cols.flatMap((z) => d.figures[z.key].shield.byCategory.flatMap((x) => [x.submitted, x.resolved, x.open]))),
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
                      sharedMax(cols, cols.flatMap((z) => d.figures[z.key].shield.byPlatform.flatMap((x) => [x.submitted, x.resolved]))),
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

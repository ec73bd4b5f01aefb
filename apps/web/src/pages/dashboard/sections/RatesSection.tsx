import { Table } from 'antd';
import type { RateFigure, ThreeRates } from '@app/contracts';
import { num, pct } from '../format';
import { Section, type SectionProps, ZoneColumns } from './Section';

const RATES: { key: keyof ThreeRates; label: string; hint: string }[] = [
  { key: 'response', label: '响应率', hint: '首次答复在时限内' },
  { key: 'solved', label: '解决率', hint: '回访或评价确认已解决' },
  { key: 'satisfied', label: '满意率', hint: '满意、非常满意 ÷ 全部评价' },
];

const cell = (r: RateFigure) => `${pct(r.rate)}（${num(r.numerator)}/${num(r.denominator)}）`;

/** 三率: 响应率, 解决率, 满意率 per zone, per programme and per agent (docs/metrics.md). */
export function RatesSection({ d, cols, query }: SectionProps) {
  const agents = d.agents.filter((a) => a.rates.response.denominator || a.rates.solved.denominator || a.rates.satisfied.denominator);
  return (
    <Section id="rates" title="三率" sub="响应率 · 解决率 · 满意率（期间内，按发生日期）" table="rates" query={query}>
      <ZoneColumns cols={cols}>
        {(c) => {
          const f = d.figures[c.key];
          return (
            <>
              <div className="stat-tiles">
                {RATES.map((r) => (
                  <div key={r.key} className="stat-tile" title={r.hint}>
                    <span className="stat-label">{r.label}</span>
                    <span className="stat-value">{pct(f.rates[r.key].rate)}</span>
                    <span className="muted small">{num(f.rates[r.key].numerator)} / {num(f.rates[r.key].denominator)}</span>
                  </div>
                ))}
              </div>
              <Table
                size="small"
                pagination={false}
                rowKey="programme"
                dataSource={f.ratesByProgramme}
                columns={[{ title: '服务项目', dataIndex: 'name' }, ...RATES.map((r) => ({ title: r.label, key: r.key, render: (_: unknown, row: { rates: ThreeRates }) => cell(row.rates[r.key]) }))]}
              />
            </>
          );
        }}
      </ZoneColumns>
      {agents.length > 0 && (
        <Table
          size="small"
          style={{ marginTop: 12 }}
          pagination={false}
          rowKey="id"
          dataSource={agents}
          columns={[{ title: '专员', dataIndex: 'displayName' }, ...RATES.map((r) => ({ title: r.label, key: r.key, render: (_: unknown, row: { rates: ThreeRates }) => cell(row.rates[r.key]) }))]}
        />
      )}
    </Section>
  );
}

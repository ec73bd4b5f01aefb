import type { ReactNode } from 'react';
import { change } from '../format';
import type { ColumnFigures } from '../types';

export type Kind = 'count' | 'rate' | 'duration';
interface Line {
  label: string;
  kind: Kind;
  get: (f: ColumnFigures) => number | null;
  /** Higher is better (colours the change); undefined for neutral figures. */
  better?: 'up' | 'down';
}

const clockRate = (f: ColumnFigures, clock: string) => f.sla.clocks.find((c) => c.clock === clock)?.rate ?? null;

export const LINES: Line[] = [
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
  { label: '响应率', kind: 'rate', get: (f) => f.rates.response.rate, better: 'up' },
  { label: '解决率', kind: 'rate', get: (f) => f.rates.solved.rate, better: 'up' },
  { label: '满意率', kind: 'rate', get: (f) => f.rates.satisfied.rate, better: 'up' },
];

export function ReportSection({ n, title, children, note }: { n: string; title: string; children: ReactNode; note?: ReactNode }) {
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

export function ChangeCell({ now, before, kind, better }: { now: number | null; before: number | null; kind: Kind; better?: 'up' | 'down' }) {
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

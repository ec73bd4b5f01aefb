import { Tag } from 'antd';
import { ADOPTION_LABELS, type Adoption, type ConsultationView } from '@app/contracts';
import { fmt } from '../../lib/time';

export const ADOPTION_COLORS: Record<Adoption, string> = { adopted: 'success', partly_adopted: 'processing', not_adopted: 'default', forwarded: 'purple' };
const STATE: Record<ConsultationView['state'], [string, string]> = { upcoming: ['即将开始', 'default'], open: ['征集中', 'green'], closed: ['已截止', 'default'] };

export function AdoptionTag({ adoption }: { adoption: Adoption | null }) {
  if (!adoption) return <Tag>待答复</Tag>;
  return <Tag color={ADOPTION_COLORS[adoption]}>{ADOPTION_LABELS[adoption]}</Tag>;
}

export function WindowTag({ c }: { c: Pick<ConsultationView, 'state' | 'opensAt' | 'closesAt'> }) {
  const [label, color] = STATE[c.state];
  return (
    <span>
      <Tag color={color}>{label}</Tag>
      <span className="muted">
        {fmt(c.opensAt, 'YYYY-MM-DD')} 至 {fmt(c.closesAt, 'YYYY-MM-DD')}
      </span>
    </span>
  );
}

export function CountsLine({ c }: { c: Pick<ConsultationView, 'counts'> }) {
  const k = c.counts;
  return (
    <span className="muted">
      收到建议 {k.suggestions} 条 · 已答复 {k.answered} · 采纳 {k.adopted} · 部分采纳 {k.partlyAdopted} · 未采纳 {k.notAdopted} · 转有关部门 {k.forwarded}
    </span>
  );
}

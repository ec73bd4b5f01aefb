import { Tag, Tooltip } from 'antd';
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { CaseStatus, Priority } from '../api/types';
import {
  CHANNEL_LABELS,
  PRIORITY_COLORS,
  PRIORITY_LABELS,
  PROGRAMME_COLORS,
  PROGRAMME_LABELS,
  STATUS_COLORS,
  STATUS_LABELS,
} from '../lib/labels';
import { dueWarning } from '@app/contracts';
import { fmt } from '../lib/time';

export function StatusTag({ status }: { status: CaseStatus | string }) {
  const s = status as CaseStatus;
  return (
    <Tag color={STATUS_COLORS[s] ?? 'default'} className="status-tag">
      {STATUS_LABELS[s] ?? status}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: Priority | string }) {
  const p = priority as Priority;
  return (
    <Tag color={PRIORITY_COLORS[p] ?? 'default'} variant="filled">
      {PRIORITY_LABELS[p] ?? priority}
    </Tag>
  );
}

export function ProgrammeTag({ programme }: { programme: string }) {
  return (
    <Tag color={PROGRAMME_COLORS[programme]} variant="filled">
      {PROGRAMME_LABELS[programme] ?? programme}
    </Tag>
  );
}

export function ChannelText({ channel }: { channel: string }) {
  return <>{(CHANNEL_LABELS as Record<string, string>)[channel] ?? channel}</>;
}

/**
 * When the next SLA deadline falls: amber from 75% of the clock, red once passed, naming the clock
 * and by how much ("受理超时 2 天", "办结 2 小时内到期"); see dueWarning in @app/contracts.
 */
export function DueText({
  nextDueAt,
  overdue,
  clock,
  warnAt,
}: {
  nextDueAt: string | null;
  overdue: boolean;
  clock?: string | null;
  warnAt?: string | null;
}) {
  const w = dueWarning({ dueAt: nextDueAt, overdue, clock, warnAt });
  if (!nextDueAt || !w) return <span className="muted">—</span>;
  if (w.level === 'overdue')
    return (
      <Tooltip title={`时限 ${fmt(nextDueAt)}`}>
        <Tag color="error" icon={<WarningOutlined />} className="due-overdue">
          {w.label}
        </Tag>
      </Tooltip>
    );
  return (
    <Tooltip title={`时限 ${fmt(nextDueAt)}`}>
      <span className={w.level === 'warning' ? 'due-text due-warning' : 'due-text'}>
        <ClockCircleOutlined aria-hidden /> {w.label}
      </span>
    </Tooltip>
  );
}

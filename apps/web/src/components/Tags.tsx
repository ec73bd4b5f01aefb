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
import { fmt, fromNow } from '../lib/time';

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

/** When the next SLA deadline falls, red once it has passed. */
export function DueText({ nextDueAt, overdue }: { nextDueAt: string | null; overdue: boolean }) {
  if (!nextDueAt) return <span className="muted">—</span>;
  if (overdue)
    return (
      <Tooltip title={`时限 ${fmt(nextDueAt)}`}>
        <Tag color="error" icon={<WarningOutlined />}>
          已超时
        </Tag>
      </Tooltip>
    );
  return (
    <Tooltip title={fmt(nextDueAt)}>
      <span className="due-text">
        <ClockCircleOutlined aria-hidden /> {fromNow(nextDueAt)}到期
      </span>
    </Tooltip>
  );
}

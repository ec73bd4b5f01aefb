import { Empty, Tag, Timeline } from 'antd';
import {
  ArrowRightOutlined,
  CommentOutlined,
  EyeInvisibleOutlined,
  PaperClipOutlined,
  SendOutlined,
  SwapOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { DISPATCH_TIMELINE_ACTION_LABELS, OFFLINE_TIMELINE_ACTION_LABELS } from '@app/contracts';
import type { TimelineEntry } from '../api/types';
import { ACTION_LABELS, RATING_LABELS, roleLabel, TIMELINE_KIND_LABELS } from '../lib/labels';
import { fmt, fromNow } from '../lib/time';
import { StatusTag } from './Tags';
import { fileSize } from './Attachments';

interface Lookups {
  authorityName?: (id: string) => string;
  personName?: (id: string) => string | undefined;
  outcomeLabel?: (id: string) => string;
}

const COLORS: Record<string, string> = {
  status_change: 'blue',
  assignment: 'cyan',
  escalation: 'purple',
  public_reply: 'green',
  internal_note: 'gold',
  attachment: 'gray',
};

function icon(kind: string): ReactNode {
  switch (kind) {
    case 'public_reply':
      return <CommentOutlined />;
    case 'internal_note':
      return <EyeInvisibleOutlined />;
    case 'attachment':
      return <PaperClipOutlined />;
    case 'escalation':
      return <SendOutlined />;
    case 'assignment':
      return <SwapOutlined />;
    default:
      return <SyncOutlined />;
  }
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

function Body({ e, l }: { e: TimelineEntry; l: Lookups }) {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const lines: ReactNode[] = [];
  if (str(d.label)) lines.push(<div key="label" className="tl-body">{String(d.label)}</div>);
  if (str(d.body)) lines.push(<div key="body" className="tl-body">{String(d.body)}</div>);
  if (str(d.publicText)) lines.push(<div key="publicText" className="tl-body">{String(d.publicText)}</div>);
  if (str(d.requirement)) lines.push(<div key="requirement" className="tl-body">督办要求：{String(d.requirement)}</div>);
  if (str(d.answer)) lines.push(<div key="answer" className="tl-body">答复：{String(d.answer)}</div>);
  if (Array.isArray(d.missingItems) && d.missingItems.length)
    lines.push(
      <div key="items" className="tl-body">
        需补充材料：
        <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {(d.missingItems as string[]).map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ol>
      </div>,
    );
  const escalation = e.kind === 'escalation';
  if (str(d.reason)) lines.push(<div key="reason" className="tl-body">{escalation ? '上报理由（仅工作人员可见）' : '理由'}：{String(d.reason)}</div>);
  if (str(d.publicNote)) lines.push(<div key="public" className="tl-body">{escalation && str(d.reason) ? '给创作者的说明：' : ''}{String(d.publicNote)}</div>);
  if (str(d.instructions)) lines.push(<div key="instr" className="tl-body">退回意见：{String(d.instructions)}</div>);
  if (str(d.outcome)) lines.push(<div key="outcome" className="tl-body">办理结果：{l.outcomeLabel?.(String(d.outcome)) ?? String(d.outcome)}</div>);
  if (str(d.summary)) lines.push(<div key="summary" className="tl-body">办结说明：{String(d.summary)}</div>);
  if (typeof d.level === 'number')
    lines.push(
      <div key="level" className="tl-body">
        评价：{RATING_LABELS[d.level] ?? d.level}
        {str(d.comment) ? ` —— ${String(d.comment)}` : ''}
      </div>,
    );
  if (str(d.note)) lines.push(<div key="note" className="tl-body">备注：{String(d.note)}</div>);
  // Offline service: the visit record with its evidence fingerprints, the event, the appointment.
  if (str(d.eventTitle)) lines.push(<div key="event" className="tl-body">活动：{String(d.eventTitle)}</div>);
  if (str(d.reference) && e.kind === 'appointment') lines.push(<div key="apt" className="tl-body">预约号：{String(d.reference)}{str(d.servicePoint) ? ` · ${String(d.servicePoint)}` : ''}</div>);
  if (str(d.expert)) lines.push(<div key="expert" className="tl-body">专家：{String(d.expert)}{str(d.expertOrg) ? `（${String(d.expertOrg)}）` : ''}{str(d.scheduledAt) ? ` · ${fmt(String(d.scheduledAt))}` : ''}</div>);
  if (str(d.whatWasDone)) lines.push(<div key="done" className="tl-body">上门内容：{String(d.whatWasDone)}</div>);
  if (str(d.advice)) lines.push(<div key="advice" className="tl-body">建议：{String(d.advice)}</div>);
  if (Array.isArray(d.evidence))
    for (const ev of d.evidence as { id: string; fileName: string; sha256: string; sm3: string }[])
      lines.push(
        <div key={`ev-${ev.id}`} className="tl-body" style={{ wordBreak: 'break-all' }}>
          <PaperClipOutlined /> {ev.fileName}
          <div className="muted" style={{ fontSize: 11 }}>SHA-256 {ev.sha256} · SM3 {ev.sm3}</div>
        </div>,
      );
  if (str(d.fileName))
    lines.push(
      <div key="file" className="tl-body">
        <PaperClipOutlined /> {String(d.fileName)}
        {typeof d.size === 'number' ? `（${fileSize(d.size)}）` : ''}
      </div>,
    );
  return <>{lines}</>;
}

function Title({ e, l }: { e: TimelineEntry; l: Lookups }) {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const action = str(d.action);
  let what: ReactNode = TIMELINE_KIND_LABELS[e.kind] ?? e.kind;
  if (e.kind === 'attachment') what = '上传了材料';
  else if (e.kind === 'public_reply') what = '回复';
  else if (e.kind === 'internal_note') what = '内部备注';
  else if (action === 'assign') {
    const to = str(d.assigneeId) ? l.personName?.(String(d.assigneeId)) : undefined;
    what = to ? `分派给 ${to}` : '分派';
  } else if (action === 'escalate') {
    const to = str(d.targetAuthorityId) ? l.authorityName?.(String(d.targetAuthorityId)) : undefined;
    what = to ? `上报至 ${to}` : '上报网信部门';
  } else if (action && OFFLINE_TIMELINE_ACTION_LABELS[action]) what = OFFLINE_TIMELINE_ACTION_LABELS[action];
  else if (action && DISPATCH_TIMELINE_ACTION_LABELS[action]) what = DISPATCH_TIMELINE_ACTION_LABELS[action];
  else if (action) what = ACTION_LABELS[action as keyof typeof ACTION_LABELS] ?? action;
  const from = str(d.from);
  const to = str(d.to);
  return (
    <div className="tl-title">
      <span>{e.actor ? e.actor.displayName : '系统'}</span>
      {e.actor?.role && e.actor.role !== 'creator' && <span className="muted"> · {roleLabel(e.actor.role)}</span>}
      <span> {what}</span>
      {from && to && from !== to && (
        <span style={{ marginInlineStart: 8 }}>
          <StatusTag status={from} /> <ArrowRightOutlined style={{ fontSize: 10, color: '#999' }} /> <StatusTag status={to} />
        </span>
      )}
    </div>
  );
}

/**
 * The case's history. Staff see internal entries too, set apart in yellow with a 内部 tag;
 * creators only ever get public ones from the api.
 */
export function CaseTimeline({ entries, staff, lookups = {}, newestFirst }: { entries: TimelineEntry[]; staff?: boolean; lookups?: Lookups; newestFirst?: boolean }) {
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />;
  const list = newestFirst ? [...entries].reverse() : entries;
  return (
    <Timeline
      items={list.map((e) => {
        const internal = (e as { visibility?: string }).visibility === 'internal' || e.kind === 'internal_note';
        return {
          key: e.id,
          color: COLORS[e.kind] ?? 'blue',
          icon: icon(e.kind),
          content: (
            <div className={internal && staff ? 'tl-internal' : undefined}>
              <Title e={e} l={lookups} />
              <div className="tl-meta">
                <time dateTime={e.at} title={fmt(e.at, 'YYYY-MM-DD HH:mm:ss')}>
                  {fmt(e.at)}（{fromNow(e.at)}）
                </time>
                {staff && (internal ? <Tag color="gold" style={{ marginInlineStart: 8 }}>内部 · 创作者不可见</Tag> : <Tag color="green" style={{ marginInlineStart: 8 }}>公开</Tag>)}
              </div>
              <Body e={e} l={lookups} />
            </div>
          ),
        };
      })}
    />
  );
}

import { Alert, Button, Descriptions, Divider, Empty, Form, Input, Segmented, Space, Tag, Tooltip } from 'antd';
import { CannedPicker } from './CannedPicker';
import { useFeedback } from './Feedback';
import { ClockCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api, errorMessage } from '../api/client';
import { reference } from '../api/cache';
import { useApi } from '../api/query';
import type { Attachment, Authority, CaseDetail, Programme, SlaClock, TimelineEntry, Zone } from '../api/types';
import { CATEGORY_LABELS, SLA_CLOCK_LABELS, SLA_STATE_COLORS, SLA_STATE_LABELS } from '../lib/labels';
import { applyProblemToForm } from '../lib/problem';
import { displayValue, intakeFields } from '../lib/schema';
import { fmt, fmtDuration, fmtWorkingDuration } from '../lib/time';

/** Everything a case page shows, loaded in parallel; reference data is cached per session. */
export function useCaseData(id: string) {
  const detail = useApi(['case', id], (signal) => api.get<CaseDetail>(`/cases/${id}`, undefined, signal));
  const timeline = useApi(['case', id, 'timeline'], (signal) => api.get<TimelineEntry[]>(`/cases/${id}/timeline`, undefined, signal));
  const attachments = useApi(['case', id, 'attachments'], (signal) => api.get<Attachment[]>(`/cases/${id}/attachments`, undefined, signal));
  // Opening the case reads its notices; the bell's count follows.
  const openedId = detail.data?.id;
  useEffect(() => {
    if (!openedId) return;
    api
      .post<{ updated: number }>(`/notifications/cases/${openedId}/read`, {})
      .then((r) => r.updated > 0 && window.dispatchEvent(new Event('csd:notifications-changed')))
      .catch(() => undefined);
  }, [openedId]);
  const refs = useApi(
    ['reference', 'programmes+zones+authorities'],
    () =>
      Promise.all([
        reference.programmes().catch(() => [] as Programme[]),
        reference.zones().catch(() => [] as Zone[]),
        reference.authorities().catch(() => [] as Authority[]),
      ]),
  );
  const [programmes, zones, authorities] = refs.data ?? [[], [], []];
  const programme = programmes.find((p) => p.id === detail.data?.programme);
  const reloadAll = useCallback(() => {
    detail.reload();
    timeline.reload();
    attachments.reload();
  }, [detail, timeline, attachments]);
  const lookups = useMemo(
    () => ({
      authorityName: (aid: string) => authorities.find((a) => a.id === aid)?.name ?? aid,
      personName: (pid: string) => (detail.data?.assignee?.id === pid ? detail.data.assignee.displayName : undefined),
      outcomeLabel: (oid: string) => programme?.outcomes.find((o) => o.id === oid)?.label ?? oid,
    }),
    [authorities, detail.data, programme],
  );
  return { detail, timeline, attachments, programme, zones, authorities, reloadAll, lookups };
}

export function categoryLabel(programme: Programme | undefined, id: string): string {
  return programme?.categories.find((c) => c.id === id)?.label ?? CATEGORY_LABELS[id] ?? id;
}

/** The intake answers with the schema's Chinese titles. */
export function IntakeView({ programme, intake }: { programme?: Programme; intake: Record<string, unknown> }) {
  const fields = intakeFields(programme);
  const keys = fields.length ? fields.map((f) => f.key).filter((k) => intake[k] !== undefined) : Object.keys(intake);
  const extra = Object.keys(intake).filter((k) => !keys.includes(k));
  if (!keys.length && !extra.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无附加信息" />;
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 150 } }}>
      {[...keys, ...extra].map((k) => {
        const f = fields.find((x) => x.key === k);
        const v = intake[k];
        const isLinks = Array.isArray(v) && (f?.schema.items?.format === 'uri' || f?.widget === 'url-list');
        return (
          <Descriptions.Item key={k} label={f?.title ?? k}>
            {isLinks ? (
              <Space orientation="vertical" size={2}>
                {(v as string[]).map((u) => (
                  <a key={u} href={u} target="_blank" rel="noopener noreferrer nofollow" style={{ wordBreak: 'break-all' }}>
                    {u}
                  </a>
                ))}
              </Space>
            ) : typeof v === 'boolean' ? (
              v ? <Tag color="red">是</Tag> : <Tag>否</Tag>
            ) : (
              <span style={{ whiteSpace: 'pre-wrap' }}>{displayValue(f, v)}</span>
            )}
          </Descriptions.Item>
        );
      })}
    </Descriptions>
  );
}

/** The SLA clocks with remaining working time. */
export function SlaClocks({ clocks }: { clocks: SlaClock[] }) {
  if (!clocks?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无计时" />;
  return (
    <div>
      {clocks.map((c) => {
        const remaining = c.remainingMs;
        const breached = c.state === 'breached' || (remaining !== null && remaining < 0 && c.state === 'running');
        return (
          <div className="sla-clock" key={c.clock}>
            <div>
              <div style={{ fontWeight: 500 }}>
                {c.label ?? SLA_CLOCK_LABELS[c.clock] ?? c.clock}
                {c.kind === 'continuous' && (
                  <Tag variant="filled" color="red" style={{ marginInlineStart: 6 }}>
                    全天候
                  </Tag>
                )}
              </div>
              <div className="muted" style={{ fontSize: 12 }}>
                {c.state === 'met' && c.metAt ? `完成于 ${fmt(c.metAt)}` : `时限 ${fmt(c.dueAt)}`}
              </div>
            </div>
            <div style={{ textAlign: 'right' }}>
              <Tag color={SLA_STATE_COLORS[c.state] ?? 'default'} icon={c.state === 'paused' ? <PauseCircleOutlined /> : c.state === 'running' ? <ClockCircleOutlined /> : undefined}>
                {SLA_STATE_LABELS[c.state] ?? c.state}
              </Tag>
              {remaining !== null && (c.state === 'running' || c.state === 'paused' || c.state === 'breached') && (
                <Tooltip title={c.kind === 'continuous' ? '全天候连续计时' : '按工作时间（工作日 09:00–17:30，北京时间）计算'}>
                  <div className={`sla-remaining ${breached ? 'breached' : ''}`}>
                    {(() => {
                      const text = c.kind === 'continuous' ? fmtDuration(remaining) : fmtWorkingDuration(remaining);
                      return remaining >= 0 ? `剩余 ${text}` : `已超 ${text}`;
                    })()}
                  </div>
                </Tooltip>
              )}
              {c.state === 'running' && c.warnedAt && (
                <div style={{ fontSize: 12, color: '#d46b08' }}>已过 75%，已预警</div>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** Public reply, or (staff) internal note. */
/** Asks the case page's composer to open as a public reply or an internal note and take the focus (shortcuts r, n). */
export const COMPOSE_EVENT = 'csd:compose';

export function ReplyBox({ caseId, staff, disabled, onSent, programme }: { caseId: string; staff?: boolean; disabled?: boolean; onSent: () => void; programme?: string }) {
  const { message } = useFeedback();
  const [form] = Form.useForm<{ body: string }>();
  const [visibility, setVisibility] = useState<'public' | 'internal'>(staff ? 'internal' : 'public');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const onCompose = (e: Event) => {
      setVisibility((e as CustomEvent<'public' | 'internal'>).detail);
      const box = document.querySelector<HTMLTextAreaElement>('.reply-box textarea');
      box?.scrollIntoView({ block: 'center' });
      box?.focus();
    };
    window.addEventListener(COMPOSE_EVENT, onCompose);
    return () => window.removeEventListener(COMPOSE_EVENT, onCompose);
  }, []);
  if (disabled) return <Alert type="info" showIcon title="案件已结束，不能再回复。" />;
  const send = async ({ body }: { body: string }) => {
    setSending(true);
    setError(null);
    try {
      await api.post(`/cases/${caseId}/comments`, { body: body.trim(), visibility });
      form.resetFields();
      message.success(visibility === 'internal' ? '内部备注已保存' : '回复已发送');
      onSent();
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSending(false);
    }
  };
  const internal = visibility === 'internal';
  return (
    <>
    <Divider style={{ margin: '8px 0 16px' }} />
    <Form form={form} layout="vertical" onFinish={send} className={internal ? 'reply-box tl-internal' : 'reply-box'} style={internal ? { padding: 12 } : undefined}>
      {staff && (
        <Form.Item label="类型" style={{ marginBottom: 8 }}>
          <Space wrap>
          <Segmented
            value={visibility}
            onChange={(v) => setVisibility(v as 'public' | 'internal')}
            options={[
              { value: 'internal', label: '内部备注（仅工作人员）' },
              { value: 'public', label: '公开回复（创作者可见）' },
            ]}
          />
          {programme && <CannedPicker caseId={caseId} programme={programme} onPick={(text) => form.setFieldValue('body', `${form.getFieldValue('body') ?? ''}${text}`)} />}
          </Space>
        </Form.Item>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" />}
      <Form.Item
        name="body"
        label={staff ? (internal ? '备注内容' : '回复内容') : '给服务台留言'}
        rules={[{ required: true, whitespace: true, message: '请输入内容' }, { max: 5000, message: '最多 5000 个字' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={5000}
          placeholder={internal ? '内部沟通、办理要点，创作者看不到' : staff ? '回复将通知创作者' : '补充说明或询问进度'}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.submit();
          }}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={sending}>
          {internal ? '保存备注' : '发送回复'}
        </Button>
        <span className="muted hide-mobile" style={{ fontSize: 12 }}>
          Ctrl + Enter 发送
        </span>
      </Space>
    </Form>
    </>
  );
}

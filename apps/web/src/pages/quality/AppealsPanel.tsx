import { Button, Card, Form, Input, InputNumber, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { APPEAL_STATUS_LABELS, APPEALED_RATING_LABELS, type QualitySettings, type RatingAppealView } from '@app/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import { ErrorState } from '../../components/States';
import { RATING_COLORS, RATING_LABELS, ZONE_FALLBACK } from '../../lib/labels';
import { fmt } from '../../lib/time';
import { ActionModal } from './ActionModal';

/** The city supervisor's appeals to decide: uphold the rating, or void it (it leaves the figures). */
export function AppealsPanel({ onDecided }: { onDecided: () => void }) {
  const list = useApi(['quality-appeals', 'pending'], (signal) => api.get<RatingAppealView[]>('/quality/appeals', { status: 'pending' }, signal));
  const [deciding, setDeciding] = useState<RatingAppealView | null>(null);
  return (
    <Card title="待审核的评价申诉" variant="borderless" style={{ marginBottom: 16 }}>
      {list.error && !list.loading ? (
        <ErrorState error={list.error} onRetry={list.reload} compact />
      ) : (
        <Table<RatingAppealView>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: '没有待审核的申诉' }}
          columns={[
            { title: '案件', dataIndex: 'caseReference', width: 180 },
            { title: '集聚区', dataIndex: 'zoneId', width: 110, render: (z: string) => ZONE_FALLBACK[z] ?? z },
            { title: '评价', key: 'level', width: 200, render: (_, a) => <Space size={4}><span>{APPEALED_RATING_LABELS[a.rating]}</span><Tag color={RATING_COLORS[a.level]}>{RATING_LABELS[a.level]}</Tag></Space> },
            { title: '申诉理由', dataIndex: 'reason' },
            { title: '提出时间', dataIndex: 'filedAt', width: 140, render: (v: string) => fmt(v) },
            { title: '', key: 'act', width: 90, render: (_, a) => <Button size="small" type="primary" onClick={() => setDeciding(a)}>审核</Button> },
          ]}
        />
      )}
      {deciding && (
        <ActionModal<{ decision: string; reason: string }>
          title={`审核申诉：${deciding.caseReference}`}
          okText="提交审核意见"
          done="审核意见已记录"
          submit={(v) => api.post(`/quality/appeals/${deciding.id}/decision`, { decision: v.decision, reason: v.reason.trim() })}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            list.reload();
            onDecided();
          }}
        >
          {() => (
            <>
              <p>申诉理由：{deciding.reason}</p>
              <Form.Item name="decision" label="审核结果" rules={[{ required: true, message: '请选择审核结果' }]}>
                <Radio.Group options={[{ value: 'upheld', label: APPEAL_STATUS_LABELS.upheld }, { value: 'voided', label: `${APPEAL_STATUS_LABELS.voided}（不计入统计，审计留痕）` }]} />
              </Form.Item>
              <Form.Item name="reason" label="审核理由" rules={[{ required: true, whitespace: true, message: '请填写审核理由' }, { max: 1000, message: '最多 1000 个字' }]}>
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
            </>
          )}
        </ActionModal>
      )}
    </Card>
  );
}

/** The deadlines, in working days: set by a city-wide supervisor, applied to 差评 received afterwards. */
export function QualitySettingsCard() {
  const settings = useApi(['quality-settings'], (signal) => api.get<QualitySettings>('/quality/settings', undefined, signal));
  const [editing, setEditing] = useState(false);
  const s = settings.data;
  return (
    <Card title="整改时限" variant="borderless" style={{ marginBottom: 16 }} extra={s && <Button size="small" onClick={() => setEditing(true)}>修改</Button>}>
      {s ? (
        <span>
          回访：收到差评后 <b>{s.contactWorkingDays}</b> 个工作日内；整改：<b>{s.rectifyWorkingDays}</b> 个工作日内（按工作日历，不含法定节假日）。
        </span>
      ) : settings.error ? (
        <ErrorState error={settings.error} onRetry={settings.reload} compact />
      ) : null}
      {editing && s && (
        <ActionModal<{ contactWorkingDays: number; rectifyWorkingDays: number }>
          title="修改整改时限"
          okText="保存"
          done="时限已保存，将用于此后收到的差评"
          submit={(v) => api.put('/quality/settings', v)}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            settings.reload();
          }}
        >
          {() => (
            <>
              <Form.Item name="contactWorkingDays" label="回访时限（工作日）" initialValue={s.contactWorkingDays} rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={0.5} max={10} step={0.5} />
              </Form.Item>
              <Form.Item name="rectifyWorkingDays" label="整改时限（工作日）" initialValue={s.rectifyWorkingDays} rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={1} max={60} />
              </Form.Item>
            </>
          )}
        </ActionModal>
      )}
    </Card>
  );
}

import { Button, Card, Descriptions, Form, Input, Radio, Tag } from 'antd';
import { useState } from 'react';
import { CONTACT_METHOD_LABELS, RATING_LEVELS, type RectificationView } from '@app/contracts';
import { api, ApiError, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useFeedback } from '../../components/Feedback';
import { applyProblemToForm } from '../../lib/problem';
import { RATING_COLORS, RATING_LABELS } from '../../lib/labels';
import { fmt } from '../../lib/time';

/** The creator's view of the rectification of their 差评, and the one re-rating it allows. */
export function CreatorRectificationCard({ caseId }: { caseId: string }) {
  const { message } = useFeedback();
  const rect = useApi(['case-rectification', caseId], (signal) => api.get<RectificationView | null>(`/cases/${caseId}/rectification`, undefined, signal));
  const [form] = Form.useForm<{ level: number; comment?: string }>();
  const [saving, setSaving] = useState(false);
  const r = rect.data;
  if (!r || !r.id) return null;
  const rerate = async (v: { level: number; comment?: string }) => {
    setSaving(true);
    try {
      await api.post(`/quality/rectifications/${r.id}/rerate`, { level: v.level, comment: v.comment?.trim() || undefined });
      message.success('感谢您的再次评价');
      rect.reload();
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) message.error(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title="差评整改" variant="borderless" style={{ marginBottom: 16 }} extra={<Tag>{r.statusLabel}</Tag>}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="您的评价">
          <Tag color={RATING_COLORS[r.firstLevel]}>{RATING_LABELS[r.firstLevel]}</Tag>
          {r.firstComment}
        </Descriptions.Item>
        <Descriptions.Item label="回访">{r.contactedAt ? `${fmt(r.contactedAt)} ${r.contactMethod ? CONTACT_METHOD_LABELS[r.contactMethod] : ''}：${r.contactOutcome ?? ''}` : `服务台将于 ${fmt(r.contactDueAt)} 前与您联系`}</Descriptions.Item>
        <Descriptions.Item label="整改">{r.rectifiedAt ? `${fmt(r.rectifiedAt)}：${r.measures ?? ''}` : `整改期限 ${fmt(r.rectifyDueAt)}`}</Descriptions.Item>
        {r.secondLevel !== null && (
          <Descriptions.Item label="再次评价">
            <Tag color={RATING_COLORS[r.secondLevel]}>{RATING_LABELS[r.secondLevel]}</Tag>
            {r.secondComment}
          </Descriptions.Item>
        )}
      </Descriptions>
      {r.status === 'rectified' && (
        <Form form={form} layout="vertical" onFinish={rerate} style={{ marginTop: 12 }}>
          <Form.Item name="level" label="整改后，您对本次服务的评价（仅可再评价一次）" rules={[{ required: true, message: '请选择评价' }]}>
            <Radio.Group style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              {RATING_LEVELS.map((l) => (
                <Radio.Button key={l} value={l}>
                  {'★'.repeat(l)} {RATING_LABELS[l]}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="comment" label="评价内容（选填）" rules={[{ max: 1000, message: '最多 1000 个字' }]}>
            <Input.TextArea rows={2} maxLength={1000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            提交再次评价
          </Button>
        </Form>
      )}
    </Card>
  );
}

import { Alert, Button, Card, Form, Input, Modal, Segmented, Table, Tag, Typography } from 'antd';
import { useFeedback } from '../../components/Feedback';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import type { Review } from '../../api/types';
import { ErrorState } from '../../components/States';
import { applyProblemToForm } from '../../lib/problem';
import { RATING_COLORS, RATING_LABELS, ZONE_FALLBACK } from '../../lib/labels';
import { fmt } from '../../lib/time';

/** 差评整改: ratings of 不满意 or worse, followed up by the zone supervisor. */
export default function ReviewsPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'done' ? 'done' : params.get('status') === 'all' ? undefined : 'open';
  const list = useApi(['reviews', status], (signal) => api.get<Review[]>('/reviews', { status }, signal));
  const [following, setFollowing] = useState<Review | null>(null);

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">差评整改</h1>
          <p className="page-sub">创作者评价为“不满意”或“非常不满意”的案件，须由主管回访并记录整改情况。</p>
        </div>
      </div>
      <Segmented
        value={status ?? 'all'}
        onChange={(v) => setParams(v === 'open' ? {} : { status: String(v) })}
        options={[
          { value: 'open', label: '待回访' },
          { value: 'done', label: '已回访' },
          { value: 'all', label: '全部' },
        ]}
        style={{ marginBottom: 16 }}
        aria-label="回访状态"
      />
      <Card className="table-card" variant="borderless">
        {list.error && !list.loading ? (
          <ErrorState error={list.error} onRetry={list.reload} compact />
        ) : (
          <Table<Review>
            rowKey="id"
            loading={list.loading}
            dataSource={list.data ?? []}
            scroll={{ x: 900 }}
            locale={{ emptyText: status === 'open' ? '没有待回访的差评' : '暂无记录' }}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              {
                title: '案件',
                key: 'case',
                render: (_, r) => (
                  <div>
                    <Link to={`/desk/cases/${r.caseId}`} className="reference">
                      {r.reference}
                    </Link>
                    <div>{r.title}</div>
                  </div>
                ),
              },
              { title: '集聚区', dataIndex: 'zoneId', width: 120, render: (z: string) => ZONE_FALLBACK[z] ?? z },
              { title: '评价', dataIndex: 'level', width: 110, render: (l: number) => <Tag color={RATING_COLORS[l]}>{RATING_LABELS[l] ?? l}</Tag> },
              { title: '评价内容', dataIndex: 'comment', render: (c: string | null) => c || <span className="muted">（未填写）</span> },
              { title: '评价时间', dataIndex: 'createdAt', width: 150, render: (v: string) => fmt(v) },
              {
                title: '回访',
                key: 'follow',
                width: 220,
                render: (_, r) =>
                  r.status === 'done' ? (
                    <div>
                      <Tag color="success">已回访</Tag>
                      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }} ellipsis={{ rows: 2, tooltip: String(r.followUp ?? '') }}>
                        {r.followUp}
                      </Typography.Paragraph>
                    </div>
                  ) : (
                    <Button type="primary" size="small" onClick={() => setFollowing(r)}>
                      记录回访
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
      {following && (
        <FollowUpModal
          review={following}
          onClose={() => setFollowing(null)}
          onDone={() => {
            setFollowing(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}

function FollowUpModal({ review, onClose, onDone }: { review: Review; onClose: () => void; onDone: () => void }) {
  const { message } = useFeedback();
  const [form] = Form.useForm<{ note: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    let v: { note: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await api.post(`/reviews/${review.id}/follow-up`, { note: v.note.trim() });
      message.success('回访已记录');
      onDone();
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`记录回访：${review.reference ?? ''}`} onCancel={onClose} onOk={submit} okText="保存" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical">
        <Form.Item name="note" label="回访与整改情况" rules={[{ required: true, whitespace: true, message: '请填写回访情况' }, { max: 2000, message: '最多 2000 个字' }]}>
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder="如：已电话回访，解释处置依据并致歉；已对专员进行业务培训" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

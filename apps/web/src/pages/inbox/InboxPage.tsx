import { Alert, Button, Card, Form, Input, Segmented, Space, Switch, Tag, Typography } from 'antd';
import { List } from '../../components/SimpleList';
import { CheckOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import type { Notification } from '../../api/types';
import { useFeedback } from '../../components/Feedback';
import { ResultBlock } from '../../components/ResultBlock';
import { ErrorState } from '../../components/States';
import { applyProblemToForm } from '../../lib/problem';
import { fmt, fromNow } from '../../lib/time';

interface NotificationPage {
  items: Notification[];
  total: number;
  unread?: number;
  page: number;
  pageSize: number;
}

interface Settings {
  email: string | null;
  emailEnabled: boolean;
  phone?: string | null;
  smsEnabled: boolean;
}

const KIND_COLORS: Record<string, string> = { sla_breach: 'red', sla_warning: 'orange', materials_requested: 'gold', status_changed: 'blue', public_reply: 'green' };
const PAGE_SIZE = 20;
const changed = () => window.dispatchEvent(new Event('csd:notifications-changed'));

export default function InboxPage() {
  const { message } = useFeedback();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useApi(['notifications', unreadOnly, page], (signal) =>
      api
        .get<NotificationPage | Notification[]>('/notifications', { unread: unreadOnly ? true : undefined, page, pageSize: PAGE_SIZE }, signal)
        .then((r) => (Array.isArray(r) ? { items: r, total: r.length, page: 1, pageSize: r.length } : r)),
  );
  const notYet = list.error instanceof ApiError && list.error.status === 404;

  const markRead = async (n: Notification) => {
    try {
      await api.post(`/notifications/${n.id}/read`);
      list.setData((prev) => ({
        ...(prev ?? { total: 0, page: 1, pageSize: PAGE_SIZE }),
        items: (prev?.items ?? []).map((x) => (x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x)),
        unread: Math.max(0, (prev?.unread ?? 1) - 1),
      }));
      changed();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const readAll = async () => {
    try {
      await api.post('/notifications/read-all');
      list.reload();
      changed();
      message.success('已全部标为已读');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <div style={{ maxWidth: 900, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">消息</h1>
          <p className="page-sub">案件进展、补正通知和时限提醒。</p>
        </div>
        {!notYet && (
          <Button icon={<CheckOutlined />} onClick={readAll} disabled={!list.data?.items.some((n) => !n.readAt)}>
            全部标为已读
          </Button>
        )}
      </div>
      {!notYet && (
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setParams(v === 'unread' ? { unread: '1' } : {})}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unread', label: `未读${list.data?.unread ? `（${list.data.unread}）` : ''}` },
          ]}
          style={{ marginBottom: 16 }}
          aria-label="筛选消息"
        />
      )}
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        {notYet ? (
          <ResultBlock status="info" title="消息中心即将上线" subTitle="上线后，案件的每一步进展都会在这里提醒您。现在请在案件页面查看办理进度。" />
        ) : list.error && !list.loading ? (
          <ErrorState error={list.error} onRetry={list.reload} compact />
        ) : (
          <List<Notification>
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: unreadOnly ? '没有未读消息' : '暂无消息' }}
            pagination={
              (list.data?.total ?? 0) > PAGE_SIZE
                ? {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: list.data?.total,
                    onChange: (p) => setParams({ ...(unreadOnly ? { unread: '1' } : {}), ...(p > 1 ? { page: String(p) } : {}) }),
                    showSizeChanger: false,
                  }
                : false
            }
            renderItem={(n) => (
              <List.Item
                actions={
                  n.readAt
                    ? []
                    : [
                        <Button key="read" size="small" onClick={() => void markRead(n)} aria-label={`将「${n.title ?? '通知'}」标为已读`}>
                          标为已读
                        </Button>,
                      ]
                }
                style={n.readAt ? undefined : { background: '#f6faff' }}
              >
                <List.Item.Meta
                  title={
                    <Space wrap size={6}>
                      {!n.readAt && <span className="unread-dot" role="img" aria-label="未读" />}
                      {n.kindLabel && <Tag color={KIND_COLORS[n.kind ?? ''] ?? 'blue'}>{n.kindLabel}</Tag>}
                      {n.caseId ? (
                        <Link to={`/cases/${n.caseId}`} onClick={() => !n.readAt && void markRead(n)}>
                          {n.title ?? '案件通知'}
                        </Link>
                      ) : (
                        <span>{n.title ?? '通知'}</span>
                      )}
                    </Space>
                  }
                  description={
                    <>
                      {n.body && <Typography.Paragraph style={{ marginBottom: 4 }}>{n.body}</Typography.Paragraph>}
                      <span title={fmt(n.createdAt)} className="muted">
                        {n.caseReference ? `${n.caseReference} · ` : ''}
                        {fromNow(n.createdAt)}
                      </span>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      {!notYet && <NotificationSettings />}
    </div>
  );
}

function NotificationSettings() {
  const { message } = useFeedback();
  const [form] = Form.useForm<Settings>();
  const settings = useApi(['me', 'notification-settings'], (signal) => api.get<Settings>('/me/notification-settings', undefined, signal));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  if (settings.error) return null;
  const save = async (v: Settings) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await api.put<Settings>('/me/notification-settings', { email: v.email?.trim() || null, emailEnabled: v.emailEnabled, smsEnabled: v.smsEnabled });
      if (saved) settings.setData(saved);
      message.success('通知设置已保存');
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title="通知方式" variant="borderless" loading={!settings.data}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={save} disabled={saving}>
        <Form.Item name="email" label="接收通知的邮箱（选填）" rules={[{ type: 'email', message: '请填写有效的邮箱地址' }]}>
          <Input type="email" autoComplete="email" style={{ maxWidth: 320 }} placeholder="name@example.com" />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="emailEnabled" label="邮件通知" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="smsEnabled" label="短信通知" valuePropName="checked" extra={settings.data?.phone ? `发送至 ${settings.data.phone}` : '仅限绑定手机号的账号'}>
            <Switch />
          </Form.Item>
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
        </div>
      </Form>
    </Card>
  );
}

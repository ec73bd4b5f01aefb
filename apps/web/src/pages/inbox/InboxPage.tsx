import { App, Button, Card, List, Result, Space, Tag, Typography } from 'antd';
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../api/client';
import { useRequest } from '../../api/useRequest';
import type { Notification, Page } from '../../api/types';
import { ErrorState } from '../../components/States';
import { fmt, fromNow } from '../../lib/time';

function itemsOf(r: Notification[] | Page<Notification> | { items: Notification[] }): Notification[] {
  return Array.isArray(r) ? r : r.items;
}

export default function InboxPage() {
  const { message } = App.useApp();
  const list = useRequest(
    (signal) => api.get<Notification[] | Page<Notification>>('/notifications', undefined, signal).then(itemsOf),
    [],
  );
  const notYet = list.error instanceof ApiError && list.error.status === 404;

  const markRead = async (n: Notification) => {
    try {
      await api.post(`/notifications/${n.id}/read`);
      list.setData((prev) => (prev ?? []).map((x) => (x.id === n.id ? { ...x, readAt: new Date().toISOString() } : x)));
      window.dispatchEvent(new Event('csd:notifications-changed'));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">消息</h1>
          <p className="page-sub">案件进展、补正通知、时限提醒。</p>
        </div>
      </div>
      <Card variant="borderless">
        {notYet ? (
          <Result icon={<BellOutlined />} title="消息中心即将上线" subTitle="上线后，案件的每一步进展都会在这里提醒您。现在请在案件页面查看办理进度。" />
        ) : list.error && !list.loading ? (
          <ErrorState error={list.error} onRetry={list.reload} compact />
        ) : (
          <List<Notification>
            loading={list.loading}
            dataSource={list.data ?? []}
            locale={{ emptyText: '暂无消息' }}
            renderItem={(n) => (
              <List.Item
                actions={
                  n.readAt
                    ? []
                    : [
                        <Button key="read" size="small" icon={<CheckOutlined />} onClick={() => void markRead(n)}>
                          标为已读
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {!n.readAt && <Tag color="red">未读</Tag>}
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
    </>
  );
}

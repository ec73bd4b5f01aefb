import { Card, Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PublicConsultation } from '@app/contracts';
import { request } from '../../api/client';
import { useApi } from '../../api/query';
import { BlockLoading, ErrorState } from '../../components/States';
import { AdoptionTag, CountsLine, WindowTag } from './parts';

/** No login: what happened to the public's suggestions (anonymous unless the creator agreed to be named). */
export default function PublicConsultationsPage() {
  const data = useApi(['public-consultations'], (signal) => request<PublicConsultation[]>('GET', '/public/consultations', { anonymous: true, signal }));
  return (
    <div style={{ maxWidth: 900, margin: '0 auto', padding: 16 }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">众智平台 · 征集意见采纳情况</h1>
          <p className="page-sub">市委网信办公开征求意见的草案、收到的建议数量和采纳情况。未同意署名的建议人以“匿名创作者”显示。</p>
        </div>
        <Link to="/login">登录服务台</Link>
      </div>
      {data.error ? <ErrorState error={data.error} onRetry={data.reload} /> : null}
      {!data.data && !data.error && <BlockLoading rows={6} />}
      {data.data?.length === 0 && <Empty description="暂无征集" />}
      {data.data?.map((c) => (
        <Card key={c.id} title={<span style={{ whiteSpace: 'normal' }}>{c.title}</span>} style={{ marginBottom: 12 }}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <WindowTag c={c} />
            <span className="muted">{c.issuingBody}</span>
            <CountsLine c={c} />
            <List
              size="small"
              header={<strong>采纳的建议</strong>}
              dataSource={c.adoptedSuggestions}
              locale={{ emptyText: '暂无采纳的建议' }}
              renderItem={(s) => (
                <List.Item>
                  <div>
                    <Space wrap>
                      <AdoptionTag adoption={s.adoption} />
                      <span>{s.articleNo}</span>
                      <span className="muted">{s.author}</span>
                    </Space>
                    <Typography.Paragraph style={{ margin: '4px 0 0' }}>{s.suggestedWording}</Typography.Paragraph>
                    <Typography.Text type="secondary">答复：{s.adoptionReason}</Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </Space>
        </Card>
      ))}
    </div>
  );
}

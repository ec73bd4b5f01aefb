import { Button, Card, Empty, List, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { HONOUR_FORM_LABELS, type HonourRoundView, type NominationView } from '@app/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import { BlockLoading, ErrorState } from '../../components/States';
import { fmt } from '../../lib/time';
import { NominationSteps } from './NominationProgress';

/** 星光计划 for a creator (phone first): the rounds and the progress of each nomination. */
export default function CreatorStarlightPage() {
  const data = useApi(['starlight', 'creator'], (signal) => Promise.all([api.get<HonourRoundView[]>('/starlight/rounds', undefined, signal), api.get<NominationView[]>('/starlight/nominations', undefined, signal)]));
  if (data.error && !data.loading) return <ErrorState error={data.error} onRetry={data.reload} />;
  if (!data.data) return <BlockLoading rows={6} />;
  const [rounds, mine] = data.data;
  return (
    <div style={{ maxWidth: 860, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">星光计划 · 荣誉申报</h1>
          <p className="page-sub">推荐优质作品参评“中国正能量网络精品”等荣誉，或向市委网信办自荐。每一步评审的决定和理由都会在这里显示。</p>
        </div>
      </div>
      {rounds.length === 0 && <Empty description="暂无征集轮次" />}
      {rounds.map((r) => (
        <Card key={r.id} size="small" style={{ marginBottom: 12 }} title={<span style={{ whiteSpace: 'normal' }}>{r.name}</span>}>
          <Space direction="vertical">
            <span>
              <Tag color={r.state === 'open' ? 'green' : 'default'}>{r.state === 'open' ? '征集中' : r.state === 'upcoming' ? '即将开放' : '已截止'}</Tag>
              {fmt(r.opensAt, 'YYYY-MM-DD')} 至 {fmt(r.closesAt, 'YYYY-MM-DD')}
            </span>
            <span className="muted">类别：{r.categories.map((c) => HONOUR_FORM_LABELS[c]).join('、')} · 每类最多自荐 {r.selfNominationCap} 件</span>
            {r.state === 'open' && (
              <Link to="/portal/new/starlight">
                <Button type="primary">立即申报</Button>
              </Link>
            )}
          </Space>
        </Card>
      ))}
      <h2 style={{ fontSize: 17, marginTop: 24 }}>我的申报</h2>
      <List
        dataSource={mine}
        locale={{ emptyText: '您还没有申报' }}
        renderItem={(n) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <Link to={`/portal/cases/${n.caseId}`}>{n.workTitle || n.title}</Link> <span className="muted reference">{n.reference}</span>
              <NominationSteps n={n} />
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}

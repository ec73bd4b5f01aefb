import { useUser } from '../../auth/AuthContext';
import { Breadcrumb, Button, Card, Typography } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { CaseDetail, Programme, Zone } from '../../api/types';
import { CaseFilingForm, FiledResult } from '../../components/CaseFilingForm';
import ComplianceFirst from '../compliance/ComplianceFirst';
import { BlockLoading, ErrorState } from '../../components/States';
import { PROGRAMME_COLORS } from '../../lib/labels';

export default function NewCasePage() {
  const { programme: programmeId } = useParams();
  const navigate = useNavigate();
  const me = useUser();
  const data = useApi(['reference', 'programmes+zones'], () => Promise.all([reference.programmes(), reference.zones()]));
  const [filed, setFiled] = useState<{ c: CaseDetail; failures: number } | null>(null);
  // 合规引擎: the knowledge base answers first; the form comes when it did not.
  const [articlesRead, setArticlesRead] = useState(false);

  if (data.error && !data.loading) return <ErrorState error={data.error} onRetry={data.reload} />;
  if (!data.data) return <BlockLoading rows={8} />;
  const [programmes, zones] = data.data as [Programme[], Zone[]];
  const programme = programmes.find((p) => p.id === programmeId);

  if (filed)
    return (
      <div style={{ maxWidth: 760, margin: '0 auto' }}>
        <FiledResult
          c={filed.c}
          failures={filed.failures}
          extra={[
            <Button type="primary" key="open" onClick={() => navigate(`/portal/cases/${filed.c.id}`)}>
              查看案件
            </Button>,
            <Button key="list" onClick={() => navigate('/portal')}>
              返回我的案件
            </Button>,
          ]}
        />
      </div>
    );

  if (!programme)
    return (
      <div style={{ maxWidth: 1080, margin: '0 auto' }}>
        <div className="page-header">
          <div>
            <h1 className="page-title">提交诉求</h1>
            <p className="page-sub">请选择您需要的服务项目（依据“沪九条”设立的四项创作者权益服务）。</p>
          </div>
        </div>
        {programmeId && <ErrorState error={new Error('没有这个服务项目，请从下面选择')} compact />}
        <div className="programme-grid">
          {programmes.map((p) => (
            <Card key={p.id} className="programme-card" style={{ ['--accent' as string]: PROGRAMME_COLORS[p.id] }}>
              <h2 className="programme-name">{p.name}</h2>
              <div className="programme-sub">{p.subtitle}</div>
              <p>{p.description}</p>
              <Link to={`/portal/new/${p.id}`} className="stretched-link" aria-label={`申请${p.name}（${p.subtitle}）`}>
                立即申请 <ArrowRightOutlined />
              </Link>
            </Card>
          ))}
        </div>
      </div>
    );

  return (
    <div style={{ maxWidth: 820, margin: '0 auto' }}>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/portal">我的案件</Link> }, { title: <Link to="/portal/new">提交诉求</Link> }, { title: programme.name }]}
      />
      <div className="page-header">
        <div>
          <h1 className="page-title" style={{ color: PROGRAMME_COLORS[programme.id] }}>
            {programme.name} <Typography.Text type="secondary" style={{ fontSize: 15 }}>{programme.subtitle}</Typography.Text>
          </h1>
          <p className="page-sub">{programme.description}</p>
        </div>
      </div>
      {programme.id === 'compliance' && !articlesRead ? (
        <ComplianceFirst zones={zones} onContinue={() => setArticlesRead(true)} onSolved={() => navigate('/portal')} />
      ) : (
      <CaseFilingForm
        key={programme.id}
        programme={programme}
        zones={zones}
        askZone
        onFiled={(c, failures) => {
          setFiled({ c, failures });
          window.scrollTo({ top: 0 });
        }}
        submitText="提交诉求"
        draftKey={`case-draft:${me.id}:${programme.id}`}
      />
      )}
    </div>
  );
}

import { Card, Col, Row, Table } from 'antd';
import type { AdoptionStatsRow, ComplianceStartStats, PlatformResponseStats } from '@app/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import { ErrorState } from '../../components/States';
import { ZONE_FALLBACK } from '../../lib/labels';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
const zone = (z: string) => ZONE_FALLBACK[z] ?? z;

/** The programmes' own figures for supervisors: platform responses, adoption rates, compliance starts without a case. */
export default function ProgrammeStatsPage() {
  const shield = useApi(['stats', 'shield'], (signal) => api.get<PlatformResponseStats[]>('/shield/stats', undefined, signal));
  const adoption = useApi(['stats', 'legislation'], (signal) => api.get<AdoptionStatsRow[]>('/legislation/stats', undefined, signal));
  const starts = useApi(['stats', 'compliance'], (signal) => api.get<ComplianceStartStats[]>('/compliance/stats', undefined, signal));
  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">项目看板</h1>
          <p className="page-sub">四项服务各自的办理成效：平台处置、立法建议采纳、合规咨询的知识库解答率。</p>
        </div>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card title="盾牌行动 · 平台处置函回复" variant="borderless">
            {shield.error ? <ErrorState error={shield.error} onRetry={shield.reload} compact /> : null}
            <Table<PlatformResponseStats>
              rowKey={(r) => `${r.zoneId}${r.platform}`}
              size="small"
              loading={shield.loading}
              dataSource={shield.data ?? []}
              pagination={false}
              scroll={{ x: 600 }}
              columns={[
                { title: '集聚区', dataIndex: 'zoneId', render: zone },
                { title: '平台', dataIndex: 'platform' },
                { title: '处置函', dataIndex: 'requests' },
                { title: '删除', dataIndex: 'deleted' },
                { title: '封禁', dataIndex: 'banned' },
                { title: '未处置', dataIndex: 'notHandled' },
                { title: '待回复', dataIndex: 'pending' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title="众智平台 · 建议采纳率（按征集、集聚区）" variant="borderless">
            {adoption.error ? <ErrorState error={adoption.error} onRetry={adoption.reload} compact /> : null}
            <Table<AdoptionStatsRow>
              rowKey={(r) => `${r.consultationId}${r.zoneId}`}
              size="small"
              loading={adoption.loading}
              dataSource={adoption.data ?? []}
              pagination={false}
              scroll={{ x: 600 }}
              columns={[
                { title: '征集', dataIndex: 'title' },
                { title: '集聚区', dataIndex: 'zoneId', render: zone },
                { title: '建议', dataIndex: 'suggestions' },
                { title: '已答复', dataIndex: 'answered' },
                { title: '采纳', dataIndex: 'adopted' },
                { title: '部分采纳', dataIndex: 'partlyAdopted' },
                { title: '采纳率', dataIndex: 'adoptionRate', render: pct },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="合规引擎 · 先看知识库" variant="borderless">
            {starts.error ? <ErrorState error={starts.error} onRetry={starts.reload} compact /> : null}
            <Table<ComplianceStartStats>
              rowKey="zoneId"
              size="small"
              loading={starts.loading}
              dataSource={starts.data ?? []}
              pagination={false}
              columns={[
                { title: '集聚区', dataIndex: 'zoneId', render: zone },
                { title: '咨询发起', dataIndex: 'starts' },
                { title: '转为案件', dataIndex: 'withCase' },
                { title: '未立案结束', dataIndex: 'withoutCase' },
                { title: '未立案率', dataIndex: 'deflectionRate', render: pct },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

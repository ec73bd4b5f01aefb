import { Button } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext';
import { CaseQueue, FILTER_KEYS, type QueueView } from '../../components/CaseQueue';
import { ExportMenu } from '../../components/ExportMenu';
import { ZONE_FALLBACK } from '../../lib/labels';

export default function QueuePage() {
  const me = useUser();
  const supervisor = me.role === 'supervisor';
  const views: QueueView[] = [
    { key: 'all', label: '全部', params: {} },
    { key: 'pending', label: '待受理', params: { status: 'submitted' } },
    supervisor
      ? { key: 'unassigned', label: '未分派', params: { assigneeId: 'none' } }
      : { key: 'mine', label: '我的', params: { assigneeId: 'me' } },
    { key: 'awaiting', label: '待补充材料', params: { status: 'awaiting_creator' } },
    { key: 'dueSoon', label: '即将超时', params: { dueSoon: 'true' } },
    { key: 'overdue', label: '已超时', params: { overdue: 'true' } },
  ];
  const scope = me.zoneId ? ZONE_FALLBACK[me.zoneId] ?? me.zoneId : '全市';
  const [params] = useSearchParams();
  // The export takes the list's filters (and sort); supervisors only, like the endpoint.
  const exportQuery = Object.fromEntries([...FILTER_KEYS, 'sort'].flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
  return (
    <CaseQueue
      endpoint="/cases"
      caseBase="/desk/cases/"
      views={views}
      title="案件工作台"
      subtitle={`${scope} · 按时限优先处理，超时案件以红色标出。`}
      showZoneFilter={!me.zoneId}
      bulk={supervisor ? 'supervisor' : me.role === 'agent' ? 'agent' : undefined}
      headerExtra={
        supervisor ? (
          <ExportMenu path="/dashboard/case-export" query={exportQuery} what="案件清单" label="导出清单" />
        ) : me.role === 'agent' ? (
          <Link to="/desk/new">
            <Button type="primary" icon={<FileAddOutlined />}>
              代为登记
            </Button>
          </Link>
        ) : null
      }
    />
  );
}

import { Card, Empty, Segmented } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { VISIT_STATUS_LABELS, type VisitView } from '@app/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import { Loadable } from '../../components/States';
import { VisitButtons, VisitDialog, VisitSummary } from '../../components/Visits';

const FILTERS = ['', 'requested', 'reschedule_requested', 'scheduled', 'confirmed', 'done'] as const;

/** 上门服务 of the zone: requests to schedule, visits to record. */
export default function DeskVisitsPage() {
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('');
  const visits = useApi(['deskvisitspage-1', status], (signal) => api.get<VisitView[]>('/visits', { status: status || undefined }, signal));
  const [dialog, setDialog] = useState<{ step: 'schedule' | 'record'; visit: VisitView } | null>(null);
  return (
    <div>
      <div className="page-header">
        <div>
          <h1 className="page-title">上门服务</h1>
          <p className="page-sub">安排专家（本台工作人员或外部专家）上门，创作者确认时间后上门，并记录过程、建议与现场材料。</p>
        </div>
        <Segmented value={status} onChange={(v) => setStatus(v as typeof status)} options={FILTERS.map((f) => ({ value: f, label: f ? VISIT_STATUS_LABELS[f] : '全部' }))} />
      </div>
      <Loadable loading={visits.loading} error={visits.error} data={visits.data} onRetry={visits.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="暂无上门服务" />}>
        {(list) => (
          <div className="visit-grid">
            {list.map((v) => (
              <Card key={v.id} size="small" title={<Link to={`/desk/cases/${v.caseId}`}>{v.caseReference}</Link>} variant="borderless">
                <VisitSummary v={v} />
                <VisitButtons v={v} onStep={(step) => (step === 'schedule' || step === 'record') && setDialog({ step, visit: v })} onConfirm={() => undefined} />
              </Card>
            ))}
          </div>
        )}
      </Loadable>
      {dialog && <VisitDialog step={dialog.step} caseId={dialog.visit.caseId} visit={dialog.visit} onClose={() => setDialog(null)} onDone={() => { setDialog(null); visits.reload(); }} />}
    </div>
  );
}

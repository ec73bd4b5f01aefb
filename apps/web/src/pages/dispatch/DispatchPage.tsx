import { Button, Card, Empty, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { CaseTransfer, ReturnVisit, SupervisionOrder } from '@app/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import { useAuth } from '../../auth/AuthContext';
import { Loadable } from '../../components/States';
import { useFeedback } from '../../components/Feedback';
import { fmt } from '../../lib/time';
import { DispatchDialog, DispatchStep } from './DispatchDialogs';

const caseLink = (role: string, caseId: string, reference: string) => <Link to={`${role === 'cac_officer' ? '/authority' : '/desk'}/cases/${caseId}`}>{reference}</Link>;

/** 转办、督办、回访: the zone's transfers to decide, supervision orders to answer, return visits to make. */
export default function DispatchPage() {
  const { user } = useAuth();
  const role = user?.role ?? '';
  const { message } = useFeedback();
  const transfers = useApi(['dispatch-transfers'], role === 'cac_officer' ? null : (signal) => api.get<CaseTransfer[]>('/transfers', {}, signal));
  const orders = useApi(['dispatch-orders'], (signal) => api.get<SupervisionOrder[]>('/supervision-orders', {}, signal));
  const visits = useApi(['dispatch-visits'], role === 'cac_officer' ? null : (signal) => api.get<ReturnVisit[]>('/return-visits', {}, signal));
  const [step, setStep] = useState<DispatchStep | null>(null);
  const reload = () => {
    transfers.reload();
    orders.reload();
    visits.reload();
  };
  const accept = async (t: CaseTransfer) => {
    try {
      await api.post(`/transfers/${t.id}/accept`);
      message.success('已接收，案件转入本集聚区待受理队列');
      reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const mineToDecide = (t: CaseTransfer) => t.status === 'pending' && (!user?.zoneId || user.zoneId === t.toZoneId);
  const tabs = [
    ...(role === 'cac_officer'
      ? []
      : [
          {
            key: 'transfers',
            label: '转办',
            children: (
              <Loadable loading={transfers.loading} error={transfers.error} data={transfers.data} onRetry={transfers.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="暂无转办" />}>
                {(list) => (
                  <div className="visit-grid">
                    {list.map((t) => (
                      <Card key={t.id} size="small" variant="borderless" title={<Space>{mineToDecide(t) ? t.caseReference : caseLink(role, t.caseId, t.caseReference)}<Tag color={t.status === 'pending' ? 'orange' : t.status === 'accepted' ? 'green' : 'default'}>{t.statusLabel}</Tag></Space>}>
                        <p>{t.caseTitle}</p>
                        <p className="muted">{t.fromZoneId} → {t.toZoneId}　申请于 {fmt(t.requestedAt)}{t.respondBy ? `，请于 ${fmt(t.respondBy)} 前处理` : ''}</p>
                        <p>转办理由：{t.reason}</p>
                        {t.returnReason && <p>退回理由：{t.returnReason}</p>}
                        {mineToDecide(t) && (
                          <Space>
                            <Button type="primary" onClick={() => accept(t)}>接收</Button>
                            <Button onClick={() => setStep({ kind: 'return', transferId: t.id })}>退回</Button>
                          </Space>
                        )}
                      </Card>
                    ))}
                  </div>
                )}
              </Loadable>
            ),
          },
        ]),
    {
      key: 'orders',
      label: '督办单',
      children: (
        <Loadable loading={orders.loading} error={orders.error} data={orders.data} onRetry={orders.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="暂无督办单" />}>
          {(list) => (
            <div className="visit-grid">
              {list.map((o) => (
                <Card key={o.id} size="small" variant="borderless" title={<Space>{caseLink(role, o.caseId, o.caseReference)}<Tag color={o.status === 'answered' ? 'green' : o.status === 'escalated' ? 'red' : o.overdue ? 'red' : 'orange'}>{o.statusLabel}</Tag></Space>}>
                  <p>{o.requirement}</p>
                  <p className="muted">下达于 {fmt(o.issuedAt)}，答复期限 {fmt(o.deadline)}{o.remindedAt ? '，已催办' : ''}</p>
                  {o.answer && <p>答复：{o.answer}（{fmt(o.answeredAt)}）</p>}
                  {!o.answeredAt && (role === 'agent' || role === 'supervisor') && <Button type="primary" onClick={() => setStep({ kind: 'answer', orderId: o.id })}>答复</Button>}
                </Card>
              ))}
            </div>
          )}
        </Loadable>
      ),
    },
    ...(role === 'cac_officer'
      ? []
      : [
          {
            key: 'visits',
            label: '回访',
            children: (
              <Loadable loading={visits.loading} error={visits.error} data={visits.data} onRetry={visits.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="暂无回访任务" />}>
                {(list) => (
                  <div className="visit-grid">
                    {list.map((v) => (
                      <Card key={v.id} size="small" variant="borderless" title={<Space>{caseLink(role, v.caseId, v.caseReference)}<Tag color={v.outcome ? (v.outcome === 'solved' ? 'green' : 'red') : v.overdue ? 'red' : 'orange'}>{v.outcomeLabel ?? (v.overdue ? '已逾期' : '待回访')}</Tag></Space>}>
                        <p>{v.caseTitle}</p>
                        <p className="muted">{v.selectionLabel}　办结于 {fmt(v.resolvedAt)}，请于 {fmt(v.dueAt)} 前回访</p>
                        {v.note && <p>回访记录：{v.note}</p>}
                        {!v.outcome && <Button type="primary" onClick={() => setStep({ kind: 'visit', visitId: v.id })}>登记回访</Button>}
                      </Card>
                    ))}
                  </div>
                )}
              </Loadable>
            ),
          },
        ]),
  ];
  return (
    <div>
      <div className="page-header">
        <div>
          <h1 className="page-title">转办督办</h1>
          <p className="page-sub">受理错区的案件转办至所属集聚区；督办单在期限前催办，逾期未答复提级；办结后按要求回访，未解决的案件重新办理。</p>
        </div>
      </div>
      <Tabs items={tabs} />
      {step && <DispatchDialog step={step} onClose={() => setStep(null)} onDone={() => { setStep(null); reload(); }} />}
    </div>
  );
}

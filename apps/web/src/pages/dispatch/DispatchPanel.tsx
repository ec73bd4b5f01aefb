import { Button, Card, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CaseDispatch } from '@app/contracts';
import { api } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import { fmt } from '../../lib/time';
import { DispatchDialog, DispatchStep } from './DispatchDialogs';

/** 转办 / 督办 / 回访 of one case on the staff case page, with the steps the viewer may take. */
export function DispatchPanel({ caseId, status, zoneId, role, onChanged }: { caseId: string; status: string; zoneId: string; role: string; onChanged: () => void }) {
  const info = useApi(['case-dispatch', caseId], (signal) => api.get<CaseDispatch>(`/cases/${caseId}/dispatch`, {}, signal));
  const zones = useApi(['reference-zones'], () => reference.zones());
  const [step, setStep] = useState<DispatchStep | null>(null);
  const d = info.data;
  const desk = role === 'agent' || role === 'supervisor';
  const canTransfer = desk && status === 'submitted' && !d?.transfers.some((t) => t.status === 'pending');
  const canOrder = (role === 'supervisor' || role === 'cac_officer') && !['draft', 'rejected', 'closed', 'withdrawn'].includes(status);
  const empty = d && !d.transfers.length && !d.orders.length && !d.returnVisits.length;
  if (!canTransfer && !canOrder && (!d || empty)) return null;
  return (
    <Card
      title="转办 · 督办 · 回访"
      variant="borderless"
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          {canTransfer && <Button size="small" onClick={() => setStep({ kind: 'transfer', caseId })}>转办</Button>}
          {canOrder && <Button size="small" onClick={() => setStep({ kind: 'order', caseId })}>下达督办单</Button>}
        </Space>
      }
    >
      {d?.transfers.map((t) => (
        <p key={t.id}>
          <Tag color={t.status === 'pending' ? 'orange' : t.status === 'accepted' ? 'green' : 'default'}>转办 · {t.statusLabel}</Tag>
          {t.fromZoneId} → {t.toZoneId}：{t.reason}
          {t.returnReason ? `（退回：${t.returnReason}）` : ''}
        </p>
      ))}
      {d?.orders.map((o) => (
        <p key={o.id}>
          <Tag color={o.status === 'answered' ? 'green' : 'red'}>督办 · {o.statusLabel}</Tag>
          {o.requirement}（期限 {fmt(o.deadline)}）{o.answer ? `　答复：${o.answer}` : ''}
          {!o.answeredAt && desk && <Button type="link" size="small" onClick={() => setStep({ kind: 'answer', orderId: o.id })}>答复</Button>}
        </p>
      ))}
      {d?.returnVisits.map((v) => (
        <p key={v.id}>
          <Tag color={v.outcome === 'solved' ? 'green' : v.outcome ? 'red' : 'orange'}>回访 · {v.outcomeLabel ?? '待回访'}</Tag>
          {v.selectionLabel}，请于 {fmt(v.dueAt)} 前回访{v.note ? `：${v.note}` : ''}
          {!v.outcome && desk && <Button type="link" size="small" onClick={() => setStep({ kind: 'visit', visitId: v.id })}>登记回访</Button>}
        </p>
      ))}
      {step && (
        <DispatchDialog
          step={step}
          zones={(zones.data ?? []).filter((z) => z.id !== zoneId)}
          onClose={() => setStep(null)}
          onDone={() => {
            setStep(null);
            info.reload();
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RETURN_VISIT_METHOD_LABELS, RETURN_VISIT_METHODS, RETURN_VISIT_OUTCOME_LABELS, RETURN_VISIT_OUTCOMES } from '@app/contracts';
import { api } from '../../api/client';
import { useModalForm } from '../../lib/useModalForm';

/** What a dispatch dialog does: the title, the route it posts to, and the fields it asks for. */
export type DispatchStep =
  | { kind: 'transfer'; caseId: string }
  | { kind: 'return'; transferId: string }
  | { kind: 'order'; caseId: string }
  | { kind: 'answer'; orderId: string }
  | { kind: 'visit'; visitId: string };

const TITLES: Record<DispatchStep['kind'], string> = {
  transfer: '转办至其他集聚区',
  return: '退回转办',
  order: '下达督办单',
  answer: '答复督办单',
  visit: '登记回访结果',
};

function send(step: DispatchStep, v: Record<string, unknown>): Promise<unknown> {
  switch (step.kind) {
    case 'transfer':
      return api.post(`/cases/${step.caseId}/transfers`, { toZoneId: v.toZoneId, reason: v.reason });
    case 'return':
      return api.post(`/transfers/${step.transferId}/return`, { reason: v.reason });
    case 'order':
      return api.post(`/cases/${step.caseId}/supervision-orders`, { requirement: v.requirement, deadline: (v.deadline as Dayjs).toISOString() });
    case 'answer':
      return api.post(`/supervision-orders/${step.orderId}/answer`, { answer: v.answer });
    case 'visit':
      return api.post(`/return-visits/${step.visitId}/record`, { outcome: v.outcome, method: v.method, note: v.note || undefined });
  }
}

/** One dialog for the dispatch steps (转办, 退回, 督办, 答复, 回访). */
export function DispatchDialog({ step, zones, onClose, onDone }: { step: DispatchStep; zones?: { id: string; name: string }[]; onClose: () => void; onDone: () => void }) {
  const { form, saving, error, submit } = useModalForm((values: Record<string, unknown>) => send(step, values), onDone);
  return (
    <Modal open title={TITLES[step.kind]} okText="提交" cancelText="取消" confirmLoading={saving} onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        {step.kind === 'transfer' && (
          <>
            <Form.Item name="toZoneId" label="接收集聚区" rules={[{ required: true, message: '请选择接收集聚区' }]}>
              <Select options={(zones ?? []).map((z) => ({ value: z.id, label: z.name }))} />
            </Form.Item>
            <Form.Item name="reason" label="转办理由" rules={[{ required: true, min: 4, message: '请填写转办理由（至少 4 个字）' }]}>
              <Input.TextArea rows={3} placeholder="如：创作者工作室注册及经营地均在杨浦区" />
            </Form.Item>
          </>
        )}
        {step.kind === 'return' && (
          <Form.Item name="reason" label="退回理由" rules={[{ required: true, min: 4, message: '请填写退回理由（至少 4 个字）' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {step.kind === 'order' && (
          <>
            <Form.Item name="requirement" label="督办要求" rules={[{ required: true, min: 4, message: '请填写督办要求（至少 4 个字）' }]}>
              <Input.TextArea rows={3} placeholder="如：请于期限前联系创作者并书面说明平台处置进展" />
            </Form.Item>
            <Form.Item name="deadline" label="答复期限" rules={[{ required: true, message: '请选择答复期限' }]}>
              <DatePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {step.kind === 'answer' && (
          <Form.Item name="answer" label="答复内容" rules={[{ required: true, min: 4, message: '请填写答复（至少 4 个字）' }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
        {step.kind === 'visit' && (
          <>
            <Form.Item name="outcome" label="回访结果" rules={[{ required: true, message: '请选择回访结果' }]} extra="选择“未解决”时，案件将重新办理。">
              <Select options={RETURN_VISIT_OUTCOMES.map((o) => ({ value: o, label: RETURN_VISIT_OUTCOME_LABELS[o] }))} />
            </Form.Item>
            <Form.Item name="method" label="回访方式" initialValue="phone" rules={[{ required: true, message: '请选择回访方式' }]}>
              <Select options={RETURN_VISIT_METHODS.map((m) => ({ value: m, label: RETURN_VISIT_METHOD_LABELS[m] }))} />
            </Form.Item>
            <Form.Item name="note" label="回访记录">
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

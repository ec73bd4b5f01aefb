import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import { CarOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { VisitView } from '@app/contracts';
import { api, errorMessage } from '../api/client';
import { useApi } from '../api/query';
import type { Attachment } from '../api/types';
import { useUser } from '../auth/AuthContext';
import { applyProblemToForm } from '../lib/problem';
import { dayjs, fmt } from '../lib/time';
import { useFeedback } from './Feedback';
import { List } from './SimpleList';

const STATUS_COLORS: Record<string, string> = { requested: 'gold', scheduled: 'blue', confirmed: 'green', reschedule_requested: 'orange', done: 'default', cancelled: 'default' };

type Step = 'request' | 'schedule' | 'reschedule' | 'record';

/** One dialog per step of a visit; the api's field errors land on the fields. */
export function VisitDialog({ step, caseId, visit, onClose, onDone }: { step: Step; caseId: string; visit?: VisitView; onClose: () => void; onDone: (v: VisitView) => void }) {
  const me = useUser();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const attachments = useApi(['visits-1', caseId, step], step === 'record' ? (signal) => api.get<Attachment[]>(`/cases/${caseId}/attachments`, undefined, signal) : null);
  const title = { request: me.role === 'creator' ? '申请上门服务' : '建议上门服务', schedule: '安排上门', reschedule: '申请改期', record: '记录上门服务' }[step];
  const submit = async (v: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      let out: VisitView;
      if (step === 'request') out = await api.post<VisitView>(`/cases/${caseId}/visits`, { note: v.note, preferredTime: v.preferredTime || undefined, address: v.address || undefined });
      else if (step === 'schedule') {
        const staff = v.expertKind === 'me';
        out = await api.post<VisitView>(`/visits/${visit!.id}/schedule`, {
          expertUserId: staff ? me.id : undefined,
          expertName: staff ? undefined : v.expertName,
          expertOrg: staff ? undefined : v.expertOrg || undefined,
          scheduledAt: (v.scheduledAt as ReturnType<typeof dayjs> | undefined)?.toISOString(),
          address: v.address,
        });
      } else if (step === 'reschedule') out = await api.post<VisitView>(`/visits/${visit!.id}/reschedule`, { note: v.note });
      else out = await api.post<VisitView>(`/visits/${visit!.id}/record`, { whatWasDone: v.whatWasDone, advice: v.advice, outcome: v.outcome, attachmentIds: v.attachmentIds ?? [] });
      onDone(out);
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      setError(rest.join('；') || errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} okText="提交" confirmLoading={busy} destroyOnHidden width={560}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ expertKind: 'external', address: visit?.address ?? undefined }}>
        {(step === 'request' || step === 'reschedule') && (
          <Form.Item name="note" label={step === 'request' ? '需要专家上门做什么' : '希望改到什么时间、原因'} rules={[{ required: true, whitespace: true, message: '请填写说明' }, { min: step === 'request' ? 4 : 2, max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        )}
        {step === 'request' && (
          <>
            <Form.Item name="preferredTime" label="希望的时间（选填）">
              <Input maxLength={200} placeholder="如：工作日下午" />
            </Form.Item>
            <Form.Item name="address" label="上门地址（选填）">
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
        {step === 'schedule' && (
          <>
            <Form.Item name="expertKind" label="上门专家">
              <Radio.Group options={[{ value: 'me', label: `我本人（${me.displayName}）` }, { value: 'external', label: '外部专家' }]} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.expertKind !== b.expertKind}>
              {({ getFieldValue }) =>
                getFieldValue('expertKind') === 'external' && (
                  <Space wrap style={{ width: '100%' }}>
                    <Form.Item name="expertName" label="专家姓名" rules={[{ required: true, whitespace: true, message: '请填写专家姓名' }]}>
                      <Input maxLength={40} />
                    </Form.Item>
                    <Form.Item name="expertOrg" label="所在单位">
                      <Input maxLength={80} />
                    </Form.Item>
                  </Space>
                )
              }
            </Form.Item>
            <Form.Item name="scheduledAt" label="上门时间" rules={[{ required: true, message: '请选择上门时间' }]}>
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="address" label="上门地址" rules={[{ required: true, whitespace: true, message: '请填写地址' }, { min: 4, max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
        {step === 'record' && (
          <>
            <Form.Item name="whatWasDone" label="上门做了什么" rules={[{ required: true, whitespace: true, message: '请填写' }, { min: 4 }]}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Form.Item name="advice" label="给出的建议" rules={[{ required: true, whitespace: true, message: '请填写' }, { min: 2 }]}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
            <Form.Item name="outcome" label="结果" rules={[{ required: true, whitespace: true, message: '请填写' }, { min: 2 }]}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Form.Item name="attachmentIds" label="现场照片、文件（先在案件页上传为材料）" extra="所选材料的 SHA-256 与 SM3 指纹随记录写入案件进展">
              <Checkbox.Group options={(attachments.data ?? []).map((a) => ({ value: a.id, label: `${a.fileName}（SHA-256 ${a.sha256.slice(0, 12)}…）` }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

export function VisitSummary({ v }: { v: VisitView }) {
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label="状态">
        <Tag color={STATUS_COLORS[v.status]}>{v.statusLabel}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label="申请">{v.requestNote}</Descriptions.Item>
      {v.preferredTime && <Descriptions.Item label="希望时间">{v.preferredTime}</Descriptions.Item>}
      {v.expert && <Descriptions.Item label="专家">{`${v.expert.name}${v.expert.organisation ? `（${v.expert.organisation}）` : ''}`}</Descriptions.Item>}
      {v.scheduledAt && <Descriptions.Item label="时间">{fmt(v.scheduledAt)}</Descriptions.Item>}
      {v.address && <Descriptions.Item label="地址">{v.address}</Descriptions.Item>}
      {v.creatorNote && <Descriptions.Item label="改期说明">{v.creatorNote}</Descriptions.Item>}
      {v.record && (
        <>
          <Descriptions.Item label="上门内容">{v.record.whatWasDone}</Descriptions.Item>
          <Descriptions.Item label="建议">{v.record.advice}</Descriptions.Item>
          <Descriptions.Item label="结果">{v.record.outcome}</Descriptions.Item>
          {v.record.evidence.map((e) => (
            <Descriptions.Item key={e.id} label="现场材料">
              {e.fileName}
              <div className="muted" style={{ fontSize: 11, wordBreak: 'break-all' }}>
                SHA-256 {e.sha256}
                <br />
                SM3 {e.sm3}
              </div>
            </Descriptions.Item>
          ))}
        </>
      )}
    </Descriptions>
  );
}

/** The buttons a visit offers the current user. */
export function VisitButtons({ v, onStep, onConfirm }: { v: VisitView; onStep: (step: Step) => void; onConfirm: () => void }) {
  const me = useUser();
  if (me.role === 'creator') {
    return (
      <Space wrap>
        {v.status === 'scheduled' && (
          <Button type="primary" onClick={onConfirm}>
            确认时间
          </Button>
        )}
        {(v.status === 'scheduled' || v.status === 'confirmed') && <Button onClick={() => onStep('reschedule')}>申请改期</Button>}
      </Space>
    );
  }
  return (
    <Space wrap>
      {['requested', 'reschedule_requested', 'scheduled', 'confirmed'].includes(v.status) && <Button onClick={() => onStep('schedule')}>{v.status === 'requested' ? '安排专家' : '重新安排'}</Button>}
      {(v.status === 'scheduled' || v.status === 'confirmed') && (
        <Button type="primary" onClick={() => onStep('record')}>
          记录上门
        </Button>
      )}
    </Space>
  );
}

/** 上门服务 on a case page: the creator requests, confirms or asks for another time; the desk proposes, schedules, records. */
export function VisitsCard({ caseId, open, onChanged }: { caseId: string; open: boolean; onChanged?: () => void }) {
  const me = useUser();
  const { message } = useFeedback();
  const visits = useApi(['visits-2', caseId], (signal) => api.get<VisitView[]>(`/cases/${caseId}/visits`, undefined, signal));
  const [dialog, setDialog] = useState<{ step: Step; visit?: VisitView } | null>(null);
  const canRequest = open && (me.role === 'creator' || me.role === 'agent' || me.role === 'supervisor');
  const done = () => {
    setDialog(null);
    visits.reload();
    onChanged?.();
  };
  const confirm = async (v: VisitView) => {
    try {
      await api.post(`/visits/${v.id}/confirm`);
      message.success('已确认上门时间');
      done();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card
      title={
        <span>
          <CarOutlined /> 上门服务
        </span>
      }
      variant="borderless"
      style={{ marginBottom: 16 }}
      extra={canRequest && me.role !== 'cac_officer' ? <Button size="small" onClick={() => setDialog({ step: 'request' })}>{me.role === 'creator' ? '申请上门' : '建议上门'}</Button> : null}
    >
      <List
        dataSource={visits.data ?? []}
        loading={visits.loading && !visits.data}
        locale={{ emptyText: <Typography.Text type="secondary">需要专家到您的工作室现场指导时，可申请上门服务</Typography.Text> }}
        renderItem={(v) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              <VisitSummary v={v} />
              <VisitButtons v={v} onStep={(step) => setDialog({ step, visit: v })} onConfirm={() => void confirm(v)} />
            </div>
          </List.Item>
        )}
      />
      {dialog && <VisitDialog step={dialog.step} caseId={caseId} visit={dialog.visit} onClose={() => setDialog(null)} onDone={done} />}
    </Card>
  );
}

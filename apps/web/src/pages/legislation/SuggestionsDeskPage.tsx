import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ADOPTION_LABELS, ADOPTIONS, type ConsultationView, type SuggestionView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useUser } from '../../auth/AuthContext';
import { useFeedback } from '../../components/Feedback';
import { ErrorState } from '../../components/States';
import { useModalForm } from '../../lib/useModalForm';
import { ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt } from '../../lib/time';
import { AdoptionTag, CountsLine, WindowTag } from './parts';

/** 众智平台 for the desk (forward suggestions) and the city authority (publish, answer). */
export default function SuggestionsDeskPage() {
  const me = useUser();
  const { message } = useFeedback();
  const consultations = useApi(['legislation', 'consultations'], (signal) => api.get<ConsultationView[]>('/legislation/consultations', undefined, signal));
  const [selected, setSelected] = useState<string | undefined>();
  const current = selected ?? consultations.data?.[0]?.id;
  const suggestions = useApi(['legislation', 'suggestions', current], current ? (signal) => api.get<SuggestionView[]>('/legislation/suggestions', { consultationId: current }, signal) : null);
  const [answering, setAnswering] = useState<SuggestionView | null>(null);
  const [creating, setCreating] = useState(false);
  const isOfficer = me.role === 'cac_officer';
  const consultation = consultations.data?.find((c) => c.id === current);
  const base = me.role === 'cac_officer' ? '/authority/cases/' : '/desk/cases/';

  const forward = async (s: SuggestionView) => {
    try {
      await api.post(`/legislation/suggestions/${s.id}/forward`);
      message.success(`${s.reference} 已转报`);
      suggestions.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">众智平台 · 征集建议</h1>
          <p className="page-sub">{isOfficer ? '发布法规草案征求意见，逐条答复创作者的建议（采纳、部分采纳、未采纳、转有关部门）。' : '审核本集聚区创作者的建议，转报市委网信办立法渠道。'}</p>
        </div>
        {isOfficer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            发布征集
          </Button>
        )}
      </div>
      {consultations.error && <ErrorState error={consultations.error} onRetry={consultations.reload} compact />}
      <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <Select style={{ width: '100%', maxWidth: 640 }} value={current} onChange={setSelected} placeholder="选择征集" aria-label="选择征集" options={(consultations.data ?? []).map((c) => ({ value: c.id, label: c.title }))} />
        {consultation && (
          <Space wrap>
            <WindowTag c={consultation} />
            <CountsLine c={consultation} />
          </Space>
        )}
      </Space>
      <Card className="table-card" variant="borderless">
        <Table<SuggestionView>
          rowKey="id"
          loading={suggestions.loading}
          dataSource={suggestions.data ?? []}
          scroll={{ x: 1000 }}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          locale={{ emptyText: '暂无建议' }}
          columns={[
            { title: '案件', key: 'ref', width: 170, render: (_, s) => <Link className="reference" to={base + s.caseId}>{s.reference}</Link> },
            { title: '集聚区', dataIndex: 'zoneId', width: 110, render: (z: string) => ZONE_FALLBACK[z] ?? z },
            { title: '条款', dataIndex: 'articleNo', width: 90 },
            { title: '建议', key: 'text', render: (_, s) => <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>{s.suggestedWording}（理由：{s.reason}）</Typography.Paragraph> },
            { title: '建议人', key: 'who', width: 120, render: (_, s) => `${s.creatorName ?? ''}${s.named ? '（同意署名）' : ''}` },
            { title: '答复', key: 'adoption', width: 200, render: (_, s) => <div><AdoptionTag adoption={s.adoption} />{s.adoptionReason && <div className="muted">{s.adoptionReason}</div>}</div> },
            {
              title: '操作',
              key: 'act',
              width: 120,
              render: (_, s) =>
                !isOfficer && !s.forwarded && ['submitted', 'accepted', 'in_progress'].includes(s.caseStatus) ? (
                  <Button size="small" type="primary" onClick={() => void forward(s)}>转报</Button>
                ) : isOfficer && s.forwarded && !s.adoption ? (
                  <Button size="small" type="primary" onClick={() => setAnswering(s)}>答复</Button>
                ) : (
                  <span className="muted">{s.adoption ? fmt(s.answeredAt) : s.forwarded ? '已转报' : ''}</span>
                ),
            },
          ]}
        />
      </Card>
      {answering && <AnswerModal s={answering} onClose={() => setAnswering(null)} onDone={() => (setAnswering(null), suggestions.reload(), consultations.reload())} />}
      {creating && <CreateModal onClose={() => setCreating(false)} onDone={(id) => (setCreating(false), setSelected(id), consultations.reload())} />}
    </>
  );
}

function AnswerModal({ s, onClose, onDone }: { s: SuggestionView; onClose: () => void; onDone: () => void }) {
  const { form, saving, error, submit } = useModalForm((v) => api.post(`/legislation/suggestions/${s.id}/answer`, v), onDone);
  return (
    <Modal open title={`答复建议 ${s.reference}`} onCancel={onClose} onOk={submit} okText="答复" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Typography.Paragraph type="secondary">{s.articleNo}：{s.suggestedWording}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="adoption" label="采纳情况" rules={[{ required: true, message: '请选择' }]}>
          <Select options={ADOPTIONS.map((a) => ({ value: a, label: ADOPTION_LABELS[a] }))} />
        </Form.Item>
        <Form.Item name="reason" label="理由（创作者可见）" rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CreateModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const { form, saving, error, submit } = useModalForm<{ window: [dayjs.Dayjs, dayjs.Dayjs]; [k: string]: unknown }>(
    ({ window, ...v }) => api.post('/legislation/consultations', { ...v, opensAt: window[0].startOf('day').toISOString(), closesAt: window[1].endOf('day').toISOString() }),
    (r) => onDone((r as ConsultationView).id),
  );
  return (
    <Modal open width={720} title="发布征集" onCancel={onClose} onOk={submit} okText="发布" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={{ issuingBody: '中共上海市委网络安全和信息化委员会办公室', articles: [{ no: '第一条', text: '' }], window: [dayjs(), dayjs().add(30, 'day')] }}>
        <Form.Item name="title" label="草案名称" rules={[{ required: true, whitespace: true, message: '请填写' }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="issuingBody" label="发布机关" rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="summary" label="说明"><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
        <Form.Item name="window" label="征集期（不少于 30 日）" rules={[{ required: true }]}><DatePicker.RangePicker /></Form.Item>
        <Form.Item name="shortWindowReason" label="征集期不足 30 日的理由"><Input maxLength={500} /></Form.Item>
        <Form.List name="articles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'no']} rules={[{ required: true, message: '条号' }]}><Input placeholder="第一条" style={{ width: 100 }} /></Form.Item>
                  <Form.Item name={[f.name, 'text']} rules={[{ required: true, message: '条文' }]} style={{ flex: 1, minWidth: 360 }}><Input.TextArea rows={2} placeholder="条文" /></Form.Item>
                  {fields.length > 1 && <Button onClick={() => remove(f.name)}>删除</Button>}
                </Space>
              ))}
              <Button type="dashed" block onClick={() => add({ no: '', text: '' })}>添加条款</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

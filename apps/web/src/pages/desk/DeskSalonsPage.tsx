import { Alert, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Modal, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { RegistrationView, SalonEventView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { CaseDetail, Programme, Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { CaseFilingForm } from '../../components/CaseFilingForm';
import { useFeedback } from '../../components/Feedback';
import { Loadable } from '../../components/States';
import { applyProblemToForm } from '../../lib/problem';
import { PROGRAMME_LABELS, ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt } from '../../lib/time';

/** 大V沙龙 at the desk: supervisors publish; the door checks attendees in; questions become salon cases. */
export default function DeskSalonsPage() {
  const me = useUser();
  const [when, setWhen] = useState<'upcoming' | 'past' | 'all'>('upcoming');
  const salons = useApi(['desksalonspage-1', when], (signal) => api.get<SalonEventView[]>('/salons', { when }, signal));
  const [selected, setSelected] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const current = salons.data?.find((e) => e.id === selected) ?? salons.data?.[0];
  return (
    <div>
      <div className="page-header">
        <div>
          <h1 className="page-title">大V沙龙</h1>
          <p className="page-sub">活动报名、候补递补、入场签到；现场提问登记为「大V沙龙」渠道的案件。</p>
        </div>
        <Space wrap>
          <Segmented value={when} onChange={(v) => setWhen(v as typeof when)} options={[{ value: 'upcoming', label: '即将举办' }, { value: 'past', label: '已结束' }, { value: 'all', label: '全部' }]} />
          {me.role === 'supervisor' && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPublishing(true)}>
              发布活动
            </Button>
          )}
        </Space>
      </div>
      <Loadable loading={salons.loading} error={salons.error} data={salons.data} onRetry={salons.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="暂无活动" />}>
        {(list) => (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={9}>
              {list.map((e) => (
                <Card key={e.id} size="small" hoverable onClick={() => setSelected(e.id)} style={{ marginBottom: 8, borderColor: current?.id === e.id ? '#1677ff' : undefined }}>
                  <b>{e.title}</b>
                  <div className="muted" style={{ fontSize: 12 }}>
                    {fmt(e.startsAt, 'M月D日 HH:mm')} · {ZONE_FALLBACK[e.zoneId] ?? e.zoneId} · 报名 {e.registered}/{e.capacity}
                    {e.waitlisted ? ` · 候补 ${e.waitlisted}` : ''}
                  </div>
                </Card>
              ))}
            </Col>
            <Col xs={24} lg={15}>
              {current && <SalonDesk key={current.id} e={current} onChanged={salons.reload} />}
            </Col>
          </Row>
        )}
      </Loadable>
      {publishing && <PublishDialog onClose={() => setPublishing(false)} onDone={() => { setPublishing(false); salons.reload(); }} />}
    </div>
  );
}

function SalonDesk({ e, onChanged }: { e: SalonEventView; onChanged: () => void }) {
  const me = useUser();
  const { message } = useFeedback();
  const regs = useApi(['desksalonspage-2', e.id], (signal) => api.get<RegistrationView[]>(`/salons/${e.id}/registrations`, undefined, signal));
  const [code, setCode] = useState('');
  const [asking, setAsking] = useState<RegistrationView | null>(null);
  const checkIn = async () => {
    try {
      const r = await api.post<RegistrationView>(`/salons/${e.id}/check-in`, { code: code.trim() });
      message.success(`${r.creator.displayName} 已签到`);
      setCode('');
      regs.reload();
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Card title={e.title} variant="borderless">
      <div className="muted">
        {fmt(e.startsAt, 'YYYY-MM-DD HH:mm')}–{fmt(e.endsAt, 'HH:mm')} · {e.venue ?? e.onlineUrl} · {PROGRAMME_LABELS[e.topicProgramme] ?? e.topicProgramme}
      </div>
      <div className="muted" style={{ marginBottom: 12 }}>专家：{e.experts.map((x) => x.name).join('、')}</div>
      <Space.Compact style={{ maxWidth: 360, marginBottom: 12 }}>
        <Input value={code} onChange={(ev) => setCode(ev.target.value)} placeholder="入场签到码（6 位）" inputMode="numeric" maxLength={6} onPressEnter={() => void checkIn()} aria-label="入场签到码" />
        <Button type="primary" onClick={() => void checkIn()} disabled={!/^\d{6}$/.test(code.trim())}>
          签到
        </Button>
      </Space.Compact>
      <Table<RegistrationView>
        rowKey="id"
        size="small"
        loading={regs.loading}
        dataSource={regs.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        columns={[
          { title: '创作者', render: (_, r) => <>{r.creator.displayName} <span className="muted">{r.creator.phone}</span></> },
          { title: '状态', render: (_, r) => <Tag color={r.status === 'registered' ? 'green' : r.status === 'waitlisted' ? 'orange' : 'default'}>{r.statusLabel}{r.waitlistPosition ? ` 第${r.waitlistPosition}位` : ''}{r.promotedAt ? '（递补）' : ''}</Tag> },
          { title: '签到', render: (_, r) => (r.checkedInAt ? fmt(r.checkedInAt, 'HH:mm') : '—'), width: 70 },
          { title: '评价', dataIndex: 'rating', render: (v) => v ?? '—', width: 60 },
          {
            title: '现场提问',
            render: (_, r) => (
              <Space wrap>
                {r.caseIds.map((id) => (
                  <a key={id} href={`/desk/cases/${id}`}>
                    案件
                  </a>
                ))}
                {me.role === 'agent' && r.status !== 'cancelled' && (
                  <Button size="small" onClick={() => setAsking(r)}>
                    登记提问
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {asking && (
        <QuestionDialog
          e={e}
          r={asking}
          onClose={() => setAsking(null)}
          onDone={(c) => {
            setAsking(null);
            message.success(`已登记案件 ${c.reference}`);
            regs.reload();
          }}
        />
      )}
    </Card>
  );
}

function QuestionDialog({ e, r, onClose, onDone }: { e: SalonEventView; r: RegistrationView; onClose: () => void; onDone: (c: CaseDetail) => void }) {
  const data = useApi(['desksalonspage-3'], () => Promise.all([reference.programmes(), reference.zones()]));
  const [programmeId, setProgrammeId] = useState(e.topicProgramme);
  const [programmes, zones] = (data.data ?? [[], []]) as [Programme[], Zone[]];
  const programme = programmes.find((p) => p.id === programmeId);
  return (
    <Modal open title={`登记现场提问：${r.creator.displayName}`} onCancel={onClose} footer={null} width={820} destroyOnHidden>
      {programme && (
        <>
          <Segmented value={programme.id} onChange={(v) => setProgrammeId(String(v))} options={programmes.map((p) => ({ value: p.id, label: p.name }))} style={{ marginBottom: 16 }} />
          <CaseFilingForm
            key={programme.id}
            programme={programme}
            zones={zones}
            askZone={false}
            submitText="登记为沙龙案件"
            send={async (body) => {
              const { programme: p, category, title, description, intake } = body;
              const out = await api.post<{ caseId: string }>(`/salons/${e.id}/cases`, { registrationId: r.id, programme: p, category, title, description, intake });
              return api.get<CaseDetail>(`/cases/${out.caseId}`);
            }}
            onFiled={onDone}
          />
        </>
      )}
    </Modal>
  );
}

function PublishDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const me = useUser();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    const [start, end] = v.time as [ReturnType<typeof dayjs>, ReturnType<typeof dayjs>];
    try {
      await api.post('/salons', {
        title: v.title,
        topicProgramme: v.topicProgramme,
        description: v.description || undefined,
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        venue: v.venue || undefined,
        onlineUrl: v.onlineUrl || undefined,
        capacity: v.capacity,
        experts: String(v.experts ?? '')
          .split(/\n+/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [name, organisation] = line.split(/[，,]/).map((x) => x.trim());
            return organisation ? { name, organisation } : { name };
          }),
        zoneId: me.zoneId ? undefined : v.zoneId,
      });
      onDone();
    } catch (e) {
      const rest = applyProblemToForm(form, e, { rename: { startsAt: ['time'], endsAt: ['time'] } });
      setError(rest.join('；') || errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="发布大V沙龙" onCancel={onClose} onOk={() => form.submit()} okText="发布" confirmLoading={busy} width={640} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ topicProgramme: 'shield', capacity: 40 }}>
        <Form.Item name="title" label="活动名称" rules={[{ required: true, whitespace: true, message: '请填写活动名称' }, { min: 4, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        {!me.zoneId && (
          <Form.Item name="zoneId" label="集聚区" rules={[{ required: true, message: '请选择集聚区' }]}>
            <Select options={Object.entries(ZONE_FALLBACK).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        )}
        <Form.Item name="topicProgramme" label="主题项目">
          <Select options={Object.entries(PROGRAMME_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="time" label="时间" rules={[{ required: true, message: '请选择时间' }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="venue" label="地点" extra="地点和线上链接至少填一项">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="onlineUrl" label="线上链接">
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item name="capacity" label="名额" rules={[{ required: true }]}>
          <InputNumber min={1} max={5000} />
        </Form.Item>
        <Form.Item name="experts" label="专家（每行一位：姓名，单位）" rules={[{ required: true, whitespace: true, message: '请至少填写一位专家' }]}>
          <Input.TextArea rows={3} placeholder={'王律师，上海某律师事务所\n李专家，某平台治理中心'} />
        </Form.Item>
        <Form.Item name="description" label="活动介绍">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">名额满后创作者可加入候补名单，有人取消时按顺序自动递补并短信通知。</Typography.Text>
    </Modal>
  );
}

import { Alert, Button, Card, Form, Input, InputNumber, Modal, Radio, Space, Switch, Table, Tag, Tabs, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useFeedback } from '../../components/Feedback';
import { ErrorState } from '../../components/States';
import { PriorityTag } from '../../components/Tags';
import { applyProblemToForm } from '../../lib/problem';

interface SlaPolicy {
  programme: string;
  priority: string;
  clockKind: 'working' | 'continuous';
  acceptMinutes: number;
  firstResponseMinutes: number;
  resolveMinutes: number;
  programmeName?: string;
  display?: { accept: string; firstResponse: string; resolve: string };
}

interface HolidayYear {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
  source?: string;
  provisional?: boolean;
}

const WORKDAY = 510;

function describe(minutes: number, kind: string): string {
  if (kind === 'continuous') return minutes % 60 === 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`;
  if (minutes % WORKDAY === 0) return `${minutes / WORKDAY} 个工作日`;
  return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分（工作时间）`;
}

/** 限时办结 settings for the system administrator: deadlines per programme and priority, and the holiday calendar. */
export default function SlaPage() {
  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">办理时限</h1>
          <p className="page-sub">各项目、各优先级的受理、首次答复、办结时限，以及计算工作时间所用的节假日与调休安排。修改只影响之后开始计时的案件。</p>
        </div>
      </div>
      <Tabs
        items={[
          { key: 'policies', label: '时限标准', children: <Policies /> },
          { key: 'holidays', label: '节假日与调休', children: <Holidays /> },
        ]}
      />
    </>
  );
}

function Policies() {
  const policies = useApi(['admin', 'sla-policies'], (signal) => api.get<SlaPolicy[]>('/admin/sla-policies', undefined, signal));
  const [editing, setEditing] = useState<SlaPolicy | null>(null);
  return (
    <Card className="table-card" variant="borderless">
      {policies.error && !policies.loading ? (
        <ErrorState error={policies.error} onRetry={policies.reload} compact />
      ) : (
        <Table<SlaPolicy>
          rowKey={(p) => `${p.programme}/${p.priority}`}
          loading={policies.loading}
          dataSource={policies.data ?? []}
          pagination={false}
          scroll={{ x: 820 }}
          columns={[
            { title: '项目', key: 'programme', render: (_, p) => p.programmeName ?? p.programme },
            { title: '优先级', dataIndex: 'priority', width: 90, render: (p: string) => <PriorityTag priority={p} /> },
            {
              title: '计时方式',
              dataIndex: 'clockKind',
              width: 110,
              render: (k: string) => (k === 'continuous' ? <Tag color="red">全天候</Tag> : <Tag>工作时间</Tag>),
            },
            { title: '受理', key: 'a', render: (_, p) => p.display?.accept ?? describe(p.acceptMinutes, p.clockKind) },
            { title: '首次答复', key: 'f', render: (_, p) => p.display?.firstResponse ?? describe(p.firstResponseMinutes, p.clockKind) },
            { title: '办结', key: 'r', render: (_, p) => p.display?.resolve ?? describe(p.resolveMinutes, p.clockKind) },
            {
              title: '操作',
              key: 'ops',
              width: 90,
              render: (_, p) => (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} aria-label={`修改 ${p.programmeName ?? p.programme} ${p.priority} 的时限`}>
                  修改
                </Button>
              ),
            },
          ]}
        />
      )}
      {editing && (
        <PolicyModal
          policy={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            policies.reload();
          }}
        />
      )}
    </Card>
  );
}

function PolicyModal({ policy, onClose, onSaved }: { policy: SlaPolicy; onClose: () => void; onSaved: () => void }) {
  const { message } = useFeedback();
  const [form] = Form.useForm<SlaPolicy>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = Form.useWatch('clockKind', form) ?? policy.clockKind;
  const submit = async () => {
    let v: SlaPolicy;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await api.put(`/admin/sla-policies/${policy.programme}/${policy.priority}`, {
        clockKind: v.clockKind,
        acceptMinutes: v.acceptMinutes,
        firstResponseMinutes: v.firstResponseMinutes,
        resolveMinutes: v.resolveMinutes,
      });
      message.success('时限已更新');
      onSaved();
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  const minutes = (name: 'acceptMinutes' | 'firstResponseMinutes' | 'resolveMinutes', label: string) => (
    <Form.Item noStyle shouldUpdate>
      {() => (
        <Form.Item
          name={name}
          label={label}
          rules={[{ required: true, message: `请填写${label}` }]}
          extra={form.getFieldValue(name) ? `= ${describe(form.getFieldValue(name), kind)}` : undefined}
        >
          <InputNumber min={1} max={1_000_000} suffix="分钟" style={{ width: 220 }} />
        </Form.Item>
      )}
    </Form.Item>
  );
  return (
    <Modal open title={`修改时限：${policy.programmeName ?? policy.programme} · ${policy.priority}`} onCancel={onClose} onOk={submit} okText="保存" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={policy}>
        <Form.Item name="clockKind" label="计时方式">
          <Radio.Group
            options={[
              { value: 'working', label: '工作时间（工作日 09:00–17:30）' },
              { value: 'continuous', label: '全天候' },
            ]}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          1 个工作日 = 510 分钟。
        </Typography.Paragraph>
        {minutes('acceptMinutes', '受理时限')}
        {minutes('firstResponseMinutes', '首次答复时限')}
        {minutes('resolveMinutes', '办结时限')}
      </Form>
    </Modal>
  );
}

function Holidays() {
  const years = useApi(['admin', 'holiday-years'], (signal) => api.get<{ years: HolidayYear[] } | HolidayYear[]>('/admin/holiday-years', undefined, signal).then((r) => (Array.isArray(r) ? r : r.years)));
  const [editing, setEditing] = useState<HolidayYear | null>(null);
  return (
    <Card className="table-card" variant="borderless">
      {years.error && !years.loading ? (
        <ErrorState error={years.error} onRetry={years.reload} compact />
      ) : (
        <Table<HolidayYear>
          rowKey="year"
          loading={years.loading}
          dataSource={years.data ?? []}
          pagination={false}
          columns={[
            {
              title: '年份',
              dataIndex: 'year',
              width: 120,
              render: (y: number, r) => (
                <Space>
                  {y}
                  {r.provisional && <Tag color="warning">临时数据</Tag>}
                </Space>
              ),
            },
            { title: '放假天数', key: 'h', width: 100, render: (_, r) => r.holidays.length },
            { title: '调休上班', key: 'm', render: (_, r) => (r.makeupWorkdays.length ? r.makeupWorkdays.join('、') : '—') },
            { title: '依据', dataIndex: 'source', render: (s?: string) => <Typography.Text ellipsis={{ tooltip: s }} style={{ maxWidth: 360 }}>{s ?? '—'}</Typography.Text> },
            {
              title: '操作',
              key: 'ops',
              width: 90,
              render: (_, r) => (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                  修改
                </Button>
              ),
            },
          ]}
        />
      )}
      <div style={{ padding: 16 }}>
        <Button onClick={() => setEditing({ year: new Date().getFullYear() + 1, holidays: [], makeupWorkdays: [], source: '', provisional: false })}>录入新年度</Button>
      </div>
      {editing && (
        <HolidayModal
          year={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            years.reload();
          }}
        />
      )}
    </Card>
  );
}

const DATE_LIST = /^(\d{4}-\d{2}-\d{2})([\s,，、]+\d{4}-\d{2}-\d{2})*$/;
const splitDates = (s?: string) => (s ?? '').split(/[\s,，、]+/).filter(Boolean);

function HolidayModal({ year, onClose, onSaved }: { year: HolidayYear; onClose: () => void; onSaved: () => void }) {
  const { message } = useFeedback();
  const [form] = Form.useForm<{ year: number; holidays: string; makeupWorkdays: string; source: string; provisional: boolean }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    let v: { year: number; holidays: string; makeupWorkdays: string; source: string; provisional: boolean };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await api.put(`/admin/holiday-years/${v.year}`, {
        holidays: splitDates(v.holidays),
        makeupWorkdays: splitDates(v.makeupWorkdays),
        source: v.source.trim(),
        provisional: !!v.provisional,
      });
      message.success(`${v.year} 年节假日安排已保存`);
      onSaved();
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`${year.year} 年节假日与调休`} onCancel={onClose} onOk={submit} okText="保存" confirmLoading={saving} destroyOnHidden width={640}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: year.year, holidays: year.holidays.join('\n'), makeupWorkdays: year.makeupWorkdays.join('\n'), source: year.source ?? '', provisional: !!year.provisional }}
      >
        <Form.Item name="year" label="年份" rules={[{ required: true, message: '请填写年份' }]}>
          <InputNumber min={2020} max={2100} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="holidays"
          label="放假日期（含假期内的周末）"
          extra="每行或以逗号分隔一个日期，格式 YYYY-MM-DD"
          rules={[{ pattern: DATE_LIST, message: '日期格式应为 YYYY-MM-DD' }]}
        >
          <Input.TextArea rows={6} className="mono" />
        </Form.Item>
        <Form.Item name="makeupWorkdays" label="调休上班的周六、周日" rules={[{ pattern: DATE_LIST, message: '日期格式应为 YYYY-MM-DD' }]}>
          <Input.TextArea rows={3} className="mono" />
        </Form.Item>
        <Form.Item name="source" label="依据" rules={[{ required: true, whitespace: true, message: '请填写依据（国务院办公厅通知文号或链接）' }]}>
          <Input placeholder="国务院办公厅关于 20XX 年部分节假日安排的通知" />
        </Form.Item>
        <Form.Item name="provisional" label="临时数据（正式通知发布前）" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

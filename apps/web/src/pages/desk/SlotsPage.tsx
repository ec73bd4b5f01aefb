import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, Modal, Row, Select, Space, Table, Tag, TimePicker, Input } from 'antd';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { useState } from 'react';
import type { SlotView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useUser } from '../../auth/AuthContext';
import { useFeedback } from '../../components/Feedback';
import { ErrorState } from '../../components/States';
import { applyProblemToForm } from '../../lib/problem';
import { PROGRAMME_LABELS, ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt, TZ } from '../../lib/time';

const PROGRAMMES = Object.entries(PROGRAMME_LABELS).map(([value, label]) => ({ value, label }));
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'].map((d, i) => ({ value: i + 1, label: `周${d}` }));
/** A Shanghai wall-clock instant from a picked day and time. */
const at = (day: ReturnType<typeof dayjs>, time: ReturnType<typeof dayjs>) => dayjs.tz(`${day.format('YYYY-MM-DD')}T${time.format('HH:mm')}`, TZ).toISOString();

/** Supervisors open the service point's slots, one by one or as a weekly pattern, and close them. */
export default function SlotsPage() {
  const me = useUser();
  const { message } = useFeedback();
  const [zoneId, setZoneId] = useState(me.zoneId ?? 'huangpu');
  const slots = useApi(['slotspage-1', zoneId], (signal) => api.get<SlotView[]>('/appointment-slots', { zoneId }, signal));
  const [single] = Form.useForm();
  const [pattern] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<string | null>(null);
  const zoneBody = me.zoneId ? {} : { zoneId };
  const openOne = async (v: Record<string, unknown>) => {
    setError(null);
    const [start, end] = v.time as [ReturnType<typeof dayjs>, ReturnType<typeof dayjs>];
    try {
      await api.post('/appointment-slots', { startsAt: at(v.day as ReturnType<typeof dayjs>, start), endsAt: at(v.day as ReturnType<typeof dayjs>, end), capacity: v.capacity, programmes: v.programmes, ...zoneBody });
      message.success('已开放时段');
      slots.reload();
    } catch (e) {
      setError(applyProblemToForm(single, e, { rename: { startsAt: ['day'], endsAt: ['time'] } }).join('；') || errorMessage(e));
    }
  };
  const openPattern = async (v: Record<string, unknown>) => {
    setError(null);
    const [from, to] = v.range as [ReturnType<typeof dayjs>, ReturnType<typeof dayjs>];
    const times = String(v.times)
      .split(/[\s,，、]+/)
      .filter(Boolean)
      .map((t) => {
        const [start, end] = t.split(/[-–~]/);
        return { start, end };
      });
    try {
      const r = await api.post<{ created: number; existing: number; skipped: { day: string; time: string; reason: string }[] }>('/appointment-slots/pattern', {
        from: from.format('YYYY-MM-DD'),
        to: to.format('YYYY-MM-DD'),
        weekdays: v.weekdays,
        times,
        capacity: v.capacity,
        programmes: v.programmes,
        ...zoneBody,
      });
      setReport(`新开放 ${r.created} 个时段${r.existing ? `，${r.existing} 个已存在` : ''}${r.skipped.length ? `；跳过 ${r.skipped.length} 个：${r.skipped.slice(0, 3).map((s) => `${s.day} ${s.time} ${s.reason}`).join('；')}` : ''}`);
      slots.reload();
    } catch (e) {
      setError(applyProblemToForm(pattern, e).join('；') || errorMessage(e));
    }
  };
  const close = (s: SlotView) => {
    let reason = '';
    Modal.confirm({
      title: `关闭 ${fmt(s.startsAt, 'M月D日 HH:mm')} 的时段？`,
      content: (
        <Input.TextArea rows={2} placeholder="关闭原因（将通知已预约的创作者）" onChange={(e) => (reason = e.target.value)} aria-label="关闭原因" />
      ),
      okText: '关闭并通知',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await api.post(`/appointment-slots/${s.id}/close`, { reason });
          message.success('已关闭，已通知预约者');
          slots.reload();
        } catch (e) {
          message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };
  return (
    <div>
      <div className="page-header">
        <div>
          <h1 className="page-title">预约时段</h1>
          <p className="page-sub">服务点在工作日（含调休上班日）开放；节假日的时段会自动关闭并通知已预约的创作者。</p>
        </div>
        {!me.zoneId && <Select value={zoneId} onChange={setZoneId} options={Object.entries(ZONE_FALLBACK).map(([value, label]) => ({ value, label }))} style={{ width: 180 }} aria-label="集聚区" />}
      </div>
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} title={error} style={{ marginBottom: 12 }} role="alert" />}
      {report && <Alert type="success" showIcon closable onClose={() => setReport(null)} title={report} style={{ marginBottom: 12 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="开放单个时段" variant="borderless">
            <Form form={single} layout="vertical" onFinish={openOne} initialValues={{ capacity: 3, programmes: ['shield', 'compliance'] }}>
              <Space wrap align="start">
                <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
                  <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
                </Form.Item>
                <Form.Item name="time" label="时间" rules={[{ required: true, message: '请选择时间' }]}>
                  <TimePicker.RangePicker format="HH:mm" minuteStep={15} />
                </Form.Item>
                <Form.Item name="capacity" label="名额">
                  <InputNumber min={1} max={200} />
                </Form.Item>
              </Space>
              <Form.Item name="programmes" label="服务项目" rules={[{ required: true, message: '至少选择一个' }]}>
                <CheckboxGroup options={PROGRAMMES} />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                开放
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="按周开放" variant="borderless">
            <Form form={pattern} layout="vertical" onFinish={openPattern} initialValues={{ weekdays: [1, 2, 3, 4, 5], times: '09:30-10:00 10:00-10:30 14:00-14:30 15:00-15:30', capacity: 3, programmes: Object.keys(PROGRAMME_LABELS) }}>
              <Form.Item name="range" label="日期范围" rules={[{ required: true, message: '请选择日期范围' }]}>
                <DatePicker.RangePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
              </Form.Item>
              <Form.Item name="weekdays" label="每周" rules={[{ required: true }]}>
                <CheckboxGroup options={WEEKDAYS} />
              </Form.Item>
              <Form.Item name="times" label="时段（空格分隔，如 09:30-10:00）" rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Space wrap>
                <Form.Item name="capacity" label="每个时段名额">
                  <InputNumber min={1} max={200} />
                </Form.Item>
                <Form.Item name="programmes" label="服务项目" rules={[{ required: true }]}>
                  <CheckboxGroup options={PROGRAMMES} />
                </Form.Item>
              </Space>
              <Button type="primary" htmlType="submit">
                批量开放
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24}>
          <Card title="近两周时段" variant="borderless">
            {slots.error && !slots.loading ? (
              <ErrorState error={slots.error} onRetry={slots.reload} compact />
            ) : (
              <Table<SlotView>
                rowKey="id"
                size="small"
                loading={slots.loading}
                dataSource={slots.data ?? []}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                scroll={{ x: 640 }}
                columns={[
                  { title: '时间', render: (_, s) => `${fmt(s.startsAt, 'M月D日 ddd HH:mm')}–${fmt(s.endsAt, 'HH:mm')}` },
                  { title: '项目', render: (_, s) => s.programmes.map((p) => PROGRAMME_LABELS[p] ?? p).join('、') },
                  { title: '已约/名额', render: (_, s) => `${s.booked}/${s.capacity}`, width: 90 },
                  { title: '状态', render: (_, s) => (s.status === 'open' ? <Tag color="green">开放</Tag> : <Tag title={s.closedReason ?? ''}>已关闭</Tag>), width: 80 },
                  { title: '', render: (_, s) => s.status === 'open' && <Button size="small" danger onClick={() => close(s)}>关闭</Button>, width: 70 },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

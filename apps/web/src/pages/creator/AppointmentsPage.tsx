import { Alert, Button, Card, Empty, Input, Modal, Segmented, Select, Space, Tabs, Tag, Typography } from 'antd';
import { CalendarOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { AppointmentView, ServicePointView, SlotView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useFeedback } from '../../components/Feedback';
import { openReceipt, type Receipt } from '../../components/Receipts';
import { Loadable } from '../../components/States';
import { PROGRAMME_LABELS } from '../../lib/labels';
import { fmt } from '../../lib/time';

const STATUS_COLORS: Record<string, string> = { booked: 'blue', checked_in: 'green', cancelled: 'default', no_show: 'red' };

/** A creator books a slot at a zone's service point and keeps their appointments (check-in code and QR). */
export default function AppointmentsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'mine' ? 'mine' : 'book';
  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">现场预约</h1>
          <p className="page-sub">预约到集聚区一站式服务点当面咨询、办理，凭签到码到场签到。</p>
        </div>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'mine' ? { tab: 'mine' } : {})}
        items={[
          { key: 'book', label: '预约时段', children: <BookTab onBooked={() => setParams({ tab: 'mine' })} /> },
          { key: 'mine', label: '我的预约', children: <MineTab /> },
        ]}
      />
    </div>
  );
}

function BookTab({ onBooked }: { onBooked: () => void }) {
  const points = useApi(['appointmentspage-1'], (signal) => api.get<ServicePointView[]>('/service-points', undefined, signal));
  const [zoneId, setZoneId] = useState<string>();
  const [programme, setProgramme] = useState<string>();
  const zone = zoneId ?? points.data?.[0]?.zoneId;
  const slots = useApi(['appointmentspage-2', zone, programme], zone ? (signal) => api.get<SlotView[]>('/appointment-slots', { zoneId: zone, programme }, signal) : null);
  const [picked, setPicked] = useState<SlotView | null>(null);
  return (
    <Loadable loading={points.loading} error={points.error} data={points.data} onRetry={points.reload}>
      {(list) => {
        const point = list.find((p) => p.zoneId === zone) ?? list[0];
        const byDay = new Map<string, SlotView[]>();
        for (const s of slots.data ?? []) byDay.set(fmt(s.startsAt, 'YYYY-MM-DD'), [...(byDay.get(fmt(s.startsAt, 'YYYY-MM-DD')) ?? []), s]);
        return (
          <>
            <Segmented block value={point.zoneId} onChange={(v) => setZoneId(String(v))} options={list.map((p) => ({ value: p.zoneId, label: p.zoneName }))} style={{ marginBottom: 12 }} />
            <Card variant="borderless" style={{ marginBottom: 12 }}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {point.name}
              </Typography.Title>
              <div className="muted">
                <EnvironmentOutlined /> {point.address}
              </div>
              {point.phone && (
                <div className="muted">
                  <PhoneOutlined /> {point.phone}
                </div>
              )}
              <div className="muted">
                <CalendarOutlined /> 工作日（含调休上班日）{point.openingHours.map((h) => `${h.start}–${h.end}`).join('、')}
              </div>
              <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
                {point.offers.map((o) => (
                  <Tag key={o}>{o}</Tag>
                ))}
              </Space>
            </Card>
            <Select
              allowClear
              placeholder="按服务项目筛选"
              value={programme}
              onChange={setProgramme}
              style={{ width: '100%', marginBottom: 12 }}
              options={point.programmes.map((p) => ({ value: p, label: PROGRAMME_LABELS[p] ?? p }))}
              aria-label="按服务项目筛选"
            />
            <Loadable loading={slots.loading} error={slots.error} data={slots.data} onRetry={slots.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="近两周暂无可预约时段" />}>
              {() => (
                <>
                  {[...byDay.entries()].map(([day, daySlots]) => (
                    <Card key={day} size="small" title={fmt(daySlots[0].startsAt, 'M月D日 dddd')} style={{ marginBottom: 10 }}>
                      <div className="slot-grid">
                        {daySlots.map((s) => (
                          <Button key={s.id} disabled={!s.bookable} onClick={() => setPicked(s)} className="slot-button" aria-label={`${fmt(s.startsAt, 'HH:mm')} 至 ${fmt(s.endsAt, 'HH:mm')}，剩余 ${s.remaining} 个名额`}>
                            <div>
                              {fmt(s.startsAt, 'HH:mm')}–{fmt(s.endsAt, 'HH:mm')}
                            </div>
                            <div style={{ fontSize: 12 }}>{s.bookable ? `余 ${s.remaining}` : s.status === 'closed' ? '已关闭' : s.remaining ? '已截止' : '已约满'}</div>
                          </Button>
                        ))}
                      </div>
                    </Card>
                  ))}
                </>
              )}
            </Loadable>
            {picked && <BookDialog slot={picked} pointName={point.name} onClose={() => setPicked(null)} onBooked={() => { setPicked(null); onBooked(); }} onStale={slots.reload} />}
          </>
        );
      }}
    </Loadable>
  );
}

function BookDialog({ slot, pointName, onClose, onBooked, onStale }: { slot: SlotView; pointName: string; onClose: () => void; onBooked: () => void; onStale: () => void }) {
  const { message } = useFeedback();
  const [programme, setProgramme] = useState(slot.programmes[0]);
  const [topic, setTopic] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const book = async () => {
    setBusy(true);
    setError(null);
    try {
      const a = await api.post<AppointmentView>('/appointments', { slotId: slot.id, programme, topic: topic.trim() || undefined });
      message.success(`预约成功，签到码 ${a.checkInCode}`);
      onBooked();
    } catch (e) {
      setError(errorMessage(e));
      onStale();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="确认预约" onCancel={onClose} onOk={() => void book()} okText="确认预约" confirmLoading={busy}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <p>
        {pointName} · {fmt(slot.startsAt, 'M月D日 dddd HH:mm')}–{fmt(slot.endsAt, 'HH:mm')}
      </p>
      <Typography.Text strong>咨询的服务项目</Typography.Text>
      <Select value={programme} onChange={setProgramme} style={{ width: '100%', margin: '6px 0 12px' }} options={slot.programmes.map((p) => ({ value: p, label: PROGRAMME_LABELS[p] ?? p }))} aria-label="咨询的服务项目" />
      <Typography.Text strong>想咨询什么（选填）</Typography.Text>
      <Input.TextArea value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={200} showCount rows={3} style={{ marginTop: 6 }} aria-label="想咨询什么" />
    </Modal>
  );
}

function MineTab() {
  const { message } = useFeedback();
  const mine = useApi(['appointmentspage-3'], (signal) => api.get<AppointmentView[]>('/appointments/mine', undefined, signal));
  const cancel = (a: AppointmentView) =>
    Modal.confirm({
      title: '取消这个预约？',
      content: `${fmt(a.startsAt, 'M月D日 HH:mm')} ${a.servicePoint.name}`,
      okText: '取消预约',
      okButtonProps: { danger: true },
      cancelText: '保留',
      onOk: async () => {
        try {
          await api.post(`/appointments/${a.id}/cancel`, {});
          message.success('已取消');
          mine.reload();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  const confirmation = async (a: AppointmentView) => {
    try {
      const [r] = await api.get<Receipt[]>(`/appointments/${a.id}/receipts`);
      if (r) await openReceipt(r.id, 'save');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Loadable loading={mine.loading} error={mine.error} data={mine.data} onRetry={mine.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="还没有预约" />}>
      {(list) => (
        <>
          {list.map((a) => (
            <Card key={a.id} style={{ marginBottom: 12 }} variant="borderless">
              <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                <b>{fmt(a.startsAt, 'M月D日 dddd HH:mm')}–{fmt(a.endsAt, 'HH:mm')}</b>
                <Tag color={STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>
              </Space>
              <div className="muted">
                {a.servicePoint.name} · {PROGRAMME_LABELS[a.programme] ?? a.programme} · 预约号 {a.reference}
              </div>
              <div className="muted" style={{ fontSize: 12 }}>{a.servicePoint.address}</div>
              {a.status === 'booked' && (
                <div className="check-in-code">
                  {a.checkInQr && <img src={a.checkInQr} alt={`签到码 ${a.checkInCode} 的二维码`} width={132} height={132} />}
                  <div>
                    <div className="muted">签到码</div>
                    <div className="check-in-digits" aria-label={`签到码 ${a.checkInCode.split('').join(' ')}`}>
                      {a.checkInCode}
                    </div>
                    <div className="muted" style={{ fontSize: 12 }}>
                      {fmt(a.cancellableUntil)} 前可取消
                    </div>
                  </div>
                </div>
              )}
              <Space wrap style={{ marginTop: 8 }}>
                <Button onClick={() => void confirmation(a)}>下载预约确认单</Button>
                {a.status === 'booked' && new Date(a.cancellableUntil) > new Date() && (
                  <Button danger onClick={() => cancel(a)}>
                    取消预约
                  </Button>
                )}
                {a.caseId && <Button href={`/portal/cases/${a.caseId}`}>查看案件</Button>}
              </Space>
            </Card>
          ))}
        </>
      )}
    </Loadable>
  );
}

import { Alert, Button, Card, DatePicker, Empty, Input, Modal, Radio, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AppointmentView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { CaseDetail, CaseSummary, Programme, Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { CaseFilingForm } from '../../components/CaseFilingForm';
import { useFeedback } from '../../components/Feedback';
import { ReceiptsCard } from '../../components/Receipts';
import { ErrorState } from '../../components/States';
import { PROGRAMME_LABELS } from '../../lib/labels';
import { dayjs, fmt, TZ } from '../../lib/time';

const STATUS_COLORS: Record<string, string> = { booked: 'blue', checked_in: 'green', cancelled: 'default', no_show: 'red' };

/** The desk's day at the service point: today's appointments, check-in by code or phone, no-shows. */
export default function DeskAppointmentsPage() {
  const me = useUser();
  const { message } = useFeedback();
  const [date, setDate] = useState(dayjs().tz(TZ).format('YYYY-MM-DD'));
  const [search, setSearch] = useState('');
  const q = /^\d{6}$/.test(search) ? { code: search } : /^1[3-9]\d{9}$/.test(search) ? { phone: search } : {};
  const list = useApi(['deskappointmentspage-1', date, JSON.stringify(q)], (signal) => api.get<AppointmentView[]>('/desk/appointments', { date, ...q }, signal));
  const [checking, setChecking] = useState<AppointmentView | null>(null);
  const [printFor, setPrintFor] = useState<string | null>(null);
  const noShow = async (a: AppointmentView) => {
    try {
      await api.post(`/appointments/${a.id}/no-show`);
      message.success('已记为未到场');
      list.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <div>
      <div className="page-header">
        <div>
          <h1 className="page-title">今日预约</h1>
          <p className="page-sub">按签到码或手机号找到来访创作者，签到后为其登记窗口案件或关联已有案件。</p>
        </div>
        <Space wrap>
          <DatePicker value={dayjs(date)} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} allowClear={false} aria-label="日期" />
          <Input.Search placeholder="签到码或手机号" allowClear onSearch={setSearch} style={{ width: 220 }} inputMode="numeric" aria-label="签到码或手机号" />
        </Space>
      </div>
      {search && !Object.keys(q).length && <Alert type="warning" showIcon title="请输入 6 位签到码或 11 位手机号" style={{ marginBottom: 12 }} />}
      {printFor && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setPrintFor(null)}
          title="已签到并登记案件，请为来访者打印登记回执"
          description={<ReceiptsCard caseId={printFor} staff />}
          style={{ marginBottom: 12 }}
        />
      )}
      {list.error && !list.loading ? (
        <ErrorState error={list.error} onRetry={list.reload} compact />
      ) : (
        <Card variant="borderless">
          <Table<AppointmentView>
            rowKey="id"
            loading={list.loading}
            dataSource={list.data ?? []}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: <Empty description="当天没有预约" /> }}
            columns={[
              { title: '时间', render: (_, a) => `${fmt(a.startsAt, 'HH:mm')}–${fmt(a.endsAt, 'HH:mm')}`, width: 110 },
              {
                title: '创作者',
                render: (_, a) => (
                  <>
                    {a.creator?.displayName} <span className="muted">{a.creator?.phone}</span>
                    {!!a.creator?.noShows && <Tag color="red" style={{ marginInlineStart: 6 }}>爽约 {a.creator.noShows} 次</Tag>}
                  </>
                ),
              },
              { title: '项目', render: (_, a) => PROGRAMME_LABELS[a.programme] ?? a.programme, width: 100 },
              { title: '咨询事项', dataIndex: 'topic', render: (t) => t ?? '—' },
              { title: '签到码', dataIndex: 'checkInCode', width: 90 },
              { title: '状态', render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>, width: 90 },
              {
                title: '操作',
                width: 200,
                render: (_, a) => (
                  <Space wrap>
                    {me.role === 'agent' && (a.status === 'booked' || (a.status === 'checked_in' && !a.caseId)) && (
                      <Button type="primary" size="small" onClick={() => setChecking(a)}>
                        签到
                      </Button>
                    )}
                    {a.status === 'booked' && new Date(a.startsAt) <= new Date() && (
                      <Button size="small" onClick={() => void noShow(a)}>
                        未到场
                      </Button>
                    )}
                    {a.caseId && (
                      <Button size="small" href={`/desk/cases/${a.caseId}`}>
                        案件
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      {checking && (
        <CheckInDialog
          a={checking}
          onClose={() => setChecking(null)}
          onDone={(caseId, opened) => {
            setChecking(null);
            if (opened) setPrintFor(caseId);
            message.success('已签到');
            list.reload();
          }}
        />
      )}
    </div>
  );
}

function CheckInDialog({ a, onClose, onDone }: { a: AppointmentView; onClose: () => void; onDone: (caseId: string, opened: boolean) => void }) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const data = useApi(['deskappointmentspage-2'], () => Promise.all([reference.programmes(), reference.zones()]));
  const [programmeId, setProgrammeId] = useState(a.programme);
  const [ref, setRef] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const link = async () => {
    setBusy(true);
    setError(null);
    try {
      const found = (await api.get<{ items: CaseSummary[] }>('/cases', { q: ref.trim(), pageSize: 5 })).items.find((c) => c.reference === ref.trim());
      if (!found) throw new Error(`本集聚区没有编号为 ${ref.trim()} 的案件`);
      const out = await api.post<AppointmentView>(`/appointments/${a.id}/check-in`, { caseId: found.id });
      onDone(out.caseId!, false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const [programmes, zones] = (data.data ?? [[], []]) as [Programme[], Zone[]];
  const programme = programmes.find((p) => p.id === programmeId);
  return (
    <Modal open title={`签到：${a.creator?.displayName ?? ''}（${a.reference}）`} onCancel={onClose} footer={null} width={820} destroyOnHidden>
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} optionType="button" buttonStyle="solid" style={{ marginBottom: 16 }} options={[{ value: 'new', label: '登记新的窗口案件' }, { value: 'existing', label: '关联已有案件' }]} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      {mode === 'existing' ? (
        <Space.Compact style={{ width: '100%' }}>
          <Input value={ref} onChange={(e) => setRef(e.target.value)} placeholder="案件编号，如 HP-SHD-2026-000123" aria-label="案件编号" />
          <Button type="primary" loading={busy} onClick={() => void link()} disabled={!ref.trim()}>
            签到并关联
          </Button>
        </Space.Compact>
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={data.reload} compact />
      ) : programme ? (
        <>
          <Typography.Text strong>服务项目</Typography.Text>
          <div style={{ margin: '8px 0 16px' }}>
            <Segmented value={programme.id} onChange={(v) => setProgrammeId(String(v))} options={programmes.map((p) => ({ value: p.id, label: p.name }))} />
          </div>
          <CaseFilingForm
            key={programme.id}
            programme={programme}
            zones={zones}
            askZone={false}
            submitText="签到并登记"
            send={async (body) => {
              const { programme: p, category, title, description, intake } = body;
              const out = await api.post<AppointmentView>(`/appointments/${a.id}/check-in`, { newCase: { programme: p, category, title, description, intake } });
              return api.get<CaseDetail>(`/cases/${out.caseId}`);
            }}
            onFiled={(c) => onDone(c.id, true)}
          />
        </>
      ) : null}
    </Modal>
  );
}

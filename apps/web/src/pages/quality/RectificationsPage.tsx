import { Button, Card, DatePicker, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { APPEAL_STATUS_LABELS, APPEALED_RATING_LABELS, CONTACT_METHOD_LABELS, RECTIFICATION_STATUS_LABELS, RECTIFICATION_STATUSES, type RectificationView } from '@app/contracts';
import { api, errorMessage, fetchFile } from '../../api/client';
import { useApi } from '../../api/query';
import { useUser } from '../../auth/AuthContext';
import { useFeedback } from '../../components/Feedback';
import { ErrorState } from '../../components/States';
import { useAccessibleTable } from '../../components/useAccessibleTable';
import { saveBlob } from '../../lib/download';
import { RATING_COLORS, RATING_LABELS, ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt } from '../../lib/time';
import { AppealsPanel, QualitySettingsCard } from './AppealsPanel';
import { ACTION_LABELS, actionsFor, RectificationActionModal, type RectificationAction } from './RectificationActions';

const level = (l: number | null, voided: boolean) =>
  l === null ? (
    <span className="muted">—</span>
  ) : (
    <Tag color={voided ? 'default' : RATING_COLORS[l]} style={voided ? { textDecoration: 'line-through' } : undefined}>
      {RATING_LABELS[l]}
      {voided ? '（已作废）' : ''}
    </Tag>
  );

function Step({ due, overdueAt, doneAt, detail }: { due: string; overdueAt: string | null; doneAt: string | null; detail?: string | null }) {
  return (
    <div>
      {doneAt ? <Tag color="success">已完成 {fmt(doneAt, 'MM-DD HH:mm')}</Tag> : overdueAt ? <Tag color="error">已逾期</Tag> : <Tag color="processing">进行中</Tag>}
      {doneAt && overdueAt && <Tag color="warning">逾期完成</Tag>}
      <div className="muted" style={{ fontSize: 12 }}>期限 {fmt(due, 'YYYY-MM-DD HH:mm')}</div>
      {detail && (
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }} ellipsis={{ rows: 2, tooltip: detail }}>
          {detail}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** 差评整改台账: every 差评 of the zone with its 回访, 整改, 再评价 and 申诉; overdue steps first. */
export default function RectificationsPage() {
  const me = useUser();
  const cityWide = me.role === 'supervisor' && !me.zoneId;
  const { message } = useFeedback();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? undefined;
  const status = params.get('status') ?? undefined;
  const zoneId = params.get('zoneId') ?? undefined;
  const query = { month, status, zoneId };
  const list = useApi(['rectifications', month, status, zoneId], (signal) => api.get<RectificationView[]>('/quality/rectifications', query, signal));
  const tableBox = useAccessibleTable<HTMLDivElement>();
  const [acting, setActing] = useState<{ action: RectificationAction; r: RectificationView } | null>(null);
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    setParams(next);
  };
  const exportXlsx = async () => {
    try {
      const { blob, fileName } = await fetchFile('/quality/rectifications.xlsx', query);
      saveBlob(blob, fileName ?? '差评整改台账.xlsx');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const rows = list.data ?? [];

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">差评整改台账</h1>
          <p className="page-sub">每条差评（不满意、非常不满意）须在期限内回访创作者并完成整改；整改后创作者可再次评价。有逾期环节的排在最前。</p>
        </div>
        <Button icon={<DownloadOutlined />} onClick={exportXlsx}>
          导出 XLSX
        </Button>
      </div>
      {cityWide && <AppealsPanel onDecided={list.reload} />}
      {cityWide && <QualitySettingsCard />}
      <Card variant="borderless" className="filters" style={{ marginBottom: 16 }}>
        <Space wrap>
          <DatePicker picker="month" placeholder="收到差评的月份" value={month ? dayjs(`${month}-01`) : null} onChange={(m) => update({ month: m ? m.format('YYYY-MM') : undefined })} aria-label="月份" />
          <Select
            allowClear
            placeholder="全部状态"
            style={{ width: 180 }}
            value={status}
            onChange={(v) => update({ status: v })}
            options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: RECTIFICATION_STATUS_LABELS[s] }))}
            aria-label="状态"
          />
          {cityWide && (
            <Select allowClear placeholder="全部集聚区" style={{ width: 160 }} value={zoneId} onChange={(v) => update({ zoneId: v })} options={Object.entries(ZONE_FALLBACK).map(([value, label]) => ({ value, label }))} aria-label="集聚区" />
          )}
        </Space>
      </Card>
      <Card ref={tableBox} className="table-card" variant="borderless">
        {list.error && !list.loading ? (
          <ErrorState error={list.error} onRetry={list.reload} compact />
        ) : (
          <Table<RectificationView>
            rowKey="id"
            loading={list.loading}
            dataSource={rows}
            scroll={{ x: 1300 }}
            rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
            locale={{ emptyText: '暂无差评' }}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            columns={[
              {
                title: '案件',
                key: 'case',
                width: 220,
                render: (_, r) => (
                  <div>
                    <Link to={`/desk/cases/${r.caseId}`} className="reference">
                      {r.caseReference}
                    </Link>
                    <div>{r.caseTitle}</div>
                    <div className="muted" style={{ fontSize: 12 }}>
                      {ZONE_FALLBACK[r.zoneId] ?? r.zoneId} · {fmt(r.ratedAt)}
                    </div>
                  </div>
                ),
              },
              {
                title: '状态',
                key: 'status',
                width: 150,
                render: (_, r) => (
                  <Space direction="vertical" size={2}>
                    <Tag>{r.statusLabel}</Tag>
                    {r.overdue && <Tag color="error">有逾期环节</Tag>}
                  </Space>
                ),
              },
              {
                title: '首次评价',
                key: 'first',
                width: 200,
                render: (_, r) => (
                  <div>
                    {level(r.firstLevel, r.firstVoided)}
                    {r.firstComment && <div style={{ fontSize: 12 }}>{r.firstComment}</div>}
                  </div>
                ),
              },
              { title: '回访', key: 'contact', width: 210, render: (_, r) => <Step due={r.contactDueAt} overdueAt={r.contactOverdueAt} doneAt={r.contactedAt} detail={r.contactMethod ? `${CONTACT_METHOD_LABELS[r.contactMethod]}：${r.contactOutcome ?? ''}` : null} /> },
              { title: '整改', key: 'rectify', width: 210, render: (_, r) => (r.status === 'voided' && !r.rectifiedAt ? <span className="muted">评价已作废</span> : <Step due={r.rectifyDueAt} overdueAt={r.rectifyOverdueAt} doneAt={r.rectifiedAt} detail={r.measures} />) },
              { title: '再次评价', key: 'second', width: 140, render: (_, r) => level(r.secondLevel, r.secondVoided) },
              {
                title: '申诉',
                key: 'appeals',
                width: 180,
                render: (_, r) =>
                  r.appeals.length ? (
                    r.appeals.map((a) => (
                      <Tooltip key={a.id} title={`${a.reason}${a.decisionReason ? `；审核意见：${a.decisionReason}` : ''}`}>
                        <Tag color={a.status === 'voided' ? 'red' : a.status === 'upheld' ? 'blue' : 'gold'}>
                          {APPEALED_RATING_LABELS[a.rating]}：{APPEAL_STATUS_LABELS[a.status]}
                        </Tag>
                      </Tooltip>
                    ))
                  ) : (
                    <span className="muted">—</span>
                  ),
              },
              {
                title: '操作',
                key: 'act',
                width: 190,
                fixed: 'right',
                render: (_, r) => (
                  <Space wrap size={4}>
                    {actionsFor(r).map((a) => (
                      <Button key={a} size="small" type={a === 'appeal' ? 'default' : 'primary'} onClick={() => setActing({ action: a, r })}>
                        {ACTION_LABELS[a]}
                      </Button>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {acting && (
        <RectificationActionModal
          action={acting.action}
          r={acting.r}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            list.reload();
          }}
        />
      )}
    </>
  );
}

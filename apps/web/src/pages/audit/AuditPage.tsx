import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, ReloadOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import { api, errorMessage } from '../../api/client';
import { AUDIT_ACTION_LABELS, AUDIT_ALERT_ACTIONS, AUDIT_ENTITY_LABELS } from '@app/contracts';
import type { AuditEvent, AuditPage as AuditPageData, AuditVerify } from '../../api/types';
import { ExportMenu } from '../../components/ExportMenu';
import { ErrorState } from '../../components/States';
import { roleLabel, ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt, fmtFull, TZ } from '../../lib/time';
import { ActorPicker } from './ActorPicker';
import { VerifyResult } from './VerifyResult';

const PAGE = 50;
/** The actions grouped by what they act on (the code's prefix), each with its Chinese name. */
const ACTION_OPTIONS = (() => {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const [value, label] of Object.entries(AUDIT_ACTION_LABELS)) {
    const prefix = value.split('.')[0];
    groups.set(prefix, [...(groups.get(prefix) ?? []), { value, label }]);
  }
  const groupName = (prefix: string) => (AUDIT_ENTITY_LABELS as Record<string, string>)[prefix] ?? { auth: '登录与验证', pii: '个人信息', sla: '时限', calendar: '节假日', retention: '保存期限', notification: '通知', salon: '沙龙', visit: '上门服务', audit: '审计日志', security_policy: '安全策略' }[prefix] ?? prefix;
  return [...groups.entries()].map(([prefix, options]) => ({ label: groupName(prefix), title: groupName(prefix), options }));
})();
const ENTITY_OPTIONS = Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }));
const ALERTS = new Set<string>(AUDIT_ALERT_ACTIONS);

const FILTER_KEYS = ['actorId', 'action', 'entityType', 'entityId', 'caseReference', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

function readFilters(p: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** Who acted, as a person: name, role and zone; the system; or an anonymous caller. */
function actorText(e: AuditEvent): string {
  if (e.actorRole === 'system') return '系统';
  if (!e.actorRole) return e.actorId ? `匿名（尝试 ${e.actorId}）` : '匿名';
  return [e.actorName ?? '未知账号', roleLabel(e.actorRole), e.actorZone ? (ZONE_FALLBACK[e.actorZone] ?? e.actorZone) : null].filter(Boolean).join(' · ');
}

export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const filterKey = params.toString();
  const [form] = Form.useForm();
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [verify, setVerify] = useState<{ loading: boolean; result?: AuditVerify; error?: string; at?: string }>({ loading: false });
  // The name of the person or object a link filtered by, for the filter's tag.
  const [named, setNamed] = useState<Record<string, string>>({});

  const load = async (before?: string) => {
    setLoading(true);
    setError(null);
    try {
      const page = await api.get<AuditPageData>('/audit/events', { ...filters, before, limit: PAGE });
      setItems((prev) => (before ? [...prev, ...page.items] : page.items));
      setNextBefore(page.nextBefore);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    form.setFieldsValue({
      action: filters.action,
      entityType: filters.entityType,
      caseReference: filters.caseReference,
      actorId: filters.actorId,
      range: filters.from || filters.to ? [filters.from ? dayjs(filters.from).tz(TZ) : null, filters.to ? dayjs(filters.to).tz(TZ) : null] : undefined,
    });
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  const apply = (v: Filters & { range?: [Dayjs | null, Dayjs | null] }) => {
    const next = new URLSearchParams();
    for (const k of ['actorId', 'action', 'entityType', 'caseReference'] as const) {
      const val = v[k]?.trim();
      if (val) next.set(k, k === 'caseReference' ? val.toUpperCase() : val);
    }
    if (filters.entityId) next.set('entityId', filters.entityId);
    // The picker shows wall-clock time; read it as Beijing time whatever the browser's zone.
    const asShanghai = (d: Dayjs) => dayjs.tz(d.format('YYYY-MM-DD HH:mm:ss'), TZ).toISOString();
    if (v.range?.[0]) next.set('from', asShanghai(v.range[0]));
    if (v.range?.[1]) next.set('to', asShanghai(v.range[1]));
    setParams(next);
  };

  const runVerify = async () => {
    setVerify({ loading: true });
    try {
      const result = await api.get<AuditVerify>('/audit/verify');
      setVerify({ loading: false, result, at: new Date().toISOString() });
    } catch (e) {
      setVerify({ loading: false, error: errorMessage(e) });
    }
  };

  const filterBy = (key: keyof Filters, value: string | null, name?: string | null) => {
    if (!value) return;
    if (name) setNamed((n) => ({ ...n, [value]: name }));
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  const clear = (key: keyof Filters) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    setParams(next);
  };
  const exportQuery = useMemo(() => ({ ...filters }), [filterKey]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">审计日志</h1>
          <p className="page-sub">
            所有状态变更、个人信息查看和登录记录，按密钥 SM3（HMAC-SM3）哈希链串联，并定期写入库外的签名检查点；任何篡改、删除、插入、重排或截断均可被验证发现。
          </p>
        </div>
        <Space wrap>
          <ExportMenu path="/audit/events/export" query={exportQuery} what="审计日志" label="导出筛选结果" />
          <Button type="primary" icon={<SafetyOutlined />} loading={verify.loading} onClick={runVerify}>
            验证链
          </Button>
        </Space>
      </div>
      {verify.result && <VerifyResult result={verify.result} at={verify.at} onClose={() => setVerify({ loading: false })} />}
      {verify.error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={`验证失败：${verify.error}`} />}
      <Card className="filters" variant="borderless">
        <Form form={form} layout="inline" onFinish={apply} style={{ rowGap: 12, paddingBottom: 16 }}>
          <Form.Item name="action" label="操作">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ACTION_OPTIONS} placeholder="全部操作" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="actorId" label="操作人">
            <ActorPicker initialName={filters.actorId ? named[filters.actorId] : undefined} />
          </Form.Item>
          <Form.Item name="entityType" label="对象类型">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="全部类型" options={ENTITY_OPTIONS} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="caseReference" label="案件编号">
            <Input allowClear placeholder="如 HP-SHD-2026-000123" style={{ width: 210 }} />
          </Form.Item>
          <label htmlFor="range-end" className="sr-only">
            结束时间
          </label>
          <Form.Item name="range" label="时间（北京时间）">
            <DatePicker.RangePicker id={{ start: 'range', end: 'range-end' }} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setParams(new URLSearchParams());
                }}
              >
                重置
              </Button>
              <Tooltip title="刷新">
                <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label="刷新" />
              </Tooltip>
            </Space>
          </Form.Item>
        </Form>
        {filters.entityId && (
          <Tag closable onClose={() => clear('entityId')} closeIcon={<span aria-label="取消对象筛选">×</span>}>
            对象：{named[filters.entityId] ?? filters.entityId}
          </Tag>
        )}
      </Card>
      <Card className="table-card" variant="borderless">
        {error && !items.length ? (
          <ErrorState error={error} onRetry={() => void load()} compact />
        ) : (
          <>
            <Table<AuditEvent>
              rowKey="id"
              size="middle"
              loading={loading && !items.length}
              dataSource={items}
              pagination={false}
              scroll={{ x: 1000 }}
              locale={{ emptyText: '没有符合条件的审计事件' }}
              expandable={{ expandedRowRender: (e) => <EventDetail e={e} />, expandRowByClick: false }}
              columns={[
                { title: '#', dataIndex: 'id', width: 70, render: (v: string) => <span className="mono">{v}</span> },
                { title: '链序号', dataIndex: 'seq', width: 80, render: (v: number | null) => (v === null ? <Tag>待链入</Tag> : <span className="mono">{v}</span>) },
                { title: '时间', dataIndex: 'occurredAt', width: 170, render: (v: string) => fmtFull(v) },
                {
                  title: '操作',
                  dataIndex: 'action',
                  render: (a: string, e) => (
                    <span>
                      <Tooltip title={`只看“${e.actionLabel}”（${a}）`}>
                        <Typography.Link onClick={() => filterBy('action', a)} data-action-code={a}>
                          {e.actionLabel}
                        </Typography.Link>
                      </Tooltip>{' '}
                      {ALERTS.has(a) ? <Tag color="error">告警</Tag> : null}
                    </span>
                  ),
                },
                {
                  title: '操作人',
                  key: 'actor',
                  render: (_, e) =>
                    e.actorRole && e.actorRole !== 'system' && e.actorId ? (
                      <Tooltip title="只看此操作人">
                        <Typography.Link onClick={() => filterBy('actorId', e.actorId, e.actorName)}>{actorText(e)}</Typography.Link>
                      </Tooltip>
                    ) : (
                      actorText(e)
                    ),
                },
                {
                  title: '对象',
                  key: 'entity',
                  render: (_, e) => (
                    <Space orientation="vertical" size={0}>
                      <span>{e.entityTypeLabel}</span>
                      {e.entityId && (
                        <Tooltip title="只看此对象">
                          <Typography.Link className={e.entityName ? '' : 'mono'} onClick={() => filterBy('entityId', e.entityId, e.entityName)}>
                            {e.entityName ?? (e.entityId.length > 13 ? `${e.entityId.slice(0, 8)}…` : e.entityId)}
                          </Typography.Link>
                        </Tooltip>
                      )}
                    </Space>
                  ),
                },
                { title: 'IP', dataIndex: 'ip', width: 120, render: (v: string | null) => v ?? '—' },
                {
                  title: '哈希',
                  dataIndex: 'hash',
                  width: 110,
                  render: (h: string | null) =>
                    h ? (
                      <Tooltip title={h}>
                        <span className="mono">{h.slice(0, 10)}…</span>
                      </Tooltip>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
            <div style={{ padding: 16, textAlign: 'center' }}>
              {error ? (
                <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => void load(nextBefore ?? undefined)}>重试</Button>} />
              ) : nextBefore ? (
                <Button loading={loading} onClick={() => void load(nextBefore)}>
                  加载更早的事件
                </Button>
              ) : items.length ? (
                <Typography.Text type="secondary">
                  <CheckCircleOutlined /> 已显示全部 {items.length} 条
                </Typography.Text>
              ) : null}
            </div>
          </>
        )}
      </Card>
    </>
  );
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  return <pre className="json-block">{JSON.stringify(value, null, 2)}</pre>;
}

function EventDetail({ e }: { e: AuditEvent }) {
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="操作">
        {e.actionLabel} <span className="mono">{e.action}</span>
      </Descriptions.Item>
      <Descriptions.Item label="对象">
        {e.entityTypeLabel} {e.entityName ?? ''} <span className="mono">{e.entityId ?? ''}</span>
      </Descriptions.Item>
      <Descriptions.Item label="变更前">
        <Json value={e.before} />
      </Descriptions.Item>
      <Descriptions.Item label="变更后">
        <Json value={e.after} />
      </Descriptions.Item>
      <Descriptions.Item label="请求 ID">
        <span className="mono">{e.requestId ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="客户端">{e.userAgent ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="操作人 ID">
        <span className="mono">{e.actorId ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="发生时间">{fmt(e.occurredAt, 'YYYY-MM-DD HH:mm:ss.SSS')}</Descriptions.Item>
      <Descriptions.Item label="链序号">{e.seq ?? '待链入'}</Descriptions.Item>
      <Descriptions.Item label="前一链节哈希 (HMAC-SM3)" span="filled">
        <span className="mono">{e.prevHash ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label="本链节哈希 (HMAC-SM3)" span="filled">
        <span className="mono">{e.hash ?? '—'}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}

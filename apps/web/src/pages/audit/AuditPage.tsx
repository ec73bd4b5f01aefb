import { Alert, AutoComplete, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, ReloadOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import { api, errorMessage } from '../../api/client';
import { AUDIT_PROBLEM_LABELS, type AuditProblem } from '@app/contracts';
import type { AuditEvent, AuditPage as AuditPageData, AuditVerify } from '../../api/types';
import { ErrorState } from '../../components/States';
import { AUDIT_ACTION_LABELS, roleLabel, ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt, fmtFull, TZ } from '../../lib/time';

const PAGE = 50;
const ENTITY_TYPES = [
  { value: 'case', label: '案件 case' },
  { value: 'user', label: '账号 user' },
  { value: 'session', label: '会话 session' },
  { value: 'settings', label: '设置 settings' },
  { value: 'attachment', label: '材料 attachment' },
  { value: 'rating_review', label: '差评回访（旧） rating_review' },
  { value: 'rectification', label: '差评整改 rectification' },
  { value: 'rating_appeal', label: '评价申诉 rating_appeal' },
  { value: 'phone_verification', label: '验证码 phone_verification' },
];
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

interface Filters {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

function readFilters(p: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of ['actorId', 'action', 'entityType', 'entityId', 'from', 'to'] as const) {
    const v = p.get(k);
    if (v) f[k] = v;
  }
  return f;
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
      ...filters,
      range: filters.from || filters.to ? [filters.from ? dayjs(filters.from).tz(TZ) : null, filters.to ? dayjs(filters.to).tz(TZ) : null] : undefined,
    });
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  const apply = (v: Filters & { range?: [Dayjs | null, Dayjs | null] }) => {
    const next = new URLSearchParams();
    for (const k of ['actorId', 'action', 'entityType', 'entityId'] as const) {
      const val = v[k]?.trim();
      if (val) next.set(k, val);
    }
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

  const filterBy = (key: keyof Filters, value: string | null) => {
    if (!value) return;
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">审计日志</h1>
          <p className="page-sub">
            所有状态变更、个人信息查看和登录记录，按密钥 SM3（HMAC-SM3）哈希链串联，并定期写入库外的签名检查点；任何篡改、删除、插入、重排或截断均可被验证发现。
          </p>
        </div>
        <Button type="primary" icon={<SafetyOutlined />} loading={verify.loading} onClick={runVerify}>
          验证链
        </Button>
      </div>
      {verify.result && <VerifyResult result={verify.result} at={verify.at} onClose={() => setVerify({ loading: false })} />}
      {verify.error && <Alert role="alert" type="error" showIcon style={{ marginBottom: 16 }} title={`验证失败：${verify.error}`} />}
      <Card className="filters" variant="borderless">
        <Form form={form} layout="inline" onFinish={apply} style={{ rowGap: 12, paddingBottom: 16 }}>
          <Form.Item name="action" label="操作">
            <AutoComplete
              allowClear
              options={ACTION_OPTIONS}
              placeholder="如 auth.login"
              style={{ width: 220 }}
              filterOption={(input, o) => String(o?.label ?? '').toLowerCase().includes(input.toLowerCase())}
            />
          </Form.Item>
          <Form.Item name="actorId" label="操作人 ID">
            <Input allowClear placeholder="账号 ID" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="entityType" label="对象类型">
            <Select allowClear placeholder="全部" options={ENTITY_TYPES} style={{ width: 190 }} />
          </Form.Item>
          <Form.Item name="entityId" label="对象 ID" tooltip="如案件 ID，可查看某一案件的全部审计记录">
            <Input allowClear placeholder="案件或账号 ID" style={{ width: 200 }} />
          </Form.Item>
          <label htmlFor="range-end" className="sr-only">
            结束时间
          </label>
          <Form.Item name="range" label="时间（北京时间）">
            <DatePicker.RangePicker
              id={{ start: 'range', end: 'range-end' }}
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              allowEmpty={[true, true]}
            />
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
              <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label="刷新" />
            </Space>
          </Form.Item>
        </Form>
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
              expandable={{
                expandedRowRender: (e) => <EventDetail e={e} />,
                expandRowByClick: false,
              }}
              columns={[
                { title: '#', dataIndex: 'id', width: 70, render: (v: string) => <span className="mono">{v}</span> },
                {
                  title: '链序号',
                  dataIndex: 'seq',
                  width: 80,
                  render: (v: number | null) => (v === null ? <Tag>待链入</Tag> : <span className="mono">{v}</span>),
                },
                { title: '时间', dataIndex: 'occurredAt', width: 170, render: (v: string) => fmtFull(v) },
                {
                  title: '操作',
                  dataIndex: 'action',
                  render: (a: string) => (
                    <Space orientation="vertical" size={0}>
                      <span>
                        {AUDIT_ACTION_LABELS[a] ?? a}{' '}
                        {a.includes('failed') || a.includes('reuse') || a.includes('locked') ? <Tag color="error">告警</Tag> : null}
                      </span>
                      <Typography.Link className="mono" onClick={() => filterBy('action', a)}>
                        {a}
                      </Typography.Link>
                    </Space>
                  ),
                },
                {
                  title: '操作人',
                  key: 'actor',
                  render: (_, e) => (
                    <Space orientation="vertical" size={0}>
                      <span>
                        {e.actorRole ? roleLabel(e.actorRole) : e.actorId === null ? '匿名' : '—'}
                        {e.actorZone ? ` · ${ZONE_FALLBACK[e.actorZone] ?? e.actorZone}` : ''}
                      </span>
                      {e.actorId && (
                        <Tooltip title="只看此操作人">
                          <Typography.Link className="mono" onClick={() => filterBy('actorId', e.actorId)}>
                            {e.actorId.length > 13 ? `${e.actorId.slice(0, 8)}…` : e.actorId}
                          </Typography.Link>
                        </Tooltip>
                      )}
                    </Space>
                  ),
                },
                {
                  title: '对象',
                  key: 'entity',
                  render: (_, e) =>
                    e.entityType ? (
                      <Space orientation="vertical" size={0}>
                        <span>{e.entityType}</span>
                        {e.entityId && (
                          <Tooltip title="只看此对象">
                            <Typography.Link className="mono" onClick={() => filterBy('entityId', e.entityId)}>
                              {e.entityId.length > 13 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
                            </Typography.Link>
                          </Tooltip>
                        )}
                      </Space>
                    ) : (
                      '—'
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

const seqText = (p: AuditProblem) => (p.seq === null ? '—' : p.toSeq ? `${p.seq}–${p.toSeq}` : String(p.seq));

/** The whole verification result: summary, every problem, the unlinked tail and the external checkpoint. */
function VerifyResult({ result, at, onClose }: { result: AuditVerify; at?: string; onClose: () => void }) {
  const checkpoint = result.checkpoint
    ? `外部签名检查点：链序号 ${result.checkpoint.seq}（${fmtFull(result.checkpoint.at)}）`
    : '尚无外部签名检查点（由后台任务定期写入）';
  const unlinked = result.unlinked.count
    ? `另有 ${result.unlinked.count} 条已提交事件待链入（最早 #${result.unlinked.oldestId}，${fmtFull(result.unlinked.oldestAt)}）${result.unlinked.overdue ? '，已超时：请检查后台任务' : ''}。`
    : '';
  return (
    <Alert
      role="status"
      style={{ marginBottom: 16 }}
      showIcon
      type={result.ok ? (result.unlinked.overdue ? 'warning' : 'success') : 'error'}
      title={
        result.ok
          ? `审计链完整：已校验 ${result.checked} 个链节（至链序号 ${result.head.seq}），未发现篡改。`
          : `审计链已被破坏：发现 ${result.problemCount} 处问题（已校验 ${result.checked} 个链节）。请立即保全数据库与检查点并上报。`
      }
      description={
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <span>
            {checkpoint}。{unlinked}校验时间 {fmtFull(at ?? result.verifiedAt)}。
          </span>
          {result.problems.length > 0 && (
            <Table<AuditProblem>
              size="small"
              rowKey={(p, i) => `${p.reason}-${p.seq}-${i}`}
              dataSource={result.problems}
              pagination={result.problems.length > 20 ? { pageSize: 20, size: 'small' } : false}
              scroll={{ x: 560 }}
              columns={[
                { title: '链序号', key: 'seq', width: 110, render: (_, p) => <span className="mono">{seqText(p)}</span> },
                { title: '问题', dataIndex: 'reason', render: (r: AuditProblem['reason']) => <span>{AUDIT_PROBLEM_LABELS[r] ?? r}</span> },
                { title: '事件 / 文件', key: 'where', width: 160, render: (_, p) => <span className="mono">{p.eventId ? `#${p.eventId}` : (p.file ?? '—')}</span> },
              ]}
            />
          )}
          {result.problemCount > result.problems.length && <Typography.Text type="secondary">仅列出前 {result.problems.length} 处。</Typography.Text>}
        </Space>
      }
      closable={{ 'aria-label': '关闭验证结果' }}
      onClose={onClose}
    />
  );
}

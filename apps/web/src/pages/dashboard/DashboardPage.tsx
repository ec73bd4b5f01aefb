import { Alert, Button, Card, Col, DatePicker, Row, Select, Skeleton, Space, Spin, Tooltip } from 'antd';
import { FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, api, errorMessage, type Query } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ExportMenu } from '../../components/ExportMenu';
import { ResultBlock } from '../../components/ResultBlock';
import { ErrorState } from '../../components/States';
import { PROGRAMME_LABELS, ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt, TZ } from '../../lib/time';
import { created, type DrillScope } from './drill';
import { KpiGrid } from './KpiGrid';
import { OfflineSection } from './OfflineSection';
import {
  AgentsSection,
  BacklogSection,
  EscalationsSection,
  HandlingSection,
  RatesSection,
  SatisfactionSection,
  type SectionProps,
  ShieldSection,
  SlaListsSection,
  SlaSection,
  TrendSection,
} from './sections';
import type { Dashboard, DashboardColumn } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const today = () => dayjs().tz(TZ).format('YYYY-MM-DD');

/** Quick ranges, ending today (Shanghai). */
function presets() {
  const t = dayjs.tz(today(), TZ);
  const local = (d: Dayjs) => dayjs(d.format('YYYY-MM-DD'));
  return [
    { label: '近 7 天', value: [local(t.subtract(6, 'day')), local(t)] as [Dayjs, Dayjs] },
    { label: '近 30 天', value: [local(t.subtract(29, 'day')), local(t)] as [Dayjs, Dayjs] },
    { label: '近 90 天', value: [local(t.subtract(89, 'day')), local(t)] as [Dayjs, Dayjs] },
    { label: '本月', value: [local(t.startOf('month')), local(t)] as [Dayjs, Dayjs] },
    { label: '上月', value: [local(t.subtract(1, 'month').startOf('month')), local(t.subtract(1, 'month').endOf('month'))] as [Dayjs, Dayjs] },
    { label: '今年', value: [local(t.startOf('year')), local(t)] as [Dayjs, Dayjs] },
  ];
}

/**
 * The supervisor dashboard: one zone, or (city-wide) the zones side by side, over Shanghai days.
 * Filters live in the URL (`zoneId`, `programme`, `from`, `to`; no dates = the last 30 days), so
 * a view is a link; every figure links to the filtered case list.
 */
export default function DashboardPage() {
  const me = useUser();
  const cityWide = !me.zoneId;
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filter = {
    zoneId: cityWide ? params.get('zoneId') || undefined : undefined,
    programme: params.get('programme') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
  const query: Query = filter;
  const key = JSON.stringify(query);
  const dash = useApi(['dashboard', key], (signal) => api.get<Dashboard>('/dashboard', query, signal));
  const zones = useApi(['reference', 'zones-or-none'], () => reference.zones().catch(() => [] as Zone[]));
  const d = dash.data;

  const update = (patch: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    setParams(next);
  };

  const scopeOf = useCallback(
    (c: DashboardColumn): DrillScope => ({ zoneId: cityWide ? c.zoneId : undefined, programme: filter.programme }),
    [cityWide, filter.programme],
  );

  const zoneOptions = useMemo(() => {
    const list = zones.data?.length ? zones.data.map((z) => ({ value: z.id, label: z.name })) : Object.entries(ZONE_FALLBACK).map(([value, label]) => ({ value, label }));
    return [{ value: '', label: '全部（各区并列）' }, ...list];
  }, [zones.data]);

  const rangeValue: [Dayjs, Dayjs] | null =
    filter.from && filter.to && DATE.test(filter.from) && DATE.test(filter.to)
      ? [dayjs(filter.from), dayjs(filter.to)]
      : d
        ? [dayjs(d.range.from), dayjs(d.range.to)]
        : null;

  const onRange = (r: null | (Dayjs | null)[]) => {
    if (!r || !r[0] || !r[1]) return update({ from: null, to: null });
    const from = r[0].format('YYYY-MM-DD');
    const to = r[1].format('YYYY-MM-DD');
    // The default range is no parameter at all: the link stays "the last 30 days".
    const isDefault = to === today() && from === dayjs.tz(to, TZ).subtract(29, 'day').format('YYYY-MM-DD');
    update(isDefault ? { from: null, to: null } : { from, to });
  };

  const scopeName = cityWide ? (filter.zoneId ? zoneOptions.find((z) => z.value === filter.zoneId)?.label ?? filter.zoneId : '全市（各区并列）') : ZONE_FALLBACK[me.zoneId!] ?? me.zoneId;
  const reportZone = filter.zoneId ?? me.zoneId ?? d?.columns.find((c) => c.zoneId)?.zoneId ?? '';
  const caseQuery: Query | undefined = d
    ? { zoneId: filter.zoneId, programme: filter.programme, ...created(d.range.from, d.range.to) }
    : undefined;
  const badFilter = dash.error instanceof ApiError && dash.error.status === 400;

  return (
    <div className="dashboard">
      <div className="page-header">
        <div>
          <h1 className="page-title">数据看板</h1>
          <p className="page-sub">
            {scopeName}
            {filter.programme ? ` · ${PROGRAMME_LABELS[filter.programme] ?? filter.programme}` : ' · 全部项目'}
            {d && (
              <>
                {' '}
                · {d.range.from} 至 {d.range.to}（{d.range.days} 天，北京时间）· 实时数截至 {fmt(d.asOf, 'HH:mm')}
              </>
            )}
          </p>
        </div>
        <Space wrap>
          <Tooltip title="刷新数据">
            <Button icon={<ReloadOutlined />} onClick={dash.reload} aria-label="刷新数据" loading={dash.loading && !!d} />
          </Tooltip>
          <Button icon={<FileTextOutlined />} onClick={() => navigate(`/dashboard/report${reportZone ? `?zoneId=${encodeURIComponent(reportZone)}` : ''}`)}>
            月报
          </Button>
          {d && <ExportMenu path="/dashboard/tables/summary" query={query} what="指标概览" label="导出概览" />}
          {caseQuery && <ExportMenu path="/dashboard/case-export" query={caseQuery} what="案件清单" label="导出案件清单" />}
        </Space>
      </div>

      <Card className="filters dash-filters" variant="borderless">
        <Row gutter={[12, 12]} align="middle">
          {cityWide && (
            <Col xs={24} sm={12} lg={6}>
              <label className="filter-label" htmlFor="dash-zone">
                集聚区
              </label>
              <Select id="dash-zone" style={{ width: '100%' }} value={filter.zoneId ?? ''} options={zoneOptions} onChange={(v) => update({ zoneId: v || null })} />
            </Col>
          )}
          <Col xs={24} sm={12} lg={cityWide ? 5 : 6}>
            <label className="filter-label" htmlFor="dash-programme">
              服务项目
            </label>
            <Select
              id="dash-programme"
              style={{ width: '100%' }}
              value={filter.programme ?? ''}
              onChange={(v) => update({ programme: v || null })}
              options={[{ value: '', label: '全部项目' }, ...Object.entries(PROGRAMME_LABELS).map(([value, label]) => ({ value, label }))]}
            />
          </Col>
          <Col xs={24} sm={24} lg={cityWide ? 9 : 12}>
            <label className="filter-label" htmlFor="dash-range">
              日期（北京时间，含首尾两天）
            </label>
            <label htmlFor="dash-range-end" className="sr-only">
              结束日期
            </label>
            <DatePicker.RangePicker
              id={{ start: 'dash-range', end: 'dash-range-end' }}
              style={{ width: '100%' }}
              value={rangeValue}
              presets={presets()}
              allowClear={!!(filter.from || filter.to)}
              disabledDate={(day) => day.format('YYYY-MM-DD') > today()}
              onChange={onRange}
            />
          </Col>
          <Col xs={24} lg={4} className="filter-actions">
            <Button onClick={() => setParams(new URLSearchParams())} disabled={![...params.keys()].length}>
              恢复默认
            </Button>
          </Col>
        </Row>
      </Card>

      {dash.error && !dash.loading ? (
        badFilter ? (
          <div role="alert">
            <ResultBlock
              status="warning"
              title="筛选条件有误"
              subTitle={(dash.error as ApiError).errors.map((e) => e.message).join('；') || errorMessage(dash.error)}
              extra={
                <Button type="primary" onClick={() => setParams(new URLSearchParams())}>
                  恢复默认筛选
                </Button>
              }
            />
          </div>
        ) : (
          <ErrorState error={dash.error} onRetry={dash.reload} />
        )
      ) : !d ? (
        <DashboardSkeleton />
      ) : (
        <Spin spinning={dash.loading} description="正在更新…">
          <DashboardBody d={d} cityWide={cityWide} scopeOf={scopeOf} query={query} />
        </Spin>
      )}
    </div>
  );
}

function DashboardBody({ d, cityWide, scopeOf, query }: { d: Dashboard; cityWide: boolean; scopeOf: (c: DashboardColumn) => DrillScope; query: Query }) {
  const cols = d.columns.filter((c) => c.zoneId !== null);
  const props: SectionProps = { d, cols: cols.length ? cols : d.columns, scopeOf, query, cityWide };
  const single = props.cols.length === 1;
  const pair = single ? { xs: 24, xl: 12 } : { xs: 24 };
  const f = d.figures[d.columns[0].key];
  const quiet = !f.counts.submitted && !f.counts.resolved && !f.backlog.total;
  return (
    <div className="dash-body">
      {quiet && <Alert type="info" showIcon style={{ marginBottom: 16 }} title="所选范围内没有案件" description="可以放宽日期区间或选择全部项目。" />}
      <KpiGrid d={d} scopeOf={scopeOf} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <TrendSection {...props} />
        </Col>
        <Col xs={24}>
          <BacklogSection {...props} />
        </Col>
        <Col {...pair}>
          <SlaSection {...props} />
        </Col>
        <Col {...pair}>
          <HandlingSection {...props} />
        </Col>
        <Col xs={24}>
          <RatesSection {...props} />
        </Col>
        <Col xs={24}>
          <SlaListsSection {...props} />
        </Col>
        <Col {...pair}>
          <EscalationsSection {...props} />
        </Col>
        <Col {...pair}>
          <SatisfactionSection {...props} />
        </Col>
        <Col xs={24}>
          <AgentsSection {...props} />
        </Col>
        <Col xs={24}>
          <ShieldSection {...props} />
        </Col>
        <Col xs={24}>
          <OfflineSection from={d.range.from} to={d.range.to} zoneId={typeof query.zoneId === 'string' ? query.zoneId : undefined} />
        </Col>
      </Row>
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div role="status" aria-live="polite" aria-label="正在加载看板">
      <div className="kpi-grid">
        {Array.from({ length: 12 }, (_, i) => (
          <div key={i} className="kpi">
            <Skeleton active title={{ width: '50%' }} paragraph={{ rows: 1, width: '70%' }} />
          </div>
        ))}
      </div>
      <Row gutter={[16, 16]}>
        {[24, 24, 12, 12].map((span, i) => (
          <Col key={i} xs={24} xl={span}>
            <Card variant="borderless" className="dash-card">
              <Skeleton active paragraph={{ rows: 6 }} />
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}

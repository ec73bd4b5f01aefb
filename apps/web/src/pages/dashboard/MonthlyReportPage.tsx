import { Breadcrumb, Button, Card, Col, DatePicker, Row, Select, Skeleton } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ErrorState } from '../../components/States';
import { ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, TZ } from '../../lib/time';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './charts';
import type { MonthlyReport } from './types';
import { Report } from './monthly-report/Report';

echarts.use([SVGRenderer]);

const lastMonth = () => dayjs().tz(TZ).subtract(1, 'month').format('YYYY-MM');
const thisMonth = () => dayjs().tz(TZ).format('YYYY-MM');

/**
 * The printable monthly report of one zone (`GET /dashboard/monthly-report`): an A4 page on
 * screen, and the same on paper through the print stylesheet (the app's header, the pickers and
 * the buttons are not printed).
 */
export default function MonthlyReportPage() {
  const me = useUser();
  const cityWide = !me.zoneId;
  const [params, setParams] = useSearchParams();
  const zones = useApi(['reference', 'zones-or-none'], () => reference.zones().catch(() => [] as Zone[]));
  const zoneList = zones.data?.length ? zones.data : Object.entries(ZONE_FALLBACK).map(([id, name]) => ({ id, name }) as Zone);
  const zoneId = cityWide ? params.get('zoneId') || zoneList[0]?.id : me.zoneId!;
  const month = params.get('month') || lastMonth();
  const report = useApi(['monthly-report', zoneId, month], zoneId ? (signal) => api.get<MonthlyReport>('/dashboard/monthly-report', { zoneId, month }, signal) : null);
  const r = report.data;

  useEffect(() => {
    const before = document.title;
    if (r) document.title = r.title;
    return () => {
      document.title = before;
    };
  }, [r]);

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    setParams(next);
  };

  return (
    <div className="report-page">
      <div className="no-print">
        <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/dashboard">数据看板</Link> }, { title: '月报' }]} />
        <Card variant="borderless" className="filters">
          <Row gutter={[12, 12]} align="bottom">
            {cityWide && (
              <Col xs={24} sm={8}>
                <label className="filter-label" htmlFor="report-zone">
                  集聚区
                </label>
                <Select id="report-zone" style={{ width: '100%' }} value={zoneId} onChange={(v) => update({ zoneId: v })} options={zoneList.map((z) => ({ value: z.id, label: z.name }))} />
              </Col>
            )}
            <Col xs={24} sm={8}>
              <label className="filter-label" htmlFor="report-month">
                月份
              </label>
              <DatePicker
                id="report-month"
                picker="month"
                style={{ width: '100%' }}
                allowClear={false}
                value={dayjs(`${month}-01`)}
                disabledDate={(m) => m.format('YYYY-MM') > thisMonth()}
                onChange={(m) => m && update({ month: m.format('YYYY-MM') })}
              />
            </Col>
            <Col xs={24} sm={8} className="filter-actions">
              <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!r}>
                打印 / 另存为 PDF
              </Button>
            </Col>
          </Row>
        </Card>
      </div>
      {report.error && !report.loading ? (
        <ErrorState error={report.error} onRetry={report.reload} />
      ) : !r || report.loading ? (
        <div className="report-paper" role="status" aria-label="正在生成月报">
          <Skeleton active title={{ width: '60%' }} paragraph={{ rows: 14 }} />
        </div>
      ) : (
        <Report r={r} />
      )}
    </div>
  );
}

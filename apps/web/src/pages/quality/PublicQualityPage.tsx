import { Card, Table } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { PublicQualityFigures, PublicQualityMonth } from '@app/contracts';
import { request } from '../../api/client';
import { useApi } from '../../api/query';
import { BlockLoading, ErrorState } from '../../components/States';
import { Chart } from '../dashboard/charts';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** No login: each zone's 好评率 and 差评整改率 per month (政务服务“好差评”结果公开). */
export default function PublicQualityPage() {
  const data = useApi(['public-quality'], (signal) => request<PublicQualityFigures>('GET', '/public/quality', { anonymous: true, signal }));
  const d = data.data;
  const zones = useMemo(() => [...new Map((d?.months ?? []).map((m) => [m.zoneId, m.zoneName])).entries()], [d]);
  const option: EChartsOption | null = useMemo(() => {
    if (!d) return null;
    const months = [...new Set(d.months.map((m) => m.month))];
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}%`) },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 24 },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: zones.map(([id, name]) => ({
        name: `${name} 好评率`,
        type: 'line',
        connectNulls: true,
        data: months.map((mo) => {
          const r = d.months.find((m) => m.zoneId === id && m.month === mo)?.goodRate;
          return r === null || r === undefined ? null : Math.round(r * 1000) / 10;
        }),
      })),
    };
  }, [d, zones]);

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">好差评公示</h1>
          <p className="page-sub">
            各集聚区服务台每月的好评率与差评整改率（按北京时间自然月）。好评率 = “满意”“非常满意”占有效评价的比例，含整改后的再次评价；经申诉核实为恶意的评价不计入。整改率 =
            已完成整改的差评占当月差评的比例。
          </p>
        </div>
        <Link to="/login">登录服务台</Link>
      </div>
      {data.error ? <ErrorState error={data.error} onRetry={data.reload} /> : null}
      {!d && !data.error && <BlockLoading rows={6} />}
      {d && option && (
        <Card variant="borderless" style={{ marginBottom: 16 }}>
          <Chart option={option} height={260} label={`各集聚区好评率趋势（${d.from} 至 ${d.to}）`} />
        </Card>
      )}
      {d &&
        zones.map(([id, name]) => (
          <Card key={id} title={name} variant="borderless" style={{ marginBottom: 16 }}>
            <Table<PublicQualityMonth>
              rowKey="month"
              size="small"
              pagination={false}
              dataSource={d.months.filter((m) => m.zoneId === id).reverse()}
              columns={[
                { title: '月份', dataIndex: 'month' },
                { title: '评价数', dataIndex: 'ratings', align: 'right' },
                { title: '好评数', dataIndex: 'goodRatings', align: 'right' },
                { title: '好评率', dataIndex: 'goodRate', align: 'right', render: pct },
                { title: '差评数', dataIndex: 'badRatings', align: 'right' },
                { title: '进入整改', dataIndex: 'rectifications', align: 'right' },
                { title: '已整改', dataIndex: 'rectified', align: 'right' },
                { title: '整改率', dataIndex: 'rectificationRate', align: 'right', render: pct },
              ]}
            />
          </Card>
        ))}
    </div>
  );
}

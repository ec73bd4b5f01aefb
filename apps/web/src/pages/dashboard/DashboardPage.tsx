import { Alert, Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { List } from '../../components/SimpleList';
import { BarChartOutlined } from '@ant-design/icons';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { Link } from 'react-router-dom';
import { ApiError, api } from '../../api/client';
import { useRequest } from '../../api/useRequest';
import type { CaseStatus, Page, CaseSummary } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { BlockLoading, ErrorState } from '../../components/States';
import { OPEN_STATUSES, PROGRAMME_COLORS, PROGRAMME_LABELS, STATUS_LABELS, ZONE_FALLBACK } from '../../lib/labels';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const PLANNED = [
  '新增、受理、不予受理、办结、撤回的每日趋势',
  '在办积压：按状态与账龄（0–1、2–5、6–10、10 个工作日以上）',
  '受理、首次响应、办结三项时限的按时率，超时与即将超时清单',
  '上报：数量、比例、各网信部门处理用时与结果',
  '办理用时：平均值、中位数、第 90 百分位（工作时间）',
  '满意度：五级评价分布、好评率、待整改差评',
  '专员工作量：在办件数、本期办结、按时率',
  '盾牌行动：按侵权类型与平台细分',
];

const count = (query: Record<string, string>) => api.get<Page<CaseSummary>>('/cases', { ...query, pageSize: 1 }).then((p) => p.total);

/**
 * The supervisor dashboard is the next piece of work (issue 6). Until its endpoint exists this
 * page says so, and shows live counts it can already take from the case list.
 */
export default function DashboardPage() {
  const me = useUser();
  const dashboard = useRequest((signal) => api.get<unknown>('/dashboard', undefined, signal).then(() => true).catch((e) => (e instanceof ApiError && e.status === 404 ? false : Promise.reject(e))), []);
  const stats = useRequest(async () => {
    const statuses = OPEN_STATUSES as CaseStatus[];
    const byStatus = await Promise.all(statuses.map((s) => count({ status: s })));
    const programmes = Object.keys(PROGRAMME_LABELS);
    const byProgramme = await Promise.all(programmes.map((p) => count({ programme: p, status: OPEN_STATUSES.join(',') })));
    const [overdue, dueSoon, unassigned] = await Promise.all([count({ overdue: 'true' }), count({ dueSoon: 'true' }), count({ assigneeId: 'none', status: 'submitted' })]);
    return { statuses, byStatus, programmes, byProgramme, overdue, dueSoon, unassigned };
  }, []);
  const scope = me.zoneId ? ZONE_FALLBACK[me.zoneId] ?? me.zoneId : '全市（两区）';

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">数据看板</h1>
          <p className="page-sub">{scope} · 时间均为北京时间</p>
        </div>
      </div>
      <Alert
        type="info"
        showIcon
        icon={<BarChartOutlined />}
        style={{ marginBottom: 16 }}
        title="完整的主管数据看板即将上线"
        description={
          dashboard.data === true
            ? '看板接口已就绪，完整图表即将接入。'
            : '下面是根据在办案件实时统计的概况；趋势、按时率、满意度等指标将在看板接口上线后提供，并可点击跳转到对应的案件列表、导出 CSV / Excel。'
        }
      />
      {stats.error && !stats.loading ? (
        <ErrorState error={stats.error} onRetry={stats.reload} compact />
      ) : !stats.data ? (
        <Card>
          <BlockLoading rows={8} />
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {[
              { title: '在办案件', value: stats.data.byStatus.reduce((a, b) => a + b, 0), to: `/desk?status=${OPEN_STATUSES.join(',')}` },
              { title: '待分派', value: stats.data.unassigned, to: '/desk?assigneeId=none&status=submitted' },
              { title: '即将超时', value: stats.data.dueSoon, to: '/desk?dueSoon=true', color: '#d46b08' },
              { title: '已超时', value: stats.data.overdue, to: '/desk?overdue=true', color: '#c8102e' },
            ].map((s) => (
              <Col xs={12} md={6} key={s.title}>
                <Link to={s.to} aria-label={`${s.title} ${s.value} 件，查看列表`}>
                  <Card hoverable variant="borderless">
                    <Statistic title={s.title} value={s.value} suffix="件" styles={{ content: { color: s.color } }} />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={14}>
              <Card title="在办案件 · 按状态" variant="borderless">
                <ReactEChartsCore
                  echarts={echarts}
                  style={{ height: 300 }}
                  option={{
                    tooltip: { trigger: 'axis' },
                    grid: { left: 40, right: 16, top: 20, bottom: 30 },
                    xAxis: { type: 'category', data: stats.data.statuses.map((s) => STATUS_LABELS[s]) },
                    yAxis: { type: 'value', minInterval: 1 },
                    series: [{ type: 'bar', data: stats.data.byStatus, itemStyle: { color: '#1f5fbf', borderRadius: [4, 4, 0, 0] }, barMaxWidth: 48 }],
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title="在办案件 · 按项目" variant="borderless">
                <ReactEChartsCore
                  echarts={echarts}
                  style={{ height: 300 }}
                  option={{
                    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
                    legend: { bottom: 0 },
                    series: [
                      {
                        type: 'pie',
                        radius: ['45%', '70%'],
                        center: ['50%', '45%'],
                        label: { formatter: '{b}\n{c}' },
                        data: stats.data.programmes.map((p, i) => ({ name: PROGRAMME_LABELS[p], value: stats.data!.byProgramme[i], itemStyle: { color: PROGRAMME_COLORS[p] } })),
                      },
                    ],
                  }}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
      <Card title="上线后将提供" variant="borderless">
        <List
          size="small"
          dataSource={PLANNED}
          renderItem={(p) => (
            <List.Item>
              <Typography.Text>
                <Tag color="blue">即将上线</Tag>
                {p}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}

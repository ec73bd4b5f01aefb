import { Card, Col, Empty, Row, Statistic, Table } from 'antd';
import type { AppointmentFigures, SalonFigures } from '@app/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import { dayjs, fmt, TZ } from '../../lib/time';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);

/** The offline half on the dashboard: 大V沙龙 figures and service-point appointments, for the dashboard's zone and days. */
export function OfflineSection({ from, to, zoneId }: { from: string; to: string; zoneId?: string }) {
  const query = { from: dayjs.tz(from, TZ).startOf('day').toISOString(), to: dayjs.tz(to, TZ).add(1, 'day').startOf('day').toISOString(), zoneId };
  const key = JSON.stringify(query);
  const salons = useApi(['offlinesection-1', key], (signal) => api.get<SalonFigures>('/dashboard/salons', query, signal));
  const appointments = useApi(['offlinesection-2', key], (signal) => api.get<AppointmentFigures>('/dashboard/appointments', query, signal));
  const s = salons.data;
  const a = appointments.data;
  return (
    <Card title="线下服务：大V沙龙与现场预约" variant="borderless" loading={!s || !a}>
      {s && a && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Statistic title="沙龙报名" value={s.registrations} suffix={`人 / ${s.events} 场`} /></Col>
            <Col xs={12} md={6}><Statistic title="到场率" value={pct(s.attendanceRate)} /></Col>
            <Col xs={12} md={6}><Statistic title="候补递补" value={s.waitlistPromotions} suffix="人" /></Col>
            <Col xs={12} md={6}><Statistic title="现场提问立案" value={s.casesRaised} suffix="件" /></Col>
            <Col xs={12} md={6}><Statistic title="活动满意度" value={pct(s.satisfaction)} suffix={s.averageRating ? ` · 均分 ${s.averageRating}` : ''} /></Col>
            <Col xs={12} md={6}><Statistic title="预约 / 签到" value={`${a.booked} / ${a.checkedIn}`} /></Col>
            <Col xs={12} md={6}><Statistic title="未到场" value={a.noShows} suffix="人次" /></Col>
            <Col xs={12} md={6}><Statistic title="开放时段" value={a.slots} suffix={`个 · ${a.capacity} 名额`} /></Col>
          </Row>
          {s.byEvent.length ? (
            <Table
              style={{ marginTop: 16 }}
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={s.byEvent}
              columns={[
                { title: '活动', dataIndex: 'title' },
                { title: '时间', dataIndex: 'startsAt', render: (v: string) => fmt(v, 'M月D日 HH:mm'), width: 110 },
                { title: '报名', dataIndex: 'registered', width: 60 },
                { title: '到场', dataIndex: 'attended', width: 60 },
                { title: '候补', dataIndex: 'waitlisted', width: 60 },
                { title: '递补', dataIndex: 'promotions', width: 60 },
                { title: '立案', dataIndex: 'cases', width: 60 },
                { title: '均分', dataIndex: 'averageRating', render: (v: number | null) => v ?? '—', width: 60 },
              ]}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所选范围内没有沙龙活动" />
          )}
        </>
      )}
    </Card>
  );
}

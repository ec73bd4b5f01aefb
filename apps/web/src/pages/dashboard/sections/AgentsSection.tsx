import { Table, type TableProps, Tag, Tooltip } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { deskLink, OPEN } from '../drill';
import { num, pct, workTime } from '../format';
import { shortZone } from '../KpiGrid';
import type { AgentWorkload } from '../types';
import { RateBar, Section, type SectionProps } from './Section';

export function AgentsSection({ d, scopeOf, query, cityWide }: SectionProps) {
  const navigate = useNavigate();
  const wd = d.workingDayMs;
  const zoneNames = new Map(d.columns.map((c) => [c.zoneId, c.name]));
  const scope = (zoneId: string) => scopeOf(d.columns.find((c) => c.zoneId === zoneId) ?? d.columns[0]);
  const maxOpen = Math.max(1, ...d.agents.map((a) => a.open));
  const columns: TableProps<AgentWorkload>['columns'] = [
    {
      title: '专员',
      dataIndex: 'displayName',
      render: (n: string, a) => (
        <>
          <Link to={deskLink(scope(a.zoneId), { assigneeId: a.id, status: OPEN })} onClick={(e) => e.stopPropagation()}>
            {n}
          </Link>
          {!a.active && <Tag style={{ marginInlineStart: 6 }}>已停用</Tag>}
        </>
      ),
      sorter: (a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'),
    },
    ...(cityWide
      ? [
          {
            title: '集聚区',
            key: 'zone',
            width: 110,
            render: (_: unknown, a: AgentWorkload) => shortZone(zoneNames.get(a.zoneId) ?? a.zoneId),
            sorter: (a: AgentWorkload, b: AgentWorkload) => a.zoneId.localeCompare(b.zoneId),
          },
        ]
      : []),
    {
      title: '在办',
      dataIndex: 'open',
      width: 180,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.open - b.open,
      render: (v: number) => (
        <span className="load">
          <span className="load-bar" aria-hidden>
            <span style={{ width: `${(v / maxOpen) * 100}%` }} />
          </span>
          <b>{num(v)}</b>
        </span>
      ),
    },
    { title: '本期办结', dataIndex: 'resolved', width: 100, align: 'right', sorter: (a, b) => a.resolved - b.resolved, render: num },
    {
      title: '平均办理时长',
      dataIndex: 'meanHandlingMs',
      width: 130,
      align: 'right',
      sorter: (a, b) => (a.meanHandlingMs ?? -1) - (b.meanHandlingMs ?? -1),
      render: (v: number | null) => workTime(v, wd),
    },
    {
      title: (
        <Tooltip title="该专员本期办结的案件中，在办结时限内办结的比例。只计已办结的案件；上方“办结按期率”卡片还计入已超期仍未办结的时限，因此卡片可能更低。口径见 docs/metrics.md。">
          <span className="th-hint">
            办结按期率 <InfoCircleOutlined aria-hidden />
          </span>
        </Tooltip>
      ),
      key: 'onTimeRate',
      dataIndex: 'onTimeRate',
      width: 150,
      sorter: (a, b) => (a.onTimeRate ?? -1) - (b.onTimeRate ?? -1),
      render: (v: number | null) => (
        <span className="rate-cell">
          <RateBar rate={v} />
          {pct(v)}
        </span>
      ),
    },
  ];
  return (
    <Section id="agents" title="专员工作量" sub="在办为此刻数；办结与按期率为期间内（按期率只计已办结的案件）· 点击一行查看该专员的在办案件" table="agents" query={query}>
      <Table<AgentWorkload>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={d.agents}
        pagination={d.agents.length > 30 ? { pageSize: 30, size: 'small', hideOnSinglePage: true } : false}
        scroll={{ x: 720 }}
        rowClassName="clickable-row"
        onRow={(a) => ({ onClick: () => navigate(deskLink(scope(a.zoneId), { assigneeId: a.id, status: OPEN })) })}
        locale={{ emptyText: '没有服务台专员' }}
      />
    </Section>
  );
}


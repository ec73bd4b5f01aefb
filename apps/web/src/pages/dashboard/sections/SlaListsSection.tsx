import { Table, type TableProps, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ExportMenu } from '../../../components/ExportMenu';
import { PriorityTag, ProgrammeTag, StatusTag } from '../../../components/Tags';
import { fmt, fromNow } from '../../../lib/time';
import { deskLink } from '../drill';
import { num } from '../format';
import { shortZone } from '../KpiGrid';
import type { SlaListItem } from '../types';
import { Section, type SectionProps } from './Section';

export function SlaListsSection({ d, scopeOf, query, cityWide }: SectionProps) {
  const [tab, setTab] = useState<'overdue' | 'dueSoon'>('overdue');
  const main = d.columns[0];
  const zoneNames = useMemo(() => new Map(d.columns.map((c) => [c.zoneId, c.name])), [d.columns]);
  const columns: TableProps<SlaListItem>['columns'] = [
    {
      title: '编号',
      dataIndex: 'reference',
      width: 190,
      render: (ref: string, r) => (
        <Link to={`/desk/cases/${r.caseId}`} className="reference nowrap">
          {ref}
        </Link>
      ),
    },
    { title: '标题', dataIndex: 'title', ellipsis: true },
    ...(cityWide ? [{ title: '集聚区', key: 'zone', width: 90, render: (_: unknown, r: SlaListItem) => shortZone(zoneNames.get(r.zoneId) ?? r.zoneId) }] : []),
    { title: '项目', dataIndex: 'programme', width: 96, render: (p: string) => <ProgrammeTag programme={p} /> },
    { title: '状态', dataIndex: 'status', width: 104, render: (s: string) => <StatusTag status={s} /> },
    { title: '优先级', dataIndex: 'priority', width: 76, render: (p: string) => <PriorityTag priority={p} /> },
    { title: '时限', dataIndex: 'clockLabel', width: 110 },
    {
      title: tab === 'overdue' ? '截止（已超时）' : '截止',
      dataIndex: 'dueAt',
      width: 150,
      render: (v: string | null) => (
        <span className="due-cell">
          <span className={tab === 'overdue' ? 'text-danger' : 'text-warning'}>{fmt(v, 'MM-DD HH:mm')}</span>
          <span className="muted small">{fromNow(v)}</span>
        </span>
      ),
    },
    { title: '负责人', key: 'assignee', width: 110, render: (_, r) => r.assignee?.displayName ?? <Tag color="warning">未分派</Tag> },
  ];
  const list = tab === 'overdue' ? d.overdue : d.dueSoon;
  const all = deskLink(scopeOf(main), tab === 'overdue' ? { overdue: 'true', sort: 'nextDueAt' } : { dueSoon: 'true', sort: 'nextDueAt' });
  return (
    <Section
      id="sla-lists"
      title="超时与即将超时"
      sub={`截至 ${fmt(d.asOf, 'MM-DD HH:mm')} · 最紧急的 ${list.items.length} 件`}
      query={query}
      extra={
        <>
          <Link to={all} className="no-print">
            在工作台查看全部 {num(list.total)} 件
          </Link>
          <ExportMenu path={`/dashboard/tables/${tab === 'overdue' ? 'overdue' : 'due-soon'}`} query={query} what={tab === 'overdue' ? '已超时案件' : '即将超时案件'} size="small" />
        </>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'overdue' | 'dueSoon')}
        items={[
          { key: 'overdue', label: `已超时（${num(d.overdue.total)}）` },
          { key: 'dueSoon', label: `即将超时（${num(d.dueSoon.total)}）` },
        ]}
      />
      <Table<SlaListItem>
        rowKey={(r) => `${r.caseId}-${r.clock}`}
        size="small"
        columns={columns}
        dataSource={list.items}
        pagination={list.items.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        scroll={{ x: 960 }}
        locale={{ emptyText: tab === 'overdue' ? '没有超时的案件' : '没有即将超时的案件' }}
      />
    </Section>
  );
}


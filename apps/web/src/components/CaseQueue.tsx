import { Badge, Button, Card, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { TableProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { reference } from '../api/cache';
import { useApi } from '../api/query';
import { caseListKey, caseListQuery, FILTER_KEYS } from '../api/prefetch';
import { useAccessibleTable } from './useAccessibleTable';
import type { CasePage, CaseSummary, Programme, Zone, Authority } from '../api/types';
import { fmt } from '../lib/time';
import { categoryLabel } from './CaseBits';
import { QueueBulkBar } from './queue/QueueBulkBar';
import { QueueFilters } from './queue/QueueFilters';
import { UNREAD_LABELS, useQueueKeys } from './queue/useQueueKeys';
import { ShortcutHelp } from './Shortcuts';
import { ErrorState } from './States';
import { ChannelText, DueText, PriorityTag, ProgrammeTag, StatusTag } from './Tags';

export interface QueueView {
  key: string;
  label: string;
  params: Record<string, string>;
}

export { FILTER_KEYS };

function activeView(views: QueueView[], params: URLSearchParams): string | undefined {
  const present = FILTER_KEYS.filter((k) => params.get(k));
  return views.find((v) => {
    const keys = Object.keys(v.params);
    return keys.length === present.length && keys.every((k) => params.get(k) === v.params[k]);
  })?.key;
}

const SORTABLE: Record<string, { asc?: string; desc?: string }> = {
  createdAt: { asc: 'createdAt', desc: '-createdAt' },
  updatedAt: { asc: 'updatedAt', desc: '-updatedAt' },
  priority: { desc: 'priority' },
  nextDueAt: { asc: 'nextDueAt' },
};

function sortOrderOf(sort: string, column: string): 'ascend' | 'descend' | null {
  const s = SORTABLE[column];
  if (s?.asc === sort) return 'ascend';
  if (s?.desc === sort) return 'descend';
  return null;
}

export function CaseQueue({
  endpoint,
  caseBase,
  views,
  title,
  subtitle,
  headerExtra,
  showZoneFilter,
  showAuthority,
  defaultSort = 'nextDueAt',
  bulk,
}: {
  endpoint: string;
  caseBase: string;
  views: QueueView[];
  title: string;
  subtitle: string;
  headerExtra?: ReactNode;
  showZoneFilter?: boolean;
  showAuthority?: boolean;
  defaultSort?: string;
  /** Row selection with the bulk actions of this role. */
  bulk?: 'agent' | 'supervisor';
}) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const tableBox = useAccessibleTable<HTMLDivElement>();
  const [selected, setSelected] = useState<string[]>([]);
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const sort = params.get('sort') ?? defaultSort;
  // The same request (and cache key) as the route's prefetch (api/prefetch.ts).
  const query = useMemo(() => caseListQuery(params, defaultSort), [params, defaultSort]);
  const list = useApi(caseListKey(endpoint, query), (signal) => api.get<CasePage>(endpoint, query, signal));
  const refs = useApi(
    ['reference', 'programmes+zones+authorities'],
    () =>
      Promise.all([
        reference.programmes().catch(() => [] as Programme[]),
        reference.zones().catch(() => [] as Zone[]),
        reference.authorities().catch(() => [] as Authority[]),
      ]),
  );
  // How many cases each view holds (one count-only request per view, pageSize=1).
  const counts = useApi(['cases', endpoint, 'view-counts', views.map((v) => v.key)], (signal) =>
    Promise.all(views.map((v) => api.get<CasePage>(endpoint, { ...v.params, page: 1, pageSize: 1 }, signal).then((p) => p.total, () => null))),
  );
  const rows = list.data?.items ?? [];
  const toggle = (c: CaseSummary) => setSelected((s) => (s.includes(c.id) ? s.filter((x) => x !== c.id) : [...s, c.id]));
  const keys = useQueueKeys(rows, (c) => navigate(`${caseBase}${c.id}`), bulk ? toggle : undefined);
  const reloadAll = () => {
    list.reload();
    counts.reload();
  };
  const [programmes, zones, authorities] = refs.data ?? [[], [], []];
  const current = activeView(views, params);

  const update = (patch: Record<string, string | null | undefined>, resetPage = true) => {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    if (resetPage) next.delete('page');
    setParams(next);
  };

  const applyView = (key: string) => {
    const v = views.find((x) => x.key === key);
    if (!v) return;
    const next = new URLSearchParams(v.params);
    if (params.get('sort')) next.set('sort', params.get('sort')!);
    setParams(next);
  };

  const onTableChange: TableProps<CaseSummary>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const col = s?.columnKey ? String(s.columnKey) : null;
    let nextSort: string | null = null;
    if (col && s.order) nextSort = (s.order === 'ascend' ? SORTABLE[col]?.asc : SORTABLE[col]?.desc) ?? SORTABLE[col]?.asc ?? SORTABLE[col]?.desc ?? null;
    const patch: Record<string, string | null> = {
      sort: nextSort && nextSort !== defaultSort ? nextSort : null,
      page: pagination.current && pagination.current > 1 ? String(pagination.current) : null,
      pageSize: pagination.pageSize && pagination.pageSize !== 20 ? String(pagination.pageSize) : null,
    };
    if (nextSort !== (params.get('sort') ?? null) && (nextSort ?? defaultSort) !== sort) patch.page = null;
    update(patch, false);
  };

  const columns: TableProps<CaseSummary>['columns'] = [
    {
      title: '编号',
      dataIndex: 'reference',
      width: 200,
      fixed: 'left',
      render: (ref: string, c) => (
        <Space size={4} wrap>
          <Link to={`${caseBase}${c.id}`} className="reference">
            {ref}
          </Link>
          {c.unread && (
            <Tag color={c.unread.kind === 'return' ? 'volcano' : 'blue'} className="unread-tag" data-unread={c.unread.kind}>
              {UNREAD_LABELS[c.unread.kind]}
              {c.unread.count > 1 ? ` ${c.unread.count}` : ''}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: '标题',
      dataIndex: 'title',
      width: 360,
      ellipsis: { showTitle: true },
      render: (t: string, c) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: '100%' }}>
          <Typography.Text ellipsis={{ tooltip: t }} style={{ maxWidth: 340 }}>
            {t}
          </Typography.Text>
          <span className="muted" style={{ fontSize: 12 }}>
            {categoryLabel(programmes.find((p) => p.id === c.programme), c.category)} · {c.creatorName ?? '—'}
          </span>
        </Space>
      ),
    },
    { title: '项目', dataIndex: 'programme', width: 100, render: (p: string) => <ProgrammeTag programme={p} /> },
    { title: '状态', dataIndex: 'status', width: 110, render: (s: string) => <StatusTag status={s} /> },
    {
      title: '优先级',
      key: 'priority',
      dataIndex: 'priority',
      width: 90,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'priority'),
      sortDirections: ['descend'],
      render: (p: string) => <PriorityTag priority={p} />,
    },
    { title: '渠道', dataIndex: 'channel', width: 90, render: (ch: string) => <ChannelText channel={ch} /> },
    ...(showAuthority
      ? [
          {
            title: '上报至',
            key: 'authority',
            width: 140,
            render: (_: unknown, c: CaseSummary) => authorities.find((a) => a.id === c.escalationAuthorityId)?.name ?? '—',
          },
        ]
      : []),
    ...(showZoneFilter
      ? [{ title: '集聚区', key: 'zone', width: 120, render: (_: unknown, c: CaseSummary) => zones.find((z) => z.id === c.zoneId)?.name ?? c.zoneId }]
      : []),
    {
      title: '负责人',
      key: 'assignee',
      width: 120,
      render: (_, c) => (c.assignee ? c.assignee.displayName : <Badge status="warning" text="未分派" />),
    },
    {
      title: '时限',
      key: 'nextDueAt',
      width: 170,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'nextDueAt'),
      sortDirections: ['ascend'],
      render: (_, c) => <DueText nextDueAt={c.nextDueAt} overdue={c.overdue} clock={c.nextDueClock} warnAt={c.nextDueWarnAt} />,
    },
    {
      title: '提交时间',
      key: 'createdAt',
      dataIndex: 'createdAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'createdAt'),
      render: (v: string) => fmt(v),
    },
    {
      title: '更新',
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      width: 150,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'updatedAt'),
      render: (v: string) => fmt(v),
    },
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">{title}</h1>
          <p className="page-sub">{subtitle}</p>
        </div>
        <Space wrap>
          {headerExtra}
          <Tooltip title="刷新列表">
            <Button icon={<ReloadOutlined />} onClick={reloadAll} aria-label="刷新列表" />
          </Tooltip>
        </Space>
      </div>
      <Tabs
        className="views-bar"
        activeKey={current ?? '__custom'}
        onChange={applyView}
        items={[
          ...views.map((v, i) => {
            const n = counts.data?.[i];
            return { key: v.key, label: typeof n === 'number' ? `${v.label} (${n})` : v.label };
          }),
          ...(current ? [] : [{ key: '__custom', label: '自定义筛选', disabled: true }]),
        ]}
      />
      <QueueFilters
        params={params}
        update={update}
        clear={() => setParams(new URLSearchParams())}
        programmes={programmes}
        zones={zones}
        authorities={authorities}
        showZoneFilter={showZoneFilter}
      />
      {bulk && (
        <QueueBulkBar
          role={bulk}
          selected={selected.filter((id) => rows.some((r) => r.id === id))}
          rows={rows}
          onDone={() => {
            setSelected([]);
            reloadAll();
          }}
        />
      )}
      <ShortcutHelp open={keys.help} onClose={() => keys.setHelp(false)} shortcuts={keys.shortcuts} />
      <Card className="table-card" variant="borderless">
        {list.error && !list.loading ? (
          <ErrorState error={list.error} onRetry={list.reload} compact />
        ) : (
          <div ref={tableBox}>
            <Table<CaseSummary>
              rowKey="id"
              size="middle"
              loading={list.loading}
              dataSource={rows}
              columns={columns}
              onChange={onTableChange}
              rowSelection={bulk ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), preserveSelectedRowKeys: false } : undefined}
              rowClassName={(c) => [c.overdue && 'row-overdue', c.unread && 'row-unread', c.id === keys.cursorId && 'row-cursor'].filter(Boolean).join(' ')}
              scroll={{ x: 1560 }}
              locale={{ emptyText: list.loading || !list.data ? <span aria-hidden /> : current && current !== 'all' ? '此视图下暂无案件' : '没有符合条件的案件' }}
              pagination={{
                current: page,
                pageSize,
                total: list.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: [20, 50, 100],
                showTotal: (t) => (list.data?.totalCapped ? `超过 ${t} 件，仅显示前 ${t} 件，请细化搜索` : `共 ${t} 件`),
              }}
            />
          </div>
        )}
      </Card>
    </>
  );
}

import { Badge, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tabs, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { SelectProps, TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { reference } from '../api/cache';
import { useApi } from '../api/query';
import type { CasePage, CaseSummary, Programme, Zone, Authority } from '../api/types';
import { CHANNEL_LABELS, PRIORITY_LABELS, PROGRAMME_LABELS, RATING_LABELS, STATUS_LABELS } from '../lib/labels';
import { RATING_LEVELS } from '@app/contracts';
import { intakeFields } from '../lib/schema';
import { dayjs, fmt, shanghaiDayEnd, shanghaiDayStart, TZ } from '../lib/time';
import { categoryLabel } from './CaseBits';
import { ErrorState } from './States';
import { ChannelText, DueText, PriorityTag, ProgrammeTag, StatusTag } from './Tags';

export interface QueueView {
  key: string;
  label: string;
  params: Record<string, string>;
}

/** Query keys the queue understands; everything in the URL, so a view is a link. */
export const FILTER_KEYS = ['programme', 'category', 'status', 'priority', 'channel', 'platform', 'assigneeId', 'zoneId', 'authorityId', 'rating', 'createdFrom', 'createdTo', 'overdue', 'dueSoon', 'q'];

const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

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
}) {
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const sort = params.get('sort') ?? defaultSort;
  const query = useMemo(() => {
    const q: Record<string, string | number> = { page, pageSize, sort };
    FILTER_KEYS.forEach((k) => {
      const v = params.get(k);
      if (v) q[k] = v;
    });
    return q;
  }, [params, page, pageSize, sort]);
  const list = useApi(['cases', endpoint, query], (signal) => api.get<CasePage>(endpoint, query, signal));
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

  const range: [Dayjs | null, Dayjs | null] | null =
    params.get('createdFrom') || params.get('createdTo')
      ? [params.get('createdFrom') ? dayjs(params.get('createdFrom')).tz(TZ) : null, params.get('createdTo') ? dayjs(params.get('createdTo')).tz(TZ) : null]
      : null;

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
        <Link to={`${caseBase}${c.id}`} className="reference">
          {ref}
        </Link>
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

  const statusValue = params.get('status')?.split(',').filter(Boolean) ?? [];
  const programme = params.get('programme');
  // Categories and 盾牌行动 platforms as GET /programmes defines them (one programme's, or all grouped).
  const categoryOptions: SelectProps['options'] = programme
    ? (programmes.find((p) => p.id === programme)?.categories ?? []).map((c) => ({ value: c.id, label: c.label }))
    : programmes.map((p) => ({ label: p.name, title: p.name, options: p.categories.map((c) => ({ value: c.id, label: c.label })) }));
  const platformOptions = (intakeFields(programmes.find((p) => p.id === 'shield')).find((f) => f.key === 'platform')?.options ?? []).map((o) => ({
    value: o.id,
    label: o.label,
  }));
  /** A filter of one value, kept in the URL parameter `key`; clearing it removes the parameter. */
  const paramSelect = (f: {
    key: string;
    id: string;
    label: string;
    width: number;
    options: SelectProps['options'];
    tooltip?: string;
    search?: boolean;
    onChange?: (value: string | undefined) => void;
  }) => (
    <Form.Item label={f.label} htmlFor={f.id} tooltip={f.tooltip}>
      <Select
        id={f.id}
        allowClear
        showSearch={f.search ? { optionFilterProp: 'label' } : undefined}
        placeholder="全部"
        style={{ width: f.width }}
        value={params.get(f.key) ?? undefined}
        onChange={(v: string | undefined) => (f.onChange ? f.onChange(v) : update({ [f.key]: v }))}
        options={f.options}
      />
    </Form.Item>
  );
  const onProgramme = (next: string | undefined) => {
    const category = params.get('category');
    const keepCategory = !next || !category || !!programmes.find((p) => p.id === next)?.categories.some((c) => c.id === category);
    update({ programme: next, ...(keepCategory ? {} : { category: null }), ...(next && next !== 'shield' ? { platform: null } : {}) });
  };

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
      <Card className="filters" variant="borderless">
        <Form layout="inline" style={{ rowGap: 12, paddingBottom: 16 }}>
          <Form.Item label="搜索" htmlFor="q-search">
            <Input.Search
              id="q-search"
              key={params.get('q') ?? ''}
              defaultValue={params.get('q') ?? ''}
              allowClear
              placeholder="编号、标题、描述"
              onSearch={(v) => update({ q: v.trim() || null })}
              style={{ width: 220 }}
            />
          </Form.Item>
          {paramSelect({ key: 'programme', id: 'q-programme', label: '项目', width: 130, options: labelled(PROGRAMME_LABELS), onChange: onProgramme })}
          {paramSelect({ key: 'category', id: 'q-category', label: '类别', width: 160, options: categoryOptions, search: true })}
          <Form.Item label="状态" htmlFor="q-status">
            <Select
              id="q-status"
              mode="multiple"
              allowClear
              placeholder="全部"
              style={{ minWidth: 160, maxWidth: 360 }}
              value={statusValue}
              onChange={(v: string[]) => update({ status: v.join(',') || null })}
              options={labelled(STATUS_LABELS)}
              maxTagCount="responsive"
            />
          </Form.Item>
          {paramSelect({ key: 'priority', id: 'q-priority', label: '优先级', width: 100, options: labelled(PRIORITY_LABELS) })}
          {paramSelect({ key: 'channel', id: 'q-channel', label: '渠道', width: 120, options: labelled(CHANNEL_LABELS) })}
          {(!programme || programme === 'shield' || params.get('platform')) &&
            paramSelect({ key: 'platform', id: 'q-platform', label: '平台', tooltip: '盾牌行动申请时填写的侵权平台', width: 130, options: platformOptions })}
          {showZoneFilter && paramSelect({ key: 'zoneId', id: 'q-zone', label: '集聚区', width: 140, options: zones.map((z) => ({ value: z.id, label: z.name })) })}
          {paramSelect({
            key: 'authorityId',
            id: 'q-authority',
            label: '曾上报至',
            tooltip: '曾上报至该网信办的案件，含已退回、已继续上报的',
            width: 170,
            options: authorities.map((a) => ({ value: a.id, label: a.name })),
          })}
          {paramSelect({ key: 'rating', id: 'q-rating', label: '评价', width: 120, options: RATING_LEVELS.map((l) => ({ value: String(l), label: RATING_LABELS[l] })) })}
          <Form.Item label="提交日期" htmlFor="q-range">
            <label htmlFor="q-range-end" className="sr-only">
              提交日期止
            </label>
            <DatePicker.RangePicker
              id={{ start: 'q-range', end: 'q-range-end' }}
              value={range}
              allowEmpty={[true, true]}
              onChange={(r) =>
                update({
                  createdFrom: r?.[0] ? shanghaiDayStart(r[0]) : null,
                  createdTo: r?.[1] ? shanghaiDayEnd(r[1]) : null,
                })
              }
            />
          </Form.Item>
          <Form.Item>
            <Button onClick={() => setParams(new URLSearchParams())}>清除筛选</Button>
          </Form.Item>
        </Form>
      </Card>
      <Card className="table-card" variant="borderless">
        {list.error && !list.loading ? (
          <ErrorState error={list.error} onRetry={list.reload} compact />
        ) : (
          <Table<CaseSummary>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            columns={columns}
            onChange={onTableChange}
            rowClassName={(c) => (c.overdue ? 'row-overdue' : '')}
            scroll={{ x: 1560 }}
            locale={{ emptyText: list.loading || !list.data ? <span aria-hidden /> : current && current !== 'all' ? '此视图下暂无案件' : '没有符合条件的案件' }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (t) => `共 ${t} 件`,
            }}
          />
        )}
      </Card>
    </>
  );
}

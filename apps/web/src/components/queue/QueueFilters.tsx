import { Button, Card, DatePicker, Form, Grid, Input, Select } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import type { SelectProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { RATING_LEVELS } from '@app/contracts';
import type { Authority, Programme, Zone } from '../../api/types';
import { CHANNEL_LABELS, PRIORITY_LABELS, PROGRAMME_LABELS, RATING_LABELS, STATUS_LABELS } from '../../lib/labels';
import { intakeFields } from '../../lib/schema';
import { dayjs, shanghaiDayEnd, shanghaiDayStart, TZ } from '../../lib/time';

const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Filters besides the search box, as URL parameters (the search box is always shown). */
const FOLDED_KEYS = ['programme', 'category', 'status', 'priority', 'channel', 'platform', 'zoneId', 'authorityId', 'rating', 'createdFrom', 'createdTo'];

/**
 * The queue's filter panel. On a phone it is folded behind "筛选" (with the number of filters in
 * use), so the first screen shows the cases; the search box stays open.
 */
export function QueueFilters({
  params,
  update,
  clear,
  programmes,
  zones,
  authorities,
  showZoneFilter,
}: {
  params: URLSearchParams;
  update: (patch: Record<string, string | null | undefined>) => void;
  clear: () => void;
  programmes: Programme[];
  zones: Zone[];
  authorities: Authority[];
  showZoneFilter?: boolean;
}) {
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const [unfolded, setUnfolded] = useState(false);
  const inUse = FOLDED_KEYS.filter((k) => params.get(k)).length;
  const folded = phone && !unfolded;
  const range: [Dayjs | null, Dayjs | null] | null =
    params.get('createdFrom') || params.get('createdTo')
      ? [params.get('createdFrom') ? dayjs(params.get('createdFrom')).tz(TZ) : null, params.get('createdTo') ? dayjs(params.get('createdTo')).tz(TZ) : null]
      : null;

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
    <Card className="filters" variant="borderless">
        <Form layout="inline" style={{ rowGap: 12, paddingBottom: 16 }}>
          <Form.Item label="搜索" htmlFor="q-search">
            <Input.Search
              id="q-search"
              key={params.get('q') ?? ''}
              defaultValue={params.get('q') ?? ''}
              allowClear
              placeholder="编号、标题、姓名、手机号"
              onSearch={(v) => update({ q: v.trim() || null })}
              style={{ width: phone ? 'calc(100vw - 150px)' : 260 }}
            />
          </Form.Item>
          {phone && (
            <Form.Item>
              <Button icon={<FilterOutlined />} aria-expanded={!folded} aria-controls="queue-filter-fields" onClick={() => setUnfolded(!unfolded)}>
                {folded ? `筛选${inUse ? `（${inUse}）` : ''}` : '收起筛选'}
              </Button>
            </Form.Item>
          )}
          {!folded && (
          <div id="queue-filter-fields" style={{ display: 'contents' }}>
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
            <Button onClick={clear}>清除筛选</Button>
          </Form.Item>
          </div>
          )}
        </Form>
      </Card>
  );
}

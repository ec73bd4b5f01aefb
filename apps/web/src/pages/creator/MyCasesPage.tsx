import { Button, Empty, Segmented, Space } from 'antd';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import type { CasePage, CaseStatus, CaseSummary } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { CasePromiseLine, CaseProgressSteps } from '../../components/CaseProgress';
import { BlockLoading, ErrorState } from '../../components/States';
import { ProgrammeTag, StatusTag } from '../../components/Tags';
import { CREATOR_NEXT_STEP } from '../../lib/labels';
import { fmt, fromNow } from '../../lib/time';

const FILTERS: Record<string, { label: string; status?: string }> = {
  open: { label: '办理中', status: 'draft,submitted,accepted,in_progress,awaiting_creator,escalated' },
  todo: { label: '待我处理', status: 'awaiting_creator,resolved' },
  done: { label: '已结束', status: 'resolved,closed,rejected,withdrawn' },
  all: { label: '全部' },
};
const PAGE_SIZE = 10;

export default function MyCasesPage() {
  const me = useUser();
  const [params, setParams] = useSearchParams();
  const filter = FILTERS[params.get('filter') ?? ''] ? (params.get('filter') as string) : 'all';
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useApi(['my-cases', filter, page], (signal) =>
    api.get<CasePage>('/cases', { status: FILTERS[filter].status, page, pageSize: PAGE_SIZE, sort: '-updatedAt' }, signal),
  );
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    Object.entries(patch).forEach(([k, v]) => (v ? next.set(k, v) : next.delete(k)));
    setParams(next, { replace: true });
  };

  return (
    <div style={{ maxWidth: 860, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">我的案件</h1>
          <p className="page-sub">您好，{me.displayName}。在这里查看每件诉求的办理进度和下一步。</p>
        </div>
        <Link to="/portal/new">
          <Button type="primary" icon={<PlusOutlined />} size="large">
            提交新诉求
          </Button>
        </Link>
      </div>
      <Segmented
        block
        value={filter}
        onChange={(v) => set({ filter: v === 'all' ? null : String(v), page: null })}
        options={Object.entries(FILTERS).map(([value, f]) => ({ value, label: f.label }))}
        style={{ marginBottom: 16 }}
        aria-label="按状态筛选"
      />
      {list.error && !list.loading ? (
        <ErrorState error={list.error} onRetry={list.reload} compact />
      ) : !list.data || list.loading ? (
        <div className="panel">
          <BlockLoading rows={6} />
        </div>
      ) : list.data.items.length === 0 ? (
        <div className="panel">
          <Empty description={filter === 'all' ? '您还没有提交过诉求' : '没有符合条件的案件'}>
            {filter === 'all' && (
              <Link to="/portal/new">
                <Button type="primary">提交第一件诉求</Button>
              </Link>
            )}
          </Empty>
        </div>
      ) : (
        <>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="案件列表">
            {list.data.items.map((c) => (
              <li key={c.id}>
                <CaseCard c={c} />
              </li>
            ))}
          </ul>
          {list.data.total > PAGE_SIZE && (
            <nav className="pager" aria-label="翻页">
              <Button icon={<LeftOutlined />} disabled={page <= 1} onClick={() => set({ page: page - 1 <= 1 ? null : String(page - 1) })}>
                上一页
              </Button>
              <span aria-live="polite">
                第 {page} / {Math.ceil(list.data.total / PAGE_SIZE)} 页 · {list.data.totalCapped ? `超过 ${list.data.total} 件` : `共 ${list.data.total} 件`}
              </span>
              <Button disabled={page * PAGE_SIZE >= list.data.total} onClick={() => set({ page: String(page + 1) })}>
                下一页 <RightOutlined />
              </Button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}

function CaseCard({ c }: { c: CaseSummary }) {
  const attention = c.status === 'awaiting_creator' || c.status === 'resolved';
  return (
    <article className="case-card panel">
      <Space size={6} wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space size={6} wrap>
          <StatusTag status={c.status} />
          <ProgrammeTag programme={c.programme} />
        </Space>
        <span className="reference muted" style={{ fontSize: 12 }}>
          {c.reference}
        </span>
      </Space>
      <div className="case-card-title">
        <Link to={`/portal/cases/${c.id}`} className="stretched-link" style={{ color: 'inherit' }}>
          {c.title}
        </Link>
      </div>
      <CaseProgressSteps
        compact
        input={{ status: c.status, acceptedAt: c.acceptedAt, resolvedAt: c.resolvedAt, closeReason: c.closeReason, escalated: !!c.escalationAuthorityId }}
      />
      <CasePromiseLine clocks={c.nextDueAt ? [{ clock: c.nextDueClock ?? 'resolve', state: c.overdue ? 'breached' : 'running', dueAt: c.nextDueAt }] : []} />
      <div className={`next-step ${attention ? 'attention' : ''}`}>
        下一步：{CREATOR_NEXT_STEP[c.status as CaseStatus] ?? '—'} <RightOutlined style={{ fontSize: 10 }} />
      </div>
      <div className="case-card-meta" style={{ marginTop: 6 }}>
        <span>提交于 {fmt(c.createdAt, 'YYYY-MM-DD')}</span>
        <span title={fmt(c.updatedAt)}>更新于 {fromNow(c.updatedAt)}</span>
      </div>
    </article>
  );
}

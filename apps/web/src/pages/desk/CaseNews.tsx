import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import type { UnreadMarkerView } from '@app/contracts';
import { api } from '../../api/client';
import { queryClient } from '../../api/query';
import type { CaseDetail } from '../../api/types';
import { fmt } from '../../lib/time';

const TITLES: Record<UnreadMarkerView['kind'], string> = {
  reply: '创作者有新回复',
  materials: '创作者已补充材料',
  reopen: '创作者申请重新办理',
  return: '网信办退回意见',
};

/**
 * What happened on the case since this staff member last read it (a creator's reply, materials,
 * a request to reopen, a 网信办's return), as a banner at the top of the case page. Opening the
 * page reads it: the marker clears for this user (stored on the server), the banner stays until
 * closed; news arriving while the page is open (live updates) shows and is read the same way.
 */
export function useCaseNews(detail: CaseDetail | undefined, staff: boolean) {
  const [news, setNews] = useState<UnreadMarkerView | null>(null);
  const unread = detail?.unread ?? null;
  const id = detail?.id;
  const at = unread ? String(unread.at) : null;
  useEffect(() => {
    if (!staff || !id) return;
    if (unread) setNews(unread);
    // Read up to now (also when nothing was new: a later reply must count from this visit).
    api
      .post(`/cases/${id}/read`, {})
      .then(() => unread && queryClient.invalidateQueries({ queryKey: ['cases'] }))
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, at, staff]);
  return { news, dismiss: () => setNews(null) };
}

export function CaseNewsBanner({ news, onClose }: { news: UnreadMarkerView | null; onClose: () => void }) {
  if (!news) return null;
  return (
    <Alert
      className="unread-banner"
      type={news.kind === 'return' ? 'warning' : 'info'}
      showIcon
      closable={{ onClose, 'aria-label': '关闭提示' }}
      role="status"
      data-news={news.kind}
      title={`${TITLES[news.kind]}${news.count > 1 ? `（${news.count} 条）` : ''} · ${fmt(String(news.at))}`}
      description={news.text ?? undefined}
    />
  );
}

import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../api/types';
import { useShortcuts, type Shortcut } from '../Shortcuts';

/** The queue's marker of news since this user last read the case. */
export const UNREAD_LABELS: Record<string, string> = {
  reply: '新回复',
  materials: '已补材料',
  reopen: '申请重办',
  return: '退回意见',
};

/**
 * j / k move a cursor over the queue's rows, Enter or o opens the row, x selects it for the bulk
 * actions; the row under the cursor is scrolled into view and announced by its class.
 */
export function useQueueKeys(rows: CaseSummary[], open: (c: CaseSummary) => void, toggle?: (c: CaseSummary) => void) {
  const [cursor, setCursor] = useState(-1);
  useEffect(() => setCursor((i) => Math.min(i, rows.length - 1)), [rows.length]);
  useEffect(() => {
    if (cursor < 0) return;
    const row = document.querySelector<HTMLElement>(`tr[data-row-key="${rows[cursor]?.id}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [cursor, rows]);
  const shortcuts: Shortcut[] = [
    { keys: 'j', label: '下一件案件', run: () => setCursor((i) => Math.min(i + 1, rows.length - 1)) },
    { keys: 'k', label: '上一件案件', run: () => setCursor((i) => Math.max(i - 1, 0)) },
    { keys: 'Enter/o', label: '打开当前案件', run: () => rows[cursor] && open(rows[cursor]) },
    ...(toggle ? [{ keys: 'x', label: '选中或取消选中当前案件（批量操作）', run: () => rows[cursor] && toggle(rows[cursor]) }] : []),
  ];
  const { help, setHelp } = useShortcuts(shortcuts);
  return { cursorId: rows[cursor]?.id, help, setHelp, shortcuts };
}

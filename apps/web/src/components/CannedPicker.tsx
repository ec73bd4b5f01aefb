import { Select } from 'antd';
import type { CannedReplyView } from '@app/contracts';
import { api, errorMessage } from '../api/client';
import { useApi } from '../api/query';
import { useFeedback } from './Feedback';

/**
 * 常用回复 in the composer: the zone's canned replies of the case's programme (kept by agents and
 * supervisors under 合规引擎 → 常用语), filled in from the case by the server and inserted.
 */
export function CannedPicker({ caseId, programme, onPick }: { caseId: string; programme: string; onPick: (text: string) => void }) {
  const { message } = useFeedback();
  const replies = useApi(['canned', programme], (signal) => api.get<CannedReplyView[]>('/compliance/canned-replies', { programme }, signal));
  const active = (replies.data ?? []).filter((r) => r.active);
  const pick = async (id: string) => {
    try {
      onPick((await api.post<{ text: string }>(`/compliance/canned-replies/${id}/render`, { caseId })).text);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Select
      aria-label="插入常用回复"
      placeholder={active.length || replies.loading ? '插入常用回复' : '本项目暂无常用回复'}
      disabled={!replies.loading && active.length === 0}
      loading={replies.loading}
      style={{ minWidth: 200 }}
      value={null}
      onChange={(id: string) => void pick(id)}
      options={active.map((r) => ({ value: r.id, label: r.title }))}
      data-canned-picker
    />
  );
}

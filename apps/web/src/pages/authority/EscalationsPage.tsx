import { useUser } from '../../auth/AuthContext';
import { CaseQueue, type QueueView } from '../../components/CaseQueue';
import { AUTHORITY_FALLBACK } from '../../lib/labels';

export default function EscalationsPage() {
  const me = useUser();
  const views: QueueView[] = [
    { key: 'all', label: '上报至本部门', params: {} },
    { key: 'shield', label: '盾牌行动', params: { programme: 'shield' } },
    { key: 'overdue', label: '已超时', params: { overdue: 'true' } },
  ];
  const name = me.authorityId ? AUTHORITY_FALLBACK[me.authorityId] ?? me.authorityId : '';
  return (
    <CaseQueue
      endpoint="/escalations"
      caseBase="/authority/cases/"
      views={views}
      title="上报案件"
      subtitle={`${name} · 签收后可办结、附意见退回服务台，区级网信办可继续上报市委网信办。`}
      showZoneFilter
      showAuthority
      defaultSort="priority"
    />
  );
}

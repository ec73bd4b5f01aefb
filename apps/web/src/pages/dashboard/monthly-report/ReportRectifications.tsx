import { RATING_LABELS, type RatingLevel, type RectificationView } from '@app/contracts';
import { api } from '../../../api/client';
import { useApi } from '../../../api/query';
import { fmt } from '../../../lib/time';
import { num } from '../format';
import { ReportSection } from './ReportParts';

const level = (l: number | null, voided: boolean) => (l === null ? '—' : `${RATING_LABELS[l as RatingLevel]}${voided ? '（作废）' : ''}`);
const step = (doneAt: string | null, overdueAt: string | null) => (doneAt ? `${fmt(doneAt, 'MM-DD')}${overdueAt ? '（逾期）' : ''}` : overdueAt ? '逾期未办' : '办理中');

/** Section 十一 of the monthly report: the 差评整改台账 of the month's 差评, overdue steps first. */
export function ReportRectifications({ zoneId, month }: { zoneId: string; month: string }) {
  const ledger = useApi(['report-rectifications', zoneId, month], (signal) => api.get<RectificationView[]>('/quality/rectifications', { zoneId, month }, signal));
  const rows = ledger.data ?? [];
  const standing = rows.filter((r) => !r.firstVoided);
  const rectified = standing.filter((r) => r.rectifiedAt).length;
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <ReportSection
      n="十一"
      title="差评整改台账"
      note={`本月差评 ${num(rows.length)} 条（申诉作废 ${num(rows.length - standing.length)} 条），已整改 ${num(rectified)} 条，有逾期环节 ${num(overdue)} 条。回访、整改期限按工作日计算。`}
    >
      {ledger.error ? (
        <p className="report-note">差评整改台账暂不可用。</p>
      ) : rows.length === 0 ? (
        <p className="report-note">本月无差评。</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">案件编号</th>
              <th scope="col">首次评价</th>
              <th scope="col">评价日期</th>
              <th scope="col">回访</th>
              <th scope="col">整改</th>
              <th scope="col">再次评价</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.overdue ? 'strong-cell' : undefined}>
                <td>{r.caseReference}</td>
                <td>{level(r.firstLevel, r.firstVoided)}</td>
                <td>{fmt(r.ratedAt, 'MM-DD')}</td>
                <td>{step(r.contactedAt, r.contactOverdueAt)}</td>
                <td>{r.status === 'voided' && !r.rectifiedAt ? '—' : step(r.rectifiedAt, r.rectifyOverdueAt)}</td>
                <td>{level(r.secondLevel, r.secondVoided)}</td>
                <td>{r.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}

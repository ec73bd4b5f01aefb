import { RECTIFICATION_STATUS_LABELS, type RatingAppealView, type RectificationView } from '@app/contracts';
import type { AppealRow, RectificationRow } from './quality.repository';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function appealView(a: AppealRow): RatingAppealView {
  return {
    id: a.id,
    rectificationId: a.rectificationId,
    caseId: a.caseId,
    caseReference: a.caseReference,
    zoneId: a.zoneId,
    rating: a.rating,
    level: a.level,
    reason: a.reason,
    status: a.status,
    filedAt: iso(a.filedAt)!,
    decidedAt: iso(a.decidedAt),
    decisionReason: a.decisionReason,
  };
}

export function rectificationView(r: RectificationRow, appeals: readonly AppealRow[]): RectificationView {
  return {
    id: r.id,
    caseId: r.caseId,
    caseReference: r.caseReference,
    caseTitle: r.caseTitle,
    zoneId: r.zoneId,
    status: r.status,
    statusLabel: RECTIFICATION_STATUS_LABELS[r.status],
    firstLevel: r.firstLevel,
    firstComment: r.firstComment,
    firstVoided: r.firstVoided,
    ratedAt: iso(r.ratedAt)!,
    contactDueAt: iso(r.contactDueAt)!,
    contactOverdueAt: iso(r.contactOverdueAt),
    contactedAt: iso(r.contactedAt),
    contactMethod: r.contactMethod,
    contactOutcome: r.contactOutcome,
    rectifyDueAt: iso(r.rectifyDueAt)!,
    rectifyOverdueAt: iso(r.rectifyOverdueAt),
    rectifiedAt: iso(r.rectifiedAt),
    measures: r.measures,
    secondLevel: r.secondLevel,
    secondComment: r.secondComment,
    secondVoided: r.secondVoided,
    reratedAt: iso(r.reratedAt),
    overdue: r.contactOverdueAt !== null || r.rectifyOverdueAt !== null,
    appeals: appeals.filter((a) => a.rectificationId === r.id).map(appealView),
  };
}

/** What a creator sees of their own rectification: no internal appeal reasons. */
export function creatorView(v: RectificationView): RectificationView {
  return { ...v, appeals: [] };
}

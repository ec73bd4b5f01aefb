import {
  RETURN_VISIT_METHOD_LABELS,
  RETURN_VISIT_OUTCOME_LABELS,
  RETURN_VISIT_SELECTION_LABELS,
  ReturnVisitMethod,
  ReturnVisitOutcome,
  SUPERVISION_STATUS_LABELS,
  SupervisionStatus,
  TRANSFER_STATUS_LABELS,
  TransferStatus,
} from '@app/contracts';
import type { ReturnVisitRow } from './return-visits.repository';
import type { OrderRow } from './supervision.repository';
import type { TransferRow } from './transfers.repository';

export interface TransferView {
  id: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  programme: string;
  fromZoneId: string;
  toZoneId: string;
  reason: string;
  status: TransferStatus;
  statusLabel: string;
  requestedBy: string;
  requestedAt: Date;
  respondBy: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  returnReason: string | null;
}

export function transferView(t: TransferRow): TransferView {
  return {
    id: t.id,
    caseId: t.case_id,
    caseReference: t.case_reference,
    caseTitle: t.case_title,
    programme: t.programme,
    fromZoneId: t.from_zone_id,
    toZoneId: t.to_zone_id,
    reason: t.reason,
    status: t.status,
    statusLabel: TRANSFER_STATUS_LABELS[t.status],
    requestedBy: t.requested_by,
    requestedAt: t.requested_at,
    respondBy: t.respond_by,
    decidedBy: t.decided_by,
    decidedAt: t.decided_at,
    returnReason: t.return_reason,
  };
}

export interface OrderView {
  id: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  zoneId: string;
  issuedBy: string;
  issuerRole: 'supervisor' | 'cac_officer';
  issuerAuthorityId: string | null;
  requirement: string;
  issuedAt: Date;
  deadline: Date;
  remindAt: Date;
  remindedAt: Date | null;
  escalatedAt: Date | null;
  escalatedTo: string | null;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  status: SupervisionStatus;
  statusLabel: string;
  overdue: boolean;
}

export function orderView(o: OrderRow, now: Date): OrderView {
  const status: SupervisionStatus = o.answered_at ? 'answered' : o.escalated_at ? 'escalated' : 'open';
  return {
    id: o.id,
    caseId: o.case_id,
    caseReference: o.case_reference,
    caseTitle: o.case_title,
    zoneId: o.zone_id,
    issuedBy: o.issued_by,
    issuerRole: o.issuer_role,
    issuerAuthorityId: o.issuer_authority_id,
    requirement: o.requirement,
    issuedAt: o.issued_at,
    deadline: o.deadline,
    remindAt: o.remind_at,
    remindedAt: o.reminded_at,
    escalatedAt: o.escalated_at,
    escalatedTo: o.escalated_to,
    answer: o.answer,
    answeredBy: o.answered_by,
    answeredAt: o.answered_at,
    status,
    statusLabel: SUPERVISION_STATUS_LABELS[status],
    overdue: !o.answered_at && new Date(o.deadline) <= now,
  };
}

export interface ReturnVisitView {
  id: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  caseStatus: string;
  zoneId: string;
  programme: string;
  assigneeId: string | null;
  resolvedAt: Date;
  selection: 'shield' | 'sample';
  selectionLabel: string;
  dueAt: Date;
  overdue: boolean;
  outcome: ReturnVisitOutcome | null;
  outcomeLabel: string | null;
  method: ReturnVisitMethod | null;
  methodLabel: string | null;
  note: string | null;
  visitedBy: string | null;
  visitedAt: Date | null;
  reopened: boolean;
}

export function returnVisitView(v: ReturnVisitRow, now: Date): ReturnVisitView {
  return {
    id: v.id,
    caseId: v.case_id,
    caseReference: v.case_reference,
    caseTitle: v.case_title,
    caseStatus: v.case_status,
    zoneId: v.zone_id,
    programme: v.programme,
    assigneeId: v.assignee_id,
    resolvedAt: v.resolved_at,
    selection: v.selection,
    selectionLabel: RETURN_VISIT_SELECTION_LABELS[v.selection],
    dueAt: v.due_at,
    overdue: !v.outcome && new Date(v.due_at) <= now,
    outcome: v.outcome,
    outcomeLabel: v.outcome ? RETURN_VISIT_OUTCOME_LABELS[v.outcome] : null,
    method: v.method,
    methodLabel: v.method ? RETURN_VISIT_METHOD_LABELS[v.method] : null,
    note: v.note,
    visitedBy: v.visited_by,
    visitedAt: v.visited_at,
    reopened: v.reopened,
  };
}

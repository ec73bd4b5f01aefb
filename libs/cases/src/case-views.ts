import type { CaseAction } from './domain';
import type { CaseEntity } from './case.entity';

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface CaseSummary {
  id: string;
  reference: string;
  programme: string;
  category: string;
  zoneId: string;
  status: string;
  priority: string;
  channel: string;
  title: string;
  creatorName: string;
  assignee: PersonRef | null;
  escalationAuthorityId: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  updatedAt: Date;
  /** The earliest running SLA deadline (from the SLA module), and whether one has passed. */
  nextDueAt: Date | null;
  overdue: boolean;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  intake: Record<string, unknown>;
  creator: PersonRef & { phone: string | null };
  escalation: { authorityId: string; acknowledged: boolean } | null;
  materialsRequest: { items: string[]; note: string | null } | null;
  rejectionReason: string | null;
  outcome: string | null;
  resolutionSummary: string | null;
  rating: { level: number; comment: string | null } | null;
  closeReason: string | null;
  acceptedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  version: number;
  allowedActions: CaseAction[];
  slaClocks: unknown[];
}

export function toSummary(c: CaseEntity, names: ReadonlyMap<string, string>, extra: Record<string, unknown> = {}): CaseSummary {
  return {
    id: c.id,
    reference: c.reference,
    programme: c.programme,
    category: c.category,
    zoneId: c.zoneId,
    status: c.status,
    priority: c.priority,
    channel: c.channel,
    title: c.title,
    creatorName: names.get(c.creatorId) ?? '',
    assignee: c.assigneeId ? { id: c.assigneeId, displayName: names.get(c.assigneeId) ?? '' } : null,
    escalationAuthorityId: c.escalationAuthorityId,
    createdAt: c.createdAt,
    submittedAt: c.submittedAt,
    updatedAt: c.updatedAt,
    nextDueAt: (extra.nextDueAt as Date | null) ?? null,
    overdue: (extra.overdue as boolean) ?? false,
  };
}

import type { UnreadMarker } from './persistence/case-read.repository';
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
  /** The clock that `nextDueAt` belongs to (accept, first_response, resolve): what the desk promises. */
  nextDueClock: string | null;
  /** When that clock passes 75% of its budget (the queue turns amber from then). */
  nextDueWarnAt: Date | null;
  overdue: boolean;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  closeReason: string | null;
  /** For desk staff: news on the case since they last read it (a creator's reply, materials, a return). */
  unread?: UnreadMarker | null;
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
  firstResponseAt: Date | null;
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
    nextDueClock: nextDueOf(extra)?.clock ?? null,
    nextDueWarnAt: nextDueOf(extra)?.warnAt ?? null,
    overdue: (extra.overdue as boolean) ?? false,
    acceptedAt: c.acceptedAt,
    resolvedAt: c.resolvedAt,
    closeReason: c.closeReason,
  };
}

function nextDueOf(extra: Record<string, unknown>): { clock: string; warnAt: Date | null } | undefined {
  const due = extra.nextDueAt as Date | null | undefined;
  const clocks = (extra.slaClocks as { clock: string; dueAt: Date | null; warnAt?: Date | null; state: string }[] | undefined) ?? [];
  if (!due) return undefined;
  const c = clocks.find((v) => v.dueAt?.getTime() === due.getTime() && v.state !== 'met' && v.state !== 'cancelled');
  return c ? { clock: c.clock, warnAt: c.warnAt ?? null } : undefined;
}

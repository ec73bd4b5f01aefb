import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { UserDirectory } from '@app/users';
import { ZonesService } from '@app/zones';
import { CaseEntity } from '../case.entity';
import { CaseDetail, CaseSummary, toSummary } from '../case-views';
import type { ListCasesQuery } from '../cases.dto';
import { ActorRelation, allowedActions, CaseAction, CaseSnapshot } from '../domain';
import { CaseExtensions } from '../events/case-extensions';
import { CaseTimelineRepository } from '../persistence/case-timeline.repository';
import { CaseReadRepository } from '../persistence/case-read.repository';
import { CaseRepository } from '../persistence/case.repository';

/** Who sees unread markers: the desk. */
const DESK_ROLES = ['agent', 'supervisor'];

/** Fields of the timeline data that only staff see (the creator's timeline drops them). */
const INTERNAL_DETAILS = ['targetAuthorityId', 'previousAuthorityId', 'assigneeId', 'previousAssigneeId', 'instructions'];
/** An escalation's reason is internal: the creator reads only its `publicNote`, if any. */
const INTERNAL_ESCALATION_DETAILS = [...INTERNAL_DETAILS, 'reason', 'note'];

export interface CasePage {
  items: CaseSummary[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

/** Reading cases: the list, the case page, the timeline. Scope is the repository's. */
@Injectable()
export class CaseQueriesService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly timelines: CaseTimelineRepository,
    private readonly users: UserDirectory,
    private readonly zones: ZonesService,
    private readonly extensions: CaseExtensions,
    private readonly reads: CaseReadRepository,
  ) {}

  async list(actor: Actor, q: ListCasesQuery): Promise<CasePage> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const { rows, total, totalCapped } = await this.cases.page(actor, q, page, pageSize);
    const unread = await this.unreadFor(actor, rows.map((c) => c.id));
    const items = (await this.summaries(rows)).map((s) => ({ ...s, unread: unread?.get(s.id) ?? null }));
    return { items, total, totalCapped, page, pageSize };
  }

  /** The desk's unread markers of these cases (null for other roles). */
  private async unreadFor(actor: Actor, ids: string[]) {
    return DESK_ROLES.includes(actor.role) ? this.reads.unread(actor.userId, ids) : null;
  }

  /** The actor has read the case up to now: its unread marker clears (for them only). */
  async markRead(actor: Actor, id: string): Promise<{ readAt: Date }> {
    await this.cases.get(actor, id);
    const readAt = new Date();
    await this.reads.markRead(actor.userId, id, readAt);
    return { readAt };
  }

  async summaries(rows: CaseEntity[]): Promise<CaseSummary[]> {
    if (rows.length === 0) return [];
    const names = await this.users.displayNames(rows.flatMap((c) => [c.creatorId, c.assigneeId]));
    const extras = await this.extensions.describe(rows.map((c) => c.id), new Date());
    return rows.map((c) => toSummary(c, names, extras.get(c.id)));
  }

  async detail(actor: Actor, id: string): Promise<CaseDetail> {
    const c = await this.cases.get(actor, id);
    // The creator's name and phone and the assignee's name in one statement.
    const people = await this.users.contacts([c.creatorId, c.assigneeId]);
    const contact = people.get(c.creatorId);
    const names = new Map([...people].map(([who, p]) => [who, p.displayName]));
    return this.detailOf(actor, c, { id: c.creatorId, displayName: contact?.displayName ?? '', phone: contact?.phoneMasked ?? null }, names);
  }

  /** The case page of a case in hand (just filed, say) whose creator's name and phone are known. */
  async detailOf(actor: Actor, c: CaseEntity, creator: { id: string; displayName: string; phone: string | null }, known?: ReadonlyMap<string, string>): Promise<CaseDetail> {
    const now = new Date();
    const names = new Map(known ?? (c.assigneeId ? await this.users.displayNames([c.assigneeId]) : []));
    names.set(c.creatorId, creator.displayName);
    const phone = creator.phone;
    const extras = (await this.extensions.describe([c.id], now)).get(c.id) ?? {};
    const unread = (await this.unreadFor(actor, [c.id]))?.get(c.id) ?? null;
    return {
      ...toSummary(c, names, extras),
      unread,
      description: c.description,
      intake: c.intake,
      creator: { id: c.creatorId, displayName: creator.displayName, phone },
      escalation: c.escalationAuthorityId && c.status === 'escalated' ? { authorityId: c.escalationAuthorityId, acknowledged: c.escalationAcknowledged } : null,
      materialsRequest: c.status === 'awaiting_creator' ? c.materialsRequest : null,
      rejectionReason: c.rejectionReason,
      outcome: c.outcome,
      resolutionSummary: c.resolutionSummary,
      rating: c.rating ? { level: c.rating, comment: c.ratingComment } : null,
      closeReason: c.closeReason,
      acceptedAt: c.acceptedAt,
      firstResponseAt: c.firstResponseAt,
      resolvedAt: c.resolvedAt,
      closedAt: c.closedAt,
      version: c.version,
      allowedActions: allowedActions(snapshotOf(c), await this.relation(actor, c), now) as CaseAction[],
      slaClocks: (extras.slaClocks as unknown[]) ?? [],
    };
  }

  /** The case timeline; a creator never sees internal notes or internal details. */
  async timelineOf(actor: Actor, id: string) {
    await this.cases.get(actor, id);
    const staff = actor.role !== 'creator';
    // Returns written before they were internal are still hidden from the creator.
    const rows = (await this.timelines.list(id, staff)).filter((r) => staff || !(r.kind === 'escalation' && r.data.action === 'return'));
    const names = await this.users.displayNames(rows.map((r) => r.actor_id));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      visibility: r.visibility,
      at: r.at,
      actor: r.actor_id
        ? { id: r.actor_id, displayName: names.get(r.actor_id) ?? null, role: r.actor_role }
        : r.actor_role === 'system'
          ? { id: null, displayName: '系统', role: 'system' }
          : null,
      data: staff ? r.data : publicData(r.kind, r.data),
    }));
  }

  async comments(actor: Actor, id: string) {
    const events = await this.timelineOf(actor, id);
    return events.filter((e) => e.kind === 'public_reply' || e.kind === 'internal_note');
  }

  /** How the actor stands to the case, for the state machine. */
  async relation(actor: Actor, c: CaseEntity): Promise<ActorRelation> {
    const isStaffRole = actor.role === 'agent' || actor.role === 'supervisor';
    const officerAuthority = actor.role === 'cac_officer' && actor.authorityId ? await this.zones.authority(actor.authorityId) : undefined;
    return {
      role: actor.role,
      userId: actor.userId,
      isCaseCreator: actor.role === 'creator' && c.creatorId === actor.userId,
      isAssignee: c.assigneeId === actor.userId,
      isZoneStaff: isStaffRole && (actor.zoneId === c.zoneId || (actor.role === 'supervisor' && actor.zoneId === null)),
      isEscalationOfficer: !!officerAuthority && c.escalationAuthorityId === officerAuthority.id,
      authorityLevel: officerAuthority?.level ?? null,
    };
  }
}

function publicData(kind: string, data: Record<string, unknown>): Record<string, unknown> {
  const hidden = kind === 'escalation' ? INTERNAL_ESCALATION_DETAILS : INTERNAL_DETAILS;
  return Object.fromEntries(Object.entries(data).filter(([k]) => !hidden.includes(k)));
}

export function snapshotOf(c: CaseEntity): CaseSnapshot {
  return {
    status: c.status,
    assigneeId: c.assigneeId,
    statusBeforeAwaiting: c.statusBeforeAwaiting,
    awaitingCreatorSince: c.awaitingCreatorSince,
    escalationAuthorityId: c.escalationAuthorityId,
    escalationAcknowledged: c.escalationAcknowledged,
    resolvedAt: c.resolvedAt,
  };
}

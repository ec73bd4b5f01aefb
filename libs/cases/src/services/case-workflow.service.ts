import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, SYSTEM_ACTOR_ID, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { findProgramme } from '@app/programmes';
import { RateLimit, RateLimiter } from '@app/redis';
import { ZonesService } from '@app/zones';
import { CaseEntity } from '../case.entity';
import { CaseError, CaseErrorCode, transitionProblem } from '../cases.errors';
import type { CaseActionDto } from '../cases.dto';
import { ActorRelation, CaseAction, CaseActionInput, CaseTransitionError, decide, Decision, SYSTEM_ACTOR } from '../domain';
import type { CaseEventActor } from '../events/case-events';
import { CaseEvents } from '../events/case-events.publisher';
import { CaseTimelineRepository, stripUndefined, TimelineKind } from '../persistence/case-timeline.repository';
import { CaseRepository } from '../persistence/case.repository';
import { EscalationRepository } from '../persistence/escalation.repository';
import { CaseAssignmentService } from './case-assignment.service';
import { CaseQueriesService, snapshotOf } from './case-queries.service';

/** Staff-only timeline entries: a 网信办's return and its instructions are between it and the desk. */
const INTERNAL_ACTIONS: CaseAction[] = ['assign', 'acknowledge', 'return'];
/** A staff member's first answer the creator sees. */
const FIRST_RESPONSE_ACTIONS: CaseAction[] = ['request_materials', 'reject', 'resolve'];

/** Actions that end a request for materials (the case goes back to where it was). */
const RESUMING_ACTIONS: CaseAction[] = ['supply_materials', 'withdraw_materials_request', 'receive_materials'];
/** 催补: at most one reminder per case in this window, across every api process. */
export const MATERIALS_REMINDER_LIMIT: RateLimit = { name: 'materials-reminder', max: 1, windowSeconds: 12 * 3600 };

/** The actions the system itself takes, through `CaseWorkflowService.actAsSystem` (reopen: a return visit found it not solved). */
export type SystemAction = Extract<CaseAction, 'escalate' | 'close' | 'reopen'>;

/**
 * The lifecycle: every action on a case — a user's through `act`, the system's (SLA breach
 * escalation, automatic closing) through `actAsSystem` — is decided by the pure state machine
 * and applied here, with its escalation record, timeline entry, events and audit event (a 差评's
 * rectification is opened by libs/quality, listening to `case.transitioned`).
 */
@Injectable()
export class CaseWorkflowService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly escalations: EscalationRepository,
    private readonly assignment: CaseAssignmentService,
    private readonly queries: CaseQueriesService,
    private readonly zones: ZonesService,
    private readonly audit: AuditService,
    private readonly events: CaseEvents,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * A user's action. The case row is locked and its version compared, so of two people acting
   * at once exactly one wins and the other gets 409 with the current state.
   */
  @Transactional()
  async act(actor: Actor, meta: RequestMeta, id: string, action: CaseAction, dto: CaseActionDto): Promise<void> {
    const c = await this.cases.lock(actor, id);
    if (c.version !== dto.version) {
      throw new CaseError(CaseErrorCode.VersionConflict, '案件已被他人更新，请刷新后查看最新状态再操作', { currentVersion: c.version, currentStatus: c.status });
    }
    const input = await this.resolveInput(actor, c, action, dto);
    const decision = decideOrRefuse(c, action, await this.queries.relation(actor, c), input, new Date());
    if (action === 'remind_materials') await this.limiter.hit(c.id, MATERIALS_REMINDER_LIMIT);
    const publicNote = action === 'escalate' ? dto.publicNote?.trim() || undefined : undefined;
    await this.apply(actor, meta, c, decision, dto.note, publicNote);
  }

  /**
   * The system's one way to act on a case (the caller has locked it in this transaction): an
   * SLA breach escalating to the district authority, or the automatic close. Refusals are
   * `CaseError`s (e.g. `CaseErrorCode.NotYetDue`).
   */
  @Transactional()
  async actAsSystem(c: CaseEntity, action: SystemAction, input: CaseActionInput, now: Date): Promise<void> {
    const decision = decideOrRefuse(c, action, SYSTEM_ACTOR, input, now);
    await this.apply(SYSTEM_ACTOR_ID, undefined, c, decision);
  }

  /**
   * A lifecycle action decided by a programme's own workflow (an honour round's stage decision,
   * a consultation's answer, a linked group's escalation) inside the caller's transaction, on a
   * case the caller has locked: the same rules, timeline, events and audit as `act`, with the
   * input the programme supplies (e.g. the authority its escalation goes to, which the programme
   * definition names) instead of the route's.
   */
  @Transactional()
  async actForProgramme(actor: CaseEventActor, meta: RequestMeta | undefined, c: CaseEntity, action: CaseAction, input: CaseActionInput): Promise<void> {
    const relation = actor === SYSTEM_ACTOR_ID ? SYSTEM_ACTOR : await this.queries.relation(actor, c);
    await this.apply(actor, meta, c, decideOrRefuse(c, action, relation, input, new Date()), input.note ?? undefined);
  }

  /** An event of another module on the case's internal timeline (an SLA warning or breach). */
  @Transactional()
  async noteSystemEvent(caseId: string, kind: Extract<TimelineKind, 'sla'>, data: Record<string, unknown>): Promise<void> {
    await this.timeline.append(caseId, SYSTEM_ACTOR_ID, kind, 'internal', data);
  }

  /**
   * 转办: the case moves to another zone (the receiving zone accepted it; the caller locked it
   * with `CaseRepository.lockInZone` and records the transfer). It goes back to that zone's
   * queue, unassigned; the case row, its version and the audit event change together.
   */
  @Transactional()
  async moveToZone(actor: Actor, meta: RequestMeta, c: CaseEntity, toZoneId: string, data: Record<string, unknown>): Promise<void> {
    const before = { zoneId: c.zoneId, assigneeId: c.assigneeId, version: c.version };
    c.zoneId = toZoneId;
    c.assigneeId = null;
    c.updatedAt = new Date();
    c.version += 1;
    await this.cases.save(c);
    await this.audit.record({ actor, meta, action: 'case.transfer', entityType: 'case', entityId: c.id, before, after: { zoneId: c.zoneId, assigneeId: null, version: c.version, ...data } });
  }

  private async apply(actor: CaseEventActor, meta: RequestMeta | undefined, c: CaseEntity, decision: Decision, note?: string, publicNote?: string): Promise<void> {
    const now = new Date();
    const before = { status: c.status, assigneeId: c.assigneeId, version: c.version, escalationAuthorityId: c.escalationAuthorityId };
    const previousAssigneeId = c.assigneeId;
    const { changes, details } = decision;
    Object.assign(c, stripUndefined({ ...changes }));
    if (decision.action === 'request_materials') c.materialsRequest = { items: details.missingItems ?? [], note: details.note ?? null };
    if (RESUMING_ACTIONS.includes(decision.action)) c.materialsRequest = null;
    const isStaff = actor !== SYSTEM_ACTOR_ID && actor.role !== 'creator';
    if (isStaff && !c.firstResponseAt && FIRST_RESPONSE_ACTIONS.includes(decision.action)) c.firstResponseAt = now;
    c.updatedAt = now;
    c.version += 1;
    await this.cases.save(c);
    await this.recordEscalation(actor, c, decision, now);
    await this.assignment.assigned(c, previousAssigneeId, now);
    const kind = decision.action === 'assign' ? 'assignment' : ['escalate', 'acknowledge', 'return'].includes(decision.action) ? 'escalation' : 'status_change';
    const visibility = INTERNAL_ACTIONS.includes(decision.action) ? 'internal' : 'public';
    await this.timeline.append(c.id, actor, kind, visibility, { action: decision.action, from: decision.from, to: decision.to, ...details, publicNote });
    await this.events.publish('case.transitioned', {
      case: c,
      action: decision.action,
      from: decision.from,
      to: decision.to,
      actor,
      at: now,
      previousAssigneeId,
      details: { ...details, note },
    });
    await this.audit.record({
      actor,
      meta,
      action: `case.${decision.action}`,
      entityType: 'case',
      entityId: c.id,
      before,
      after: { status: c.status, assigneeId: c.assigneeId, version: c.version, escalationAuthorityId: c.escalationAuthorityId, ...details, ...(publicNote ? { publicNote } : {}) },
    });
  }

  private async resolveInput(actor: Actor, c: CaseEntity, action: CaseAction, dto: CaseActionDto): Promise<CaseActionInput> {
    let targetAuthorityId: string | undefined;
    if (action === 'escalate') {
      const target = await this.escalationTarget(actor, c);
      if (dto.authorityId && dto.authorityId !== target) {
        throw new ValidationError([{ field: 'authorityId', message: `此案件只能上报至 ${target}` }]);
      }
      targetAuthorityId = target ?? undefined;
    }
    if (action === 'resolve' && dto.outcome) {
      const programme = findProgramme(c.programme);
      if (!programme?.outcomes.some((o) => o.id === dto.outcome)) {
        throw new ValidationError([{ field: 'outcome', message: `办结结果须为：${programme?.outcomes.map((o) => `${o.id}（${o.label}）`).join('、')}` }]);
      }
    }
    const assigneeId = action === 'assign' ? await this.assignment.assigneeFor(actor, c, dto.assigneeId) : dto.assigneeId;
    return {
      reason: dto.reason,
      missingItems: dto.items,
      targetAuthorityId,
      instructions: dto.instructions,
      outcome: dto.outcome,
      summary: dto.summary,
      assigneeId,
      level: dto.level,
      comment: dto.comment,
      note: dto.note,
    };
  }

  /** The desk escalates to its zone's district authority; a district officer on to the city. */
  private async escalationTarget(actor: Actor, c: CaseEntity): Promise<string | null> {
    if (actor.role === 'cac_officer' && actor.authorityId) return (await this.zones.authority(actor.authorityId))?.parentId ?? null;
    return (await this.zones.zone(c.zoneId))?.authorityId ?? null;
  }

  private async recordEscalation(actor: CaseEventActor, c: CaseEntity, d: Decision, now: Date): Promise<void> {
    const by = actor === SYSTEM_ACTOR_ID ? null : actor.userId;
    switch (d.action) {
      case 'escalate':
        if (d.from === 'escalated') await this.escalations.close(c.id, 'escalated_on', now);
        await this.escalations.open({ caseId: c.id, authorityId: c.escalationAuthorityId, reason: d.details.reason ?? '', automatic: actor === SYSTEM_ACTOR_ID, by, at: now });
        break;
      case 'acknowledge':
        await this.escalations.acknowledge(c.id, by, now);
        break;
      case 'return':
        await this.escalations.close(c.id, 'returned', now);
        break;
      case 'resolve':
      case 'withdraw':
        if (d.from === 'escalated') await this.escalations.close(c.id, d.action === 'resolve' ? 'resolved' : 'withdrawn', now);
        break;
      default:
    }
  }
}

function decideOrRefuse(c: CaseEntity, action: CaseAction, relation: ActorRelation, input: CaseActionInput, now: Date): Decision {
  try {
    return decide(snapshotOf(c), action, relation, input, now);
  } catch (error) {
    if (error instanceof CaseTransitionError) throw transitionProblem(error);
    throw error;
  }
}

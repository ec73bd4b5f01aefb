import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppError, FieldError, RequestMeta, ValidationError } from '@app/common';
import { AuditService, canonicalJson } from '@app/audit';
import { maskPhone, PiiCipher } from '@app/pii';
import { defaultPriority, findProgramme, validateIntake } from '@app/programmes';
import { ZonesService } from '@app/zones';
import { CaseEntity } from './case.entity';
import { CaseHooks } from './case-hooks';
import { CaseRepository } from './case.repository';
import { zoneScope } from './case-scope';
import { nextCaseReference } from './case-reference';
import { CaseDetail, CaseSummary, toSummary } from './case-views';
import { CaseActionDto, CommentDto, FileCaseDto, ListCasesQuery } from './cases.dto';
import {
  ActorRelation,
  allowedActions,
  CaseAction,
  CaseSnapshot,
  CaseTransitionError,
  decide,
  Decision,
  SYSTEM_ACTOR,
} from './domain';

/** Fields of the timeline data that only staff see (the creator's timeline drops them). */
const INTERNAL_DETAILS = ['targetAuthorityId', 'previousAuthorityId', 'assigneeId', 'previousAssigneeId', 'instructions'];
const INTERNAL_ACTIONS: CaseAction[] = ['assign', 'acknowledge'];

/** An agent's load: the cases they own that are still being worked on. */
const OPEN_LOAD = `(SELECT count(*)::int FROM cases o
  WHERE o.assignee_id = u.id AND o.status NOT IN ('resolved', 'closed', 'rejected', 'withdrawn'))`;

/** What a programme's own route hands to its listener when it files a case (e.g. the honour round). */
export type FilingContext = Record<string, unknown>;

const PRIORITY_ORDER = `CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END`;

@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly pii: PiiCipher,
    private readonly hooks: CaseHooks,
  ) {}

  // ------------------------------------------------------------------------------------------
  // Filing

  /**
   * Files a case: a creator online, or an agent for a walk-in/phone/on-site/salon creator into
   * the agent's zone. With an Idempotency-Key a retried request returns the first case.
   */
  async file(actor: Actor, meta: RequestMeta, dto: FileCaseDto, idempotencyKey?: string, context?: FilingContext): Promise<CaseDetail> {
    const { programme, zone, channel, intake } = await this.checkFiling(actor, dto);
    const requestHash = createHash('sha256').update(canonicalJson(dto)).digest('hex');
    const caseId = await this.dataSource.transaction(async (m) => {
      if (idempotencyKey) {
        const claimed = await m.query(
          `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
          [actor.userId, idempotencyKey, requestHash],
        );
        if (claimed.length === 0) {
          const [previous] = await m.query(`SELECT request_hash, case_id FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [actor.userId, idempotencyKey]);
          if (previous.request_hash !== requestHash) {
            throw new AppError('conflict', 'case.idempotency_key_reused', '同一个 Idempotency-Key 已用于内容不同的请求，请为新的提交使用新的 Key');
          }
          return previous.case_id as string;
        }
      }
      const now = new Date();
      const creatorId = actor.role === 'creator' ? actor.userId : await this.walkInCreator(m, actor, meta, dto);
      const submit = dto.submit !== false;
      const entity = m.create(CaseEntity, {
        reference: await nextCaseReference(m, zone.code, programme.code, now),
        programme: programme.id,
        category: dto.category,
        zoneId: zone.id,
        creatorId,
        filedBy: actor.userId,
        assigneeId: null,
        status: submit ? 'submitted' : 'draft',
        priority: defaultPriority(programme.id, intake),
        channel,
        title: dto.title.trim(),
        description: dto.description.trim(),
        intake,
        escalationAcknowledged: false,
        createdAt: now,
        submittedAt: submit ? now : null,
        updatedAt: now,
        version: 1,
      });
      await m.save(entity);
      if (idempotencyKey) {
        await m.query(`UPDATE idempotency_keys SET case_id = $3 WHERE user_id = $1 AND key = $2`, [actor.userId, idempotencyKey, entity.id]);
      }
      await this.timeline(m, entity.id, actor, 'status_change', 'public', { action: 'submit', from: null, to: entity.status, channel });
      await this.hooks.changed(m, { case: entity, action: 'file', from: null, to: entity.status, actor, at: now, details: context ? { filingContext: context } : undefined });
      await this.audit.record(m, {
        actor,
        meta,
        action: 'case.file',
        entityType: 'case',
        entityId: entity.id,
        after: { reference: entity.reference, programme: entity.programme, zoneId: entity.zoneId, status: entity.status, priority: entity.priority, channel },
      });
      return entity.id;
    });
    return this.detail(actor, caseId);
  }

  private async checkFiling(actor: Actor, dto: FileCaseDto) {
    const programme = findProgramme(dto.programme);
    const errors: FieldError[] = [];
    if (!programme) throw new ValidationError([{ field: 'programme', message: `未知的服务项目 ${dto.programme}` }]);
    if (!programme.categories.some((c) => c.id === dto.category)) {
      errors.push({ field: 'category', message: `「${programme.name}」没有类别 ${dto.category}，可选：${programme.categories.map((c) => c.id).join('、')}` });
    }
    const intake = validateIntake(programme.id, dto.intake);
    if (!intake.ok) errors.push(...intake.errors);
    const intakeValue = intake.ok ? (intake.value as unknown as Record<string, unknown>) : {};

    let zoneId: string | undefined;
    let channel = dto.channel ?? 'online';
    if (actor.role === 'creator') {
      zoneId = dto.zoneId;
      if (!zoneId) errors.push({ field: 'zoneId', message: '请选择集聚区' });
      if (channel !== 'online') errors.push({ field: 'channel', message: '创作者线上提交的渠道为 online' });
      if (dto.creatorPhone || dto.creatorName) errors.push({ field: 'creatorPhone', message: '仅工作人员代为登记时填写' });
    } else if (actor.role === 'agent') {
      zoneId = actor.zoneId ?? undefined;
      if (dto.zoneId && dto.zoneId !== actor.zoneId) errors.push({ field: 'zoneId', message: '只能登记到本人所在的集聚区' });
      if (!dto.channel || dto.channel === 'online') errors.push({ field: 'channel', message: '代为登记须选择 walk_in、phone、onsite 或 salon' });
      if (!dto.creatorPhone) errors.push({ field: 'creatorPhone', message: '代为登记须填写创作者手机号' });
      if (!dto.creatorName) errors.push({ field: 'creatorName', message: '代为登记须填写创作者称呼' });
      channel = dto.channel ?? 'walk_in';
    } else {
      throw new AppError('forbidden', 'case.filing_forbidden', '只有创作者或服务台专员可以登记案件');
    }
    const zone = zoneId ? await this.zones.zone(zoneId) : undefined;
    if (zoneId && (!zone || !zone.active)) errors.push({ field: 'zoneId', message: `集聚区 ${zoneId} 不存在` });
    if (errors.length) throw new ValidationError(errors);
    return { programme, zone: zone!, channel, intake: intakeValue };
  }

  /** Finds the walk-in creator by phone, or opens an account they can claim by registering. */
  private async walkInCreator(m: EntityManager, actor: Actor, meta: RequestMeta, dto: FileCaseDto): Promise<string> {
    const phoneHash = this.pii.searchKey(dto.creatorPhone!);
    const [existing] = await m.query(`SELECT id, role FROM users WHERE phone_hash = $1`, [phoneHash]);
    if (existing) {
      if (existing.role !== 'creator') throw new ValidationError([{ field: 'creatorPhone', message: '该手机号不属于创作者账号' }]);
      return existing.id;
    }
    // No password yet (no hash can match ''): the creator claims the account by registering the phone.
    const [row] = await m.query(
      `INSERT INTO users (role, phone_cipher, phone_hash, phone_masked, display_name, password_hash)
       VALUES ('creator', $1, $2, $3, $4, '') RETURNING id`,
      [this.pii.encrypt(dto.creatorPhone!), phoneHash, maskPhone(dto.creatorPhone!), dto.creatorName],
    );
    await this.audit.record(m, { actor, meta, action: 'user.create_for_walk_in', entityType: 'user', entityId: row.id, after: { role: 'creator', phone: maskPhone(dto.creatorPhone!) } });
    return row.id;
  }

  // ------------------------------------------------------------------------------------------
  // Reading

  async list(actor: Actor, q: ListCasesQuery): Promise<{ items: CaseSummary[]; total: number; page: number; pageSize: number }> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const qb = this.ordered(this.filtered(actor, q), q.sort);
    qb.addOrderBy('c.id', 'ASC').skip((page - 1) * pageSize).take(pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return { items: await this.summaries(rows), total, page, pageSize };
  }

  /**
   * The case list's query — scope, every filter (the SLA module's too) — without order or
   * paging. The list, its exports and anything else that filters cases start here.
   */
  filtered(actor: Actor, q: ListCasesQuery, manager?: EntityManager): ReturnType<CaseRepository['visibleTo']> {
    const qb = this.cases.visibleTo(actor, manager);
    if (q.programme) qb.andWhere('c.programme = :programme', { programme: q.programme });
    if (q.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: q.status });
    if (q.priority) qb.andWhere('c.priority = :priority', { priority: q.priority });
    if (q.channel) qb.andWhere('c.channel = :channel', { channel: q.channel });
    if (q.zoneId) qb.andWhere('c.zone_id = :zoneId', { zoneId: q.zoneId });
    if (q.category) qb.andWhere('c.category = :category', { category: q.category });
    // The dashboard's 盾牌行动 platform: CASE WHEN programme = 'shield' THEN coalesce(intake->>'platform', '')
    // ELSE '' END (dashboard_daily); for a platform that is not empty, this (and its index).
    if (q.platform) qb.andWhere(`c.programme = 'shield' AND coalesce(c.intake ->> 'platform', '') = :platform`, { platform: q.platform });
    // As the dashboard's 上报 by authority: every escalation step (escalations), not only the current one.
    if (q.authorityId) {
      qb.andWhere('EXISTS (SELECT 1 FROM escalations f_e WHERE f_e.case_id = c.id AND f_e.authority_id = :filterAuthorityId)', { filterAuthorityId: q.authorityId });
    }
    if (q.rating) qb.andWhere('c.rating = :rating', { rating: q.rating });
    if (q.assigneeId === 'none') qb.andWhere('c.assignee_id IS NULL');
    else if (q.assigneeId) qb.andWhere('c.assignee_id = :assigneeId', { assigneeId: q.assigneeId === 'me' ? actor.userId : q.assigneeId });
    if (q.createdFrom) qb.andWhere('c.created_at >= :createdFrom', { createdFrom: q.createdFrom });
    if (q.createdTo) qb.andWhere('c.created_at < :createdTo', { createdTo: q.createdTo });
    if (q.q) {
      qb.andWhere(`(c.reference || ' ' || c.title || ' ' || c.description) ILIKE :q`, { q: `%${q.q.replace(/[%_\\]/g, '\\$&')}%` });
    }
    for (const filter of this.listFilters) filter(qb, q);
    return qb;
  }

  /** The list's order for a `sort` value (without the final tie-break on id). */
  ordered<T extends ReturnType<CaseRepository['visibleTo']>>(qb: T, sort: string | undefined): T {
    this.sortWithin(qb, sort);
    // Orders every queue must lead with whatever the sort (e.g. 盾牌行动: a minor involved comes first).
    if (this.leadingOrders.length) {
      const rest = { ...qb.expressionMap.orderBys };
      qb.orderBy(this.leadingOrders[0], 'ASC');
      for (const o of this.leadingOrders.slice(1)) qb.addOrderBy(o, 'ASC');
      for (const [key, value] of Object.entries(rest)) qb.addOrderBy(key, typeof value === 'string' ? value : value.order, typeof value === 'string' ? undefined : value.nulls);
    }
    return qb;
  }

  private readonly leadingOrders: string[] = [];

  /** An ascending SQL expression (over alias `c`) that leads the order of every case list. */
  addLeadingOrder(sql: string): void {
    this.leadingOrders.push(sql);
  }

  private sortWithin<T extends ReturnType<CaseRepository['visibleTo']>>(qb: T, sort: string | undefined): T {
    switch (sort ?? '-createdAt') {
      case 'createdAt':
        return qb.orderBy('c.created_at', 'ASC') as T;
      case 'updatedAt':
        return qb.orderBy('c.updated_at', 'ASC') as T;
      case '-updatedAt':
        return qb.orderBy('c.updated_at', 'DESC') as T;
      case 'priority':
        return qb.orderBy(PRIORITY_ORDER, 'ASC').addOrderBy('c.created_at', 'ASC') as T;
      case 'nextDueAt':
        return qb.orderBy(this.dueOrder ?? 'c.created_at', 'ASC', 'NULLS LAST') as T;
      default:
        return qb.orderBy('c.created_at', 'DESC') as T;
    }
  }

  /** Extra list filters and ordering contributed by the SLA module (overdue, due soon, next due). */
  private readonly listFilters: ((qb: ReturnType<CaseRepository['visibleTo']>, q: ListCasesQuery) => void)[] = [];
  private dueOrder?: string;

  addListFilter(filter: (qb: ReturnType<CaseRepository['visibleTo']>, q: ListCasesQuery) => void, dueOrder?: string): void {
    this.listFilters.push(filter);
    if (dueOrder) this.dueOrder = dueOrder;
  }

  async summaries(rows: CaseEntity[], manager: EntityManager = this.dataSource.manager): Promise<CaseSummary[]> {
    if (rows.length === 0) return [];
    const people = await this.people(manager, rows.flatMap((c) => [c.creatorId, c.assigneeId]));
    const extras = await this.hooks.describe(manager, rows.map((c) => c.id), new Date());
    return rows.map((c) => toSummary(c, people, extras.get(c.id)));
  }

  async detail(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<CaseDetail> {
    const c = await this.cases.get(actor, id, manager);
    const now = new Date();
    const people = await this.people(manager, [c.creatorId, c.assigneeId]);
    const [creator] = await manager.query(`SELECT phone_masked FROM users WHERE id = $1`, [c.creatorId]);
    const extras = (await this.hooks.describe(manager, [c.id], now)).get(c.id) ?? {};
    return {
      ...toSummary(c, people, extras),
      description: c.description,
      intake: c.intake,
      creator: { id: c.creatorId, displayName: people.get(c.creatorId)?.displayName ?? '', phone: creator?.phone_masked ?? null },
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
      allowedActions: allowedActions(snapshotOf(c), await this.relation(actor, c, manager), now),
      slaClocks: (extras.slaClocks as unknown[]) ?? [],
    };
  }

  /** The case timeline; a creator never sees internal notes or internal details. */
  async timelineOf(actor: Actor, id: string) {
    await this.cases.get(actor, id);
    const staff = actor.role !== 'creator';
    const rows: { id: string; kind: string; visibility: string; actor_id: string | null; actor_role: string | null; at: Date; data: Record<string, unknown>; display_name: string | null }[] =
      await this.dataSource.query(
        `SELECT e.id, e.kind, e.visibility, e.actor_id, e.actor_role, e.at, e.data, u.display_name
         FROM case_events e LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.case_id = $1 ${staff ? '' : `AND e.visibility = 'public'`} ORDER BY e.id`,
        [id],
      );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      visibility: r.visibility,
      at: r.at,
      actor: r.actor_id ? { id: r.actor_id, displayName: r.display_name, role: r.actor_role } : r.actor_role === 'system' ? { id: null, displayName: '系统', role: 'system' } : null,
      data: staff ? r.data : Object.fromEntries(Object.entries(r.data).filter(([k]) => !INTERNAL_DETAILS.includes(k))),
    }));
  }

  // ------------------------------------------------------------------------------------------
  // Acting

  /**
   * Takes a lifecycle action. The case row is locked and its version compared, so of two
   * people acting at once exactly one wins and the other gets 409 with the current state.
   */
  async act(actor: Actor, meta: RequestMeta, id: string, action: CaseAction, dto: CaseActionDto): Promise<CaseDetail> {
    await this.dataSource.transaction(async (m) => {
      const c = await this.cases.lock(actor, id, m);
      if (c.version !== dto.version) {
        throw new AppError('conflict', 'case.version_conflict', '案件已被他人更新，请刷新后查看最新状态再操作', {
          currentVersion: c.version,
          currentStatus: c.status,
        });
      }
      const input = await this.resolveInput(m, actor, c, action, dto);
      const decision = this.decide(c, action, await this.relation(actor, c, m), input, new Date());
      await this.apply(m, actor, meta, c, decision, dto);
    });
    return this.detail(actor, id);
  }

  /** Applies a decided transition: the row, the escalation record, the review, timeline, audit, hooks. */
  async apply(m: EntityManager, actor: Actor | 'system', meta: RequestMeta | undefined, c: CaseEntity, decision: Decision, dto: Partial<CaseActionDto> = {}): Promise<void> {
    const now = new Date();
    const before = { status: c.status, assigneeId: c.assigneeId, version: c.version, escalationAuthorityId: c.escalationAuthorityId };
    const previousAssigneeId = c.assigneeId;
    const { changes, details } = decision;
    Object.assign(c, stripUndefined({
      status: changes.status,
      assigneeId: changes.assigneeId,
      statusBeforeAwaiting: changes.statusBeforeAwaiting,
      awaitingCreatorSince: changes.awaitingCreatorSince,
      escalationAuthorityId: changes.escalationAuthorityId,
      escalationAcknowledged: changes.escalationAcknowledged,
      resolvedAt: changes.resolvedAt,
      submittedAt: changes.submittedAt,
      acceptedAt: changes.acceptedAt,
      rejectionReason: changes.rejectionReason,
      outcome: changes.outcome,
      resolutionSummary: changes.resolutionSummary,
      closedAt: changes.closedAt,
      closeReason: changes.closeReason,
      rating: changes.rating,
      ratingComment: changes.ratingComment,
    }));
    if (decision.action === 'request_materials') c.materialsRequest = { items: details.missingItems ?? [], note: details.note ?? null };
    if (decision.action === 'supply_materials') c.materialsRequest = null;
    const isStaff = actor !== 'system' && actor.role !== 'creator';
    if (isStaff && !c.firstResponseAt && ['request_materials', 'reject', 'resolve'].includes(decision.action)) c.firstResponseAt = now;
    c.updatedAt = now;
    c.version += 1;
    await m.save(c);
    await this.recordEscalation(m, actor, c, decision, now);
    if (c.assigneeId && c.assigneeId !== previousAssigneeId) {
      await m.query(`UPDATE users SET last_assigned_at = $2 WHERE id = $1`, [c.assigneeId, now]);
    }
    if (decision.reviewRequired) {
      await m.query(`INSERT INTO rating_reviews (case_id, zone_id, level, comment) VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING`, [
        c.id,
        c.zoneId,
        changes.rating,
        changes.ratingComment ?? null,
      ]);
    }
    const kind = decision.action === 'assign' ? 'assignment' : ['escalate', 'acknowledge', 'return'].includes(decision.action) ? 'escalation' : 'status_change';
    const visibility = INTERNAL_ACTIONS.includes(decision.action) ? 'internal' : 'public';
    await this.timeline(m, c.id, actor, kind, visibility, { action: decision.action, from: decision.from, to: decision.to, ...details });
    await this.hooks.changed(m, { case: c, action: decision.action, from: decision.from, to: decision.to, actor, at: now, previousAssigneeId, details: { ...details, note: dto.note } });
    await this.audit.record(m, {
      actor,
      meta,
      action: `case.${decision.action}`,
      entityType: 'case',
      entityId: c.id,
      before,
      after: { status: c.status, assigneeId: c.assigneeId, version: c.version, escalationAuthorityId: c.escalationAuthorityId, ...details },
    });
  }

  /**
   * A lifecycle action taken inside the caller's transaction by a programme's own workflow (an
   * honour round's stage decision, a consultation's answer): the same rules, timeline, audit and
   * hooks as `act`; the caller has locked the case (`CaseRepository.lock`) instead of a version check.
   */
  async actWithin(m: EntityManager, actor: Actor | 'system', meta: RequestMeta | undefined, c: CaseEntity, action: CaseAction, input: Parameters<typeof decide>[3]): Promise<void> {
    const relation = actor === 'system' ? SYSTEM_ACTOR : await this.relation(actor, c, m);
    await this.apply(m, actor, meta, c, this.decide(c, action, relation, input, new Date()), { note: input.note ?? undefined });
  }

  decide(c: CaseEntity, action: CaseAction, relation: ActorRelation, input: Parameters<typeof decide>[3], now: Date): Decision {
    try {
      return decide(snapshotOf(c), action, relation, input, now);
    } catch (error) {
      if (error instanceof CaseTransitionError) throw transitionProblem(error);
      throw error;
    }
  }

  private async resolveInput(m: EntityManager, actor: Actor, c: CaseEntity, action: CaseAction, dto: CaseActionDto) {
    let targetAuthorityId: string | undefined;
    if (action === 'escalate') {
      const target = await this.escalationTarget(m, actor, c);
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
    let assigneeId = dto.assigneeId;
    if (action === 'assign' && assigneeId) {
      const [assignee] = await m.query(`SELECT id FROM users WHERE id = $1 AND role = 'agent' AND zone_id = $2 AND status = 'active'`, [assigneeId, c.zoneId]);
      if (!assignee) throw new ValidationError([{ field: 'assigneeId', message: '只能分派给本集聚区在岗的服务台专员' }]);
    } else if (action === 'assign' && actor.role === 'supervisor') {
      assigneeId = (await this.leastLoadedAgent(m, c)) ?? undefined;
      if (!assigneeId) throw new ValidationError([{ field: 'assigneeId', message: '本集聚区没有具备该项目技能的在岗专员，请手动指定' }]);
    }
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

  /**
   * Auto-assignment: the active agent of the case's zone with the programme among their skills
   * and the fewest open cases; among equals, the one assigned longest ago (round-robin).
   */
  private async leastLoadedAgent(m: EntityManager, c: CaseEntity): Promise<string | null> {
    const [row] = await m.query(
      `SELECT u.id FROM users u
       WHERE u.role = 'agent' AND u.zone_id = $1 AND u.status = 'active' AND $2 = ANY(u.skills) AND u.id IS DISTINCT FROM $3
       ORDER BY ${OPEN_LOAD}, u.last_assigned_at NULLS FIRST, u.id
       LIMIT 1`,
      [c.zoneId, c.programme, c.assigneeId],
    );
    return row?.id ?? null;
  }

  /** The agents a supervisor can assign to, with their skills and open load. */
  async agents(actor: Actor): Promise<{ id: string; displayName: string; zoneId: string; skills: string[]; openCases: number }[]> {
    const scope = zoneScope(actor, 'u.zone_id');
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['u.id AS id', 'u.display_name AS "displayName"', 'u.zone_id AS "zoneId"', 'u.skills AS skills', `${OPEN_LOAD} AS "openCases"`])
      .from('users', 'u')
      .where(`u.role = 'agent' AND u.status = 'active'`)
      .andWhere(`(${scope.sql})`, scope.params)
      .orderBy('u.zone_id')
      .addOrderBy('u.display_name')
      .getRawMany();
    return rows;
  }

  /** The desk escalates to its zone's district authority; a district officer on to the city. */
  private async escalationTarget(m: EntityManager, actor: Actor, c: CaseEntity): Promise<string | null> {
    if (actor.role === 'cac_officer' && actor.authorityId) return (await this.zones.authority(actor.authorityId, m))?.parentId ?? null;
    return (await this.zones.zone(c.zoneId, m))?.authorityId ?? null;
  }

  private async recordEscalation(m: EntityManager, actor: Actor | 'system', c: CaseEntity, d: Decision, now: Date): Promise<void> {
    const by = actor === 'system' ? null : actor.userId;
    const closeOpen = (outcome: string) =>
      m.query(`UPDATE escalations SET ended_at = $2, outcome = $3 WHERE case_id = $1 AND ended_at IS NULL`, [c.id, now, outcome]);
    switch (d.action) {
      case 'escalate':
        if (d.from === 'escalated') await closeOpen('escalated_on');
        await m.query(`INSERT INTO escalations (case_id, authority_id, reason, automatic, escalated_by, escalated_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
          c.id,
          c.escalationAuthorityId,
          d.details.reason ?? '',
          actor === 'system',
          by,
          now,
        ]);
        break;
      case 'acknowledge':
        await m.query(`UPDATE escalations SET acknowledged_at = $2, acknowledged_by = $3 WHERE case_id = $1 AND ended_at IS NULL`, [c.id, now, by]);
        break;
      case 'return':
        await closeOpen('returned');
        break;
      case 'resolve':
      case 'withdraw':
        if (d.from === 'escalated') await closeOpen(d.action === 'resolve' ? 'resolved' : 'withdrawn');
        break;
      default:
    }
  }

  // ------------------------------------------------------------------------------------------
  // Comments

  async comments(actor: Actor, id: string) {
    const events = await this.timelineOf(actor, id);
    return events.filter((e) => e.kind === 'public_reply' || e.kind === 'internal_note');
  }

  async comment(actor: Actor, meta: RequestMeta, id: string, dto: CommentDto) {
    const visibility = dto.visibility ?? 'public';
    if (actor.role === 'creator' && visibility === 'internal') {
      throw new ValidationError([{ field: 'visibility', message: '创作者只能发表公开回复' }]);
    }
    await this.dataSource.transaction(async (m) => {
      const c = await this.cases.lock(actor, id, m);
      if (['closed', 'rejected', 'withdrawn'].includes(c.status)) {
        throw new AppError('conflict', 'case.closed_for_comments', '案件已结束，不能再回复');
      }
      const now = new Date();
      const publicStaffReply = actor.role !== 'creator' && visibility === 'public';
      if (publicStaffReply && !c.firstResponseAt) {
        c.firstResponseAt = now;
        c.updatedAt = now;
        await m.save(c);
      }
      const kind = visibility === 'public' ? 'public_reply' : 'internal_note';
      await this.timeline(m, c.id, actor, kind, visibility, { body: dto.body });
      await this.hooks.changed(m, { case: c, action: 'comment', from: c.status, to: c.status, actor, at: now, publicStaffReply });
      await this.audit.record(m, { actor, meta, action: `case.${kind}`, entityType: 'case', entityId: c.id, after: { length: dto.body.length } });
    });
    return this.comments(actor, id);
  }

  // ------------------------------------------------------------------------------------------
  // Helpers

  async relation(actor: Actor, c: CaseEntity, m: EntityManager): Promise<ActorRelation> {
    const isStaffRole = actor.role === 'agent' || actor.role === 'supervisor';
    const officerAuthority = actor.role === 'cac_officer' && actor.authorityId ? await this.zones.authority(actor.authorityId, m) : undefined;
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

  async timeline(m: EntityManager, caseId: string, actor: Actor | 'system', kind: string, visibility: 'public' | 'internal', data: Record<string, unknown>): Promise<void> {
    await m.query(`INSERT INTO case_events (case_id, kind, visibility, actor_id, actor_role, data) VALUES ($1, $2, $3, $4, $5, $6)`, [
      caseId,
      kind,
      visibility,
      actor === 'system' ? null : actor.userId,
      actor === 'system' ? 'system' : actor.role,
      JSON.stringify(stripUndefined(data)),
    ]);
  }

  private async people(m: EntityManager, ids: (string | null)[]): Promise<Map<string, { displayName: string }>> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    if (!unique.length) return new Map();
    const rows: { id: string; display_name: string }[] = await m.query(`SELECT id, display_name FROM users WHERE id = ANY($1)`, [unique]);
    return new Map(rows.map((r) => [r.id, { displayName: r.display_name }]));
  }
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

/** Lifecycle refusals as API problems: who may not → 403, bad input → 400, wrong state → 409. */
export function transitionProblem(error: CaseTransitionError): AppError {
  switch (error.code) {
    case 'forbidden_actor':
      return new AppError('forbidden', `case.${error.code}`, error.message, { currentStatus: error.status });
    case 'missing_input':
    case 'invalid_input':
      return new ValidationError([{ field: inputField(error.field), message: error.message }], error.message);
    default:
      return new AppError('conflict', `case.${error.code}`, error.message, { currentStatus: error.status });
  }
}

/** The domain's input names as the API spells them. */
function inputField(field: string | undefined): string {
  if (!field) return 'body';
  return field.replace(/^missingItems/, 'items').replace(/^targetAuthorityId/, 'authorityId');
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

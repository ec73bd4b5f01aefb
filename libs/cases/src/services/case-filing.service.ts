import { Injectable } from '@nestjs/common';
import { Actor, FieldError, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { maskPhone, PiiCipher } from '@app/pii';
import { defaultPriority, findProgramme, validateIntake } from '@app/programmes';
import { UserDirectory } from '@app/users';
import { ZonesService } from '@app/zones';
import { CaseError, CaseErrorCode } from '../cases.errors';
import type { FileCaseDto } from '../cases.dto';
import type { FilingContext } from '../events/case-events';
import { CaseEvents } from '../events/case-events.publisher';
import { CaseReferenceRepository } from '../persistence/case-reference.repository';
import { CaseTimelineRepository } from '../persistence/case-timeline.repository';
import { CaseRepository } from '../persistence/case.repository';
import type { CaseEntity } from '../case.entity';

/** A case just filed, as stored, and its creator as the case page shows them. */
export interface FiledCase {
  case: CaseEntity;
  creator: { id: string; displayName: string; phone: string | null };
}

/**
 * 立案: a creator files online, or an agent files for a walk-in / phone / on-site / salon
 * creator into the agent's zone. Retries with an Idempotency-Key are handled before this runs
 * (`@Idempotent()` on the route), in the same transaction.
 */
@Injectable()
export class CaseFilingService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly references: CaseReferenceRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly users: UserDirectory,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly pii: PiiCipher,
    private readonly events: CaseEvents,
  ) {}

  /**
   * Files the case and returns it as stored, with its creator's name and masked phone: the case
   * page of the answer is built from these, not read back (no listener of `case.filed` changes
   * the case row; the SLA clocks are the SLA module's to describe).
   */
  @Transactional()
  async file(actor: Actor, meta: RequestMeta, dto: FileCaseDto, context?: FilingContext): Promise<FiledCase> {
    const { programme, zone, channel, intake } = await this.checkFiling(actor, dto);
    const now = new Date();
    const creator = actor.role === 'creator' ? await this.onlineCreator(actor) : await this.walkInCreator(actor, meta, dto);
    const creatorId = creator.id;
    const submit = dto.submit !== false;
    const entity = this.cases.create({
      reference: await this.references.next(zone.code, programme.code, now),
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
      statusBeforeAwaiting: null,
      awaitingCreatorSince: null,
      materialsRequest: null,
      escalationAuthorityId: null,
      escalationAcknowledged: false,
      rejectionReason: null,
      outcome: null,
      resolutionSummary: null,
      rating: null,
      ratingComment: null,
      closeReason: null,
      createdAt: now,
      submittedAt: submit ? now : null,
      acceptedAt: null,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      updatedAt: now,
      version: 1,
    });
    await this.cases.insert(entity);
    await this.timeline.append(entity.id, actor, 'status_change', 'public', { action: 'submit', from: null, to: entity.status, channel });
    await this.events.publish('case.filed', { case: entity, actor, at: now, to: entity.status, creatorName: creator.displayName, context });
    await this.audit.record({
      actor,
      meta,
      action: 'case.file',
      entityType: 'case',
      entityId: entity.id,
      after: { reference: entity.reference, programme: entity.programme, zoneId: entity.zoneId, status: entity.status, priority: entity.priority, channel },
    });
    return { case: entity, creator: { id: creatorId, displayName: creator.displayName, phone: creator.phone } };
  }

  private async onlineCreator(actor: Actor): Promise<FiledCase['creator']> {
    const contact = await this.users.contact(actor.userId);
    return { id: actor.userId, displayName: contact?.displayName ?? '', phone: contact?.phoneMasked ?? null };
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
      throw new CaseError(CaseErrorCode.FilingForbidden, '只有创作者或服务台专员可以登记案件');
    }
    const zone = zoneId ? await this.zones.zone(zoneId) : undefined;
    if (zoneId && (!zone || !zone.active)) errors.push({ field: 'zoneId', message: `集聚区 ${zoneId} 不存在` });
    if (errors.length) throw new ValidationError(errors);
    return { programme, zone: zone!, channel, intake: intakeValue };
  }

  /** Finds the walk-in creator by phone, or opens an account they can claim by registering. */
  private async walkInCreator(actor: Actor, meta: RequestMeta, dto: FileCaseDto): Promise<FiledCase['creator']> {
    const phone = dto.creatorPhone!;
    const phoneHash = this.pii.searchKey(phone);
    const existing = await this.users.byPhoneHash(phoneHash);
    if (existing) {
      if (existing.role !== 'creator') throw new ValidationError([{ field: 'creatorPhone', message: '该手机号不属于创作者账号' }]);
      return { id: existing.id, displayName: existing.displayName, phone: existing.phoneMasked };
    }
    const id = await this.users.createUnclaimedCreator({ phoneCipher: this.pii.encrypt(phone), phoneHash, phoneMasked: maskPhone(phone), displayName: dto.creatorName! });
    await this.audit.record({ actor, meta, action: 'user.create_for_walk_in', entityType: 'user', entityId: id, after: { role: 'creator', phone: maskPhone(phone) } });
    return { id, displayName: dto.creatorName!, phone: maskPhone(phone) };
  }
}

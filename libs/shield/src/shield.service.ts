import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseEntity, CaseFiled, CaseListExtension, CaseRepository, CasesService, caseScope, CaseTimelineRepository, ExtendsCases, OnCaseEvent } from '@app/cases';
import { FINAL_STATUSES, type LinkGroupView, SERIOUS_DEFAMATION_THRESHOLDS, type ShieldCaseView, type ShieldMatch } from '@app/contracts';
import { Transactional } from '@app/database';
import { ZonesService } from '@app/zones';
import { GroupEscalateDto, GroupResolveDto, LinkCasesDto } from './shield.dto';
import { ShieldError, ShieldErrorCode } from './shield.errors';
import { ShieldRepository } from './shield.repository';
import { aboveDefamationThreshold, shieldTargets } from './shield-targets';

/**
 * Open shield cases with a minor involved lead every case list (网络暴力信息治理规定: 未成年人 first).
 * Indexes hold this very expression (migration 1764516000000), so a list's page is read in order
 * rather than sorted: change both together (test/case-list-order.e2e-spec.ts checks they match).
 */
export const MINOR_FIRST = `(CASE WHEN c.programme = 'shield' AND c.intake ->> 'minorInvolved' = 'true' AND c.status NOT IN ('resolved', 'closed', 'rejected', 'withdrawn') THEN 0 ELSE 1 END)`;

/**
 * 盾牌行动 linked cases: every shield filing records its normalised accounts and links; the desk
 * sees the open cases that share them, links them into a group escalated and resolved together
 * (each creator keeps their own case, timeline and rating), and merges a true duplicate of the
 * same creator. A creator's own view never names another case or creator.
 */
@Injectable()
@ExtendsCases()
export class ShieldService implements CaseListExtension {
  constructor(
    private readonly repo: ShieldRepository,
    private readonly cases: CasesService,
    private readonly caseRepo: CaseRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly zones: ZonesService,
    private readonly audit: AuditService,
  ) {}

  /** Every case list leads with them (CaseListExtension). */
  readonly leadingOrder = MINOR_FIRST;

  filterList(): void {
    // No filters of its own: only the leading order.
  }

  /** In the filing transaction: the targets for matching, and the desk's prompt above the thresholds. */
  @OnCaseEvent({ listener: 'shield-targets', events: ['case.filed'] })
  async onCaseFiled(change: CaseFiled): Promise<void> {
    if (change.case.programme !== 'shield') return;
    const intake = change.case.intake;
    await this.repo.insertTargets(change.case.id, shieldTargets(intake));
    if (aboveDefamationThreshold(intake, SERIOUS_DEFAMATION_THRESHOLDS)) {
      await this.timeline.append(change.case.id, 'system', 'police_referral', 'internal', {
        label: `创作者报告侵权内容浏览 ${intake.views ?? '—'} 次、转发 ${intake.reposts ?? '—'} 次，达到诽谤“情节严重”的标准（浏览 ${SERIOUS_DEFAMATION_THRESHOLDS.views} 次或转发 ${SERIOUS_DEFAMATION_THRESHOLDS.reposts} 次），请评估并登记移送公安机关`,
        prompt: true,
      });
    }
  }

  async matches(actor: Actor, caseId: string): Promise<ShieldMatch[]> {
    await this.shieldCase(actor, caseId);
    return this.repo.matches(caseScope(actor, 'c'), caseId);
  }

  /** The staff view of the case's own process: group, merges, packets, platform requests, referrals. */
  async view(actor: Actor, caseId: string): Promise<ShieldCaseView> {
    const c = await this.shieldCase(actor, caseId);
    const [membership] = await this.repo.groupOf([caseId]);
    const merges = await this.repo.merges(caseId);
    const into = merges.find((x) => x.duplicateId === caseId);
    const intake = c.intake as { minorInvolved?: boolean; views?: number; reposts?: number };
    return {
      caseId,
      minorInvolved: intake.minorInvolved === true,
      reach: { views: intake.views ?? null, reposts: intake.reposts ?? null },
      referralPrompted: aboveDefamationThreshold(intake, SERIOUS_DEFAMATION_THRESHOLDS),
      group: membership ? await this.groupView(membership.groupId) : null,
      mergedInto: into ? { caseId: into.keptId, reference: into.keptRef } : null,
      merged: merges.filter((x) => x.keptId === caseId).map((x) => ({ caseId: x.duplicateId, reference: x.duplicateRef })),
      packets: await this.repo.packets(caseId),
      platformRequests: await this.repo.requests({ caseId }),
      referrals: await this.repo.referrals({ caseId }),
    };
  }

  /** Links the case with others of its zone into one group (an existing group grows). */
  @Transactional()
  async link(actor: Actor, meta: RequestMeta, caseId: string, dto: LinkCasesDto): Promise<LinkGroupView> {
    const ids = [caseId, ...dto.caseIds.filter((id) => id !== caseId)];
    const cases: CaseEntity[] = [];
    for (const id of ids) {
      const c = await this.caseRepo.lock(actor, id);
      if (c.programme !== 'shield') throw new ShieldError(ShieldErrorCode.NotShield, `${c.reference} 不是盾牌行动案件`, { errors: [{ field: 'caseIds', message: `${c.reference} 不是盾牌行动案件` }] });
      if (FINAL_STATUSES.includes(c.status) || c.status === 'resolved') throw new ShieldError(ShieldErrorCode.CaseClosed, `${c.reference} 已办结，不能串并`);
      if (c.zoneId !== cases[0]?.zoneId && cases.length) throw new ShieldError(ShieldErrorCode.OtherZone, '只能串并同一集聚区的案件');
      cases.push(c);
    }
    const existing = [...new Set((await this.repo.groupOf(ids)).map((g) => g.groupId))];
    if (existing.length > 1) throw new ShieldError(ShieldErrorCode.TwoGroups, '这些案件已分属两个串并组，请先在各自的组内处理');
    const groupId = existing[0] ?? (await this.repo.createGroup(cases[0].zoneId, dto.note?.trim() ?? '', actor.userId));
    await this.repo.addMembers(groupId, ids, actor.userId);
    const group = await this.groupView(groupId);
    for (const c of cases) {
      // Staff see the whole group; the creator only that their case is handled together with related ones.
      await this.timeline.append(c.id, actor, 'case_link', 'internal', { label: `串并案：${group.members.map((x) => x.reference).join('、')}`, groupId });
      await this.timeline.append(c.id, actor, 'case_link', 'public', { label: '您的案件已与涉及相同账号或链接的案件并案处理，办理进展仍在本案件中告知您' });
    }
    await this.audit.record({ actor, meta, action: 'case_link.link', entityType: 'case_link_group', entityId: groupId, after: { caseIds: ids, members: group.members.map((x) => x.caseId) } });
    return group;
  }

  /** A true duplicate from the same creator is merged: it ends pointing to the kept case; both histories stay. */
  @Transactional()
  async merge(actor: Actor, meta: RequestMeta, keptId: string, duplicateId: string): Promise<ShieldCaseView> {
    const kept = await this.caseRepo.lock(actor, keptId);
    const duplicate = await this.caseRepo.lock(actor, duplicateId);
    if (kept.programme !== 'shield' || duplicate.programme !== 'shield') throw new ShieldError(ShieldErrorCode.NotShield, '只能合并盾牌行动案件', { errors: [{ field: 'duplicateCaseId', message: '只能合并盾牌行动案件' }] });
    if (kept.id === duplicate.id) throw new ShieldError(ShieldErrorCode.NotShield, '不能与本案合并', { errors: [{ field: 'duplicateCaseId', message: '不能与本案合并' }] });
    if (kept.creatorId !== duplicate.creatorId) throw new ShieldError(ShieldErrorCode.NotSameCreator, '只有同一创作者重复提交的案件才能合并；不同创作者的案件请串并');
    if ((await this.repo.merges(duplicateId)).length) throw new ShieldError(ShieldErrorCode.AlreadyMerged, `${duplicate.reference} 已参与合并`);
    const summary = `与 ${kept.reference} 为同一事项，已合并至该案件办理，原有记录和材料保留。`;
    if (duplicate.status === 'submitted') await this.cases.actWithin(actor, meta, duplicate, 'reject', { reason: summary });
    else {
      if (duplicate.status === 'accepted') await this.cases.actWithin(actor, meta, duplicate, 'start', {});
      await this.cases.actWithin(actor, meta, duplicate, 'resolve', { outcome: 'other', summary });
    }
    await this.repo.insertMerge(duplicateId, keptId, actor.userId);
    await this.timeline.append(kept.id, actor, 'case_link', 'public', { label: `已合并您重复提交的案件 ${duplicate.reference}，两案的记录和材料均保留` });
    await this.audit.record({ actor, meta, action: 'case.merge', entityType: 'case', entityId: keptId, after: { duplicateCaseId: duplicateId } });
    return this.view(actor, keptId);
  }

  /** Escalates every case of the group to the zone's district authority, in one transaction. */
  @Transactional()
  async escalateGroup(actor: Actor, meta: RequestMeta, groupId: string, dto: GroupEscalateDto): Promise<LinkGroupView> {
    const { group, cases } = await this.lockGroup(actor, groupId);
    const target = (await this.zones.zone(group.zoneId))?.authorityId;
    for (const c of cases) {
      if (c.status === 'escalated' || c.status === 'resolved') continue;
      if (c.status === 'submitted') await this.cases.actWithin(actor, meta, c, 'accept', { note: '串并案受理' });
      await this.cases.actWithin(actor, meta, c, 'escalate', { reason: `串并上报（${cases.length} 案）：${dto.reason.trim()}`, targetAuthorityId: target });
    }
    await this.audit.record({ actor, meta, action: 'case_link.escalate', entityType: 'case_link_group', entityId: groupId, after: { reason: dto.reason, caseIds: cases.map((c) => c.id) } });
    return this.groupView(groupId);
  }

  /** Resolves every case of the group with one outcome; each creator then rates their own case. */
  @Transactional()
  async resolveGroup(actor: Actor, meta: RequestMeta, groupId: string, dto: GroupResolveDto): Promise<LinkGroupView> {
    const { cases } = await this.lockGroup(actor, groupId);
    for (const c of cases) {
      if (c.status === 'resolved') continue;
      if (c.status === 'escalated' && !c.escalationAcknowledged) await this.cases.actWithin(actor, meta, c, 'acknowledge', {});
      if (c.status === 'accepted') await this.cases.actWithin(actor, meta, c, 'start', {});
      await this.cases.actWithin(actor, meta, c, 'resolve', { outcome: dto.outcome, summary: dto.summary.trim() });
    }
    await this.audit.record({ actor, meta, action: 'case_link.resolve', entityType: 'case_link_group', entityId: groupId, after: { outcome: dto.outcome, caseIds: cases.map((c) => c.id) } });
    return this.groupView(groupId);
  }

  /** The case, if it is a shield case in the actor's scope. */
  async shieldCase(actor: Actor, caseId: string): Promise<CaseEntity> {
    const c = await this.caseRepo.get(actor, caseId);
    if (c.programme !== 'shield') throw new ShieldError(ShieldErrorCode.NotShield, '不是盾牌行动案件', { errors: [{ field: 'id', message: '不是盾牌行动案件' }] });
    return c;
  }

  private async lockGroup(actor: Actor, groupId: string) {
    const group = await this.repo.group(groupId);
    if (!group) throw new ShieldError(ShieldErrorCode.GroupNotFound, '未找到该串并组');
    const cases: CaseEntity[] = [];
    for (const member of await this.repo.members(groupId)) {
      if (FINAL_STATUSES.includes(member.status as CaseEntity['status'])) continue;
      const c = await this.caseRepo.lock(actor, member.caseId).catch(() => {
        throw new ShieldError(ShieldErrorCode.GroupMemberOutOfScope, `组内案件 ${member.reference} 不在您的办理范围内`);
      });
      cases.push(c);
    }
    if (!cases.length) throw new ShieldError(ShieldErrorCode.GroupNotFound, '未找到该串并组');
    return { group, cases };
  }

  private async groupView(groupId: string): Promise<LinkGroupView> {
    const group = (await this.repo.group(groupId))!;
    const members = await this.repo.members(groupId);
    return { id: group.id, zoneId: group.zoneId, note: group.note, createdAt: new Date(group.createdAt).toISOString(), members: members.map(({ zoneId: _z, ...m }) => m) };
  }
}

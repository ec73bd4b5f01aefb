import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseRepository, CasesService, CaseTimelineRepository } from '@app/cases';
import { HONOUR_FORM_LABELS, NOMINATION_STAGE_LABELS, type NominationView, STAGE_DECISION_LABELS } from '@app/contracts';
import { Transactional } from '@app/database';
import { Notifier } from '@app/notifications';
import { checkStageDecision, decisionEffect, nextStage } from './nomination-stages';
import { RoundsService } from './rounds.service';
import { RankingDto, StageDecisionDto } from './starlight.dto';
import { StarlightError, StarlightErrorCode } from './starlight.errors';
import { DecisionRow, NominationRow, nominationScope, StarlightRepository } from './starlight.repository';

/**
 * 星光计划 stages: each decision (with its reason) is recorded, moves the nomination on, and
 * takes the case along — the desk's review accepts or rejects it, the zone's recommendation
 * escalates it to the authority that opened the round, whose decision and result resolve it.
 */
@Injectable()
export class NominationsService {
  constructor(
    private readonly repo: StarlightRepository,
    private readonly rounds: RoundsService,
    private readonly cases: CasesService,
    private readonly caseRepo: CaseRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly notifier: Notifier,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: { roundId?: string; caseId?: string }): Promise<NominationView[]> {
    return this.views(actor, await this.repo.nominations(nominationScope(actor), filter));
  }

  async get(actor: Actor, id: string): Promise<NominationView> {
    const [row] = await this.repo.nominations(nominationScope(actor), { id });
    if (!row) throw new StarlightError(StarlightErrorCode.NominationNotFound, '未找到该申报');
    return (await this.views(actor, [row]))[0];
  }

  @Transactional()
  async decide(actor: Actor, meta: RequestMeta, id: string, dto: StageDecisionDto): Promise<NominationView> {
    const [n] = await this.repo.nominations(nominationScope(actor), { id, lock: true });
    if (!n) throw new StarlightError(StarlightErrorCode.NominationNotFound, '未找到该申报');
    const round = await this.rounds.round(n.roundId);
    const decision = checkStageDecision(n, dto.stage, dto.decision, {
      role: actor.role,
      isZoneAgent: actor.role === 'agent' && actor.zoneId === n.zoneId,
      isZoneSupervisor: actor.role === 'supervisor' && actor.zoneId === n.zoneId,
      isRoundAuthority: actor.role === 'cac_officer' && actor.authorityId === round.authorityId,
    });
    const reason = dto.reason.trim();
    const { outcome } = decisionEffect(dto.stage, decision);
    const honour = outcome === 'selected' ? (dto.honour?.trim() ?? round.honour) : null;
    if (dto.stage === 'zone_recommended' && decision === 'recommend') {
      const { quota, used } = await this.repo.lockQuota(n.roundId, n.zoneId, n.form);
      if (used >= quota) {
        throw new StarlightError(StarlightErrorCode.QuotaReached, `本集聚区「${HONOUR_FORM_LABELS[n.form]}」类的推荐名额为 ${quota} 个，已推荐 ${used} 个，名额已用完`, { quota, used });
      }
    }

    const c = await this.caseRepo.lock(actor, n.caseId);
    const label = `${NOMINATION_STAGE_LABELS[dto.stage]}：${STAGE_DECISION_LABELS[dto.stage][decision]}`;
    switch (dto.stage) {
      case 'desk_reviewed':
        if (decision === 'pass') {
          if (c.status === 'submitted') await this.cases.actWithin(actor, meta, c, 'accept', { note: label });
          if (c.status === 'accepted') await this.cases.actWithin(actor, meta, c, 'start', {});
        } else if (c.status === 'submitted') {
          await this.cases.actWithin(actor, meta, c, 'reject', { reason: `${label}。${reason}` });
        } else {
          if (c.status === 'accepted') await this.cases.actWithin(actor, meta, c, 'start', {});
          await this.cases.actWithin(actor, meta, c, 'resolve', { outcome: 'not_recommended', summary: `${label}。${reason}` });
        }
        break;
      case 'zone_recommended':
        // The programme's rule, not the supervisor's own case action: a recommendation goes to the round's authority.
        if (decision === 'recommend') await this.cases.actWithin('system', meta, c, 'escalate', { reason: `${label}（${round.name}）。${reason}`, targetAuthorityId: round.authorityId });
        break;
      case 'city_decided':
      case 'result':
        if (!c.escalationAcknowledged) await this.cases.actWithin(actor, meta, c, 'acknowledge', {});
        if (outcome) {
          const caseOutcome = dto.stage === 'result' ? (outcome === 'selected' ? 'selected' : 'not_selected') : 'not_recommended';
          await this.cases.actWithin(actor, meta, c, 'resolve', { outcome: caseOutcome, summary: `${label}${honour ? `（${honour}）` : ''}。${reason}` });
        }
        break;
    }
    await this.repo.recordDecision(n.id, dto.stage, decision, reason, actor.userId, outcome, honour);
    await this.timeline.append(c.id, actor, 'nomination_stage', 'public', { stage: dto.stage, decision, label, reason, honour: honour ?? undefined });
    await this.notifier.notify([{ userIds: [n.creatorId], kind: 'programme_progress', caseId: c.id, params: { reference: c.reference, title: c.title, summary: `星光计划 · ${label}`, body: `${label}。${reason}` } }]);
    await this.audit.record({ actor, meta, action: 'nomination.decide', entityType: 'nomination', entityId: n.id, before: { stage: n.stage }, after: { stage: dto.stage, decision, reason, outcome, honour } });
    return this.get(actor, id);
  }

  /** The city's ranking of the zone-recommended nominations of a round. */
  @Transactional()
  async rank(actor: Actor, meta: RequestMeta, roundId: string, dto: RankingDto): Promise<NominationView[]> {
    const round = await this.rounds.round(roundId);
    if (actor.role !== 'cac_officer' || actor.authorityId !== round.authorityId) throw new StarlightError(StarlightErrorCode.NotYourStage, '只有开启本轮的网信办联络员可以排序');
    const ranked = await this.repo.setRanking(roundId, dto.nominationIds);
    if (ranked !== dto.nominationIds.length) {
      throw new StarlightError(StarlightErrorCode.WrongStage, '只能对本轮已获区推荐的申报排序', { errors: [{ field: 'nominationIds', message: '含有不属于本轮或未获区推荐的申报' }] });
    }
    await this.audit.record({ actor, meta, action: 'honour_round.rank', entityType: 'honour_round', entityId: roundId, after: { nominationIds: dto.nominationIds } });
    return this.list(actor, { roundId });
  }

  private async views(actor: Actor, rows: NominationRow[]): Promise<NominationView[]> {
    const decisions = await this.repo.decisions(rows.map((r) => r.id));
    const staff = actor.role !== 'creator';
    return rows.map((r) => toView(r, decisions.filter((d) => d.nominationId === r.id), staff));
  }
}

function toView(r: NominationRow, decisions: DecisionRow[], staff: boolean): NominationView {
  return {
    id: r.id,
    roundId: r.roundId,
    roundName: r.roundName,
    caseId: r.caseId,
    reference: r.reference,
    caseStatus: r.caseStatus,
    title: r.title,
    workTitle: r.intake.workTitle ?? '',
    links: r.intake.links ?? [],
    reachCount: r.intake.reachCount ?? null,
    zoneId: r.zoneId,
    form: r.form,
    kind: r.kind,
    stage: r.stage,
    outcome: r.outcome,
    honour: r.honour,
    cityRank: r.cityRank,
    creatorName: staff ? r.creatorName : null,
    decisions: decisions.map((d) => ({ stage: d.stage, decision: d.decision, reason: d.reason, decidedAt: new Date(d.decidedAt).toISOString(), decidedBy: staff ? d.decidedBy : null })),
    nextStage: nextStage(r),
  };
}

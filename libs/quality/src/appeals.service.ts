import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { APPEAL_STATUS_LABELS, RATING_LABELS, type AppealedRating, type RatingAppealView, type RatingLevel } from '@app/contracts';
import { RatingFigures } from '@app/dashboard';
import { Transactional, Tx } from '@app/database';
import { Notifier, Recipients } from '@app/notifications';
import { AppealDto, DecideAppealDto } from './quality.dto';
import { QualityError, QualityErrorCode } from './quality.errors';
import { QualityRepository } from './quality.repository';
import { appealView } from './quality-views';
import { notFound } from './rectifications.service';

/**
 * 申诉: the desk (agent or supervisor of the zone) appeals a rating it holds unfair or abusive;
 * a city-wide supervisor upholds it or voids it, with a reason. A voided rating leaves every
 * figure (the dashboard's counters lose it on the day it was given) and stays in the ledger and
 * the audit; a voided first rating ends its rectification.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly txHost: Tx,
    private readonly repo: QualityRepository,
    private readonly figures: RatingFigures,
    private readonly notifier: Notifier,
    private readonly recipients: Recipients,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, status?: string): Promise<RatingAppealView[]> {
    return this.repo.listAppeals(actor, status).then((rows) => rows.map(appealView));
  }

  @Transactional()
  async file(actor: Actor, meta: RequestMeta, rectificationId: string, dto: AppealDto): Promise<RatingAppealView> {
    if (actor.role !== 'agent' && actor.role !== 'supervisor') throw notFound(rectificationId);
    const r = await this.repo.get(actor, rectificationId, true);
    if (!r) throw notFound(rectificationId);
    const rating = dto.rating as AppealedRating;
    const level = rating === 'first' ? r.firstLevel : r.secondLevel;
    if (level === null) throw new QualityError(QualityErrorCode.NothingToAppeal, '创作者尚未再次评价，没有可申诉的评价', { errors: [{ field: 'rating', message: '尚无整改后再评价' }] });
    if (rating === 'first' ? r.firstVoided : r.secondVoided) throw new QualityError(QualityErrorCode.NothingToAppeal, '该评价已作废');
    const id = await this.repo.fileAppeal(rectificationId, rating, dto.reason, actor.userId);
    if (!id) throw new QualityError(QualityErrorCode.AppealExists, '该评价已提出过申诉');
    await this.notifier.notify([
      { userIds: (await this.recipients.supervisorsOf(r.zoneId)), kind: 'rating_appeal', caseId: r.caseId, params: { reference: r.caseReference, title: r.caseTitle, level: RATING_LABELS[level as RatingLevel], reason: dto.reason } },
    ]);
    await this.audit.record({ actor, meta, action: 'rating_appeal.file', entityType: 'rating_appeal', entityId: id, after: { rectificationId, rating, level, status: 'pending' } });
    const [appeal] = (await this.repo.appealsOf([rectificationId])).filter((a) => a.id === id);
    return appealView(appeal);
  }

  @Transactional()
  async decide(actor: Actor, meta: RequestMeta, appealId: string, dto: DecideAppealDto): Promise<RatingAppealView> {
    if (actor.role !== 'supervisor' || actor.zoneId) throw new QualityError(QualityErrorCode.CitySupervisorOnly, '评价申诉由市级主管审核');
    const a = await this.repo.lockAppeal(actor, appealId);
    if (!a) throw new QualityError(QualityErrorCode.NotFound, `未找到申诉（${appealId}）`);
    if (a.status !== 'pending') throw new QualityError(QualityErrorCode.AppealDecided, `该申诉已审核（${APPEAL_STATUS_LABELS[a.status]}）`);
    const decision = dto.decision as 'upheld' | 'voided';
    const at = new Date();
    await this.repo.decideAppeal(appealId, decision, dto.reason, actor.userId, at);
    if (decision === 'voided') {
      const r = (await this.repo.get(null, a.rectificationId, true))!;
      await this.repo.voidRating(r.id, a.rating);
      const ratedAt = a.rating === 'first' ? r.ratedAt : r.reratedAt!;
      await this.figures.adjust(r.caseId, new Date(ratedAt), a.level, -1);
    }
    await this.notifier.notify([{ userIds: [a.filedBy], kind: 'appeal_decided', caseId: a.caseId, params: { reference: a.caseReference, note: APPEAL_STATUS_LABELS[decision], reason: dto.reason } }]);
    await this.audit.record({ actor, meta, action: 'rating_appeal.decide', entityType: 'rating_appeal', entityId: appealId, before: { status: 'pending' }, after: { status: decision, rating: a.rating, level: a.level, reason: dto.reason } });
    const [decided] = (await this.repo.appealsOf([a.rectificationId])).filter((x) => x.id === appealId);
    return appealView(decided);
  }
}

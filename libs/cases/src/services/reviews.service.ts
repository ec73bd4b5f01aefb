import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { CaseError, CaseErrorCode } from '../cases.errors';
import { ReviewRepository, ReviewRow } from '../persistence/review.repository';

/** 差评整改: a rating of 不满意 or worse opens a review the zone supervisor follows up. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, status?: 'open' | 'done'): Promise<ReviewRow[]> {
    return this.reviews.list(actor, status);
  }

  @Transactional()
  async followUp(actor: Actor, meta: RequestMeta, id: string, note: string) {
    const review = await this.reviews.lock(actor, id);
    if (!review) throw new CaseError(CaseErrorCode.ReviewNotFound, `未找到记录（${id}）`);
    if (review.status === 'done') throw new CaseError(CaseErrorCode.ReviewAlreadyDone, '该差评已完成整改回访');
    await this.reviews.markDone(id, note, actor.userId);
    await this.audit.record({ actor, meta, action: 'review.follow_up', entityType: 'rating_review', entityId: id, before: { status: 'open' }, after: { status: 'done' } });
    return { id, status: 'done', followUp: note };
  }
}

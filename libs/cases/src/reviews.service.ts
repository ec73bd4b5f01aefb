import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AppError, NotFoundError, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { zoneScope } from './case-scope';

/** 差评整改: a rating of 不满意 or worse opens a review the zone supervisor follows up. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, status?: 'open' | 'done') {
    const scope = zoneScope(actor, 'r.zone_id');
    const qb = this.dataSource
      .createQueryBuilder()
      .select(['r.id AS id', 'r.case_id AS "caseId"', 'c.reference AS reference', 'c.title AS title', 'r.zone_id AS "zoneId"', 'r.level AS level', 'r.comment AS comment', 'r.status AS status', 'r.follow_up AS "followUp"', 'r.created_at AS "createdAt"', 'r.done_at AS "doneAt"'])
      .from('rating_reviews', 'r')
      .innerJoin('cases', 'c', 'c.id = r.case_id')
      .where(`(${scope.sql})`, scope.params)
      .orderBy('r.created_at', 'DESC')
      .limit(200);
    if (status) qb.andWhere('r.status = :status', { status });
    return qb.getRawMany();
  }

  async followUp(actor: Actor, meta: RequestMeta, id: string, note: string) {
    return this.dataSource.transaction(async (m) => {
      const scope = zoneScope(actor, 'zone_id');
      const [review] = await m
        .createQueryBuilder()
        .select('*')
        .from('rating_reviews', 'r')
        .where('r.id = :id', { id })
        .andWhere(`(${scope.sql})`, scope.params)
        .setLock('pessimistic_write')
        .getRawMany();
      if (!review) throw new NotFoundError('review', id);
      if (review.status === 'done') throw new AppError('conflict', 'review.already_done', '该差评已完成整改回访');
      await m.query(`UPDATE rating_reviews SET status = 'done', follow_up = $2, followed_up_by = $3, done_at = now() WHERE id = $1`, [id, note, actor.userId]);
      await this.audit.record(m, { actor, meta, action: 'review.follow_up', entityType: 'rating_review', entityId: id, before: { status: 'open' }, after: { status: 'done' } });
      return { id, status: 'done', followUp: note };
    });
  }
}

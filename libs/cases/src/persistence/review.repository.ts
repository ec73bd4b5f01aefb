import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { Tx } from '@app/database';
import { zoneScope } from '../case-scope';

export interface ReviewRow {
  id: string;
  caseId: string;
  reference: string;
  title: string;
  zoneId: string;
  level: number;
  comment: string | null;
  status: 'open' | 'done';
  followUp: string | null;
  createdAt: Date;
  doneAt: Date | null;
}

/** `rating_reviews` (差评整改): zone rows, so every read on behalf of a user takes the actor. */
@Injectable()
export class ReviewRepository {
  constructor(private readonly txHost: Tx) {}

  /** Opens the review of a bad rating (once per case). */
  async open(caseId: string, zoneId: string, level: number, comment: string | null): Promise<void> {
    await this.txHost.tx.query(`INSERT INTO rating_reviews (case_id, zone_id, level, comment) VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING`, [caseId, zoneId, level, comment]);
  }

  list(actor: Actor, status: 'open' | 'done' | undefined): Promise<ReviewRow[]> {
    const scope = zoneScope(actor, 'r.zone_id');
    const qb = this.txHost.tx
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

  /** The review locked for update, if it is in the actor's zones. */
  async lock(actor: Actor, id: string): Promise<{ id: string; status: 'open' | 'done' } | undefined> {
    const scope = zoneScope(actor, 'zone_id');
    const [review] = await this.txHost.tx
      .createQueryBuilder()
      .select(['r.id AS id', 'r.status AS status'])
      .from('rating_reviews', 'r')
      .where('r.id = :id', { id })
      .andWhere(`(${scope.sql})`, scope.params)
      .setLock('pessimistic_write')
      .getRawMany();
    return review;
  }

  async markDone(id: string, note: string, by: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE rating_reviews SET status = 'done', follow_up = $2, followed_up_by = $3, done_at = now() WHERE id = $1`, [id, note, by]);
  }
}

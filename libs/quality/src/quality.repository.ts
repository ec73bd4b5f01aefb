import { Injectable } from '@nestjs/common';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';
import { Actor } from '@app/common';
import { CASE_SUMMARIES_VIEW, zoneScope, ScopeClause } from '@app/cases';
import { DEFAULT_CONTACT_WORKING_DAYS, DEFAULT_RECTIFY_WORKING_DAYS, type AppealedRating, type RatingAppealView, type RectificationStatus, type RectificationStep } from '@app/contracts';
import { SqlRepository, type StoredRow } from '@app/database';

export interface RectificationRow {
  id: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  creatorId: string;
  zoneId: string;
  status: RectificationStatus;
  firstLevel: number;
  firstComment: string | null;
  firstVoided: boolean;
  ratedAt: Date;
  contactDueAt: Date;
  contactOverdueAt: Date | null;
  contactedAt: Date | null;
  contactMethod: 'phone' | 'in_person' | null;
  contactOutcome: string | null;
  rectifyDueAt: Date;
  rectifyOverdueAt: Date | null;
  rectifiedAt: Date | null;
  measures: string | null;
  secondLevel: number | null;
  secondComment: string | null;
  secondVoided: boolean;
  reratedAt: Date | null;
}

/** A row of `rating_appeals` with who filed it (the view does not say). */
export type AppealRow = StoredRow<RatingAppealView, 'filedAt' | 'decidedAt'> & { filedBy: string };

export interface StoredQualitySettings {
  contactWorkingDays: number;
  rectifyWorkingDays: number;
  updatedAt: Date | null;
}

export interface LedgerFilter {
  month?: string;
  zoneId?: string;
  status?: string;
}

export interface MonthlyRectificationCounts {
  zoneId: string;
  month: string;
  bad: number;
  rectified: number;
}

const ROW = `r.id, r.case_id AS "caseId", c.reference AS "caseReference", c.title AS "caseTitle", c.creator_id AS "creatorId", r.zone_id AS "zoneId",
  r.status, r.first_level AS "firstLevel", r.first_comment AS "firstComment", r.first_voided AS "firstVoided", r.rated_at AS "ratedAt",
  r.contact_due_at AS "contactDueAt", r.contact_overdue_at AS "contactOverdueAt", r.contacted_at AS "contactedAt", r.contact_method AS "contactMethod",
  r.contact_outcome AS "contactOutcome", r.rectify_due_at AS "rectifyDueAt", r.rectify_overdue_at AS "rectifyOverdueAt", r.rectified_at AS "rectifiedAt",
  r.measures, r.second_level AS "secondLevel", r.second_comment AS "secondComment", r.second_voided AS "secondVoided", r.rerated_at AS "reratedAt"`;

const APPEAL = `a.id, a.rectification_id AS "rectificationId", r.case_id AS "caseId", c.reference AS "caseReference", r.zone_id AS "zoneId", a.rating,
  CASE a.rating WHEN 'first' THEN r.first_level ELSE r.second_level END AS level, a.reason, a.status, a.filed_by AS "filedBy", a.filed_at AS "filedAt",
  a.decided_at AS "decidedAt", a.decision_reason AS "decisionReason"`;

/** Which rectifications an actor sees: the creator their own cases'; the desk its zone; a city-wide supervisor all. */
function scopeOf(actor: Actor): ScopeClause {
  return actor.role === 'creator' ? { sql: 'c.creator_id = :scopeUserId', params: { scopeUserId: actor.userId } } : zoneScope(actor, 'r.zone_id');
}

/**
 * `rectifications`, `rating_appeals` and the 'quality' settings: every read on behalf of a user
 * takes the actor. Cases are read through the cases module's `case_summaries` view.
 */
@Injectable()
export class QualityRepository extends SqlRepository {
  async settings(): Promise<StoredQualitySettings> {
    const [row] = await this.m.query(`SELECT value, updated_at FROM settings WHERE key = 'quality'`);
    return {
      contactWorkingDays: Number(row?.value?.contactWorkingDays ?? DEFAULT_CONTACT_WORKING_DAYS),
      rectifyWorkingDays: Number(row?.value?.rectifyWorkingDays ?? DEFAULT_RECTIFY_WORKING_DAYS),
      updatedAt: row?.updated_at ?? null,
    };
  }

  async saveSettings(value: { contactWorkingDays: number; rectifyWorkingDays: number }, by: string): Promise<void> {
    await this.m.query(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('quality', $1, now(), $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [JSON.stringify(value), by],
    );
  }

  /** Opens the rectification of a case's 差评; none when the case has one already. */
  async open(r: { caseId: string; zoneId: string; level: number; comment: string | null; ratedAt: Date; contactDueAt: Date; rectifyDueAt: Date }): Promise<string | null> {
    const [row] = await this.m.query(
      `INSERT INTO rectifications (case_id, zone_id, first_level, first_comment, rated_at, contact_due_at, rectify_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (case_id) DO NOTHING RETURNING id`,
      [r.caseId, r.zoneId, r.level, r.comment, r.ratedAt, r.contactDueAt, r.rectifyDueAt],
    );
    return row?.id ?? null;
  }

  private select(actor: Actor | null) {
    const qb = this.m.createQueryBuilder().select(ROW).from('rectifications', 'r').innerJoin(CASE_SUMMARIES_VIEW, 'c', 'c.id = r.case_id');
    if (actor) {
      const scope = scopeOf(actor);
      qb.where(`(${scope.sql})`, scope.params);
    }
    return qb;
  }

  /** The rectification if the actor may see it, locked when `lock`. */
  async get(actor: Actor | null, id: string, lock = false): Promise<RectificationRow | undefined> {
    const qb = this.select(actor).andWhere('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['r']);
    return (await qb.getRawMany())[0];
  }

  /** Whether the actor may see the case at all (its creator; the staff of its zone; a city-wide supervisor). */
  async caseVisible(actor: Actor, caseId: string): Promise<boolean> {
    const scope = actor.role === 'creator' ? { sql: 'c.creator_id = :scopeUserId', params: { scopeUserId: actor.userId } } : zoneScope(actor, 'c.zone_id');
    const rows = await this.m.createQueryBuilder().select('c.id', 'id').from(CASE_SUMMARIES_VIEW, 'c').where('c.id = :caseId', { caseId }).andWhere(`(${scope.sql})`, scope.params).getRawMany();
    return rows.length > 0;
  }

  async forCase(actor: Actor, caseId: string): Promise<RectificationRow | undefined> {
    return (await this.select(actor).andWhere('r.case_id = :caseId', { caseId }).getRawMany())[0];
  }

  /** The ledger: overdue steps first (the open ones before the settled), then the newest 差评. */
  ledger(actor: Actor, f: LedgerFilter, limit = 2000): Promise<RectificationRow[]> {
    const qb = this.select(actor);
    if (f.zoneId) qb.andWhere('r.zone_id = :zoneId', { zoneId: f.zoneId });
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.month) qb.andWhere(`to_char(r.rated_at AT TIME ZONE :tz, 'YYYY-MM') = :month`, { month: f.month, tz: SHANGHAI_TIME_ZONE });
    return qb
      .orderBy(`(r.contact_overdue_at IS NOT NULL OR r.rectify_overdue_at IS NOT NULL)`, 'DESC')
      .addOrderBy(`(r.status IN ('contacting', 'rectifying'))`, 'DESC')
      .addOrderBy('r.rated_at', 'DESC')
      .limit(limit)
      .getRawMany();
  }

  async markContacted(id: string, method: string, outcome: string, by: string, at: Date): Promise<void> {
    await this.m.query(
      `UPDATE rectifications SET contacted_at = $2, contact_method = $3, contact_outcome = $4, contacted_by = $5, status = 'rectifying' WHERE id = $1`,
      [id, at, method, outcome, by],
    );
  }

  async markRectified(id: string, measures: string, by: string, at: Date): Promise<void> {
    await this.m.query(`UPDATE rectifications SET rectified_at = $2, measures = $3, rectified_by = $4, status = 'rectified' WHERE id = $1`, [id, at, measures, by]);
  }

  async markRerated(id: string, level: number, comment: string | null, at: Date): Promise<void> {
    await this.m.query(`UPDATE rectifications SET second_level = $2, second_comment = $3, rerated_at = $4, status = 'rerated' WHERE id = $1`, [id, level, comment, at]);
  }

  /**
   * Marks a step overdue once: only when it is due, not done, not yet marked and its rating
   * stands. Returns whether this call marked it (a second timer or the sweep then does nothing).
   */
  async markOverdue(id: string, step: RectificationStep, now: Date): Promise<boolean> {
    const [due, done, mark] = step === 'contact' ? ['contact_due_at', 'contacted_at', 'contact_overdue_at'] : ['rectify_due_at', 'rectified_at', 'rectify_overdue_at'];
    // An UPDATE answers [rows, count].
    const [rows]: [unknown[], number] = await this.m.query(
      `UPDATE rectifications SET ${mark} = $2 WHERE id = $1 AND ${done} IS NULL AND ${mark} IS NULL AND ${due} <= $2 AND status <> 'voided' RETURNING id`,
      [id, now],
    );
    return rows.length > 0;
  }

  /** Steps the sweep must look at: due, not done, not marked. */
  async dueSteps(now: Date, limit = 500): Promise<{ id: string; step: RectificationStep }[]> {
    return this.m.query(
      `(SELECT id, 'contact' AS step FROM rectifications WHERE contacted_at IS NULL AND contact_overdue_at IS NULL AND status <> 'voided' AND contact_due_at <= $1 LIMIT $2)
       UNION ALL
       (SELECT id, 'rectify' AS step FROM rectifications WHERE rectified_at IS NULL AND rectify_overdue_at IS NULL AND status <> 'voided' AND rectify_due_at <= $1 LIMIT $2)`,
      [now, limit],
    );
  }

  /** A rating voided on appeal; a voided first rating ends the rectification. */
  async voidRating(id: string, rating: AppealedRating): Promise<void> {
    await this.m.query(
      rating === 'first' ? `UPDATE rectifications SET first_voided = true, status = 'voided' WHERE id = $1` : `UPDATE rectifications SET second_voided = true WHERE id = $1`,
      [id],
    );
  }

  async fileAppeal(rectificationId: string, rating: AppealedRating, reason: string, by: string): Promise<string | null> {
    const [row] = await this.m.query(
      `INSERT INTO rating_appeals (rectification_id, rating, reason, filed_by) VALUES ($1, $2, $3, $4) ON CONFLICT (rectification_id, rating) DO NOTHING RETURNING id`,
      [rectificationId, rating, reason, by],
    );
    return row?.id ?? null;
  }

  private appeals(actor: Actor | null) {
    const qb = this.m.createQueryBuilder().select(APPEAL).from('rating_appeals', 'a').innerJoin('rectifications', 'r', 'r.id = a.rectification_id').innerJoin(CASE_SUMMARIES_VIEW, 'c', 'c.id = r.case_id');
    if (actor) {
      const scope = scopeOf(actor);
      qb.where(`(${scope.sql})`, scope.params);
    }
    return qb;
  }

  listAppeals(actor: Actor, status?: string): Promise<AppealRow[]> {
    const qb = this.appeals(actor);
    if (status) qb.andWhere('a.status = :status', { status });
    return qb.orderBy(`(a.status = 'pending')`, 'DESC').addOrderBy('a.filed_at', 'DESC').limit(500).getRawMany();
  }

  async appealsOf(rectificationIds: readonly string[]): Promise<AppealRow[]> {
    if (!rectificationIds.length) return [];
    return this.appeals(null).where('a.rectification_id = ANY(:ids)', { ids: rectificationIds }).orderBy('a.filed_at').getRawMany();
  }

  async lockAppeal(actor: Actor, id: string): Promise<AppealRow | undefined> {
    return (await this.appeals(actor).andWhere('a.id = :id', { id }).setLock('pessimistic_write', undefined, ['a']).getRawMany())[0];
  }

  async decideAppeal(id: string, status: 'upheld' | 'voided', reason: string, by: string, at: Date): Promise<void> {
    await this.m.query(`UPDATE rating_appeals SET status = $2, decision_reason = $3, decided_by = $4, decided_at = $5 WHERE id = $1`, [id, status, reason, by, at]);
  }

  /** Per zone and Shanghai month of the 差评: standing (not voided) 差评 and how many were rectified. */
  monthlyRectifications(fromMonth: string, toMonth: string): Promise<MonthlyRectificationCounts[]> {
    return this.m.query(
      `SELECT zone_id AS "zoneId", to_char(rated_at AT TIME ZONE $3, 'YYYY-MM') AS month,
              count(*)::int AS bad, count(*) FILTER (WHERE rectified_at IS NOT NULL)::int AS rectified
         FROM rectifications
        WHERE NOT first_voided AND rated_at >= (to_date($1, 'YYYY-MM')::timestamp AT TIME ZONE $3)
          AND rated_at < ((to_date($2, 'YYYY-MM') + interval '1 month')::timestamp AT TIME ZONE $3)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [fromMonth, toMonth, SHANGHAI_TIME_ZONE],
    );
  }
}

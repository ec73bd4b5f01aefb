import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { creatorZoneScope, ScopeClause } from '@app/cases';
import type { DecidedStage, HonourForm, NominationView, RoundQuota, StageDecision } from '@app/contracts';
import { SqlRepository } from '@app/database';
import { USER_DIRECTORY_VIEW } from '@app/users';

export interface RoundRow {
  id: string;
  name: string;
  honour: string;
  categories: HonourForm[];
  opensAt: Date;
  closesAt: Date;
  selfNominationCap: number;
  authorityId: string;
  quotas: RoundQuota[];
  nominations: number;
}

/** A nomination as stored: its work still in the case's intake, with the creator; no decisions yet. */
export type NominationRow = Omit<NominationView, 'workTitle' | 'links' | 'reachCount' | 'creatorName' | 'decisions' | 'nextStage'> & {
  intake: { workTitle?: string; links?: string[]; reachCount?: number };
  creatorId: string;
  creatorName: string;
};

export interface DecisionRow {
  nominationId: string;
  stage: DecidedStage;
  decision: StageDecision;
  reason: string;
  decidedAt: Date;
  decidedBy: string;
}

/**
 * Which nominations an actor may see: the one place. A creator their own; the desk its zone (a
 * city-wide supervisor both); an officer those of the rounds their authority opened, and those
 * of the zones under it.
 */
export function nominationScope(actor: Actor, alias = 'n'): ScopeClause {
  return creatorZoneScope(actor, alias, (authorityId) => ({
    sql: `(${alias}.round_id IN (SELECT sr.id FROM honour_rounds sr WHERE sr.authority_id = :scopeAuthorityId)
           OR ${alias}.zone_id IN (SELECT sz.id FROM zones sz WHERE sz.authority_id = :scopeAuthorityId))`,
    params: { scopeAuthorityId: authorityId },
  }));
}

const ROUND_COLUMNS = `r.id, r.name, r.honour, r.categories, r.opens_at AS "opensAt", r.closes_at AS "closesAt",
  r.self_nomination_cap AS "selfNominationCap", r.authority_id AS "authorityId"`;

/** Nominations the zone recommended (whatever happened after). */
const RECOMMENDED_BY_ZONE = `EXISTS (SELECT 1 FROM nomination_decisions d WHERE d.nomination_id = n.id AND d.stage = 'zone_recommended' AND d.decision = 'recommend')`;

@Injectable()
export class StarlightRepository extends SqlRepository {
  // ------------------------------------------------------------------------------------------
  // Rounds

  async insertRound(row: Omit<RoundRow, 'id' | 'quotas' | 'nominations'> & { createdBy: string }, quotas: { zoneId: string; form: string; quota: number }[]): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO honour_rounds (name, honour, categories, opens_at, closes_at, self_nomination_cap, authority_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [row.name, row.honour, row.categories, row.opensAt, row.closesAt, row.selfNominationCap, row.authorityId, row.createdBy],
    );
    if (quotas.length) {
      await this.m.query(
        `INSERT INTO honour_round_quotas (round_id, zone_id, form, quota) SELECT $1, z, f, q FROM unnest($2::text[], $3::text[], $4::int[]) AS t(z, f, q)`,
        [id, quotas.map((q) => q.zoneId), quotas.map((q) => q.form), quotas.map((q) => q.quota)],
      );
    }
    return id;
  }

  /** Rounds (newest first) with their quotas, the recommendations used and the nomination count. */
  async rounds(id?: string): Promise<RoundRow[]> {
    return this.m.query(
      `SELECT ${ROUND_COLUMNS},
         coalesce((SELECT json_agg(json_build_object('zoneId', q.zone_id, 'form', q.form, 'quota', q.quota,
             'used', (SELECT count(*)::int FROM nominations n WHERE n.round_id = r.id AND n.zone_id = q.zone_id AND n.form = q.form AND ${RECOMMENDED_BY_ZONE}))
             ORDER BY q.zone_id, q.form) FROM honour_round_quotas q WHERE q.round_id = r.id), '[]') AS quotas,
         (SELECT count(*)::int FROM nominations n WHERE n.round_id = r.id) AS nominations
       FROM honour_rounds r ${id ? 'WHERE r.id = $1' : ''} ORDER BY r.opens_at DESC, r.id`,
      id ? [id] : [],
    );
  }

  /** The round a filing goes into, held against concurrent edits: the given one, or the latest open round of the form. */
  async roundForFiling(roundId: string | undefined, form: string, now: Date): Promise<RoundRow | undefined> {
    const [row] = roundId
      ? await this.m.query(`SELECT ${ROUND_COLUMNS} FROM honour_rounds r WHERE r.id = $1 FOR SHARE`, [roundId])
      : await this.m.query(`SELECT ${ROUND_COLUMNS} FROM honour_rounds r WHERE r.opens_at <= $1 AND r.closes_at > $1 AND $2 = ANY(r.categories) ORDER BY r.opens_at DESC LIMIT 1 FOR SHARE`, [now, form]);
    return row;
  }

  /** When the next round opens (of this form), if one is announced. */
  async nextOpening(form: string, now: Date): Promise<Date | null> {
    const [row] = await this.m.query(`SELECT min(opens_at) AS at FROM honour_rounds WHERE opens_at > $1 AND $2 = ANY(categories)`, [now, form]);
    return row?.at ?? null;
  }

  /** Serialises one creator's filings into one round, so that the cap holds under concurrency. */
  async lockCreatorInRound(roundId: string, creatorId: string): Promise<void> {
    await this.m.query(`SELECT pg_advisory_xact_lock(hashtext('honour_round'), hashtext($1 || ':' || $2))`, [roundId, creatorId]);
  }

  async countSelfNominations(roundId: string, creatorId: string, form: string): Promise<number> {
    const [{ n }] = await this.m.query(
      `SELECT count(*)::int AS n FROM nominations n JOIN cases c ON c.id = n.case_id
       WHERE n.round_id = $1 AND n.creator_id = $2 AND n.form = $3 AND n.kind = 'self_nomination' AND c.status <> 'withdrawn'`,
      [roundId, creatorId, form],
    );
    return n;
  }

  async insertNomination(row: { roundId: string; caseId: string; creatorId: string; zoneId: string; form: string; kind: string }): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO nominations (round_id, case_id, creator_id, zone_id, form, kind) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [row.roundId, row.caseId, row.creatorId, row.zoneId, row.form, row.kind],
    );
    return id;
  }

  // ------------------------------------------------------------------------------------------
  // Nominations

  async nominations(scope: ScopeClause, filter: { roundId?: string; id?: string; caseId?: string; lock?: boolean }): Promise<NominationRow[]> {
    const conditions = [`(${scope.sql})`];
    if (filter.roundId) conditions.push('n.round_id = :roundId');
    if (filter.id) conditions.push('n.id = :id');
    if (filter.caseId) conditions.push('n.case_id = :caseId');
    return this.named(
      `SELECT n.id, n.round_id AS "roundId", r.name AS "roundName", n.case_id AS "caseId", c.reference, c.status AS "caseStatus", c.title,
              c.intake, n.zone_id AS "zoneId", n.creator_id AS "creatorId", u.display_name AS "creatorName", n.form, n.kind, n.stage,
              n.outcome, n.honour, n.city_rank AS "cityRank"
       FROM nominations n JOIN honour_rounds r ON r.id = n.round_id JOIN cases c ON c.id = n.case_id JOIN ${USER_DIRECTORY_VIEW} u ON u.id = n.creator_id
       WHERE ${conditions.join(' AND ')}
       ORDER BY n.city_rank NULLS LAST, n.created_at DESC, n.id LIMIT 1000 ${filter.lock ? 'FOR UPDATE OF n' : ''}`,
      { ...scope.params, roundId: filter.roundId, id: filter.id, caseId: filter.caseId },
    );
  }

  async decisions(nominationIds: string[]): Promise<DecisionRow[]> {
    if (!nominationIds.length) return [];
    return this.m.query(
      `SELECT d.nomination_id AS "nominationId", d.stage, d.decision, d.reason, d.decided_at AS "decidedAt", u.display_name AS "decidedBy"
       FROM nomination_decisions d JOIN ${USER_DIRECTORY_VIEW} u ON u.id = d.decided_by WHERE d.nomination_id = ANY($1) ORDER BY d.id`,
      [nominationIds],
    );
  }

  async recordDecision(nominationId: string, stage: DecidedStage, decision: StageDecision, reason: string, by: string, outcome: string | null, honour: string | null): Promise<void> {
    await this.m.query(`INSERT INTO nomination_decisions (nomination_id, stage, decision, reason, decided_by) VALUES ($1, $2, $3, $4, $5)`, [nominationId, stage, decision, reason, by]);
    await this.m.query(`UPDATE nominations SET stage = $2, outcome = $3, honour = $4, updated_at = now() WHERE id = $1`, [nominationId, stage, outcome, honour]);
  }

  /** The zone's quota for the form, locked so that two recommendations cannot both take the last place. */
  async lockQuota(roundId: string, zoneId: string, form: string): Promise<{ quota: number; used: number }> {
    const [row] = await this.m.query(`SELECT quota FROM honour_round_quotas WHERE round_id = $1 AND zone_id = $2 AND form = $3 FOR UPDATE`, [roundId, zoneId, form]);
    const [{ used }] = await this.m.query(
      `SELECT count(*)::int AS used FROM nominations n WHERE n.round_id = $1 AND n.zone_id = $2 AND n.form = $3 AND ${RECOMMENDED_BY_ZONE}`,
      [roundId, zoneId, form],
    );
    return { quota: row?.quota ?? 0, used };
  }

  /** The city's ranking: the given nominations in order, every other one of the round unranked. */
  async setRanking(roundId: string, ids: string[]): Promise<number> {
    await this.m.query(`UPDATE nominations SET city_rank = NULL WHERE round_id = $1 AND city_rank IS NOT NULL`, [roundId]);
    const [{ ranked }] = await this.m.query(
      `WITH ranked AS (UPDATE nominations n SET city_rank = t.rank FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, rank)
         WHERE n.id = t.id AND n.round_id = $1 AND ${RECOMMENDED_BY_ZONE} RETURNING n.id)
       SELECT count(*)::int AS ranked FROM ranked`,
      [roundId, ids],
    );
    return ranked;
  }

  /** Per zone and form: quota, nominations and how many passed each stage, within the scope. */
  async report(roundId: string, scope: ScopeClause): Promise<{ zoneId: string; form: HonourForm; quota: number; nominations: number; deskPassed: number; zoneRecommended: number; cityRecommended: number; selected: number }[]> {
    const passed = (stage: string, decision: string) =>
      `(count(*) FILTER (WHERE EXISTS (SELECT 1 FROM nomination_decisions d WHERE d.nomination_id = n.id AND d.stage = '${stage}' AND d.decision = '${decision}')))::int`;
    return this.named(
      `SELECT k.zone_id AS "zoneId", k.form, coalesce(max(q.quota), 0)::int AS quota, count(n.id)::int AS nominations,
              ${passed('desk_reviewed', 'pass')} AS "deskPassed", ${passed('zone_recommended', 'recommend')} AS "zoneRecommended",
              ${passed('city_decided', 'recommend')} AS "cityRecommended", count(*) FILTER (WHERE n.outcome = 'selected')::int AS selected
       FROM (SELECT zone_id, form FROM honour_round_quotas WHERE round_id = :roundId UNION SELECT zone_id, form FROM nominations WHERE round_id = :roundId) k
       LEFT JOIN honour_round_quotas q ON q.round_id = :roundId AND q.zone_id = k.zone_id AND q.form = k.form
       LEFT JOIN nominations n ON n.round_id = :roundId AND n.zone_id = k.zone_id AND n.form = k.form
       WHERE (${scope.sql})
       GROUP BY k.zone_id, k.form ORDER BY k.zone_id, k.form`,
      { ...scope.params, roundId },
    );
  }
}

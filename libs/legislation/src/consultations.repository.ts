import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import { creatorZoneScope, ScopeClause } from '@app/cases';
import { SqlRepository, type StoredRow } from '@app/database';
import type { Adoption, ConsultationArticle, ConsultationCounts, SuggestionView } from '@app/contracts';
import { USER_DIRECTORY_VIEW } from '@app/users';

export interface ConsultationRow {
  id: string;
  title: string;
  issuingBody: string;
  summary: string;
  articles: ConsultationArticle[];
  opensAt: Date;
  closesAt: Date;
  shortWindowReason: string | null;
  authorityId: string;
  counts: ConsultationCounts;
}

/** A suggestion as stored: with its creator and the case's escalation, before the view decides what the actor sees. */
export type SuggestionRow = StoredRow<Omit<SuggestionView, 'creatorName' | 'forwarded'>, 'answeredAt' | 'createdAt'> & {
  escalationAuthorityId: string | null;
  creatorId: string;
  creatorName: string;
};

/**
 * Which suggestions an actor may see: the one place their scope is decided. A creator sees
 * their own; desk staff their zone (a city-wide supervisor both); the city authority, which
 * runs the consultations, all; a district authority those of its zones.
 */
export function suggestionScope(actor: Actor, authorityLevel: 'district' | 'city' | null, alias = 's'): ScopeClause {
  return creatorZoneScope(actor, alias, (authorityId) =>
    authorityLevel === 'city'
      ? { sql: 'TRUE', params: {} }
      : { sql: `${alias}.zone_id IN (SELECT z.id FROM zones z WHERE z.authority_id = :scopeAuthorityId)`, params: { scopeAuthorityId: authorityId } },
  );
}

const COUNTS = `json_build_object(
  'suggestions', count(s.id)::int,
  'answered', count(s.adoption)::int,
  'adopted', count(*) FILTER (WHERE s.adoption = 'adopted')::int,
  'partlyAdopted', count(*) FILTER (WHERE s.adoption = 'partly_adopted')::int,
  'notAdopted', count(*) FILTER (WHERE s.adoption = 'not_adopted')::int,
  'forwarded', count(*) FILTER (WHERE s.adoption = 'forwarded')::int)`;

const CONSULTATION_COLUMNS = `c.id, c.title, c.issuing_body AS "issuingBody", c.summary, c.articles, c.opens_at AS "opensAt",
  c.closes_at AS "closesAt", c.short_window_reason AS "shortWindowReason", c.authority_id AS "authorityId"`;

const SUGGESTION_COLUMNS = `s.id, s.consultation_id AS "consultationId", k.title AS "consultationTitle", s.case_id AS "caseId",
  cs.reference, cs.status AS "caseStatus", cs.escalation_authority_id AS "escalationAuthorityId", s.zone_id AS "zoneId",
  s.creator_id AS "creatorId", u.display_name AS "creatorName", s.article_no AS "articleNo", s.suggested_wording AS "suggestedWording",
  s.reason, s.named, s.adoption, s.adoption_reason AS "adoptionReason", s.answered_at AS "answeredAt", s.created_at AS "createdAt"`;

@Injectable()
export class ConsultationsRepository extends SqlRepository {
  async insertConsultation(row: Omit<ConsultationRow, 'id' | 'counts'> & { createdBy: string }): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO consultations (title, issuing_body, summary, articles, opens_at, closes_at, short_window_reason, authority_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [row.title, row.issuingBody, row.summary, JSON.stringify(row.articles), row.opensAt, row.closesAt, row.shortWindowReason, row.authorityId, row.createdBy],
    );
    return id;
  }

  /** Consultations, newest window first, with their suggestion counts. */
  async consultations(id?: string): Promise<ConsultationRow[]> {
    return this.m.query(
      `SELECT ${CONSULTATION_COLUMNS}, ${COUNTS} AS counts
       FROM consultations c LEFT JOIN suggestions s ON s.consultation_id = c.id
       ${id ? 'WHERE c.id = $1' : ''}
       GROUP BY c.id ORDER BY c.closes_at DESC, c.id`,
      id ? [id] : [],
    );
  }

  /** The consultation row held against a concurrent edit while a suggestion is filed into it. */
  async lockConsultation(id: string): Promise<Omit<ConsultationRow, 'counts'> | undefined> {
    const [row] = await this.m.query(`SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.id = $1 FOR SHARE`, [id]);
    return row;
  }

  /** Written inside the case's filing transaction (handed over by CaseHooks). */
  async insertSuggestion(
    row: { consultationId: string; caseId: string; creatorId: string; zoneId: string; articleNo: string; suggestedWording: string; reason: string; named: boolean },
  ): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO suggestions (consultation_id, case_id, creator_id, zone_id, article_no, suggested_wording, reason, named)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [row.consultationId, row.caseId, row.creatorId, row.zoneId, row.articleNo, row.suggestedWording, row.reason, row.named],
    );
    return id;
  }

  async suggestions(scope: ScopeClause, filter: { consultationId?: string; state?: 'unanswered' | 'answered'; id?: string; caseId?: string; lock?: boolean }): Promise<SuggestionRow[]> {
    const conditions = [`(${scope.sql})`];
    if (filter.consultationId) conditions.push('s.consultation_id = :consultationId');
    if (filter.id) conditions.push('s.id = :id');
    if (filter.caseId) conditions.push('s.case_id = :caseId');
    if (filter.state === 'answered') conditions.push('s.adoption IS NOT NULL');
    if (filter.state === 'unanswered') conditions.push('s.adoption IS NULL');
    return this.named(
      `SELECT ${SUGGESTION_COLUMNS}
       FROM suggestions s JOIN consultations k ON k.id = s.consultation_id JOIN cases cs ON cs.id = s.case_id JOIN ${USER_DIRECTORY_VIEW} u ON u.id = s.creator_id
       WHERE ${conditions.join(' AND ')}
       ORDER BY s.created_at DESC, s.id LIMIT 500 ${filter.lock ? 'FOR UPDATE OF s' : ''}`,
      { ...scope.params, consultationId: filter.consultationId, id: filter.id, caseId: filter.caseId },
    );
  }

  async answer(id: string, adoption: Adoption, reason: string, by: string, at: Date): Promise<void> {
    await this.m.query(`UPDATE suggestions SET adoption = $2, adoption_reason = $3, answered_by = $4, answered_at = $5 WHERE id = $1`, [id, adoption, reason, by, at]);
  }

  /** Adopted and partly adopted suggestions of the consultations, with the author's name where they agreed. */
  async adoptedSuggestions(consultationIds: string[]): Promise<(SuggestionRow & { consultationId: string })[]> {
    if (!consultationIds.length) return [];
    return this.m.query(
      `SELECT s.consultation_id AS "consultationId", s.article_no AS "articleNo", s.suggested_wording AS "suggestedWording", s.adoption,
              s.adoption_reason AS "adoptionReason", s.named, CASE WHEN s.named THEN u.display_name END AS "creatorName"
       FROM suggestions s JOIN ${USER_DIRECTORY_VIEW} u ON u.id = s.creator_id
       WHERE s.consultation_id = ANY($1) AND s.adoption IN ('adopted', 'partly_adopted')
       ORDER BY s.answered_at, s.id`,
      [consultationIds],
    );
  }

  /** Suggestions and their answers per consultation and zone, within the scope. */
  async adoptionStats(scope: ScopeClause): Promise<{ consultationId: string; title: string; zoneId: string; suggestions: number; answered: number; adopted: number; partlyAdopted: number }[]> {
    return this.named(
      `SELECT s.consultation_id AS "consultationId", k.title, s.zone_id AS "zoneId", count(*)::int AS suggestions,
              count(s.adoption)::int AS answered, count(*) FILTER (WHERE s.adoption = 'adopted')::int AS adopted,
              count(*) FILTER (WHERE s.adoption = 'partly_adopted')::int AS "partlyAdopted"
       FROM suggestions s JOIN consultations k ON k.id = s.consultation_id
       WHERE (${scope.sql})
       GROUP BY s.consultation_id, k.title, k.closes_at, s.zone_id ORDER BY k.closes_at DESC, s.consultation_id, s.zone_id`,
      scope.params,
    );
  }
}

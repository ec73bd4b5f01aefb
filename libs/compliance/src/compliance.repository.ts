import { Injectable } from '@nestjs/common';
import { ScopeClause } from '@app/cases';
import type { ArticleStatus, CannedReplyView, ComplianceStartStats, KnowledgeArticleView, NavigatorRuleView } from '@app/contracts';
import { SqlRepository } from '@app/database';

const ARTICLE_COLUMNS = `a.id, a.title, a.summary, a.body, a.regulation, a.issuing_body AS "issuingBody", to_char(a.effective_on, 'YYYY-MM-DD') AS "effectiveOn",
  a.article_refs AS "articleRefs", a.source, a.status, a.supersedes_id AS "supersedesId", a.superseded_by AS "supersededBy",
  a.from_case_id AS "fromCaseId", a.published_at AS "publishedAt", a.updated_at AS "updatedAt"`;

const RULE_COLUMNS = `id, code, title, obligation, description, conditions, deadline_working_days AS "deadlineWorkingDays", deadline_text AS "deadlineText",
  sources, sort, active, version, updated_at AS "updatedAt"`;

export type ArticleFields = Pick<KnowledgeArticleView, 'title' | 'summary' | 'body' | 'regulation' | 'issuingBody' | 'effectiveOn' | 'articleRefs' | 'source'>;
export type RuleFields = Omit<NavigatorRuleView, 'id' | 'version' | 'updatedAt'>;

@Injectable()
export class ComplianceRepository extends SqlRepository {
  // ------------------------------------------------------------------------------------------
  // Knowledge articles

  /** Articles in the statuses given, best match first when there is a query (bigram search, see the migration). */
  async searchArticles(statuses: readonly ArticleStatus[], query: string | undefined, limit: number, anyWord = false): Promise<KnowledgeArticleView[]> {
    const searching = !!query && query.trim() !== '';
    const tsquery = anyWord ? 'kb_query_any(:q)' : 'kb_query(:q)';
    return this.named(
      `SELECT ${ARTICLE_COLUMNS}${searching ? `, ts_rank(a.search_vector, ${tsquery}) AS rank` : ''}
       FROM knowledge_articles a
       WHERE a.status IN (:...statuses) ${searching ? `AND a.search_vector @@ ${tsquery}` : ''}
       ORDER BY ${searching ? 'rank DESC,' : ''} a.updated_at DESC, a.id LIMIT :limit`,
      { statuses, q: query, limit },
    );
  }

  async article(id: string, lock = false): Promise<KnowledgeArticleView | undefined> {
    const [row] = await this.m.query(`SELECT ${ARTICLE_COLUMNS} FROM knowledge_articles a WHERE a.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row;
  }

  async articlesByIds(ids: string[]): Promise<KnowledgeArticleView[]> {
    if (!ids.length) return [];
    return this.m.query(`SELECT ${ARTICLE_COLUMNS} FROM knowledge_articles a WHERE a.id = ANY($1) ORDER BY array_position($1::uuid[], a.id)`, [ids]);
  }

  async insertArticle(f: ArticleFields, extra: { by: string; supersedesId: string | null; fromCaseId: string | null }): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO knowledge_articles (title, summary, body, regulation, issuing_body, effective_on, article_refs, source, supersedes_id, from_case_id, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
      [f.title, f.summary, f.body, f.regulation, f.issuingBody, f.effectiveOn, f.articleRefs, f.source, extra.supersedesId, extra.fromCaseId, extra.by],
    );
    return id;
  }

  async updateArticle(id: string, f: ArticleFields, by: string): Promise<void> {
    await this.m.query(
      `UPDATE knowledge_articles SET title = $2, summary = $3, body = $4, regulation = $5, issuing_body = $6, effective_on = $7, article_refs = $8,
         source = $9, updated_by = $10, updated_at = now() WHERE id = $1`,
      [id, f.title, f.summary, f.body, f.regulation, f.issuingBody, f.effectiveOn, f.articleRefs, f.source, by],
    );
  }

  async setArticleStatus(id: string, status: ArticleStatus, by: string, supersededBy: string | null = null): Promise<void> {
    await this.m.query(
      `UPDATE knowledge_articles SET status = $2, updated_by = $3, updated_at = now(), superseded_by = coalesce($4, superseded_by),
         published_at = CASE WHEN $2 = 'published' THEN now() ELSE published_at END WHERE id = $1`,
      [id, status, by, supersededBy],
    );
  }

  // ------------------------------------------------------------------------------------------
  // Compliance starts

  async insertStart(creatorId: string, zoneId: string, question: string, offered: string[]): Promise<string> {
    const [{ id }] = await this.m.query(`INSERT INTO compliance_starts (creator_id, zone_id, question, offered) VALUES ($1, $2, $3, $4) RETURNING id`, [creatorId, zoneId, question, offered]);
    return id;
  }

  async start(id: string, creatorId: string): Promise<{ id: string; zoneId: string; caseId: string | null; endedAt: Date | null } | undefined> {
    const [row] = await this.m.query(`SELECT id, zone_id AS "zoneId", case_id AS "caseId", ended_at AS "endedAt" FROM compliance_starts WHERE id = $1 AND creator_id = $2 FOR UPDATE`, [id, creatorId]);
    return row;
  }

  async endStart(id: string, helpful: boolean | null, caseId: string | null): Promise<void> {
    await this.m.query(`UPDATE compliance_starts SET helpful = coalesce($2, helpful), case_id = coalesce($3, case_id), ended_at = now() WHERE id = $1`, [id, helpful, caseId]);
  }

  async latestOpenStart(creatorId: string): Promise<string | null> {
    const [row] = await this.m.query(
      `SELECT id FROM compliance_starts WHERE creator_id = $1 AND ended_at IS NULL AND created_at > now() - interval '1 day' ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
      [creatorId],
    );
    return row?.id ?? null;
  }

  async startStats(scope: ScopeClause): Promise<Omit<ComplianceStartStats, 'deflectionRate'>[]> {
    return this.named(
      `SELECT s.zone_id AS "zoneId", count(*)::int AS starts, count(s.case_id)::int AS "withCase",
              (count(*) - count(s.case_id))::int AS "withoutCase", count(*) FILTER (WHERE s.helpful)::int AS helpful
       FROM compliance_starts s WHERE (${scope.sql}) GROUP BY s.zone_id ORDER BY s.zone_id`,
      scope.params,
    );
  }

  // ------------------------------------------------------------------------------------------
  // Navigator rules

  async rules(activeOnly: boolean): Promise<NavigatorRuleView[]> {
    return this.m.query(`SELECT ${RULE_COLUMNS} FROM navigator_rules ${activeOnly ? 'WHERE active' : ''} ORDER BY sort, code`);
  }

  async rule(id: string, lock = false): Promise<NavigatorRuleView | undefined> {
    const [row] = await this.m.query(`SELECT ${RULE_COLUMNS} FROM navigator_rules WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row;
  }

  async insertRule(r: RuleFields, by: string): Promise<string> {
    const [{ id }] = await this.m.query(
      `INSERT INTO navigator_rules (code, title, obligation, description, conditions, deadline_working_days, deadline_text, sources, sort, active, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [r.code, r.title, r.obligation, r.description, JSON.stringify(r.conditions), r.deadlineWorkingDays, r.deadlineText, JSON.stringify(r.sources), r.sort, r.active, by],
    );
    return id;
  }

  async updateRule(id: string, r: RuleFields, by: string): Promise<void> {
    await this.m.query(
      `UPDATE navigator_rules SET code = $2, title = $3, obligation = $4, description = $5, conditions = $6, deadline_working_days = $7, deadline_text = $8,
         sources = $9, sort = $10, active = $11, updated_by = $12, updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, r.code, r.title, r.obligation, r.description, JSON.stringify(r.conditions), r.deadlineWorkingDays, r.deadlineText, JSON.stringify(r.sources), r.sort, r.active, by],
    );
  }

  async ruleCodeTaken(code: string, exceptId: string | null): Promise<boolean> {
    const [row] = await this.m.query(`SELECT 1 FROM navigator_rules WHERE code = $1 AND id IS DISTINCT FROM $2`, [code, exceptId]);
    return !!row;
  }

  // ------------------------------------------------------------------------------------------
  // Canned replies

  /** Replies of a programme: city-wide ones and those of the zone. */
  async cannedReplies(zoneClause: ScopeClause, programme: string | undefined): Promise<CannedReplyView[]> {
    return this.named(
      `SELECT id, programme, title, body, zone_id AS "zoneId", active FROM canned_replies r
       WHERE (r.zone_id IS NULL OR ${zoneClause.sql}) ${programme ? 'AND r.programme = :programme' : ''} ORDER BY r.programme, r.title, r.id`,
      { ...zoneClause.params, programme },
    );
  }

  async insertCanned(r: Omit<CannedReplyView, 'id'>, by: string): Promise<string> {
    const [{ id }] = await this.m.query(`INSERT INTO canned_replies (programme, title, body, zone_id, active, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [r.programme, r.title, r.body, r.zoneId, r.active, by]);
    return id;
  }

  async updateCanned(id: string, r: Pick<CannedReplyView, 'title' | 'body' | 'active'>): Promise<void> {
    await this.m.query(`UPDATE canned_replies SET title = $2, body = $3, active = $4, updated_at = now() WHERE id = $1`, [id, r.title, r.body, r.active]);
  }
}

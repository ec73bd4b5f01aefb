import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseFiled, CasesService, OnCaseEvent, zoneScope } from '@app/cases';
import type { ComplianceStartStats, ComplianceStartView, KnowledgeArticleView } from '@app/contracts';
import { shanghaiDate } from '@app/calendar';
import { Transactional } from '@app/database';
import { validateIntake } from '@app/programmes';
import { ZonesService } from '@app/zones';
import { ArticleDto, ArticleFromCaseDto, EndStartDto, FileFromStartDto, ListArticlesQuery, StartDto } from './compliance.dto';
import { ComplianceError, ComplianceErrorCode } from './compliance.errors';
import { ArticleFields, ComplianceRepository } from './compliance.repository';

/** Fields a draft saved from a case leaves for the desk to complete before publishing. */
const TO_COMPLETE = '待补充';
const OFFERED = 5;

/**
 * The knowledge base (draft → published → superseded) and the compliance start: before a
 * creator files a compliance case the matching articles are offered, and whether the start
 * ended with a case is recorded (the dashboard's deflection rate).
 */
@Injectable()
export class KnowledgeService {
  constructor(
    private readonly repo: ComplianceRepository,
    private readonly cases: CasesService,
    private readonly zones: ZonesService,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------------------------------
  // Articles

  /** Creators read published articles; the desk sees drafts and superseded ones too. */
  async search(actor: Actor, q: ListArticlesQuery): Promise<KnowledgeArticleView[]> {
    const statuses = actor.role === 'creator' ? ['published' as const] : q.status ? [q.status] : (['draft', 'published', 'superseded'] as const);
    return this.repo.searchArticles(statuses, q.q, 50);
  }

  async get(actor: Actor, id: string): Promise<KnowledgeArticleView> {
    const a = await this.repo.article(id);
    if (!a || (actor.role === 'creator' && a.status === 'draft')) throw new ComplianceError(ComplianceErrorCode.ArticleNotFound, '未找到该文章');
    return a;
  }

  @Transactional()
  async create(actor: Actor, meta: RequestMeta, dto: ArticleDto, fromCaseId: string | null = null): Promise<KnowledgeArticleView> {
    if (dto.supersedesId) {
      const old = await this.repo.article(dto.supersedesId);
      if (!old || old.status !== 'published') throw new ValidationError([{ field: 'supersedesId', message: '只能替代已发布的文章' }]);
    }
    const id = await this.repo.insertArticle(fields(dto), { by: actor.userId, supersedesId: dto.supersedesId ?? null, fromCaseId });
    await this.audit.record({ actor, meta, action: 'knowledge_article.create', entityType: 'knowledge_article', entityId: id, after: { title: dto.title, supersedesId: dto.supersedesId ?? null, fromCaseId } });
    return (await this.repo.article(id))!;
  }

  @Transactional()
  async update(actor: Actor, meta: RequestMeta, id: string, dto: ArticleDto): Promise<KnowledgeArticleView> {
    const a = await this.lockDraft(id);
    await this.repo.updateArticle(id, fields(dto), actor.userId);
    await this.audit.record({ actor, meta, action: 'knowledge_article.update', entityType: 'knowledge_article', entityId: id, before: { title: a.title }, after: { title: dto.title } });
    return (await this.repo.article(id))!;
  }

  /** Publishes a draft; the article it replaces (if any) becomes superseded. */
  @Transactional()
  async publish(actor: Actor, meta: RequestMeta, id: string): Promise<KnowledgeArticleView> {
    const a = await this.lockDraft(id);
    const incomplete = (['regulation', 'issuingBody', 'source'] as const).filter((f) => a[f] === TO_COMPLETE);
    if (incomplete.length) throw new ValidationError(incomplete.map((field) => ({ field, message: '发布前请补充' })), '发布前请补充法规名称、发布机关和来源');
    await this.repo.setArticleStatus(id, 'published', actor.userId);
    if (a.supersedesId) {
      const old = await this.repo.article(a.supersedesId, true);
      if (old?.status === 'published') await this.repo.setArticleStatus(old.id, 'superseded', actor.userId, id);
    }
    await this.audit.record({ actor, meta, action: 'knowledge_article.publish', entityType: 'knowledge_article', entityId: id, after: { status: 'published', supersedes: a.supersedesId } });
    return (await this.repo.article(id))!;
  }

  /** An agent's answer on a compliance case, saved as a new draft for the knowledge base. */
  async fromCase(actor: Actor, meta: RequestMeta, caseId: string, dto: ArticleFromCaseDto): Promise<KnowledgeArticleView> {
    const c = await this.cases.detail(actor, caseId);
    if (c.programme !== 'compliance') throw new ValidationError([{ field: 'caseId', message: '只能从合规引擎的案件保存文章' }]);
    const body = dto.body ?? c.resolutionSummary;
    if (!body) throw new ValidationError([{ field: 'body', message: '该案件还没有答复，请填写文章内容' }]);
    const today = shanghaiDate(new Date());
    return this.create(
      actor,
      meta,
      { title: dto.title ?? c.title, summary: String(c.intake.question ?? '').slice(0, 1000), body, regulation: TO_COMPLETE, issuingBody: TO_COMPLETE, effectiveOn: today, articleRefs: [], source: TO_COMPLETE },
      caseId,
    );
  }

  private async lockDraft(id: string): Promise<KnowledgeArticleView> {
    const a = await this.repo.article(id, true);
    if (!a) throw new ComplianceError(ComplianceErrorCode.ArticleNotFound, '未找到该文章');
    if (a.status !== 'draft') throw new ComplianceError(ComplianceErrorCode.NotDraft, '已发布的文章不能修改；请新建一个替代它的版本');
    return a;
  }

  // ------------------------------------------------------------------------------------------
  // Compliance starts

  @Transactional()
  async start(actor: Actor, meta: RequestMeta, dto: StartDto): Promise<ComplianceStartView> {
    if (!(await this.zones.zone(dto.zoneId))) throw new ValidationError([{ field: 'zoneId', message: `集聚区 ${dto.zoneId} 不存在` }]);
    const articles = await this.repo.searchArticles(['published'], dto.question, OFFERED, true);
    const id = await this.repo.insertStart(actor.userId, dto.zoneId, dto.question.trim(), articles.map((a) => a.id));
    await this.audit.record({ actor, meta, action: 'compliance_start.create', entityType: 'compliance_start', entityId: id, after: { zoneId: dto.zoneId, offered: articles.map((a) => a.id) } });
    return { id, articles };
  }

  /** The creator read the articles and did not need a case. */
  @Transactional()
  async endStart(actor: Actor, meta: RequestMeta, id: string, dto: EndStartDto): Promise<{ id: string; helpful: boolean }> {
    const s = await this.repo.start(id, actor.userId);
    if (!s) throw new ComplianceError(ComplianceErrorCode.StartNotFound, '未找到该咨询');
    if (s.endedAt) throw new ComplianceError(ComplianceErrorCode.StartEnded, '该咨询已结束');
    await this.repo.endStart(id, dto.helpful, null);
    await this.audit.record({ actor, meta, action: 'compliance_start.end', entityType: 'compliance_start', entityId: id, after: { helpful: dto.helpful } });
    return { id, helpful: dto.helpful };
  }

  /** The articles did not answer it: a compliance case, linked to the start. */
  async fileFromStart(actor: Actor, meta: RequestMeta, id: string, dto: FileFromStartDto) {
    const intake = validateIntake('compliance', dto.intake);
    if (!intake.ok) throw new ValidationError(intake.errors);
    const s = await this.repo.start(id, actor.userId);
    if (!s) throw new ComplianceError(ComplianceErrorCode.StartNotFound, '未找到该咨询');
    if (s.caseId) throw new ComplianceError(ComplianceErrorCode.StartEnded, '该咨询已立案');
    return this.cases.file(actor, meta, { programme: 'compliance', zoneId: s.zoneId, ...dto }, { compliance: { startId: id } });
  }

  /**
   * In the filing transaction: the start this case came from ends with the case — the one
   * named by this module's route, or (a creator filing through the ordinary form right after
   * reading the offered articles) their latest open start of the last day.
   */
  @OnCaseEvent({ listener: 'compliance-starts', events: ['case.filed'] })
  async onCaseFiled(change: CaseFiled): Promise<void> {
    if (change.case.programme !== 'compliance') return;
    const named = (change.context as { compliance?: { startId?: string } } | undefined)?.compliance?.startId;
    if (named) {
      const s = await this.repo.start(named, change.case.creatorId);
      if (!s || s.caseId) throw new ComplianceError(ComplianceErrorCode.StartEnded, '该咨询已立案');
      await this.repo.endStart(named, false, change.case.id);
    } else if (change.actor !== 'system' && change.actor.role === 'creator') {
      const open = await this.repo.latestOpenStart(change.case.creatorId);
      if (open) await this.repo.endStart(open, false, change.case.id);
    }
  }

  /** Per zone: how many starts ended without a case. */
  async startStats(actor: Actor): Promise<ComplianceStartStats[]> {
    const rows = await this.repo.startStats(zoneScope(actor, 's.zone_id'));
    return rows.map((r) => ({ ...r, deflectionRate: r.starts ? r.withoutCase / r.starts : null }));
  }
}

function fields(dto: ArticleDto): ArticleFields {
  return {
    title: dto.title.trim(),
    summary: dto.summary?.trim() ?? '',
    body: dto.body.trim(),
    regulation: dto.regulation.trim(),
    issuingBody: dto.issuingBody.trim(),
    effectiveOn: dto.effectiveOn,
    articleRefs: dto.articleRefs.map((r) => r.trim()),
    source: dto.source.trim(),
  };
}

import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseFiled, CaseRepository, CasesService, FileCaseDto, OnCaseEvent } from '@app/cases';
import {
  ADOPTION_LABELS,
  type AdoptionStatsRow,
  type ConsultationView,
  MIN_CONSULTATION_DAYS,
  type PublicConsultation,
  type SuggestionView,
  windowState,
} from '@app/contracts';
import { shanghaiDate } from '@app/calendar';
import { Transactional } from '@app/database';
import { ZonesService } from '@app/zones';
import { AnswerSuggestionDto, CreateConsultationDto, ListSuggestionsQuery, SuggestDto } from './legislation.dto';
import { LegislationError, LegislationErrorCode } from './legislation.errors';
import { ConsultationRow, ConsultationsRepository, SuggestionRow, suggestionScope } from './consultations.repository';

const DAY_MS = 24 * 3600_000;

/** What the suggestion route hands to the case filing, read back by the listener in its transaction. */
interface SuggestionFiling {
  consultationId: string;
  articleNo: string;
  suggestedWording: string;
  reason: string;
  named: boolean;
}


/**
 * 众智平台: the city authority publishes a draft for comment; creators suggest changes against
 * its articles while the window is open; every suggestion is a `legislation` case that the desk
 * forwards to the authority, which answers it (采纳 / 部分采纳 / 未采纳 / 转有关部门) with a reason —
 * that answer resolves the case, so the creator sees it and is notified like any result.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly cases: CasesService,
    private readonly caseRepo: CaseRepository,
    private readonly zones: ZonesService,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------------------------------
  // Consultations

  @Transactional()
  async create(actor: Actor, meta: RequestMeta, dto: CreateConsultationDto): Promise<ConsultationView> {
    await this.requireCityOfficer(actor);
    const opensAt = new Date(dto.opensAt);
    const closesAt = new Date(dto.closesAt);
    const errors = [];
    if (closesAt <= opensAt) errors.push({ field: 'closesAt', message: '截止时间须晚于开始时间' });
    else if (closesAt.getTime() - opensAt.getTime() < MIN_CONSULTATION_DAYS * DAY_MS && !dto.shortWindowReason) {
      errors.push({ field: 'shortWindowReason', message: `征集期不少于 ${MIN_CONSULTATION_DAYS} 日；确需缩短的，请说明理由` });
    }
    const numbers = dto.articles.map((a) => a.no.trim());
    const repeated = numbers.find((n, i) => numbers.indexOf(n) !== i);
    if (repeated) errors.push({ field: 'articles', message: `条号「${repeated}」重复` });
    if (errors.length) throw new ValidationError(errors);
    const row = {
      title: dto.title.trim(),
      issuingBody: dto.issuingBody.trim(),
      summary: dto.summary?.trim() ?? '',
      articles: dto.articles.map((a) => ({ no: a.no.trim(), text: a.text.trim() })),
      opensAt,
      closesAt,
      shortWindowReason: dto.shortWindowReason?.trim() ?? null,
      authorityId: actor.authorityId!,
    };
    const id = await this.repo.insertConsultation({ ...row, createdBy: actor.userId });
    await this.audit.record({
      actor,
      meta,
      action: 'consultation.create',
      entityType: 'consultation',
      entityId: id,
      after: { title: row.title, opensAt, closesAt, articles: numbers, shortWindowReason: row.shortWindowReason },
    });
    return this.get(id);
  }

  async list(): Promise<ConsultationView[]> {
    const now = new Date();
    return (await this.repo.consultations()).map((c) => toConsultationView(c, now));
  }

  async get(id: string): Promise<ConsultationView> {
    const [row] = await this.repo.consultations(id);
    if (!row) throw new LegislationError(LegislationErrorCode.ConsultationNotFound, '未找到该征集');
    return toConsultationView(row, new Date());
  }

  /** The public page: every consultation with its counts and the adopted suggestions, anonymised unless named. */
  async publicList(): Promise<PublicConsultation[]> {
    const now = new Date();
    const rows = (await this.repo.consultations()).filter((c) => windowState(c, now) !== 'upcoming');
    const adopted = await this.repo.adoptedSuggestions(rows.map((c) => c.id));
    return rows.map((c) => {
      const { shortWindowReason: _omitted, ...view } = toConsultationView(c, now);
      return {
        ...view,
        adoptedSuggestions: adopted
          .filter((s) => s.consultationId === c.id)
          .map((s) => ({ articleNo: s.articleNo, suggestedWording: s.suggestedWording, adoption: s.adoption!, adoptionReason: s.adoptionReason!, author: s.named ? s.creatorName : '匿名创作者' })),
      };
    });
  }

  // ------------------------------------------------------------------------------------------
  // Suggestions

  /** A creator's suggestion: a `legislation` case filed through the cases module, plus its suggestion row. */
  async suggest(actor: Actor, meta: RequestMeta, consultationId: string, dto: SuggestDto): Promise<SuggestionView> {
    const [c] = await this.repo.consultations(consultationId);
    if (!c) throw new LegislationError(LegislationErrorCode.ConsultationNotFound, '未找到该征集');
    checkSuggestable(c, dto.articleNo.trim(), new Date());
    const articleNo = dto.articleNo.trim();
    const filing: SuggestionFiling = { consultationId, articleNo, suggestedWording: dto.suggestedWording.trim(), reason: dto.reason.trim(), named: dto.named ?? false };
    const caseDto: FileCaseDto = {
      programme: 'legislation',
      category: 'law_revision_suggestion',
      zoneId: dto.zoneId,
      title: clip(`对《${c.title}》${articleNo}的修改建议`, 100),
      description: clip(`建议条款：${articleNo}\n建议内容：${filing.suggestedWording}\n理由：${filing.reason}`, 5000),
      intake: { lawName: c.title, article: articleNo, suggestedWording: filing.suggestedWording, reason: filing.reason },
    };
    const filed = await this.cases.file(actor, meta, caseDto, { legislation: filing });
    const [row] = await this.repo.suggestions(await this.scope(actor), { caseId: filed.id });
    return toSuggestionView(row, actor.role !== 'creator');
  }

  /** In the filing transaction: the window is checked again under a lock, and the suggestion row written. */
  @OnCaseEvent({ listener: 'legislation-suggestions', events: ['case.filed'] })
  async onCaseFiled(change: CaseFiled): Promise<void> {
    const filing = (change.context as { legislation?: SuggestionFiling } | undefined)?.legislation;
    if (!filing) return;
    const c = await this.repo.lockConsultation(filing.consultationId);
    if (!c) throw new LegislationError(LegislationErrorCode.ConsultationNotFound, '未找到该征集');
    checkSuggestable(c, filing.articleNo, change.at);
    const id = await this.repo.insertSuggestion({ ...filing, caseId: change.case.id, creatorId: change.case.creatorId, zoneId: change.case.zoneId });
    if (change.actor === 'system') return;
    await this.audit.record({
      actor: change.actor,
      action: 'suggestion.create',
      entityType: 'suggestion',
      entityId: id,
      after: { consultationId: filing.consultationId, caseId: change.case.id, articleNo: filing.articleNo, named: filing.named },
    });
  }

  async suggestions(actor: Actor, q: ListSuggestionsQuery): Promise<SuggestionView[]> {
    const rows = await this.repo.suggestions(await this.scope(actor), q);
    return rows.map((r) => toSuggestionView(r, actor.role !== 'creator'));
  }

  /** The desk forwards a suggestion to the authority that runs the consultation (the case escalates to it). */
  @Transactional()
  async forward(actor: Actor, meta: RequestMeta, id: string): Promise<SuggestionView> {
    const s = await this.lockSuggestion(actor, id);
    const [consultation] = await this.repo.consultations(s.consultationId);
    const c = await this.caseRepo.lock(actor, s.caseId);
    if (c.status === 'submitted') await this.cases.actWithin(actor, meta, c, 'accept', { note: '众智平台征集建议，服务台受理' });
    if (c.status !== 'accepted' && c.status !== 'in_progress') {
      throw new LegislationError(LegislationErrorCode.CannotForward, `该建议的案件当前为「${c.status}」，不能转报`);
    }
    await this.cases.actWithin(actor, meta, c, 'escalate', {
      reason: `转报${consultation.issuingBody}立法渠道（《${consultation.title}》${s.articleNo}）`,
      targetAuthorityId: consultation.authorityId,
    });
    await this.audit.record({ actor, meta, action: 'suggestion.forward', entityType: 'suggestion', entityId: id, after: { caseId: c.id, authorityId: consultation.authorityId } });
    return this.suggestionView(actor, id);
  }

  /** The authority's answer: recorded on the suggestion, and it resolves the case (the creator is notified). */
  @Transactional()
  async answer(actor: Actor, meta: RequestMeta, id: string, dto: AnswerSuggestionDto): Promise<SuggestionView> {
    const s = await this.lockSuggestion(actor, id);
    if (s.adoption) throw new LegislationError(LegislationErrorCode.AlreadyAnswered, '该建议已答复');
    if (s.caseStatus !== 'escalated' || s.escalationAuthorityId !== actor.authorityId) {
      throw new LegislationError(LegislationErrorCode.NotForwarded, '该建议尚未由服务台转报至本机构，暂不能答复');
    }
    const c = await this.caseRepo.lock(actor, s.caseId);
    if (!c.escalationAcknowledged) await this.cases.actWithin(actor, meta, c, 'acknowledge', {});
    const reason = dto.reason.trim();
    await this.cases.actWithin(actor, meta, c, 'resolve', { outcome: dto.adoption, summary: `${ADOPTION_LABELS[dto.adoption]}。${reason}` });
    const at = new Date();
    await this.repo.answer(id, dto.adoption, reason, actor.userId, at);
    await this.audit.record({ actor, meta, action: 'suggestion.answer', entityType: 'suggestion', entityId: id, after: { caseId: c.id, adoption: dto.adoption, reason } });
    return this.suggestionView(actor, id);
  }

  async adoptionStats(actor: Actor): Promise<AdoptionStatsRow[]> {
    const rows = await this.repo.adoptionStats(await this.scope(actor));
    return rows.map((r) => ({ ...r, adoptionRate: r.answered ? (r.adopted + r.partlyAdopted) / r.answered : null }));
  }

  // ------------------------------------------------------------------------------------------

  private async suggestionView(actor: Actor, id: string): Promise<SuggestionView> {
    const [row] = await this.repo.suggestions(await this.scope(actor), { id });
    if (!row) throw new LegislationError(LegislationErrorCode.SuggestionNotFound, '未找到该建议');
    return toSuggestionView(row, actor.role !== 'creator');
  }

  private async lockSuggestion(actor: Actor, id: string): Promise<SuggestionRow> {
    const [row] = await this.repo.suggestions(await this.scope(actor), { id, lock: true });
    if (!row) throw new LegislationError(LegislationErrorCode.SuggestionNotFound, '未找到该建议');
    return row;
  }

  private async scope(actor: Actor) {
    const level = actor.role === 'cac_officer' && actor.authorityId ? ((await this.zones.authority(actor.authorityId))?.level ?? null) : null;
    return suggestionScope(actor, level);
  }

  private async requireCityOfficer(actor: Actor): Promise<void> {
    const authority = actor.authorityId ? await this.zones.authority(actor.authorityId) : undefined;
    if (actor.role !== 'cac_officer' || authority?.level !== 'city') {
      throw new LegislationError(LegislationErrorCode.NotCityOfficer, '只有市委网信办联络员可以发布征集');
    }
  }
}

/** Suggesting is open only inside the window, and only against an article of the draft. */
function checkSuggestable(c: Omit<ConsultationRow, 'counts'>, articleNo: string, now: Date): void {
  const state = windowState(c, now);
  if (state === 'upcoming') throw new LegislationError(LegislationErrorCode.WindowClosed, `该征集将于 ${shanghaiDate(new Date(c.opensAt))} 开始，届时可提交建议`);
  if (state === 'closed') throw new LegislationError(LegislationErrorCode.WindowClosed, `该征集已于 ${shanghaiDate(new Date(c.closesAt))} 截止，不再接收建议`);
  if (!c.articles.some((a) => a.no === articleNo)) {
    throw new ValidationError([{ field: 'articleNo', message: `征集稿中没有「${articleNo}」，可选：${c.articles.map((a) => a.no).join('、')}` }]);
  }
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function toConsultationView(c: ConsultationRow, now: Date): ConsultationView {
  return {
    id: c.id,
    title: c.title,
    issuingBody: c.issuingBody,
    summary: c.summary,
    articles: c.articles,
    opensAt: new Date(c.opensAt).toISOString(),
    closesAt: new Date(c.closesAt).toISOString(),
    shortWindowReason: c.shortWindowReason,
    state: windowState(c, now),
    counts: c.counts,
  };
}

function toSuggestionView(r: SuggestionRow, staff: boolean): SuggestionView {
  return {
    id: r.id,
    consultationId: r.consultationId,
    consultationTitle: r.consultationTitle,
    caseId: r.caseId,
    reference: r.reference,
    caseStatus: r.caseStatus,
    zoneId: r.zoneId,
    articleNo: r.articleNo,
    suggestedWording: r.suggestedWording,
    reason: r.reason,
    named: r.named,
    creatorName: staff ? r.creatorName : null,
    adoption: r.adoption,
    adoptionReason: r.adoptionReason,
    answeredAt: r.answeredAt ? new Date(r.answeredAt).toISOString() : null,
    createdAt: new Date(r.createdAt).toISOString(),
    forwarded: r.caseStatus === 'escalated' || r.adoption !== null,
  };
}


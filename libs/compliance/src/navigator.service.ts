import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseDetail, CasesService, zoneScope } from '@app/cases';
import { CANNED_PLACEHOLDERS, type CannedReplyView, NAVIGATOR_QUESTIONS, type NavigatorAnswers, type NavigatorResult, type NavigatorRuleView } from '@app/contracts';
import { inShanghai } from '@app/calendar';
import { Transactional } from '@app/database';
import { HolidayCalendar } from '@app/sla';
import { fillPlaceholders, unknownPlaceholders } from './canned-reply';
import { CannedReplyDto, NavigatorCaseDto, RuleDto, UpdateRuleDto } from './compliance.dto';
import { ComplianceError, ComplianceErrorCode } from './compliance.errors';
import { ComplianceRepository, RuleFields } from './compliance.repository';
import { answerProblems, conditionProblems, evaluate } from './navigator';

const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);
const shanghai = (d: Date) => inShanghai(new Date(d)).toFormat('yyyy-MM-dd HH:mm');

/**
 * The navigator (a questionnaire evaluated against rules kept as data, with deadlines on the
 * working-day calendar) and the canned replies the desk fills in from a case.
 */
@Injectable()
export class NavigatorService {
  constructor(
    private readonly repo: ComplianceRepository,
    private readonly cases: CasesService,
    private readonly calendar: HolidayCalendar,
    private readonly audit: AuditService,
  ) {}

  questions() {
    return NAVIGATOR_QUESTIONS;
  }

  rules(): Promise<NavigatorRuleView[]> {
    return this.repo.rules(false);
  }

  async evaluate(answers: NavigatorAnswers): Promise<NavigatorResult> {
    const problems = answerProblems(answers);
    if (problems.length) throw new ValidationError(problems);
    return evaluate(await this.repo.rules(true), answers, await this.calendar.calendar());
  }

  /** The answers, filed as a compliance case with the product, the obligations and their deadlines filled in. */
  async fileCase(actor: Actor, meta: RequestMeta, dto: NavigatorCaseDto): Promise<CaseDetail> {
    const result = await this.evaluate(dto.answers);
    const product = String(dto.answers.productDescription).trim();
    return this.cases.file(actor, meta, {
      programme: 'compliance',
      category: 'compliance_guidance',
      zoneId: dto.zoneId,
      title: clip(`合规导航：${product}`, 100),
      description: clip(`${result.summary}\n\n问卷回答：\n${NAVIGATOR_QUESTIONS.map((q) => `${q.label} ${formatAnswer(dto.answers[q.id])}`).join('\n')}`, 5000),
      intake: { productOrModel: clip(product, 200), question: clip(`请协助确认以下合规义务并指导办理：\n${result.summary}`, 3000) },
    });
  }

  @Transactional()
  async createRule(actor: Actor, meta: RequestMeta, dto: RuleDto): Promise<NavigatorRuleView> {
    const r = await this.checkRule(dto, null);
    const id = await this.repo.insertRule(r, actor.userId);
    await this.audit.record({ actor, meta, action: 'navigator_rule.create', entityType: 'navigator_rule', entityId: id, after: r });
    return (await this.repo.rule(id))!;
  }

  @Transactional()
  async updateRule(actor: Actor, meta: RequestMeta, id: string, dto: UpdateRuleDto): Promise<NavigatorRuleView> {
    const r = await this.checkRule(dto, id);
    const before = await this.repo.rule(id, true);
    if (!before) throw new ComplianceError(ComplianceErrorCode.RuleNotFound, '未找到该规则');
    if (before.version !== dto.version) throw new ComplianceError(ComplianceErrorCode.RuleVersionConflict, '规则已被他人修改，请刷新后再编辑', { currentVersion: before.version });
    await this.repo.updateRule(id, r, actor.userId);
    await this.audit.record({ actor, meta, action: 'navigator_rule.update', entityType: 'navigator_rule', entityId: id, before, after: r });
    return (await this.repo.rule(id))!;
  }

  private async checkRule(dto: RuleDto, id: string | null): Promise<RuleFields> {
    const problems = conditionProblems(dto.conditions);
    if (await this.repo.ruleCodeTaken(dto.code, id)) problems.push({ field: 'code', message: `规则代码 ${dto.code} 已存在` });
    if (problems.length) throw new ValidationError(problems);
    return {
      code: dto.code,
      title: dto.title.trim(),
      obligation: dto.obligation,
      description: dto.description.trim(),
      conditions: dto.conditions.map((c) => (c.anyOf ? { question: c.question, anyOf: c.anyOf } : { question: c.question, equals: c.equals })),
      deadlineWorkingDays: dto.deadlineWorkingDays ?? null,
      deadlineText: dto.deadlineText.trim(),
      sources: dto.sources.map((s) => ({ regulation: s.regulation.trim(), article: s.article.trim() })),
      sort: dto.sort ?? 100,
      active: dto.active ?? true,
    };
  }

  // ------------------------------------------------------------------------------------------
  // Canned replies

  cannedReplies(actor: Actor, programme?: string): Promise<CannedReplyView[]> {
    return this.repo.cannedReplies(zoneScope(actor, 'r.zone_id'), programme);
  }

  /** A supervisor's or agent's reply for their zone (a city-wide supervisor's is for every zone). */
  @Transactional()
  async createCanned(actor: Actor, meta: RequestMeta, dto: CannedReplyDto): Promise<CannedReplyView> {
    checkPlaceholders(dto.body);
    const row = { programme: dto.programme, title: dto.title.trim(), body: dto.body, zoneId: actor.zoneId, active: dto.active ?? true };
    const id = await this.repo.insertCanned(row, actor.userId);
    await this.audit.record({ actor, meta, action: 'canned_reply.create', entityType: 'canned_reply', entityId: id, after: row });
    return { id, ...row };
  }

  @Transactional()
  async updateCanned(actor: Actor, meta: RequestMeta, id: string, dto: CannedReplyDto): Promise<CannedReplyView> {
    const current = (await this.cannedReplies(actor)).find((r) => r.id === id);
    // The desk edits its zone's replies; city-wide ones only a city-wide supervisor.
    if (!current || (current.zoneId === null && actor.zoneId !== null)) throw new ComplianceError(ComplianceErrorCode.CannedNotFound, '未找到可编辑的常用语');
    checkPlaceholders(dto.body);
    await this.repo.updateCanned(id, { title: dto.title.trim(), body: dto.body, active: dto.active ?? true });
    await this.audit.record({ actor, meta, action: 'canned_reply.update', entityType: 'canned_reply', entityId: id, before: current, after: dto });
    return { ...current, title: dto.title.trim(), body: dto.body, active: dto.active ?? true };
  }

  /** The reply with the case's creator name, reference and deadline filled in (the case must be in the caller's scope). */
  async renderCanned(actor: Actor, id: string, caseId: string): Promise<{ text: string }> {
    const reply = (await this.cannedReplies(actor)).find((r) => r.id === id && r.active);
    if (!reply) throw new ComplianceError(ComplianceErrorCode.CannedNotFound, '未找到该常用语');
    const c = await this.cases.detail(actor, caseId);
    return {
      text: fillPlaceholders(reply.body, { creatorName: c.creator.displayName, reference: c.reference, title: c.title, deadline: c.nextDueAt ? shanghai(c.nextDueAt) : '（暂无办理期限）' }),
    };
  }
}

function checkPlaceholders(body: string): void {
  const unknown = unknownPlaceholders(body);
  if (unknown.length) throw new ValidationError([{ field: 'body', message: `未知的占位符：${unknown.map((u) => `{{${u}}}`).join('、')}；可用：${Object.keys(CANNED_PLACEHOLDERS).map((k) => `{{${k}}}`).join('、')}` }]);
}

function formatAnswer(v: unknown): string {
  if (v === undefined || v === '') return '（未填）';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.join('、') || '无';
  return String(v);
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ARTICLE_STATUSES, OBLIGATIONS, type ArticleStatus, type CannedReplyView, type ComplianceStartStats, type ComplianceStartView, type KnowledgeArticleView, type NavigatorAnswerType, type NavigatorCondition, type NavigatorObligation, type NavigatorQuestion, type NavigatorResult, type NavigatorRuleView, type NavigatorSource, type Obligation } from '@app/contracts';
import { Field } from '@app/common';

/**
 * What the compliance routes answer, as the OpenAPI document (and the web's generated types)
 * shows it. Each class implements the contract view the services return.
 */
export class KnowledgeArticleResponse implements KnowledgeArticleView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: '算法备案：自提供服务之日起十个工作日内' }) title: string;
  @Field.text() summary: string;
  @Field.text() body: string;
  @Field.text({ example: '互联网信息服务算法推荐管理规定' }) regulation: string;
  @Field.text() issuingBody: string;
  @Field.text({ example: '2022-03-01' }) effectiveOn: string;
  @Field.texts({ example: ['第二十四条'] }) articleRefs: string[];
  @Field.text() source: string;
  @Field.oneOf(ARTICLE_STATUSES) status: ArticleStatus;
  @Field.textOrNull({ format: 'uuid' }) supersedesId: string | null;
  @Field.textOrNull({ format: 'uuid' }) supersededBy: string | null;
  @Field.textOrNull({ format: 'uuid' }) fromCaseId: string | null;
  @Field.instantOrNull() publishedAt: string | null;
  @Field.instant() updatedAt: string;
  @ApiPropertyOptional({ type: Number, description: '检索相关度（仅检索结果）' }) rank?: number;
}

class QuestionOptionResponse {
  @Field.text() id: string;
  @Field.text() label: string;
}

export class NavigatorQuestionResponse implements NavigatorQuestion {
  @Field.text({ example: 'servesPublic' }) id: string;
  @Field.text() label: string;
  @Field.oneOf(['text', 'boolean', 'multi', 'single', 'date']) type: NavigatorAnswerType;
  @ApiPropertyOptional({ type: String }) help?: string;
  @ApiPropertyOptional({ type: () => QuestionOptionResponse, isArray: true }) options?: QuestionOptionResponse[];
  @Field.flag() required: boolean;
}

class NavigatorConditionResponse implements NavigatorCondition {
  @Field.text() question: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'string' }, { type: 'boolean' }] }) equals?: string | boolean;
  @ApiPropertyOptional({ type: String, isArray: true }) anyOf?: string[];
}

class NavigatorSourceResponse implements NavigatorSource {
  @Field.text({ example: '互联网信息服务算法推荐管理规定' }) regulation: string;
  @Field.text({ example: '第二十四条' }) article: string;
}

export class NavigatorRuleResponse implements NavigatorRuleView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'algorithm_filing' }) code: string;
  @Field.text() title: string;
  @Field.oneOf(OBLIGATIONS) obligation: Obligation;
  @Field.text() description: string;
  @Field.nestedList(() => NavigatorConditionResponse) conditions: NavigatorConditionResponse[];
  @Field.intOrNull() deadlineWorkingDays: number | null;
  @Field.text() deadlineText: string;
  @Field.nestedList(() => NavigatorSourceResponse) sources: NavigatorSourceResponse[];
  @Field.int() sort: number;
  @Field.flag() active: boolean;
  @Field.int() version: number;
  @Field.instant() updatedAt: string;
}

class NavigatorObligationResponse implements NavigatorObligation {
  @Field.text() code: string;
  @Field.text() title: string;
  @Field.oneOf(OBLIGATIONS) obligation: Obligation;
  @Field.text() description: string;
  @Field.text() deadlineText: string;
  @Field.textOrNull({ example: '2026-03-16', description: '按工作日日历算出的截止日期' }) dueOn: string | null;
  @Field.nestedList(() => NavigatorSourceResponse) sources: NavigatorSourceResponse[];
}

export class NavigatorResultResponse implements NavigatorResult {
  @Field.nestedList(() => NavigatorObligationResponse) obligations: NavigatorObligationResponse[];
  @Field.text() summary: string;
}

export class CannedReplyResponse implements CannedReplyView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'compliance' }) programme: string;
  @Field.text() title: string;
  @Field.text() body: string;
  @Field.textOrNull({ description: '为 null 时全市通用' }) zoneId: string | null;
  @Field.flag() active: boolean;
}

export class RenderedReplyResponse {
  @Field.text() text: string;
}

export class ComplianceStartResponse implements ComplianceStartView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.nestedList(() => KnowledgeArticleResponse) articles: KnowledgeArticleResponse[];
}

export class EndedStartResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.flag() helpful: boolean;
}

export class ComplianceStartStatsResponse implements ComplianceStartStats {
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.int() starts: number;
  @Field.int() withCase: number;
  @Field.int() withoutCase: number;
  @Field.int() helpful: number;
  @ApiProperty({ type: Number, nullable: true, description: '未立案即结束的比例（0–1）；无咨询时为 null' }) deflectionRate: number | null;
}

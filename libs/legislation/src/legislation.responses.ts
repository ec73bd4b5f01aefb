import { ApiProperty } from '@nestjs/swagger';
import { ADOPTIONS, type Adoption, type AdoptionStatsRow, type ConsultationArticle, type ConsultationCounts, type ConsultationView, type PublicConsultation, type PublicSuggestion, type SuggestionView } from '@app/contracts';
import { Field } from '@app/common';

/**
 * What the legislation routes answer, as the OpenAPI document (and the web's generated types)
 * shows it. Each class implements the contract view the service returns.
 */
class ConsultationArticleResponse implements ConsultationArticle {
  @Field.text({ example: '第十条' }) no: string;
  @Field.text() text: string;
}

class ConsultationCountsResponse implements ConsultationCounts {
  @Field.int() suggestions: number;
  @Field.int() answered: number;
  @Field.int() adopted: number;
  @Field.int() partlyAdopted: number;
  @Field.int() notAdopted: number;
  @Field.int() forwarded: number;
}

/** What the public page and the desk both see of a consultation. */
class ConsultationBase implements Omit<ConsultationView, 'shortWindowReason'> {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: '上海市网络信息内容管理若干规定（草案征求意见稿）' }) title: string;
  @Field.text({ example: '中共上海市委网络安全和信息化委员会办公室' }) issuingBody: string;
  @Field.text() summary: string;
  @Field.nestedList(() => ConsultationArticleResponse) articles: ConsultationArticleResponse[];
  @Field.instant() opensAt: string;
  @Field.instant() closesAt: string;
  @Field.oneOf(['upcoming', 'open', 'closed']) state: 'upcoming' | 'open' | 'closed';
  @Field.nested(() => ConsultationCountsResponse) counts: ConsultationCountsResponse;
}

export class ConsultationResponse extends ConsultationBase implements ConsultationView {
  @Field.textOrNull({ description: '征求意见期不足 30 日的理由' }) shortWindowReason: string | null;
}

class PublicSuggestionResponse implements PublicSuggestion {
  @Field.text() articleNo: string;
  @Field.text() suggestedWording: string;
  @Field.oneOf(ADOPTIONS) adoption: Adoption;
  @Field.text() adoptionReason: string;
  @Field.text({ example: '匿名创作者' }) author: string;
}

export class PublicConsultationResponse extends ConsultationBase implements PublicConsultation {
  @Field.nestedList(() => PublicSuggestionResponse) adoptedSuggestions: PublicSuggestionResponse[];
}

export class SuggestionResponse implements SuggestionView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) consultationId: string;
  @Field.text() consultationTitle: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-LEG-2026-000003' }) reference: string;
  @Field.text() caseStatus: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: '第十条' }) articleNo: string;
  @Field.text() suggestedWording: string;
  @Field.text() reason: string;
  @Field.flag({ description: '是否署名公开' }) named: boolean;
  @Field.textOrNull() creatorName: string | null;
  @Field.oneOfOrNull(ADOPTIONS) adoption: Adoption | null;
  @Field.textOrNull() adoptionReason: string | null;
  @Field.instantOrNull() answeredAt: string | null;
  @Field.instant() createdAt: string;
  @Field.flag() forwarded: boolean;
}

export class AdoptionStatsResponse implements AdoptionStatsRow {
  @Field.text({ format: 'uuid' }) consultationId: string;
  @Field.text() title: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.int() suggestions: number;
  @Field.int() answered: number;
  @Field.int() adopted: number;
  @Field.int() partlyAdopted: number;
  @ApiProperty({ type: Number, nullable: true, description: '采纳与部分采纳占已答复的比例（0–1）' }) adoptionRate: number | null;
}

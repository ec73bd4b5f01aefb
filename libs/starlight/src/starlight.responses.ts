import { HONOUR_FORMS, NOMINATION_STAGES, STAGE_DECISIONS, type DecidedStage, type HonourForm, type HonourRoundView, type NominationDecisionView, type NominationStage, type NominationView, type RoundQuota, type StageDecision } from '@app/contracts';
import { Field } from '@app/common';

/**
 * What the starlight routes answer, as the OpenAPI document (and the web's generated types)
 * shows it. Each class implements the contract view the services return, so a field added or
 * dropped without its description here does not compile.
 */
const DECIDED_STAGES = Object.keys(STAGE_DECISIONS) as DecidedStage[];
const DECISIONS = [...new Set(Object.values(STAGE_DECISIONS).flat())];

export class RoundQuotaResponse implements RoundQuota {
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.oneOf(HONOUR_FORMS) form: HonourForm;
  @Field.int() quota: number;
  @Field.int({ description: '已占用的推荐名额' }) used: number;
}

export class HonourRoundResponse implements HonourRoundView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: '2026年度中国正能量网络精品征集' }) name: string;
  @Field.text({ example: '中国正能量网络精品' }) honour: string;
  @Field.oneOfList(HONOUR_FORMS) categories: HonourForm[];
  @Field.instant() opensAt: string;
  @Field.instant() closesAt: string;
  @Field.int() selfNominationCap: number;
  @Field.oneOf(['upcoming', 'open', 'closed']) state: 'upcoming' | 'open' | 'closed';
  @Field.nestedList(() => RoundQuotaResponse) quotas: RoundQuotaResponse[];
  @Field.int({ description: '本轮申报数' }) nominations: number;
}

export class NominationDecisionResponse implements NominationDecisionView {
  @Field.oneOf(DECIDED_STAGES) stage: DecidedStage;
  @Field.oneOf(DECISIONS) decision: StageDecision;
  @Field.text() reason: string;
  @Field.instant() decidedAt: string;
  @Field.textOrNull({ description: '仅工作人员可见' }) decidedBy: string | null;
}

export class NominationResponse implements NominationView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) roundId: string;
  @Field.text() roundName: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-STL-2026-000012' }) reference: string;
  @Field.text({ example: 'submitted' }) caseStatus: string;
  @Field.text() title: string;
  @Field.text() workTitle: string;
  @Field.texts() links: string[];
  @Field.intOrNull() reachCount: number | null;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.oneOf(HONOUR_FORMS) form: HonourForm;
  @Field.oneOf(['honour_recommendation', 'self_nomination']) kind: 'honour_recommendation' | 'self_nomination';
  @Field.oneOf(NOMINATION_STAGES) stage: NominationStage;
  @Field.oneOfOrNull(['selected', 'not_selected']) outcome: 'selected' | 'not_selected' | null;
  @Field.textOrNull() honour: string | null;
  @Field.intOrNull() cityRank: number | null;
  @Field.textOrNull() creatorName: string | null;
  @Field.nestedList(() => NominationDecisionResponse) decisions: NominationDecisionResponse[];
  @Field.oneOfOrNull(DECIDED_STAGES) nextStage: DecidedStage | null;
}

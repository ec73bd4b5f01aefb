import { ApiProperty } from '@nestjs/swagger';
import { Field } from '@app/common';
import { APPEAL_STATUSES, APPEALED_RATINGS, CONTACT_METHODS, RATING_LEVELS, RATING_SCALE_TEXT, RECTIFICATION_STATUSES } from '@app/contracts';

const LEVEL = { description: `评价：${RATING_SCALE_TEXT}` };

export class RatingAppealResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) rectificationId: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-CMP-2026-000042' }) caseReference: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.oneOf(APPEALED_RATINGS, { description: 'first 首次评价，second 整改后再评价' }) rating: string;
  @Field.oneOf([...RATING_LEVELS], LEVEL) level: number;
  @Field.text({ example: '评价内容为辱骂，与办理事项无关' }) reason: string;
  @Field.oneOf(APPEAL_STATUSES, { description: 'pending 待市级主管审核，upheld 维持评价，voided 评价作废' }) status: string;
  @Field.instant() filedAt: string;
  @Field.instantOrNull() decidedAt: string | null;
  @Field.textOrNull() decisionReason: string | null;
}

/** One 差评 with its whole loop (a row of the 差评整改台账). */
export class RectificationResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-CMP-2026-000042' }) caseReference: string;
  @Field.text({ example: 'AI 生成配图是否需要添加标识' }) caseTitle: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.oneOf(RECTIFICATION_STATUSES, { description: 'contacting 待回访，rectifying 整改中，rectified 已整改（待再评价），rerated 已再评价，voided 评价已作废' }) status: string;
  @Field.text({ example: '整改中' }) statusLabel: string;
  @Field.oneOf([1, 2], { description: '首次评价（差评：2 不满意、1 非常不满意）' }) firstLevel: number;
  @Field.textOrNull() firstComment: string | null;
  @Field.flag({ description: '首次评价经申诉作废（不计入统计）' }) firstVoided: boolean;
  @Field.instant() ratedAt: string;
  @Field.instant({ description: '回访期限（工作日）' }) contactDueAt: string;
  @Field.instantOrNull({ description: '回访逾期的记录时刻' }) contactOverdueAt: string | null;
  @Field.instantOrNull() contactedAt: string | null;
  @ApiProperty({ enum: CONTACT_METHODS, nullable: true, description: 'phone 电话回访，in_person 当面回访' }) contactMethod: string | null;
  @Field.textOrNull() contactOutcome: string | null;
  @Field.instant({ description: '整改期限（工作日）' }) rectifyDueAt: string;
  @Field.instantOrNull({ description: '整改逾期的记录时刻' }) rectifyOverdueAt: string | null;
  @Field.instantOrNull() rectifiedAt: string | null;
  @Field.textOrNull({ description: '整改措施' }) measures: string | null;
  @Field.intOrNull({ minimum: 1, maximum: 5, description: `整改后再次评价：${RATING_SCALE_TEXT}` }) secondLevel: number | null;
  @Field.textOrNull() secondComment: string | null;
  @Field.flag() secondVoided: boolean;
  @Field.instantOrNull() reratedAt: string | null;
  @Field.flag({ description: '有环节逾期（台账排在最前）' }) overdue: boolean;
  @Field.nestedList(() => RatingAppealResponse) appeals: RatingAppealResponse[];
}

export class QualitySettingsResponse {
  @ApiProperty({ type: Number, example: 1, description: '回访时限（工作日）' }) contactWorkingDays: number;
  @ApiProperty({ type: Number, example: 15, description: '整改时限（工作日）' }) rectifyWorkingDays: number;
  @Field.instantOrNull() updatedAt: string | null;
}

export class PublicQualityMonthResponse {
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: '黄浦区集聚区' }) zoneName: string;
  @Field.text({ example: '2026-03' }) month: string;
  @Field.int({ description: '有效评价数（含整改后再评价，不含作废）' }) ratings: number;
  @Field.int({ description: '好评数（满意、非常满意）' }) goodRatings: number;
  @ApiProperty({ type: Number, nullable: true, description: '好评率 = 好评数 / 有效评价数，0–1；无评价时为 null' }) goodRate: number | null;
  @Field.int({ description: '差评数（不满意、非常不满意）' }) badRatings: number;
  @Field.int({ description: '当月收到并进入整改的差评（不含作废）' }) rectifications: number;
  @Field.int({ description: '其中已整改' }) rectified: number;
  @ApiProperty({ type: Number, nullable: true, description: '整改率 = 已整改 / 进入整改的差评，0–1；无差评时为 null' }) rectificationRate: number | null;
}

export class PublicQualityFiguresResponse {
  @Field.text({ example: '2025-04' }) from: string;
  @Field.text({ example: '2026-03' }) to: string;
  @Field.instant() generatedAt: string;
  @Field.nestedList(() => PublicQualityMonthResponse) months: PublicQualityMonthResponse[];
}

/**
 * 好差评整改 (the whole loop of a 差评): contact the creator (回访), rectify (整改), the creator's
 * second rating, and the desk's appeal (申诉) to the city supervisor. Vocabularies, labels and
 * the JSON shapes the web app reads. Definitions of the figures: docs/metrics.md, "好差评整改".
 */

/** Where a rectification stands. `voided`: its rating was voided on appeal (it leaves the figures). */
export const RECTIFICATION_STATUSES = ['contacting', 'rectifying', 'rectified', 'rerated', 'voided'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Readonly<Record<RectificationStatus, string>> = {
  contacting: '待回访',
  rectifying: '整改中',
  rectified: '已整改（待再评价）',
  rerated: '已再评价',
  voided: '评价已作废',
};

/** 回访 by phone or in person. */
export const CONTACT_METHODS = ['phone', 'in_person'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_METHOD_LABELS: Readonly<Record<ContactMethod, string>> = { phone: '电话回访', in_person: '当面回访' };

/** The two timed steps. */
export const RECTIFICATION_STEPS = ['contact', 'rectify'] as const;
export type RectificationStep = (typeof RECTIFICATION_STEPS)[number];
export const RECTIFICATION_STEP_LABELS: Readonly<Record<RectificationStep, string>> = { contact: '回访', rectify: '整改' };

/** Which rating an appeal is about: the first one, or the re-rating after the rectification. */
export const APPEALED_RATINGS = ['first', 'second'] as const;
export type AppealedRating = (typeof APPEALED_RATINGS)[number];
export const APPEALED_RATING_LABELS: Readonly<Record<AppealedRating, string>> = { first: '首次评价', second: '整改后再评价' };

export const APPEAL_STATUSES = ['pending', 'upheld', 'voided'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Readonly<Record<AppealStatus, string>> = { pending: '待市级主管审核', upheld: '维持评价', voided: '评价作废' };
export const APPEAL_DECISIONS = ['upheld', 'voided'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** Defaults of the deadlines, in working days (libs/calendar): 1 to contact, 15 to rectify. */
export const DEFAULT_CONTACT_WORKING_DAYS = 1;
export const DEFAULT_RECTIFY_WORKING_DAYS = 15;

export interface QualitySettings {
  contactWorkingDays: number;
  rectifyWorkingDays: number;
  updatedAt: string | null;
}

export interface RatingAppealView {
  id: string;
  rectificationId: string;
  caseId: string;
  caseReference: string;
  zoneId: string;
  rating: AppealedRating;
  level: number;
  reason: string;
  status: AppealStatus;
  filedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

/** One 差评 with its whole loop: a row of the ledger (差评整改台账). */
export interface RectificationView {
  id: string;
  caseId: string;
  caseReference: string;
  caseTitle: string;
  zoneId: string;
  status: RectificationStatus;
  statusLabel: string;
  firstLevel: number;
  firstComment: string | null;
  firstVoided: boolean;
  ratedAt: string;
  contactDueAt: string;
  contactOverdueAt: string | null;
  contactedAt: string | null;
  contactMethod: ContactMethod | null;
  contactOutcome: string | null;
  rectifyDueAt: string;
  rectifyOverdueAt: string | null;
  rectifiedAt: string | null;
  measures: string | null;
  secondLevel: number | null;
  secondComment: string | null;
  secondVoided: boolean;
  reratedAt: string | null;
  /** Some step is overdue (marked by its timer or sweep) and the ledger lists it first. */
  overdue: boolean;
  appeals: RatingAppealView[];
}

/** A zone's month in the published figures. Rates are 0–1, null without a denominator. */
export interface PublicQualityMonth {
  zoneId: string;
  zoneName: string;
  month: string;
  ratings: number;
  goodRatings: number;
  goodRate: number | null;
  badRatings: number;
  /** 差评 given this month that opened a rectification (voided ones excluded). */
  rectifications: number;
  rectified: number;
  rectificationRate: number | null;
}

export interface PublicQualityFigures {
  from: string;
  to: string;
  generatedAt: string;
  months: PublicQualityMonth[];
}

/** 星光计划 (创作支持): honour rounds and nominations, as the web app sees them. */

/** The five categories of 中国正能量网络精品 (the intake's `form`). */
export const HONOUR_FORMS = ['text', 'image', 'audio_video', 'special_column', 'theme_activity'] as const;
export type HonourForm = (typeof HONOUR_FORMS)[number];
export const HONOUR_FORM_LABELS: Readonly<Record<HonourForm, string>> = {
  text: '文字',
  image: '图片',
  audio_video: '音视频',
  special_column: '专题专栏',
  theme_activity: '主题活动',
};

export const NOMINATION_STAGES = ['applied', 'desk_reviewed', 'zone_recommended', 'city_decided', 'result'] as const;
export type NominationStage = (typeof NOMINATION_STAGES)[number];
export const NOMINATION_STAGE_LABELS: Readonly<Record<NominationStage, string>> = {
  applied: '申报',
  desk_reviewed: '集聚区初审',
  zone_recommended: '区推荐',
  city_decided: '市委网信办评审',
  result: '结果',
};

/** The decision each stage takes, positive first. */
export const STAGE_DECISIONS = {
  desk_reviewed: ['pass', 'fail'],
  zone_recommended: ['recommend', 'not_recommend'],
  city_decided: ['recommend', 'not_recommend'],
  result: ['selected', 'not_selected'],
} as const;
export type DecidedStage = keyof typeof STAGE_DECISIONS;
export type StageDecision = (typeof STAGE_DECISIONS)[DecidedStage][number];
export const STAGE_DECISION_LABELS: Readonly<Record<DecidedStage, Readonly<Record<string, string>>>> = {
  desk_reviewed: { pass: '初审通过', fail: '初审未通过' },
  zone_recommended: { recommend: '区推荐', not_recommend: '区未推荐' },
  city_decided: { recommend: '推荐至国家级评选', not_recommend: '未推荐' },
  result: { selected: '入选', not_selected: '未入选' },
};

export const DEFAULT_SELF_NOMINATION_CAP = 5;

export interface RoundQuota {
  zoneId: string;
  form: HonourForm;
  quota: number;
  /** Nominations recommended by the zone so far in this form. */
  used: number;
}

export interface HonourRoundView {
  id: string;
  name: string;
  honour: string;
  categories: HonourForm[];
  opensAt: string;
  closesAt: string;
  selfNominationCap: number;
  state: 'upcoming' | 'open' | 'closed';
  quotas: RoundQuota[];
  nominations: number;
}

export interface NominationDecisionView {
  stage: DecidedStage;
  decision: StageDecision;
  reason: string;
  decidedAt: string;
  /** Staff only. */
  decidedBy: string | null;
}

export interface NominationView {
  id: string;
  roundId: string;
  roundName: string;
  caseId: string;
  reference: string;
  caseStatus: string;
  title: string;
  workTitle: string;
  links: string[];
  reachCount: number | null;
  zoneId: string;
  form: HonourForm;
  kind: 'honour_recommendation' | 'self_nomination';
  stage: NominationStage;
  outcome: 'selected' | 'not_selected' | null;
  honour: string | null;
  cityRank: number | null;
  /** Staff only. */
  creatorName: string | null;
  decisions: NominationDecisionView[];
  /** The stage the nomination waits for, or null once it has ended. */
  nextStage: DecidedStage | null;
}

export interface RoundReportRow {
  zoneId: string;
  form: HonourForm;
  quota: number;
  nominations: number;
  deskPassed: number;
  zoneRecommended: number;
  cityRecommended: number;
  selected: number;
}

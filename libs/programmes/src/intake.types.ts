/** The validated intake of each programme (what `validateIntake` returns; strings are trimmed). */

export type ShieldPlatform =
  | 'bilibili'
  | 'xiaohongshu'
  | 'douyin'
  | 'weibo'
  | 'wechat_channels'
  | 'kuaishou'
  | 'zhihu'
  | 'other';

export interface ShieldIntake {
  platform: ShieldPlatform;
  /** Required when `platform` is `other`. */
  platformOther?: string;
  offendingAccounts: string[];
  urls?: string[];
  /** YYYY-MM-DD, not in the future. */
  startedOn: string;
  ongoing: boolean;
  minorInvolved: boolean;
  /** Reach of the offending content, as the creator reports it. */
  views?: number;
  reposts?: number;
}

export type StarlightForm = 'text' | 'image' | 'audio_video' | 'special_column' | 'theme_activity';

export interface StarlightIntake {
  nominationType: 'work' | 'creator';
  workTitle: string;
  form: StarlightForm;
  links: string[];
  /** YYYY-MM-DD, not in the future. */
  publishedOn?: string;
  reach: string;
  reachCount?: number;
  targetHonour?: string;
}

export interface ComplianceIntake {
  productOrModel: string;
  question: string;
  modelFilingStatus?: 'filed' | 'filing' | 'not_filed' | 'unknown';
  filingNumber?: string;
}

export interface LegislationIntake {
  lawName: string;
  article: string;
  suggestedWording: string;
  reason: string;
}

export interface IntakeByProgramme {
  starlight: StarlightIntake;
  shield: ShieldIntake;
  compliance: ComplianceIntake;
  legislation: LegislationIntake;
}

export type ProgrammeIntake = IntakeByProgramme[keyof IntakeByProgramme];

/** 众智平台 (立法参与): consultations and the answers to suggestions, as the web app sees them. */

export const ADOPTIONS = ['adopted', 'partly_adopted', 'not_adopted', 'forwarded'] as const;
export type Adoption = (typeof ADOPTIONS)[number];

export const ADOPTION_LABELS: Readonly<Record<Adoption, string>> = {
  adopted: '采纳',
  partly_adopted: '部分采纳',
  not_adopted: '未采纳',
  forwarded: '转有关部门',
};

/** A consultation lasts at least this many days unless a reason for a shorter window is given. */
export const MIN_CONSULTATION_DAYS = 30;

export interface ConsultationArticle {
  /** e.g. 第十条 */
  no: string;
  text: string;
}

export interface ConsultationCounts {
  suggestions: number;
  answered: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  forwarded: number;
}

export interface ConsultationView {
  id: string;
  title: string;
  issuingBody: string;
  summary: string;
  articles: ConsultationArticle[];
  opensAt: string;
  closesAt: string;
  shortWindowReason: string | null;
  /** upcoming | open | closed, at the time of the answer. */
  state: 'upcoming' | 'open' | 'closed';
  counts: ConsultationCounts;
}

export interface SuggestionView {
  id: string;
  consultationId: string;
  consultationTitle: string;
  caseId: string;
  reference: string;
  caseStatus: string;
  zoneId: string;
  articleNo: string;
  suggestedWording: string;
  reason: string;
  named: boolean;
  /** Staff only: who made it (creators see only their own). */
  creatorName: string | null;
  adoption: Adoption | null;
  adoptionReason: string | null;
  answeredAt: string | null;
  createdAt: string;
  /** Forwarded by the desk to the city authority (the case is escalated to it), so it can be answered. */
  forwarded: boolean;
}

/** What the public page shows of an adopted suggestion: the author only if they agreed to be named. */
export interface PublicSuggestion {
  articleNo: string;
  suggestedWording: string;
  adoption: Adoption;
  adoptionReason: string;
  author: string;
}

export interface PublicConsultation extends Omit<ConsultationView, 'shortWindowReason'> {
  adoptedSuggestions: PublicSuggestion[];
}

export interface AdoptionStatsRow {
  consultationId: string;
  title: string;
  zoneId: string;
  suggestions: number;
  answered: number;
  adopted: number;
  partlyAdopted: number;
  /** (adopted + partly adopted) / answered; null when nothing is answered yet. */
  adoptionRate: number | null;
}

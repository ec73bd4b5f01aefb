/** 合规引擎 (技术赋能): knowledge base, navigator and canned replies, as the web app sees them. */

export const ARTICLE_STATUSES = ['draft', 'published', 'superseded'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const ARTICLE_STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = { draft: '草稿', published: '已发布', superseded: '已被替代' };

export interface KnowledgeArticleView {
  id: string;
  title: string;
  summary: string;
  body: string;
  regulation: string;
  issuingBody: string;
  effectiveOn: string;
  articleRefs: string[];
  source: string;
  status: ArticleStatus;
  supersedesId: string | null;
  supersededBy: string | null;
  fromCaseId: string | null;
  publishedAt: string | null;
  updatedAt: string;
  /** Search relevance, when searched. */
  rank?: number;
}

// ---------------------------------------------------------------------------------------------
// Navigator

export type NavigatorAnswerType = 'text' | 'boolean' | 'multi' | 'single' | 'date';

export interface NavigatorQuestion {
  id: string;
  label: string;
  type: NavigatorAnswerType;
  help?: string;
  options?: { id: string; label: string }[];
  required: boolean;
}

/** The questionnaire. The rules that read it are data (navigator_rules), edited by the desk. */
export const NAVIGATOR_QUESTIONS: readonly NavigatorQuestion[] = [
  { id: 'productDescription', label: '您的产品或服务做什么？', type: 'text', required: true, help: '如：AI 配音小程序、数字人直播、AI 生成封面的剪辑工具' },
  { id: 'servesPublic', label: '是否面向境内公众提供服务？', type: 'boolean', required: true, help: '仅自己创作时使用 AI 工具，不属于向公众提供服务' },
  {
    id: 'generates',
    label: '生成哪些内容？',
    type: 'multi',
    required: true,
    options: [
      { id: 'text', label: '文本' },
      { id: 'image', label: '图片' },
      { id: 'audio', label: '音频' },
      { id: 'video', label: '视频' },
    ],
  },
  {
    id: 'publicOpinion',
    label: '是否具有舆论属性或者社会动员能力？',
    type: 'boolean',
    required: true,
    help: '如开办论坛、博客、微博客、聊天室、通讯群组、公众账号、短视频、网络直播、信息分享、小程序等，或提供能发布信息、组织动员的功能',
  },
  {
    id: 'modelSource',
    label: '所用的大模型',
    type: 'single',
    required: true,
    options: [
      { id: 'own_model', label: '自研或自行训练的大模型' },
      { id: 'third_party_api', label: '通过接口调用已备案的大模型' },
      { id: 'none', label: '不涉及大模型' },
    ],
  },
  { id: 'recommends', label: '是否向用户个性化推送或排序内容？', type: 'boolean', required: true },
  { id: 'publishesAigc', label: '是否在网络平台发布 AI 生成的文字、图片、音视频？', type: 'boolean', required: true },
  { id: 'serviceStartDate', label: '开始（或计划开始）提供服务的日期', type: 'date', required: false, help: '填写后按工作日日历计算备案截止日期' },
];

export type NavigatorAnswers = Record<string, string | boolean | string[]>;

/** One clause of a rule: a question equals a value, or a multi-choice answer includes any of the values. */
export interface NavigatorCondition {
  question: string;
  equals?: string | boolean;
  anyOf?: string[];
}

export interface NavigatorSource {
  regulation: string;
  article: string;
}

export const OBLIGATIONS = ['filing', 'assessment', 'label', 'notice'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];
export const OBLIGATION_LABELS: Readonly<Record<Obligation, string>> = { filing: '备案/登记', assessment: '安全评估', label: '标识', notice: '告知公示' };

export interface NavigatorRuleView {
  id: string;
  code: string;
  title: string;
  obligation: Obligation;
  description: string;
  conditions: NavigatorCondition[];
  deadlineWorkingDays: number | null;
  deadlineText: string;
  sources: NavigatorSource[];
  sort: number;
  active: boolean;
  version: number;
  updatedAt: string;
}

export interface NavigatorObligation {
  code: string;
  title: string;
  obligation: Obligation;
  description: string;
  deadlineText: string;
  /** YYYY-MM-DD, the last working day, when the rule has a working-day deadline and a start date is known. */
  dueOn: string | null;
  sources: NavigatorSource[];
}

export interface NavigatorResult {
  obligations: NavigatorObligation[];
  /** Plain-language summary, also the question of a case filed from it. */
  summary: string;
}

// ---------------------------------------------------------------------------------------------
// Canned replies

/** Placeholders a canned reply may use, filled from the case when used. */
export const CANNED_PLACEHOLDERS = {
  creatorName: '创作者称呼',
  reference: '案件编号',
  deadline: '办理期限',
  title: '案件标题',
} as const;
export type CannedPlaceholder = keyof typeof CANNED_PLACEHOLDERS;

export interface CannedReplyView {
  id: string;
  programme: string;
  title: string;
  body: string;
  zoneId: string | null;
  active: boolean;
}

// ---------------------------------------------------------------------------------------------

export interface ComplianceStartView {
  id: string;
  articles: KnowledgeArticleView[];
}

export interface ComplianceStartStats {
  zoneId: string;
  starts: number;
  withCase: number;
  /** Ended without a case: the creator said an article answered it, or never filed. */
  withoutCase: number;
  helpful: number;
  /** withoutCase / starts; null without starts. */
  deflectionRate: number | null;
}

/**
 * The four rights programmes of 沪九条 as data: names, categories, outcomes, default priority,
 * what escalation means, and the intake form (a JSON Schema, draft 2020-12, validated on the
 * server) with rendering hints for the web client. A new programme is a new entry here.
 */

export const PROGRAMME_IDS = ['starlight', 'shield', 'compliance', 'legislation'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

/** Same values as `Priority` of the cases domain (kept here so this lib depends on nothing). */
export type ProgrammePriority = 'low' | 'normal' | 'high' | 'urgent';

export interface LabelledOption<T extends string = string> {
  id: T;
  label: string;
}

/** The subset of JSON Schema (draft 2020-12) the intake forms use. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'uri' | 'date';
  enum?: string[];
  const?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  if?: JsonSchema;
  then?: JsonSchema;
}

export type UiWidget = 'input' | 'textarea' | 'select' | 'radio' | 'switch' | 'date' | 'number' | 'url-list' | 'tag-list';

export interface UiFieldHint {
  widget: UiWidget;
  placeholder?: string;
  help?: string;
  /** textarea height in rows. */
  rows?: number;
  /** For `select` / `radio`: the enum values with their Chinese labels, in display order. */
  options?: readonly LabelledOption[];
  /** Show the field only when another field has a given value. */
  visibleWhen?: { field: string; equals: string | number | boolean };
}

export interface ProgrammeUi {
  /** Every intake property, in display order. */
  order: readonly string[];
  fields: Readonly<Record<string, UiFieldHint>>;
  /** Evidence files are uploaded separately (see DESIGN.md, "Evidence"); this says whether to ask. */
  evidence: { enabled: boolean; recommended: boolean; hint: string };
}

export interface ProgrammeDefinition {
  id: ProgrammeId;
  /** Programme part of the case reference, e.g. `HP-SHD-2026-000123`. */
  code: string;
  name: string;
  subtitle: string;
  description: string;
  categories: readonly LabelledOption[];
  outcomes: readonly LabelledOption[];
  defaultPriority: ProgrammePriority;
  escalation: {
    /** Level of the authority a desk escalation goes to. */
    target: 'district' | 'city';
    description: string;
  };
  intakeSchema: JsonSchema;
  ui: ProgrammeUi;
}

const SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const schemaId = (id: ProgrammeId): string => `urn:creator-service-desk:intake:${id}`;
/** Links must be web links: `uri` alone would accept `javascript:` and other schemes. */
const WEB_LINK = '^https?://';

// ---------------------------------------------------------------------------------------------
// 盾牌行动 (权益保护)

export const SHIELD_PLATFORMS: readonly LabelledOption[] = [
  { id: 'bilibili', label: '哔哩哔哩' },
  { id: 'xiaohongshu', label: '小红书' },
  { id: 'douyin', label: '抖音' },
  { id: 'weibo', label: '微博' },
  { id: 'wechat_channels', label: '微信视频号' },
  { id: 'kuaishou', label: '快手' },
  { id: 'zhihu', label: '知乎' },
  { id: 'other', label: '其他' },
];

const shield: ProgrammeDefinition = {
  id: 'shield',
  code: 'SHD',
  name: '盾牌行动',
  subtitle: '权益保护',
  description:
    '创作者遭遇敲诈勒索、造谣诽谤、抹黑攻击、网络暴力、账号仿冒、人肉搜索等网络侵权时，可通过快速通道申请保护，由属地网信部门优先处置。',
  categories: [
    { id: 'extortion', label: '敲诈勒索' },
    { id: 'defamation', label: '造谣诽谤' },
    { id: 'smear', label: '抹黑攻击' },
    { id: 'cyberviolence', label: '网络暴力' },
    { id: 'impersonation', label: '账号假冒仿冒' },
    { id: 'doxxing', label: '人肉搜索/隐私泄露' },
    { id: 'other', label: '其他侵权' },
  ],
  outcomes: [
    { id: 'takedown_done', label: '已处置下架' },
    { id: 'referred_to_police', label: '已移送公安' },
    { id: 'mediated', label: '已调解' },
    { id: 'insufficient_evidence', label: '证据不足' },
    { id: 'other', label: '其他' },
  ],
  defaultPriority: 'high',
  escalation: {
    target: 'district',
    description: '上报属地区委网信办，由其督促平台处置下架，必要时移送公安机关。',
  },
  intakeSchema: {
    $schema: SCHEMA_DRAFT,
    $id: schemaId('shield'),
    title: '盾牌行动申请信息',
    type: 'object',
    additionalProperties: false,
    required: ['platform', 'offendingAccounts', 'startedOn', 'ongoing', 'minorInvolved'],
    properties: {
      platform: {
        type: 'string',
        title: '侵权发生平台',
        enum: SHIELD_PLATFORMS.map((p) => p.id),
        maxLength: 32,
      },
      platformOther: { type: 'string', title: '其他平台名称', minLength: 1, maxLength: 50 },
      offendingAccounts: {
        type: 'array',
        title: '侵权账号',
        minItems: 1,
        maxItems: 20,
        uniqueItems: true,
        items: { type: 'string', title: '侵权账号', minLength: 1, maxLength: 100 },
      },
      urls: {
        type: 'array',
        title: '侵权内容链接',
        maxItems: 20,
        uniqueItems: true,
        items: { type: 'string', title: '侵权内容链接', format: 'uri', pattern: WEB_LINK, maxLength: 2048 },
      },
      startedOn: { type: 'string', title: '侵权开始日期', format: 'date', maxLength: 10 },
      ongoing: { type: 'boolean', title: '侵权是否仍在持续' },
      minorInvolved: { type: 'boolean', title: '是否涉及未成年人' },
      // 网络暴力 lane: reach of the offending content, against the thresholds for serious defamation.
      views: { type: 'integer', title: '侵权内容浏览次数', minimum: 0, maximum: 100_000_000_000 },
      reposts: { type: 'integer', title: '侵权内容转发次数', minimum: 0, maximum: 100_000_000_000 },
    },
    if: { type: 'object', properties: { platform: { const: 'other' } }, required: ['platform'] },
    then: { type: 'object', required: ['platformOther'] },
  },
  ui: {
    order: ['platform', 'platformOther', 'offendingAccounts', 'urls', 'startedOn', 'ongoing', 'minorInvolved', 'views', 'reposts'],
    fields: {
      platform: { widget: 'select', options: SHIELD_PLATFORMS, placeholder: '请选择侵权发生的平台' },
      platformOther: {
        widget: 'input',
        placeholder: '请填写平台名称',
        visibleWhen: { field: 'platform', equals: 'other' },
      },
      offendingAccounts: {
        widget: 'tag-list',
        placeholder: '输入账号昵称或ID后回车，可填写多个',
        help: '请填写实施侵权的账号昵称、账号ID或主页名称',
      },
      urls: {
        widget: 'url-list',
        placeholder: 'https://',
        help: '侵权内容（帖子、视频、评论）的完整链接，可填写多个',
      },
      startedOn: { widget: 'date', placeholder: '请选择日期' },
      ongoing: { widget: 'switch', help: '侵权内容仍在传播或侵害仍在继续的，将优先处置' },
      minorInvolved: { widget: 'switch', help: '涉及未成年人的，将按紧急事项处置' },
      views: { widget: 'number', placeholder: '选填', help: '侵权内容被点击、浏览的次数（可估算），用于判断是否达到移送公安的标准' },
      reposts: { widget: 'number', placeholder: '选填', help: '侵权内容被转发的次数（可估算）' },
    },
    evidence: {
      enabled: true,
      recommended: true,
      hint: '请上传截图、录屏、聊天记录等证据原件，系统将固定其数字指纹，上传后不可替换',
    },
  },
};

// ---------------------------------------------------------------------------------------------
// 星光计划 (创作支持)

/** The five categories of 中国正能量网络精品. */
export const STARLIGHT_FORMS: readonly LabelledOption[] = [
  { id: 'text', label: '文字' },
  { id: 'image', label: '图片' },
  { id: 'audio_video', label: '音视频' },
  { id: 'special_column', label: '专题专栏' },
  { id: 'theme_activity', label: '主题活动' },
];

export const STARLIGHT_NOMINATION_TYPES: readonly LabelledOption[] = [
  { id: 'work', label: '推荐作品' },
  { id: 'creator', label: '推荐创作者' },
];

const starlight: ProgrammeDefinition = {
  id: 'starlight',
  code: 'STL',
  name: '星光计划',
  subtitle: '创作支持',
  description:
    '推荐优质作品参评“中国正能量网络精品”等国家级荣誉，或向市委网信办自荐，由服务台审核后提出推荐意见。',
  categories: [
    { id: 'honour_recommendation', label: '荣誉推荐' },
    { id: 'self_nomination', label: '向市委网信办自荐' },
  ],
  outcomes: [
    { id: 'recommended', label: '已推荐' },
    { id: 'not_recommended', label: '未推荐' },
    // The result of an honour round's national selection (星光计划 结果).
    { id: 'selected', label: '入选' },
    { id: 'not_selected', label: '未入选' },
  ],
  defaultPriority: 'normal',
  escalation: {
    target: 'city',
    description: '服务台的推荐意见报送市委网信办，由其决定是否推荐。',
  },
  intakeSchema: {
    $schema: SCHEMA_DRAFT,
    $id: schemaId('starlight'),
    title: '星光计划申请信息',
    type: 'object',
    additionalProperties: false,
    required: ['workTitle', 'links', 'form', 'reach', 'nominationType'],
    properties: {
      nominationType: {
        type: 'string',
        title: '推荐类型',
        enum: STARLIGHT_NOMINATION_TYPES.map((o) => o.id),
        maxLength: 16,
      },
      workTitle: { type: 'string', title: '作品名称', minLength: 1, maxLength: 100 },
      form: { type: 'string', title: '作品形式', enum: STARLIGHT_FORMS.map((o) => o.id), maxLength: 32 },
      links: {
        type: 'array',
        title: '作品链接',
        minItems: 1,
        maxItems: 10,
        uniqueItems: true,
        items: { type: 'string', title: '作品链接', format: 'uri', pattern: WEB_LINK, maxLength: 2048 },
      },
      publishedOn: { type: 'string', title: '首发日期', format: 'date', maxLength: 10 },
      reach: { type: 'string', title: '传播情况', minLength: 1, maxLength: 1000 },
      reachCount: { type: 'integer', title: '累计阅读或播放量', minimum: 0, maximum: 1_000_000_000_000 },
      targetHonour: { type: 'string', title: '拟申报荣誉', minLength: 1, maxLength: 100 },
    },
  },
  ui: {
    order: ['nominationType', 'workTitle', 'form', 'links', 'publishedOn', 'reach', 'reachCount', 'targetHonour'],
    fields: {
      nominationType: { widget: 'radio', options: STARLIGHT_NOMINATION_TYPES },
      workTitle: { widget: 'input', placeholder: '请填写作品或专栏名称' },
      form: { widget: 'radio', options: STARLIGHT_FORMS, help: '“中国正能量网络精品”的五类作品形式' },
      links: { widget: 'url-list', placeholder: 'https://', help: '作品的发布链接，可填写多个平台' },
      publishedOn: { widget: 'date' },
      reach: {
        widget: 'textarea',
        rows: 4,
        placeholder: '如：全网播放量、转发评论量、媒体报道、获奖情况等',
      },
      reachCount: { widget: 'number', placeholder: '全网累计阅读或播放次数（选填）' },
      targetHonour: { widget: 'input', placeholder: '如：中国正能量网络精品（选填）' },
    },
    evidence: { enabled: true, recommended: false, hint: '可上传作品截图、数据截图、获奖证书等材料' },
  },
};

// ---------------------------------------------------------------------------------------------
// 合规引擎 (技术赋能)

export const MODEL_FILING_STATUSES: readonly LabelledOption[] = [
  { id: 'filed', label: '已备案' },
  { id: 'filing', label: '备案中' },
  { id: 'not_filed', label: '未备案' },
  { id: 'unknown', label: '不清楚' },
];

const compliance: ProgrammeDefinition = {
  id: 'compliance',
  code: 'CMP',
  name: '合规引擎',
  subtitle: '技术赋能',
  description:
    '解读生成式人工智能相关政策，提供合规指导（如人工智能生成内容标识、模型和算法备案），对接安全技术服务。',
  categories: [
    { id: 'policy_interpretation', label: '政策解读' },
    { id: 'compliance_guidance', label: '合规指导' },
    { id: 'tech_matching', label: '安全技术对接' },
  ],
  outcomes: [
    { id: 'answered', label: '已答复' },
    { id: 'referred_to_expert', label: '已转专家' },
  ],
  defaultPriority: 'normal',
  escalation: {
    target: 'district',
    description: '上报属地区委网信办，由其专家答复。',
  },
  intakeSchema: {
    $schema: SCHEMA_DRAFT,
    $id: schemaId('compliance'),
    title: '合规引擎申请信息',
    type: 'object',
    additionalProperties: false,
    required: ['productOrModel', 'question'],
    properties: {
      productOrModel: { type: 'string', title: '涉及的产品或模型', minLength: 1, maxLength: 200 },
      question: { type: 'string', title: '咨询问题', minLength: 1, maxLength: 3000 },
      modelFilingStatus: {
        type: 'string',
        title: '模型或算法备案情况',
        enum: MODEL_FILING_STATUSES.map((o) => o.id),
        maxLength: 16,
      },
      filingNumber: { type: 'string', title: '备案编号', minLength: 1, maxLength: 64 },
    },
  },
  ui: {
    order: ['productOrModel', 'question', 'modelFilingStatus', 'filingNumber'],
    fields: {
      productOrModel: { widget: 'input', placeholder: '如：使用的AI创作工具、自研模型或应用名称' },
      question: {
        widget: 'textarea',
        rows: 6,
        placeholder: '请具体描述您的问题，如：AI生成的视频应如何添加标识？',
      },
      modelFilingStatus: { widget: 'select', options: MODEL_FILING_STATUSES, placeholder: '请选择（选填）' },
      filingNumber: {
        widget: 'input',
        placeholder: '已备案的请填写备案编号（选填）',
        visibleWhen: { field: 'modelFilingStatus', equals: 'filed' },
      },
    },
    evidence: { enabled: true, recommended: false, hint: '可上传产品说明、界面截图等材料（选填）' },
  },
};

// ---------------------------------------------------------------------------------------------
// 众智平台 (立法参与)

const legislation: ProgrammeDefinition = {
  id: 'legislation',
  code: 'LEG',
  name: '众智平台',
  subtitle: '立法参与',
  description: '就网络领域法律法规的制定和修改提出意见建议，经市委网信办立法渠道转递，并反馈处理情况。',
  categories: [{ id: 'law_revision_suggestion', label: '法律法规修改建议' }],
  outcomes: [
    { id: 'adopted', label: '已采纳' },
    { id: 'forwarded', label: '已转递' },
    { id: 'noted', label: '已记录' },
    // The answers to a consultation's suggestion (众智平台 adoption).
    { id: 'partly_adopted', label: '部分采纳' },
    { id: 'not_adopted', label: '未采纳' },
  ],
  defaultPriority: 'low',
  escalation: {
    target: 'city',
    description: '建议转递市委网信办立法渠道，并向创作者反馈。',
  },
  intakeSchema: {
    $schema: SCHEMA_DRAFT,
    $id: schemaId('legislation'),
    title: '众智平台建议信息',
    type: 'object',
    additionalProperties: false,
    required: ['lawName', 'article', 'suggestedWording', 'reason'],
    properties: {
      lawName: { type: 'string', title: '法律法规名称', minLength: 1, maxLength: 200 },
      article: { type: 'string', title: '涉及条款', minLength: 1, maxLength: 100 },
      suggestedWording: { type: 'string', title: '建议修改内容', minLength: 1, maxLength: 5000 },
      reason: { type: 'string', title: '理由和依据', minLength: 1, maxLength: 5000 },
    },
  },
  ui: {
    order: ['lawName', 'article', 'suggestedWording', 'reason'],
    fields: {
      lawName: { widget: 'input', placeholder: '如：网络信息内容生态治理规定' },
      article: { widget: 'input', placeholder: '如：第十二条；建议新增条款的请填写“新增”' },
      suggestedWording: { widget: 'textarea', rows: 6, placeholder: '请写出建议的条文表述' },
      reason: { widget: 'textarea', rows: 6, placeholder: '请说明修改的理由、依据和实践中遇到的问题' },
    },
    evidence: { enabled: true, recommended: false, hint: '可上传调研报告等参考材料（选填）' },
  },
};

// ---------------------------------------------------------------------------------------------

export const PROGRAMMES: Readonly<Record<ProgrammeId, ProgrammeDefinition>> = deepFreeze({
  starlight,
  shield,
  compliance,
  legislation,
});

/** In the order of DESIGN.md. */
export const PROGRAMME_LIST: readonly ProgrammeDefinition[] = PROGRAMME_IDS.map((id) => PROGRAMMES[id]);

export function isProgrammeId(value: unknown): value is ProgrammeId {
  return typeof value === 'string' && (PROGRAMME_IDS as readonly string[]).includes(value);
}

/** The programme, or undefined for an unknown id. */
export function findProgramme(id: string): ProgrammeDefinition | undefined {
  return isProgrammeId(id) ? PROGRAMMES[id] : undefined;
}

/** The programme; throws for an unknown id. */
export function getProgramme(id: string): ProgrammeDefinition {
  const programme = findProgramme(id);
  if (!programme) throw new Error(`未知的服务项目「${id}」`);
  return programme;
}

export function findProgrammeByCode(code: string): ProgrammeDefinition | undefined {
  return PROGRAMME_LIST.find((p) => p.code === code);
}

export function isProgrammeCategory(programme: string, category: unknown): boolean {
  return findProgramme(programme)?.categories.some((c) => c.id === category) ?? false;
}

export function isProgrammeOutcome(programme: string, outcome: unknown): boolean {
  return findProgramme(programme)?.outcomes.some((o) => o.id === outcome) ?? false;
}

export function categoryLabel(programme: string, category: string): string | undefined {
  return findProgramme(programme)?.categories.find((c) => c.id === category)?.label;
}

export function outcomeLabel(programme: string, outcome: string): string | undefined {
  return findProgramme(programme)?.outcomes.find((o) => o.id === outcome)?.label;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

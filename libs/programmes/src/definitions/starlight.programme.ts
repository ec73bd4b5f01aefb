import { SCHEMA_DRAFT, schemaId, WEB_LINK, type ProgrammeDefinition, type LabelledOption } from '../programme-types';

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

export const starlight: ProgrammeDefinition = {
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

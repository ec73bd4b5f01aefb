import { SCHEMA_DRAFT, schemaId, WEB_LINK, type ProgrammeDefinition, type LabelledOption } from '../programme-types';

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

export const shield: ProgrammeDefinition = {
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

import { SCHEMA_DRAFT, schemaId, type ProgrammeDefinition } from '../programme-types';

// 众智平台 (立法参与)

export const legislation: ProgrammeDefinition = {
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

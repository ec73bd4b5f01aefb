import { SCHEMA_DRAFT, schemaId, type ProgrammeDefinition, type LabelledOption } from '../programme-types';

// 合规引擎 (技术赋能)

export const MODEL_FILING_STATUSES: readonly LabelledOption[] = [
  { id: 'filed', label: '已备案' },
  { id: 'filing', label: '备案中' },
  { id: 'not_filed', label: '未备案' },
  { id: 'unknown', label: '不清楚' },
];

export const compliance: ProgrammeDefinition = {
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

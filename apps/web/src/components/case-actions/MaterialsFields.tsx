import { Alert, Button, Checkbox, Divider, Form, Input, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

const SUGGESTED_MATERIALS: Record<string, string[]> = {
  shield: [
    '侵权内容截图（含发布时间、账号信息）',
    '侵权过程录屏',
    '侵权内容链接清单',
    '聊天记录或敲诈信息截图',
    '本人身份证明',
    '作品权属（原创）证明',
    '已向平台投诉的记录',
    '报警回执（如已报警）',
  ],
  starlight: ['作品完整文件或可访问链接', '传播数据截图', '获奖或媒体报道证明', '作品权属（原创）证明', '创作者身份证明'],
  compliance: ['产品或模型功能说明', '界面或生成内容截图', '备案材料或备案编号', '问题的具体场景说明'],
  legislation: ['条文原文出处', '实践中遇到的案例说明', '调研材料或数据'],
};

/** 一次性告知: the common materials of the programme to tick, and any others, one per line. */
export function MaterialsFields({ programme }: { programme: string }) {
  const suggestions = SUGGESTED_MATERIALS[programme] ?? [];
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="一次性告知：请一次列明所有需要补充的材料。发出后案件进入“待补充材料”，时限暂停计时。"
      />
      {suggestions.length > 0 && (
        <Form.Item name="suggested" label="常用材料清单">
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={suggestions.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
      )}
      <Form.List name="custom" initialValue={suggestions.length ? [] : ['']}>
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label="其他材料" extra="清单以外的材料逐项填写">
            {fields.map((f, i) => (
              <Space.Compact key={f.key} style={{ width: '100%', marginBottom: 8 }}>
                <Form.Item name={f.name} noStyle rules={[{ max: 200, message: '每项最多 200 个字' }]}>
                  <Input placeholder="如：2026年3月5日的评论截图" aria-label={`其他材料 第 ${i + 1} 项`} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`删除第 ${i + 1} 项`} />
              </Space.Compact>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
              添加一项
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Divider style={{ margin: '8px 0 16px' }} />
    </>
  );
}

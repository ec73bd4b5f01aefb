import { Form, Input, Radio, Typography } from 'antd';
import { RATING_LEVELS } from '@app/contracts';
import { RATING_LABELS } from '../../lib/labels';

/** 好差评: the five levels, 5 非常满意 first, and an optional comment. */
export function RateFields() {
  return (
    <>
      <Form.Item name="level" label="您对本次服务的评价" rules={[{ required: true, message: '请选择评价' }]}>
        <Radio.Group style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {RATING_LEVELS.map((l) => (
            <Radio.Button key={l} value={l}>
              {'★'.repeat(l)} {RATING_LABELS[l]}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }} id="rate-hint">
        “不满意”及以下的评价将由主管回访整改
      </Typography.Paragraph>
      <Form.Item name="comment" label="评价内容（选填）" rules={[{ max: 1000, message: '最多 1000 个字' }]} style={{ marginBottom: 32 }}>
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder="说说您的感受和建议" aria-describedby="rate-hint" />
      </Form.Item>
    </>
  );
}

import { Form, Input, Radio } from 'antd';
import { APPEALED_RATING_LABELS, CONTACT_METHOD_LABELS, RATING_LABELS, type RatingLevel, type RectificationView } from '@app/contracts';
import { api } from '../../api/client';
import { ActionModal } from './ActionModal';

export type RectificationAction = 'contact' | 'rectify' | 'appeal';

const text = (name: string, label: string, max: number, placeholder: string) => (
  <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, message: `请填写${label}` }, { max, message: `最多 ${max} 个字` }]}>
    <Input.TextArea rows={4} maxLength={max} showCount placeholder={placeholder} autoFocus />
  </Form.Item>
);

/** The desk's steps on one 差评: 回访, 整改, 申诉. */
export function RectificationActionModal({ action, r, onClose, onDone }: { action: RectificationAction; r: RectificationView; onClose: () => void; onDone: () => void }) {
  const base = `/quality/rectifications/${r.id}`;
  if (action === 'contact')
    return (
      <ActionModal<{ method: string; outcome: string }>
        title={`记录回访：${r.caseReference}`}
        okText="保存回访"
        done="回访已记录"
        submit={(v) => api.post(`${base}/contact`, { method: v.method, outcome: v.outcome.trim() })}
        onClose={onClose}
        onDone={onDone}
      >
        {() => (
          <>
            <Form.Item name="method" label="回访方式" initialValue="phone" rules={[{ required: true, message: '请选择回访方式' }]}>
              <Radio.Group options={Object.entries(CONTACT_METHOD_LABELS).map(([value, label]) => ({ value, label }))} optionType="button" />
            </Form.Item>
            {text('outcome', '回访情况', 1000, '如：已电话联系创作者，说明办理依据并致歉，创作者表示理解')}
          </>
        )}
      </ActionModal>
    );
  if (action === 'rectify')
    return (
      <ActionModal<{ measures: string }>
        title={`记录整改：${r.caseReference}`}
        okText="保存整改"
        done="整改已记录，已通知创作者再次评价"
        submit={(v) => api.post(`${base}/rectify`, { measures: v.measures.trim() })}
        onClose={onClose}
        onDone={onDone}
      >
        {() => text('measures', '整改措施', 2000, '如：补充答复办理时限；对承办专员进行业务培训')}
      </ActionModal>
    );
  const ratings = (['first', 'second'] as const).filter((k) => (k === 'first' ? !r.firstVoided : r.secondLevel !== null && !r.secondVoided) && !r.appeals.some((a) => a.rating === k));
  return (
    <ActionModal<{ rating: string; reason: string }>
      title={`评价申诉：${r.caseReference}`}
      okText="提交申诉"
      done="申诉已提交，待市级主管审核"
      submit={(v) => api.post(`${base}/appeals`, { rating: v.rating, reason: v.reason.trim() })}
      onClose={onClose}
      onDone={onDone}
    >
      {() => (
        <>
          <Form.Item name="rating" label="申诉的评价" initialValue={ratings[0]} rules={[{ required: true, message: '请选择评价' }]}>
            <Radio.Group
              options={ratings.map((k) => ({ value: k, label: `${APPEALED_RATING_LABELS[k]}（${RATING_LABELS[(k === 'first' ? r.firstLevel : r.secondLevel) as RatingLevel]}）` }))}
            />
          </Form.Item>
          {text('reason', '申诉理由', 1000, '如：评价内容为辱骂，与办理事项无关')}
        </>
      )}
    </ActionModal>
  );
}

/** Which actions a row offers the desk. */
export function actionsFor(r: RectificationView): RectificationAction[] {
  const out: RectificationAction[] = [];
  if (r.status === 'contacting') out.push('contact');
  if (r.status === 'rectifying') out.push('rectify');
  const open = (['first', 'second'] as const).some((k) => (k === 'first' ? !r.firstVoided : r.secondLevel !== null && !r.secondVoided) && !r.appeals.some((a) => a.rating === k));
  if (open) out.push('appeal');
  return out;
}

export const ACTION_LABELS: Record<RectificationAction, string> = { contact: '记录回访', rectify: '记录整改', appeal: '申诉' };

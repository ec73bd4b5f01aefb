import { Button, Card, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { CannedReplyView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useFeedback } from '../../components/Feedback';

/** On a case page for the desk: canned replies filled from the case, and (合规引擎) saving the answer as a draft article. */
export default function CaseDeskTools({ caseId, programme, onSent }: { caseId: string; programme: string; onSent?: () => void }) {
  const { message } = useFeedback();
  const replies = useApi(['canned', programme], (signal) => api.get<CannedReplyView[]>('/compliance/canned-replies', { programme }, signal));
  const [text, setText] = useState('');
  const pick = async (id: string) => {
    try {
      setText((await api.post<{ text: string }>(`/compliance/canned-replies/${id}/render`, { caseId })).text);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const send = async () => {
    try {
      await api.post(`/cases/${caseId}/comments`, { body: text, visibility: 'public' });
      message.success('已发送公开回复');
      setText('');
      onSent?.();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const saveArticle = async () => {
    try {
      await api.post(`/compliance/cases/${caseId}/article`, {});
      message.success('已保存为知识库草稿，请在“知识库”补充法规信息后发布');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="常用语" variant="borderless" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select placeholder="选择常用语（自动填入称呼、编号、期限）" style={{ width: '100%' }} options={(replies.data ?? []).filter((r) => r.active).map((r) => ({ value: r.id, label: r.title }))} onChange={(id: string) => void pick(id)} aria-label="常用语" />
        <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-label="回复内容" />
        <Space wrap>
          <Button type="primary" disabled={!text.trim()} onClick={() => void send()}>作为公开回复发送</Button>
          {programme === 'compliance' && <Button onClick={() => void saveArticle()}>将答复保存为知识库草稿</Button>}
        </Space>
      </Space>
    </Card>
  );
}

import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { ComplianceStartView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import type { Zone } from '../../api/types';
import { useFeedback } from '../../components/Feedback';
import { ArticleList } from './parts';

/**
 * Before a compliance case: the creator states the question, the knowledge base offers what
 * answers it, and the creator either is done (counted as solved without a case) or goes on to file.
 */
export default function ComplianceFirst({ zones, onContinue, onSolved }: { zones: Zone[]; onContinue: () => void; onSolved: () => void }) {
  const { message } = useFeedback();
  const [start, setStart] = useState<ComplianceStartView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ask = async (v: { zoneId: string; question: string }) => {
    setBusy(true);
    setError(null);
    try {
      setStart(await api.post<ComplianceStartView>('/compliance/starts', v));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const solved = async () => {
    try {
      await api.post(`/compliance/starts/${start!.id}/end`, { helpful: true });
      message.success('很高兴帮到您');
      onSolved();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="先看看知识库里有没有答案" variant="borderless" style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" onFinish={ask} initialValues={{ zoneId: zones[0]?.id }}>
        <Form.Item name="zoneId" label="服务集聚区" rules={[{ required: true }]}>
          <Select options={zones.map((z) => ({ value: z.id, label: z.name }))} style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="question" label="您想咨询什么？" rules={[{ required: true, whitespace: true, message: '请填写问题' }, { min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder="如：AI 生成的视频封面需要加标识吗？" />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy}>查找相关解读</Button>
          <Button onClick={onContinue}>直接提交咨询</Button>
        </Space>
      </Form>
      {start && (
        <div style={{ marginTop: 16 }}>
          <ArticleList articles={start.articles} empty="知识库里暂时没有相关解读，请提交咨询，服务台专员会答复您" />
          <Space wrap style={{ marginTop: 12 }}>
            {start.articles.length > 0 && <Button type="primary" onClick={() => void solved()}>问题已解决</Button>}
            <Button onClick={onContinue}>仍需人工解答，继续提交</Button>
          </Space>
        </div>
      )}
    </Card>
  );
}

import { Alert, Button, Card, DatePicker, Form, Input, List, Radio, Select, Space, Tabs, Tag, Typography } from 'antd';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { type KnowledgeArticleView, OBLIGATION_LABELS, type NavigatorQuestion, type NavigatorResult } from '@app/contracts';
import { ApiError, api, errorMessage } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { CaseDetail, Zone } from '../../api/types';
import { applyProblemToForm } from '../../lib/problem';
import { BlockLoading, ErrorState } from '../../components/States';
import { ArticleList } from './parts';

/** 合规引擎 for a creator (phone first): the knowledge base and the navigator. */
export default function CreatorCompliancePage() {
  return (
    <div style={{ maxWidth: 860, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">合规引擎</h1>
          <p className="page-sub">生成式人工智能政策解读、合规导航（备案、标识、期限），解决不了的再提交咨询。</p>
        </div>
      </div>
      <Tabs items={[{ key: 'nav', label: '合规导航', children: <Navigator /> }, { key: 'kb', label: '政策知识库', children: <Knowledge /> }]} />
    </div>
  );
}

function Knowledge() {
  const [q, setQ] = useState('');
  const list = useApi(['kb', q], (signal) => api.get<KnowledgeArticleView[]>('/compliance/articles', { q: q || undefined }, signal));
  return (
    <>
      <Input.Search placeholder="搜索，如：标识、备案、深度合成" allowClear enterButton="搜索" onSearch={(v) => setQ(v.trim())} style={{ marginBottom: 12 }} aria-label="搜索知识库" />
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} compact /> : !list.data ? <BlockLoading /> : <ArticleList articles={list.data} />}
    </>
  );
}

function Navigator() {
  const navigate = useNavigate();
  const data = useApi(['navigator', 'questions'], (signal) => Promise.all([api.get<NavigatorQuestion[]>('/compliance/navigator/questions', undefined, signal), reference.zones()]));
  const [form] = Form.useForm();
  const [result, setResult] = useState<NavigatorResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoneId, setZoneId] = useState<string>();
  if (data.error) return <ErrorState error={data.error} onRetry={data.reload} compact />;
  if (!data.data) return <BlockLoading />;
  const [questions, zones] = data.data as [NavigatorQuestion[], Zone[]];
  const answersOf = (v: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== null && x !== '').map(([k, x]) => [k, typeof x === 'object' && x && 'format' in x ? (x as { format: (f: string) => string }).format('YYYY-MM-DD') : x]));
  const run = async () => {
    setError(null);
    try {
      const v = await form.validateFields();
      setResult(await api.post<NavigatorResult>('/compliance/navigator/evaluate', { answers: answersOf(v) }));
    } catch (e) {
      if (e instanceof ApiError) {
        const rest = applyProblemToForm(form, { ...e, errors: e.errors.map((x) => ({ ...x, field: x.field.replace(/^answers\./, '') })) } as unknown as ApiError);
        setError(rest.join('；') || errorMessage(e));
      }
    }
  };
  const file = async () => {
    try {
      const c = await api.post<CaseDetail>('/compliance/navigator/case', { answers: answersOf(form.getFieldsValue()), zoneId: zoneId ?? zones[0]?.id });
      navigate(`/portal/cases/${c.id}`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <Form form={form} layout="vertical" onValuesChange={() => setResult(null)}>
        {questions.map((q) => (
          <Form.Item key={q.id} name={q.id} label={q.label} extra={q.help} rules={q.required ? [{ required: true, message: '请回答' }] : []}>
            {q.type === 'boolean' ? (
              <Radio.Group options={[{ value: true, label: '是' }, { value: false, label: '否' }]} />
            ) : q.type === 'multi' ? (
              <CheckboxGroup options={q.options!.map((o) => ({ value: o.id, label: o.label }))} />
            ) : q.type === 'single' ? (
              <Radio.Group options={q.options!.map((o) => ({ value: o.id, label: o.label }))} />
            ) : q.type === 'date' ? (
              <DatePicker />
            ) : (
              <Input maxLength={500} />
            )}
          </Form.Item>
        ))}
        <Button type="primary" onClick={() => void run()}>查看我的合规义务</Button>
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {result && (
        <Card style={{ marginTop: 16 }} title={`需要履行的义务（${result.obligations.length} 项）`}>
          <List
            dataSource={result.obligations}
            locale={{ emptyText: '根据您的回答，暂未发现需要办理的备案或标识义务' }}
            renderItem={(o) => (
              <List.Item>
                <div>
                  <Space wrap>
                    <Tag color="blue">{OBLIGATION_LABELS[o.obligation]}</Tag>
                    <strong>{o.title}</strong>
                    <Tag color={o.dueOn ? 'red' : 'default'}>{o.dueOn ? `${o.dueOn} 前` : o.deadlineText}</Tag>
                  </Space>
                  <Typography.Paragraph style={{ margin: '6px 0' }}>{o.description}</Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>依据：{o.sources.map((s) => `《${s.regulation}》${s.article}`).join('；')}</Typography.Text>
                </div>
              </List.Item>
            )}
          />
          <Space wrap style={{ marginTop: 12 }}>
            <Select value={zoneId ?? zones[0]?.id} onChange={setZoneId} options={zones.map((z) => ({ value: z.id, label: z.name }))} aria-label="集聚区" />
            <Button type="primary" onClick={() => void file()}>转为合规咨询，请服务台协助办理</Button>
          </Space>
        </Card>
      )}
    </>
  );
}

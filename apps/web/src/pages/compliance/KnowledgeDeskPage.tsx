import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Segmented, Select, Space, Switch, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import {
  ARTICLE_STATUS_LABELS,
  CANNED_PLACEHOLDERS,
  type CannedReplyView,
  type KnowledgeArticleView,
  OBLIGATION_LABELS,
  OBLIGATIONS,
  type NavigatorRuleView,
} from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useFeedback } from '../../components/Feedback';
import { ErrorState } from '../../components/States';
import { useModalForm } from '../../lib/useModalForm';
import { PROGRAMME_LABELS } from '../../lib/labels';
import { dayjs, fmt } from '../../lib/time';

/** 合规引擎 for the desk: knowledge articles (draft → published → superseded), navigator rules, canned replies. */
export default function KnowledgeDeskPage() {
  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">合规引擎 · 知识库与规则</h1>
          <p className="page-sub">撰写并发布政策解读；维护合规导航的规则（条件、期限、依据）；维护各项目的常用语。</p>
        </div>
      </div>
      <Tabs items={[{ key: 'kb', label: '知识库', children: <Articles /> }, { key: 'rules', label: '导航规则', children: <Rules /> }, { key: 'canned', label: '常用语', children: <Canned /> }]} />
    </>
  );
}

function Articles() {
  const { message } = useFeedback();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<string>('all');
  const list = useApi(['kb-desk', q, status], (signal) => api.get<KnowledgeArticleView[]>('/compliance/articles', { q: q || undefined, status: status === 'all' ? undefined : status }, signal));
  const [editing, setEditing] = useState<Partial<KnowledgeArticleView> | null>(null);
  const publish = async (a: KnowledgeArticleView) => {
    try {
      await api.post(`/compliance/articles/${a.id}/publish`);
      message.success('已发布');
      list.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search placeholder="搜索：标识、备案……" allowClear onSearch={(v) => setQ(v.trim())} style={{ width: 280 }} aria-label="搜索" />
        <Segmented value={status} onChange={(v) => setStatus(String(v))} options={[{ value: 'all', label: '全部' }, ...Object.entries(ARTICLE_STATUS_LABELS).map(([value, label]) => ({ value, label }))]} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>新建文章</Button>
      </Space>
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} compact /> : null}
      <Card className="table-card" variant="borderless">
        <Table<KnowledgeArticleView>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          scroll={{ x: 900 }}
          columns={[
            { title: '标题', dataIndex: 'title' },
            { title: '法规与条款', key: 'reg', width: 260, render: (_, a) => `《${a.regulation}》${a.articleRefs.join('、')}` },
            { title: '状态', dataIndex: 'status', width: 100, render: (s: KnowledgeArticleView['status']) => <Tag color={s === 'published' ? 'green' : s === 'draft' ? 'blue' : 'default'}>{ARTICLE_STATUS_LABELS[s]}</Tag> },
            { title: '更新', dataIndex: 'updatedAt', width: 150, render: (v: string) => fmt(v) },
            {
              title: '操作',
              key: 'act',
              width: 200,
              render: (_, a) =>
                a.status === 'draft' ? (
                  <Space>
                    <Button size="small" onClick={() => setEditing(a)}>编辑</Button>
                    <Button size="small" type="primary" onClick={() => void publish(a)}>发布</Button>
                  </Space>
                ) : a.status === 'published' ? (
                  <Button size="small" onClick={() => setEditing({ ...a, id: undefined, supersedesId: a.id, status: 'draft' })}>新版本</Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {editing && <ArticleModal initial={editing} onClose={() => setEditing(null)} onDone={() => (setEditing(null), list.reload())} />}
    </>
  );
}

function ArticleModal({ initial, onClose, onDone }: { initial: Partial<KnowledgeArticleView>; onClose: () => void; onDone: () => void }) {
  const { form, saving, error, submit } = useModalForm<Record<string, unknown> & { effectiveOn: dayjs.Dayjs; articleRefs: string }>(
    (v) => {
      const body = { ...v, effectiveOn: v.effectiveOn.format('YYYY-MM-DD'), articleRefs: String(v.articleRefs ?? '').split(/[、,，\s]+/).filter(Boolean), ...(initial.supersedesId && !initial.id ? { supersedesId: initial.supersedesId } : {}) };
      return initial.id ? api.put(`/compliance/articles/${initial.id}`, body) : api.post('/compliance/articles', body);
    },
    onDone,
  );
  return (
    <Modal open width={760} title={initial.id ? '编辑草稿' : initial.supersedesId ? '新版本（发布后替代原文）' : '新建文章'} onCancel={onClose} onOk={submit} okText="保存草稿" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ ...initial, effectiveOn: initial.effectiveOn ? dayjs(initial.effectiveOn) : dayjs(), articleRefs: (initial.articleRefs ?? []).join('、') }}>
        <Form.Item name="title" label="标题" rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="regulation" label="解读的法规" rules={[{ required: true }]}><Input maxLength={200} placeholder="如：人工智能生成合成内容标识办法" /></Form.Item>
        <Form.Item name="articleRefs" label="条款（用顿号分隔）"><Input placeholder="第四条、第五条" /></Form.Item>
        <Form.Item name="issuingBody" label="发布机关" rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="effectiveOn" label="施行日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
        <Form.Item name="source" label="来源" rules={[{ required: true }]}><Input maxLength={500} /></Form.Item>
        <Form.Item name="summary" label="摘要"><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
        <Form.Item name="body" label="正文" rules={[{ required: true }]}><Input.TextArea rows={8} maxLength={20000} /></Form.Item>
      </Form>
    </Modal>
  );
}

function Rules() {
  const list = useApi(['navigator-rules'], (signal) => api.get<NavigatorRuleView[]>('/compliance/navigator/rules', undefined, signal));
  const [editing, setEditing] = useState<NavigatorRuleView | null>(null);
  return (
    <>
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} compact /> : null}
      <Card className="table-card" variant="borderless">
        <Table<NavigatorRuleView>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          scroll={{ x: 900 }}
          pagination={false}
          columns={[
            { title: '义务', key: 't', render: (_, r) => <><Tag>{OBLIGATION_LABELS[r.obligation]}</Tag>{r.title}{!r.active && <Tag>已停用</Tag>}</> },
            { title: '期限', key: 'd', width: 200, render: (_, r) => (r.deadlineWorkingDays ? `${r.deadlineWorkingDays} 个工作日` : r.deadlineText) },
            { title: '依据', key: 's', render: (_, r) => r.sources.map((s) => `《${s.regulation}》${s.article}`).join('；') },
            { title: '版本', dataIndex: 'version', width: 70 },
            { title: '', key: 'e', width: 80, render: (_, r) => <Button size="small" onClick={() => setEditing(r)}>编辑</Button> },
          ]}
        />
      </Card>
      {editing && <RuleModal rule={editing} onClose={() => setEditing(null)} onDone={() => (setEditing(null), list.reload())} />}
    </>
  );
}

function RuleModal({ rule, onClose, onDone }: { rule: NavigatorRuleView; onClose: () => void; onDone: () => void }) {
  const { form, saving, error, submit } = useModalForm<Record<string, unknown> & { conditions: string; sources: string }>((v) => {
    let conditions: unknown;
    let sources: unknown;
    try {
      conditions = JSON.parse(v.conditions);
      sources = JSON.parse(v.sources);
    } catch {
      return Promise.reject(new Error('条件和依据须为 JSON'));
    }
    return api.put(`/compliance/navigator/rules/${rule.id}`, { ...v, conditions, sources, deadlineWorkingDays: v.deadlineWorkingDays ?? null, version: rule.version });
  }, onDone);
  return (
    <Modal open width={760} title={`编辑规则：${rule.title}`} onCancel={onClose} onOk={submit} okText="保存" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ ...rule, conditions: JSON.stringify(rule.conditions, null, 2), sources: JSON.stringify(rule.sources, null, 2) }}>
        <Form.Item name="code" label="代码" rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="title" label="义务名称" rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="obligation" label="类型"><Select options={OBLIGATIONS.map((o) => ({ value: o, label: OBLIGATION_LABELS[o] }))} /></Form.Item>
        <Form.Item name="description" label="说明" rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        <Space wrap>
          <Form.Item name="deadlineWorkingDays" label="期限（工作日，自服务开始之日起）"><InputNumber min={1} max={365} /></Form.Item>
          <Form.Item name="deadlineText" label="期限说明" rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
          <Form.Item name="sort" label="排序"><InputNumber min={0} /></Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked"><Switch /></Form.Item>
        </Space>
        <Form.Item name="conditions" label="适用条件（JSON：问题与答案）" rules={[{ required: true }]}><Input.TextArea rows={6} style={{ fontFamily: 'monospace' }} /></Form.Item>
        <Form.Item name="sources" label="依据（JSON：法规与条款）" rules={[{ required: true }]}><Input.TextArea rows={5} style={{ fontFamily: 'monospace' }} /></Form.Item>
      </Form>
    </Modal>
  );
}

function Canned() {
  const [programme, setProgramme] = useState('compliance');
  const list = useApi(['canned', programme], (signal) => api.get<CannedReplyView[]>('/compliance/canned-replies', { programme }, signal));
  const [editing, setEditing] = useState<Partial<CannedReplyView> | null>(null);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented value={programme} onChange={(v) => setProgramme(String(v))} options={['starlight', 'shield', 'compliance', 'legislation'].map((p) => ({ value: p, label: PROGRAMME_LABELS[p] }))} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ programme })}>新建常用语</Button>
      </Space>
      <Card className="table-card" variant="borderless">
        <Table<CannedReplyView>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          columns={[
            { title: '标题', dataIndex: 'title', width: 160 },
            { title: '内容', dataIndex: 'body' },
            { title: '范围', dataIndex: 'zoneId', width: 100, render: (z: string | null) => (z ? '本集聚区' : '全市') },
            { title: '', key: 'e', width: 80, render: (_, r) => <Button size="small" onClick={() => setEditing(r)}>编辑</Button> },
          ]}
        />
      </Card>
      {editing && <CannedModal initial={editing} onClose={() => setEditing(null)} onDone={() => (setEditing(null), list.reload())} />}
    </>
  );
}

function CannedModal({ initial, onClose, onDone }: { initial: Partial<CannedReplyView>; onClose: () => void; onDone: () => void }) {
  const { form, saving, error, submit } = useModalForm<Record<string, unknown>>((v) => (initial.id ? api.put(`/compliance/canned-replies/${initial.id}`, { ...v, programme: initial.programme }) : api.post('/compliance/canned-replies', { ...v, programme: initial.programme })), onDone);
  return (
    <Modal open title={initial.id ? '编辑常用语' : '新建常用语'} onCancel={onClose} onOk={submit} okText="保存" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ active: true, ...initial }}>
        <Form.Item name="title" label="标题" rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="body" label="内容" rules={[{ required: true }]} extra={`可用占位符：${Object.entries(CANNED_PLACEHOLDERS).map(([k, l]) => `{{${k}}}（${l}）`).join('、')}`}>
          <Input.TextArea rows={5} maxLength={5000} />
        </Form.Item>
        <Form.Item name="active" label="启用" valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}

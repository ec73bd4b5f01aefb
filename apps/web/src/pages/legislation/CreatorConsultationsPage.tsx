import { Alert, Button, Card, Collapse, Empty, Form, Input, List, Modal, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { ConsultationView, SuggestionView } from '@app/contracts';
import { api } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { Zone } from '../../api/types';
import { useFeedback } from '../../components/Feedback';
import { BlockLoading, ErrorState } from '../../components/States';
import { useModalForm } from '../../lib/useModalForm';
import { fmt } from '../../lib/time';
import { AdoptionTag, CountsLine, WindowTag } from './parts';

/** 众智平台 for a creator (phone first): open consultations, suggesting against an article, the answers. */
export default function CreatorConsultationsPage() {
  const data = useApi(['legislation', 'creator'], (signal) => Promise.all([api.get<ConsultationView[]>('/legislation/consultations', undefined, signal), api.get<SuggestionView[]>('/legislation/suggestions', undefined, signal), reference.zones()]));
  const [target, setTarget] = useState<{ c: ConsultationView; articleNo: string } | null>(null);
  if (data.error && !data.loading) return <ErrorState error={data.error} onRetry={data.reload} />;
  if (!data.data) return <BlockLoading rows={8} />;
  const [consultations, mine, zones] = data.data as [ConsultationView[], SuggestionView[], Zone[]];
  const visible = consultations.filter((c) => c.state !== 'upcoming');
  return (
    <div style={{ maxWidth: 860, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">众智平台 · 立法征集</h1>
          <p className="page-sub">市委网信办公开征求意见的网络领域法规草案。请针对具体条款提出修改建议，每条建议都会得到答复。</p>
        </div>
      </div>
      {visible.length === 0 && <Empty description="暂无征集" />}
      {visible.map((c) => (
        <Card key={c.id} style={{ marginBottom: 12 }} title={<span style={{ whiteSpace: 'normal' }}>{c.title}</span>}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <WindowTag c={c} />
            <span className="muted">发布机关：{c.issuingBody}</span>
            {c.summary && <Typography.Paragraph style={{ margin: 0 }}>{c.summary}</Typography.Paragraph>}
            <CountsLine c={c} />
            <Collapse
              size="small"
              items={c.articles.map((a) => ({
                key: a.no,
                label: a.no,
                children: (
                  <>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.text}</Typography.Paragraph>
                    {c.state === 'open' && (
                      <Button type="primary" size="small" onClick={() => setTarget({ c, articleNo: a.no })}>
                        对{a.no}提建议
                      </Button>
                    )}
                  </>
                ),
              }))}
            />
          </Space>
        </Card>
      ))}
      <h2 style={{ fontSize: 17, marginTop: 24 }}>我的建议</h2>
      <List
        dataSource={mine}
        locale={{ emptyText: '您还没有提交建议' }}
        renderItem={(s) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space wrap>
                  <AdoptionTag adoption={s.adoption} />
                  <span>
                    《{s.consultationTitle}》{s.articleNo}
                  </span>
                </Space>
              }
              description={
                <>
                  <div>{s.suggestedWording}</div>
                  {s.adoption ? (
                    <Alert style={{ marginTop: 8 }} type="info" showIcon title={`答复（${fmt(s.answeredAt)}）：${s.adoptionReason}`} />
                  ) : (
                    <div className="muted">{s.forwarded ? '已转报市委网信办，等待答复' : '服务台审核中'} · {s.reference}</div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {target && <SuggestModal target={target} zones={zones} onClose={() => setTarget(null)} onDone={() => (setTarget(null), data.reload())} />}
    </div>
  );
}

function SuggestModal({ target, zones, onClose, onDone }: { target: { c: ConsultationView; articleNo: string }; zones: Zone[]; onClose: () => void; onDone: () => void }) {
  const { message } = useFeedback();
  const { form, saving, error, submit } = useModalForm(
    (v: Record<string, unknown>) => api.post(`/legislation/consultations/${target.c.id}/suggestions`, { ...v, articleNo: target.articleNo }),
    () => {
      message.success('建议已提交，答复后将通知您');
      onDone();
    },
  );
  return (
    <Modal open title={`对${target.articleNo}提出建议`} onCancel={onClose} onOk={submit} okText="提交建议" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={{ named: false, zoneId: zones[0]?.id }}>
        <Form.Item name="zoneId" label="所在集聚区" rules={[{ required: true, message: '请选择集聚区' }]}>
          <Select options={zones.map((z) => ({ value: z.id, label: z.name }))} />
        </Form.Item>
        <Form.Item name="suggestedWording" label="建议修改为" rules={[{ required: true, whitespace: true, message: '请填写建议的条文表述' }, { max: 5000 }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="reason" label="理由和依据" rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 5000 }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="named" label="在公开页面署名" valuePropName="checked" extra="默认匿名；同意署名的，建议被采纳时公开页面显示您的昵称">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useFeedback } from '../../components/Feedback';
import { CheckCircleOutlined, ExclamationCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api, errorMessage } from '../../api/client';
import type { CaseDetail } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ActionButtons } from '../../components/CaseActions';
import { RateFields } from '../../components/case-actions/RateFields';
import { categoryLabel, IntakeView, ReplyBox, useCaseData } from '../../components/CaseBits';
import { CaseTimeline } from '../../components/CaseTimeline';
import { ProgrammePanel } from '../../components/ProgrammePanel';
import { AttachmentList, EvidenceUploader } from '../../components/Attachments';
import { CasePromiseLine, CaseProgressSteps } from '../../components/CaseProgress';
import { ReceiptsCard } from '../../components/Receipts';
import { BlockLoading, CaseErrorState, ErrorState } from '../../components/States';
import { VisitsCard } from '../../components/Visits';
import { ProgrammeTag, StatusTag } from '../../components/Tags';
import { CREATOR_NEXT_STEP, RATING_COLORS, RATING_LABELS } from '../../lib/labels';
import { CreatorRectificationCard } from '../quality/CreatorRectificationCard';
import { applyProblemToForm } from '../../lib/problem';
import { fmt } from '../../lib/time';
import { isBadRating, isFinalStatus } from '@app/contracts';


export default function CreatorCasePage() {
  const { id = '' } = useParams();
  const me = useUser();
  const data = useCaseData(id);
  const { detail, timeline, attachments, programme, zones, authorities, lookups } = data;

  if (detail.error && !detail.loading) return <CaseErrorState error={detail.error} onRetry={detail.reload} backTo="/portal" backLabel="返回我的案件" />;
  if (!detail.data) return <BlockLoading rows={10} />;
  const c = detail.data;
  const changed = (d: CaseDetail) => {
    detail.setData(d);
    timeline.reload();
    attachments.reload();
  };
  const ctx = { detail: c, programme, zones, authorities, me };
  const open = !isFinalStatus(c.status);
  const zoneName = zones.find((z) => z.id === c.zoneId)?.name ?? c.zoneId;

  return (
    <div style={{ maxWidth: 980, margin: '0 auto' }}>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/portal">我的案件</Link> }, { title: c.reference }]} />
      <section className="case-head" aria-labelledby="case-title">
        <Space size={6} wrap>
          <StatusTag status={c.status} />
          <ProgrammeTag programme={c.programme} />
          <Tag variant="filled">{categoryLabel(programme, c.category)}</Tag>
          <span className="reference muted">{c.reference}</span>
        </Space>
        <h1 id="case-title">{c.title}</h1>
        <div className="case-head-meta">
          <span>{zoneName}</span>
          <span>提交于 {fmt(c.createdAt)}</span>
          {c.assignee && <span>负责人：{c.assignee.displayName}</span>}
        </div>
        <CaseProgressSteps
          input={{
            status: c.status,
            acceptedAt: c.acceptedAt,
            resolvedAt: c.resolvedAt,
            closeReason: c.closeReason,
            escalated: !!c.escalation || (timeline.data ?? []).some((e) => e.kind === 'escalation'),
            escalationAcknowledged: c.escalation?.acknowledged,
          }}
        />
        <CasePromiseLine clocks={c.slaClocks} />
        <Alert
          style={{ marginTop: 14 }}
          type={c.status === 'awaiting_creator' || c.status === 'resolved' ? 'warning' : c.status === 'rejected' ? 'error' : 'info'}
          showIcon
          title={`下一步：${CREATOR_NEXT_STEP[c.status] ?? ''}`}
        />
        <div className="case-actions">
          <ActionButtons ctx={ctx} onDone={changed} onConflict={data.reloadAll} exclude={['supply_materials', 'rate']} />
          <Button icon={<ReloadOutlined />} onClick={data.reloadAll} aria-label="刷新">
            刷新
          </Button>
        </div>
      </section>

      {c.status === 'awaiting_creator' && c.materialsRequest && (
        <SupplyMaterials c={c} onDone={changed} onConflict={data.reloadAll} onUploaded={attachments.reload} />
      )}
      {(c.resolutionSummary || c.status === 'rejected' || c.rating) && (
        <Card title="办理结果" variant="borderless" style={{ marginBottom: 16 }}>
          <Descriptions column={1} size="small">
            {c.outcome && <Descriptions.Item label="结果">{lookups.outcomeLabel(c.outcome)}</Descriptions.Item>}
            {c.resolutionSummary && (
              <Descriptions.Item label="办结说明">
                <span style={{ whiteSpace: 'pre-wrap' }}>{c.resolutionSummary}</span>
              </Descriptions.Item>
            )}
            {c.resolvedAt && <Descriptions.Item label="办结时间">{fmt(c.resolvedAt)}</Descriptions.Item>}
            {c.rejectionReason && <Descriptions.Item label="不予受理理由">{c.rejectionReason}</Descriptions.Item>}
            {c.rating && (
              <Descriptions.Item label="我的评价">
                <Tag color={RATING_COLORS[c.rating.level]}>{RATING_LABELS[c.rating.level]}</Tag>
                {c.rating.comment}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      {c.allowedActions.includes('rate') && <RateCard c={c} onDone={changed} onConflict={data.reloadAll} />}
      {c.rating && isBadRating(c.rating.level) && <CreatorRectificationCard caseId={c.id} />}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <ProgrammePanel programme={c.programme} caseId={c.id} />
          <Card title="办理进展" variant="borderless" style={{ marginBottom: 16 }}>
            {timeline.error && !timeline.loading ? (
              <ErrorState error={timeline.error} onRetry={timeline.reload} compact />
            ) : !timeline.data ? (
              <BlockLoading />
            ) : (
              <CaseTimeline entries={timeline.data} lookups={lookups} newestFirst />
            )}
            <ReplyBox caseId={c.id} disabled={!open} onSent={timeline.reload} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title="我提交的内容" variant="borderless" style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
            <IntakeView programme={programme} intake={c.intake ?? {}} />
          </Card>
          <Card title="材料" variant="borderless" style={{ marginBottom: 16 }}>
            {attachments.error && !attachments.loading ? (
              <ErrorState error={attachments.error} onRetry={attachments.reload} compact />
            ) : !attachments.data ? (
              <BlockLoading rows={2} />
            ) : (
              <AttachmentList items={attachments.data} />
            )}
            {open && c.status !== 'awaiting_creator' && (
              <div style={{ marginTop: 12 }}>
                <EvidenceUploader caseId={c.id} compact onUploaded={() => attachments.reload()} />
              </div>
            )}
          </Card>
          <ReceiptsCard caseId={c.id} version={c.version} />
          <VisitsCard caseId={c.id} open={open} onChanged={() => timeline.reload()} />
        </Col>
      </Row>
    </div>
  );
}

/** 一次性告知: the list of what is missing, the upload and the reply in one place. */
function SupplyMaterials({ c, onDone, onConflict, onUploaded }: { c: CaseDetail; onDone: (d: CaseDetail) => void; onConflict: () => void; onUploaded: () => void }) {
  const { message } = useFeedback();
  const [form] = Form.useForm<{ note?: string }>();
  const [uploaded, setUploaded] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canSupply = c.allowedActions.includes('supply_materials');
  const supply = async ({ note }: { note?: string }) => {
    setSaving(true);
    setError(null);
    try {
      const d = await api.post<CaseDetail>(`/cases/${c.id}/actions/supply_materials`, { version: c.version, note: note?.trim() || undefined });
      message.success('材料已提交，服务台将继续办理');
      onDone(d);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        message.warning(e.detail ?? '案件已更新');
        onConflict();
        return;
      }
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card
      className="materials-card"
      style={{ marginBottom: 16 }}
      title={
        <span>
          <ExclamationCircleOutlined style={{ color: '#d46b08' }} /> 请补充以下材料
        </span>
      }
    >
      <ol style={{ paddingInlineStart: 22, marginTop: 0 }}>
        {c.materialsRequest!.items.map((item, i) => (
          <li key={i} style={{ marginBottom: 4 }}>
            {item}
          </li>
        ))}
      </ol>
      {c.materialsRequest!.note && <Alert type="info" title={`服务台说明：${c.materialsRequest!.note}`} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        等待补充期间办理时限暂停计时；30 日内未补充的，案件将自动关闭。
      </Typography.Paragraph>
      <EvidenceUploader
        caseId={c.id}
        onUploaded={(a) => {
          setUploaded((u) => [...u, a.fileName]);
          onUploaded();
        }}
      />
      {uploaded.length > 0 && (
        <div style={{ margin: '8px 0' }} role="status">
          <CheckCircleOutlined style={{ color: '#389e0d' }} /> 本次已上传：{uploaded.join('、')}
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ margin: '12px 0' }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={supply} style={{ marginTop: 12 }}>
        <Form.Item name="note" label="补充说明（选填）" rules={[{ max: 1000, message: '最多 1000 个字' }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder="对所补充材料的说明，如：第 3 项原件已于窗口提交" />
        </Form.Item>
        {canSupply && (
          <Button type="primary" htmlType="submit" loading={saving} size="large">
            提交补充材料
          </Button>
        )}
      </Form>
    </Card>
  );
}

function RateCard({ c, onDone, onConflict }: { c: CaseDetail; onDone: (d: CaseDetail) => void; onConflict: () => void }) {
  const { message } = useFeedback();
  const [form] = Form.useForm<{ level: number; comment?: string }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rate = async (v: { level: number; comment?: string }) => {
    setSaving(true);
    setError(null);
    try {
      const d = await api.post<CaseDetail>(`/cases/${c.id}/actions/rate`, { version: c.version, level: v.level, comment: v.comment?.trim() || undefined });
      message.success('感谢您的评价');
      onDone(d);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        onConflict();
        return;
      }
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title="请评价本次服务（好差评）" style={{ marginBottom: 16, borderColor: '#91caff' }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={rate}>
        <RateFields />
        <Button type="primary" htmlType="submit" loading={saving}>
          提交评价
        </Button>
        <Typography.Text type="secondary" style={{ marginInlineStart: 12, fontSize: 12 }}>
          评价后案件关闭；如问题未解决，可在办结后 7 日内申请重新办理。
        </Typography.Text>
      </Form>
    </Card>
  );
}

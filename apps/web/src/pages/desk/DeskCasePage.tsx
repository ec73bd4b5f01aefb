import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { ReloadOutlined, UserOutlined } from '@ant-design/icons';
import { RevealPhone } from '../../components/RevealPhone';
import { Link, useParams } from 'react-router-dom';
import type { CaseDetail } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ActionButtons } from '../../components/CaseActions';
import { categoryLabel, IntakeView, ReplyBox, SlaClocks, useCaseData } from '../../components/CaseBits';
import { CaseTimeline } from '../../components/CaseTimeline';
import { ProgrammePanel } from '../../components/ProgrammePanel';
import { AttachmentList, EvidenceUploader } from '../../components/Attachments';
import { ReceiptsCard } from '../../components/Receipts';
import { BlockLoading, CaseErrorState, ErrorState } from '../../components/States';
import { VisitsCard } from '../../components/Visits';
import { DispatchPanel } from '../dispatch/DispatchPanel';
import { ChannelText, DueText, PriorityTag, ProgrammeTag, StatusTag } from '../../components/Tags';
import { CLOSE_REASON_LABELS, RATING_COLORS, RATING_LABELS } from '../../lib/labels';
import { fmt } from '../../lib/time';
import { isFinalStatus } from '@app/contracts';


export default function DeskCasePage() {
  const { id = '' } = useParams();
  const me = useUser();
  const officer = me.role === 'cac_officer';
  const data = useCaseData(id);
  const { detail, timeline, attachments, programme, zones, authorities, lookups } = data;

  if (detail.error && !detail.loading) return <CaseErrorState error={detail.error} onRetry={detail.reload} backTo="/desk" backLabel="返回案件队列" />;
  if (!detail.data) return <BlockLoading rows={12} />;
  const c = detail.data;
  const changed = (d: CaseDetail) => {
    detail.setData(d);
    timeline.reload();
  };
  const ctx = { detail: c, programme, zones, authorities, me };
  const open = !isFinalStatus(c.status);
  const zoneName = zones.find((z) => z.id === c.zoneId)?.name ?? c.zoneId;
  const escalatedTo = c.escalation ? lookups.authorityName(c.escalation.authorityId) : c.escalationAuthorityId ? lookups.authorityName(c.escalationAuthorityId) : null;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: officer ? <Link to="/authority">上报案件</Link> : <Link to="/desk">案件工作台</Link> }, { title: c.reference }]}
      />
      <section className="case-head" aria-labelledby="case-title">
        <Space size={6} wrap>
          <StatusTag status={c.status} />
          <PriorityTag priority={c.priority} />
          <ProgrammeTag programme={c.programme} />
          <Tag variant="filled">{categoryLabel(programme, c.category)}</Tag>
          <span className="reference muted">{c.reference}</span>
          {c.overdue && <DueText nextDueAt={c.nextDueAt} overdue />}
        </Space>
        <h1 id="case-title">{c.title}</h1>
        <div className="case-head-meta">
          <span>{zoneName}</span>
          <span>
            渠道：<ChannelText channel={c.channel} />
          </span>
          <span>
            <UserOutlined /> {c.creator?.displayName ?? c.creatorName}
            {c.creator?.phone && (
              <>
                {' '}
                <RevealPhone creatorId={c.creator.id} masked={c.creator.phone} canReveal={me.role === 'agent' || me.role === 'supervisor'} />
              </>
            )}
          </span>
          <span>负责人：{c.assignee?.displayName ?? <Typography.Text type="warning">未分派</Typography.Text>}</span>
          <span>提交于 {fmt(c.createdAt)}</span>
          {escalatedTo && (
            <span>
              已上报 {escalatedTo}
              {c.escalation && (c.escalation.acknowledged ? <Tag color="purple" style={{ marginInlineStart: 6 }}>已签收</Tag> : <Tag style={{ marginInlineStart: 6 }}>待签收</Tag>)}
            </span>
          )}
        </div>
        <div className="case-actions">
          <ActionButtons ctx={ctx} onDone={changed} onConflict={data.reloadAll} />
          <Button icon={<ReloadOutlined />} onClick={data.reloadAll}>
            刷新
          </Button>
        </div>
        {c.allowedActions.length === 0 && open && (
          <Typography.Paragraph type="secondary" style={{ margin: '10px 0 0', fontSize: 13 }}>
            当前没有您可执行的操作。
          </Typography.Paragraph>
        )}
      </section>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ProgrammePanel programme={c.programme} caseId={c.id} />
          <Card title="诉求内容" variant="borderless" style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
            <IntakeView programme={programme} intake={c.intake ?? {}} />
          </Card>
          <Card title={`证据材料${attachments.data ? `（${attachments.data.length}）` : ''}`} variant="borderless" style={{ marginBottom: 16 }}>
            {attachments.error && !attachments.loading ? (
              <ErrorState error={attachments.error} onRetry={attachments.reload} compact />
            ) : !attachments.data ? (
              <BlockLoading rows={2} />
            ) : (
              <AttachmentList items={attachments.data} showFingerprints />
            )}
            {open && (
              <div style={{ marginTop: 12 }}>
                <EvidenceUploader caseId={c.id} compact onUploaded={() => { attachments.reload(); timeline.reload(); }} />
              </div>
            )}
          </Card>
          <VisitsCard caseId={c.id} open={open} onChanged={() => { timeline.reload(); detail.reload(); }} />
          <DispatchPanel caseId={c.id} status={c.status} zoneId={c.zoneId} role={me.role ?? ''} onChanged={() => { timeline.reload(); detail.reload(); }} />
          <ReceiptsCard caseId={c.id} staff version={c.version} />
          <Card
            title="办理记录"
            variant="borderless"
            style={{ marginBottom: 16 }}
            extra={
              <Space size={4}>
                <Tag color="green">公开</Tag>
                <Tag color="gold">内部</Tag>
              </Space>
            }
          >
            {timeline.error && !timeline.loading ? (
              <ErrorState error={timeline.error} onRetry={timeline.reload} compact />
            ) : !timeline.data ? (
              <BlockLoading />
            ) : (
              <CaseTimeline entries={timeline.data} staff lookups={lookups} />
            )}
            <ReplyBox caseId={c.id} staff disabled={!open} onSent={timeline.reload} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title="办理时限" variant="borderless" style={{ marginBottom: 16 }}>
            <SlaClocks clocks={c.slaClocks} />
          </Card>
          {c.materialsRequest && (
            <Card title="一次性告知 · 待补充材料" variant="borderless" className="materials-card" style={{ marginBottom: 16 }}>
              <ol style={{ paddingInlineStart: 20, margin: 0 }}>
                {c.materialsRequest.items.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ol>
              {c.materialsRequest.note && (
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  说明：{c.materialsRequest.note}
                </Typography.Paragraph>
              )}
            </Card>
          )}
          {c.escalation && (
            <Card title="上报" variant="borderless" style={{ marginBottom: 16 }}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label="上报至">{lookups.authorityName(c.escalation.authorityId)}</Descriptions.Item>
                <Descriptions.Item label="签收">{c.escalation.acknowledged ? <Tag color="purple">已签收</Tag> : <Tag>待签收</Tag>}</Descriptions.Item>
              </Descriptions>
            </Card>
          )}
          {(c.outcome || c.rejectionReason || c.rating || c.closeReason) && (
            <Card title="结果" variant="borderless" style={{ marginBottom: 16 }}>
              <Descriptions column={1} size="small">
                {c.rejectionReason && <Descriptions.Item label="不予受理理由">{c.rejectionReason}</Descriptions.Item>}
                {c.outcome && <Descriptions.Item label="办理结果">{lookups.outcomeLabel(c.outcome)}</Descriptions.Item>}
                {c.resolutionSummary && (
                  <Descriptions.Item label="办结说明">
                    <span style={{ whiteSpace: 'pre-wrap' }}>{c.resolutionSummary}</span>
                  </Descriptions.Item>
                )}
                {c.rating && (
                  <Descriptions.Item label="创作者评价">
                    <Tag color={RATING_COLORS[c.rating.level]}>{RATING_LABELS[c.rating.level]}</Tag>
                    {c.rating.comment}
                  </Descriptions.Item>
                )}
                {c.closeReason && <Descriptions.Item label="关闭原因">{CLOSE_REASON_LABELS[c.closeReason] ?? c.closeReason}</Descriptions.Item>}
              </Descriptions>
            </Card>
          )}
          <Card title="案件信息" variant="borderless" style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="编号">
                <Typography.Text copyable className="reference">
                  {c.reference}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="提交">{fmt(c.submittedAt ?? c.createdAt)}</Descriptions.Item>
              <Descriptions.Item label="受理">{fmt(c.acceptedAt)}</Descriptions.Item>
              <Descriptions.Item label="首次响应">{fmt(c.firstResponseAt)}</Descriptions.Item>
              <Descriptions.Item label="办结">{fmt(c.resolvedAt)}</Descriptions.Item>
              <Descriptions.Item label="关闭">{fmt(c.closedAt)}</Descriptions.Item>
              <Descriptions.Item label="最后更新">{fmt(c.updatedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          {officer && c.status === 'escalated' && !c.escalation?.acknowledged && (
            <Alert type="info" showIcon title="请先签收，再办结或退回服务台。" />
          )}
        </Col>
      </Row>
    </>
  );
}

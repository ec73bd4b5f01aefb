import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  PACKET_PURPOSE_LABELS,
  PACKET_PURPOSES,
  PLATFORM_MEASURE_LABELS,
  PLATFORM_MEASURES,
  PLATFORM_RESULT_LABELS,
  PLATFORM_RESULTS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  SERIOUS_DEFAMATION_THRESHOLDS,
  type ShieldCaseView,
  type ShieldMatch,
} from '@app/contracts';
import { api, errorMessage, fetchFile } from '../../api/client';
import { useApi } from '../../api/query';
import { useUser } from '../../auth/AuthContext';
import { useFeedback } from '../../components/Feedback';
import { saveBlob } from '../../lib/download';
import { STATUS_LABELS } from '../../lib/labels';
import { useModalForm } from '../../lib/useModalForm';
import { dayjs, fmt } from '../../lib/time';

type Dialog = null | { kind: 'packet' } | { kind: 'request' } | { kind: 'response'; requestId: string } | { kind: 'referral' } | { kind: 'referralStatus'; id: string } | { kind: 'groupEscalate' } | { kind: 'groupResolve' };

/** 盾牌行动 on a case page for staff: matches and links, merges, evidence packets, platform requests, police referrals. */
export default function ShieldPanel({ caseId }: { caseId: string }) {
  const me = useUser();
  const { message } = useFeedback();
  const view = useApi(['shield', caseId], (signal) => api.get<ShieldCaseView>(`/shield/cases/${caseId}`, undefined, signal));
  const desk = me.role === 'agent' || me.role === 'supervisor';
  const matches = useApi(['shield-matches', caseId], desk ? (signal) => api.get<ShieldMatch[]>(`/shield/cases/${caseId}/matches`, undefined, signal) : null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const v = view.data;
  if (!v) return null;
  const base = me.role === 'cac_officer' ? '/authority/cases/' : '/desk/cases/';
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      view.reload();
      matches.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const download = async (path: string) => {
    try {
      const { blob, fileName } = await fetchFile(path);
      saveBlob(blob, fileName ?? 'download');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card title="盾牌行动 · 处置" variant="borderless" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {v.minorInvolved && <Alert type="error" showIcon title="涉及未成年人：紧急处置，所有队列优先" />}
        {v.referralPrompted && v.referrals.length === 0 && (
          <Alert
            type="warning"
            showIcon
            title={`创作者报告浏览 ${v.reach.views ?? '—'} 次、转发 ${v.reach.reposts ?? '—'} 次，达到诽谤“情节严重”的标准（浏览 ${SERIOUS_DEFAMATION_THRESHOLDS.views} 次或转发 ${SERIOUS_DEFAMATION_THRESHOLDS.reposts} 次）`}
            description="请评估并登记移送公安机关。"
            action={<Button size="small" onClick={() => setDialog({ kind: 'referral' })}>登记移送</Button>}
          />
        )}
        {v.mergedInto && <Alert type="info" showIcon title={<>本案已并入 <Link to={base + v.mergedInto.caseId}>{v.mergedInto.reference}</Link></>} />}

        <div>
          <Typography.Title level={5}>串并案</Typography.Title>
          {v.group ? (
            <>
              <Space wrap>
                {v.group.members.map((m) => (
                  <Tag key={m.caseId} color={m.caseId === caseId ? 'blue' : undefined}>
                    <Link to={base + m.caseId}>{m.reference}</Link> · {STATUS_LABELS[m.status as keyof typeof STATUS_LABELS] ?? m.status}
                  </Tag>
                ))}
              </Space>
              <Space style={{ marginTop: 8 }} wrap>
                {me.role === 'agent' && <Button size="small" onClick={() => setDialog({ kind: 'groupEscalate' })}>整组上报</Button>}
                {(me.role === 'agent' || me.role === 'cac_officer') && <Button size="small" onClick={() => setDialog({ kind: 'groupResolve' })}>整组办结</Button>}
              </Space>
            </>
          ) : (
            <span className="muted">未串并</span>
          )}
          {v.merged.length > 0 && <div className="muted">已合并：{v.merged.map((x) => x.reference).join('、')}</div>}
          {desk && (matches.data?.length ?? 0) > 0 && (
            <List
              size="small"
              header="涉及相同账号或链接的在办案件"
              dataSource={matches.data}
              renderItem={(x) => (
                <List.Item
                  actions={
                    me.role === 'agent'
                      ? [
                          !x.groupId || x.groupId !== v.group?.id ? <Checkbox key="pick" checked={picked.includes(x.caseId)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, x.caseId] : p.filter((id) => id !== x.caseId)))}>串并</Checkbox> : <Tag key="in">同组</Tag>,
                          x.sameCreator ? <Button key="merge" size="small" onClick={() => void run(() => api.post(`/shield/cases/${caseId}/merge`, { duplicateCaseId: x.caseId }), '已合并重复案件')}>合并重复</Button> : null,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta title={<><Link to={base + x.caseId}>{x.reference}</Link> {x.sameCreator && <Tag color="orange">同一创作者</Tag>}</>} description={x.shared.map((s) => (s.kind === 'account' ? `账号 ${s.key}` : `链接 ${s.key}`)).join('；')} />
                </List.Item>
              )}
            />
          )}
          {picked.length > 0 && (
            <Button type="primary" size="small" style={{ marginTop: 8 }} onClick={() => void run(() => api.post(`/shield/cases/${caseId}/links`, { caseIds: picked }), '已串并').then(() => setPicked([]))}>
              串并所选 {picked.length} 案
            </Button>
          )}
        </div>

        <div>
          <Typography.Title level={5}>证据包</Typography.Title>
          <List
            size="small"
            dataSource={v.packets}
            locale={{ emptyText: '尚未生成' }}
            renderItem={(p) => (
              <List.Item actions={[<Button key="dl" size="small" onClick={() => void download(`/shield/evidence-packets/${p.id}/content`)}>下载</Button>]}>
                {PACKET_PURPOSE_LABELS[p.purpose]} · {p.fileCount} 个文件 · {fmt(p.createdAt)}
                <div className="muted" style={{ fontSize: 12, wordBreak: 'break-all' }}>SHA-256 {p.sha256}</div>
              </List.Item>
            )}
          />
          <Button size="small" onClick={() => setDialog({ kind: 'packet' })}>生成证据包</Button>
        </div>

        <div>
          <Typography.Title level={5}>平台处置函</Typography.Title>
          <List
            size="small"
            dataSource={v.platformRequests}
            locale={{ emptyText: '尚未发函' }}
            renderItem={(r) => (
              <List.Item
                actions={[
                  <Button key="pdf" size="small" onClick={() => void download(`/shield/platform-requests/${r.id}/letter`)}>处置函 PDF</Button>,
                  me.role !== 'supervisor' ? <Button key="resp" size="small" onClick={() => setDialog({ kind: 'response', requestId: r.id })}>登记平台回复</Button> : null,
                ]}
              >
                <div>
                  {r.measures.map((m) => PLATFORM_MEASURE_LABELS[m]).join('、')} · {fmt(r.createdAt)} · 核验码 {r.verificationCode}
                  <div>{r.responses.length ? r.responses.map((x) => <Tag key={x.id} color={x.result === 'not_handled' ? 'default' : 'green'}>{PLATFORM_RESULT_LABELS[x.result]} {x.respondedOn}</Tag>) : <Tag>待回复</Tag>}</div>
                </div>
              </List.Item>
            )}
          />
          {me.role === 'cac_officer' && <Button size="small" onClick={() => setDialog({ kind: 'request' })}>出具平台处置函</Button>}
        </div>

        <div>
          <Typography.Title level={5}>移送公安</Typography.Title>
          <List
            size="small"
            dataSource={v.referrals}
            locale={{ emptyText: '未移送' }}
            renderItem={(r) => (
              <List.Item actions={[<Button key="st" size="small" onClick={() => setDialog({ kind: 'referralStatus', id: r.id })}>更新进展</Button>]}>
                <Descriptions size="small" column={1} items={[{ label: '接收单位', children: r.policeUnit }, { label: '状态', children: <Tag>{REFERRAL_STATUS_LABELS[r.status]}</Tag> }, { label: '移送日期', children: r.referredOn }, ...(r.receiptNo ? [{ label: '回执', children: r.receiptNo }] : [])]} />
              </List.Item>
            )}
          />
          <Button size="small" onClick={() => setDialog({ kind: 'referral' })}>登记移送</Button>
        </div>
      </Space>
      {dialog && <ShieldDialog dialog={dialog} caseId={caseId} groupId={v.group?.id} onClose={() => setDialog(null)} onDone={() => (setDialog(null), view.reload())} />}
    </Card>
  );
}

function ShieldDialog({ dialog, caseId, groupId, onClose, onDone }: { dialog: NonNullable<Dialog>; caseId: string; groupId?: string; onClose: () => void; onDone: () => void }) {
 const date = (d: dayjs.Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
  const spec: Record<NonNullable<Dialog>['kind'], { title: string; send: (v: Record<string, unknown>) => Promise<unknown>; fields: React.ReactNode }> = {
    packet: { title: '生成证据包', send: (v) => api.post(`/shield/cases/${caseId}/evidence-packets`, v), fields: <Form.Item name="purpose" label="提交对象" rules={[{ required: true }]}><Select options={PACKET_PURPOSES.map((p) => ({ value: p, label: PACKET_PURPOSE_LABELS[p] }))} /></Form.Item> },
    request: { title: '出具平台处置函', send: (v) => api.post(`/shield/cases/${caseId}/platform-requests`, v), fields: <Form.Item name="measures" label="请求采取的措施" rules={[{ required: true, message: '至少一项' }]}><Checkbox.Group options={PLATFORM_MEASURES.map((m) => ({ value: m, label: PLATFORM_MEASURE_LABELS[m] }))} /></Form.Item> },
    response: {
      title: '登记平台回复',
      send: (v) => api.post(`/shield/platform-requests/${(dialog as { requestId: string }).requestId}/responses`, { ...v, respondedOn: date(v.respondedOn as dayjs.Dayjs) }),
      fields: (
        <>
          <Form.Item name="result" label="处置结果" rules={[{ required: true }]}><Select options={PLATFORM_RESULTS.map((r) => ({ value: r, label: PLATFORM_RESULT_LABELS[r] }))} /></Form.Item>
          <Form.Item name="respondedOn" label="处置日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="note" label="说明"><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
        </>
      ),
    },
    referral: {
      title: '登记移送公安',
      send: (v) => api.post(`/shield/cases/${caseId}/police-referrals`, { ...v, referredOn: date(v.referredOn as dayjs.Dayjs) }),
      fields: (
        <>
          <Form.Item name="policeUnit" label="接收的公安机关" rules={[{ required: true }]}><Input maxLength={100} placeholder="如：上海市公安局黄浦分局" /></Form.Item>
          <Form.Item name="reason" label="移送理由" rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
          <Form.Item name="referredOn" label="移送日期" rules={[{ required: true }]}><DatePicker /></Form.Item>
        </>
      ),
    },
    referralStatus: {
      title: '更新移送进展',
      send: (v) => api.post(`/shield/police-referrals/${(dialog as { id: string }).id}/status`, v),
      fields: (
        <>
          <Form.Item name="status" label="状态" rules={[{ required: true }]}><Select options={REFERRAL_STATUSES.map((s) => ({ value: s, label: REFERRAL_STATUS_LABELS[s] }))} /></Form.Item>
          <Form.Item name="note" label="说明" rules={[{ required: true }]}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
          <Form.Item name="receiptNo" label="回执或立案文书编号"><Input maxLength={100} /></Form.Item>
        </>
      ),
    },
    groupEscalate: { title: '整组上报区委网信办', send: (v) => api.post(`/shield/groups/${groupId}/escalate`, v), fields: <Form.Item name="reason" label="上报理由" rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item> },
    groupResolve: {
      title: '整组办结（每位创作者分别评价）',
      send: (v) => api.post(`/shield/groups/${groupId}/resolve`, v),
      fields: (
        <>
          <Form.Item name="outcome" label="办理结果" rules={[{ required: true }]}>
            <Select options={[['takedown_done', '已处置下架'], ['referred_to_police', '已移送公安'], ['mediated', '已调解'], ['insufficient_evidence', '证据不足'], ['other', '其他']].map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="summary" label="办结说明（创作者可见）" rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
        </>
      ),
    },
  };
  const s = spec[dialog.kind];
  const { form, saving, error, submit } = useModalForm((v: Record<string, unknown>) => s.send(v), onDone);
  return (
    <Modal open title={s.title} onCancel={onClose} onOk={submit} okText="确定" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">{s.fields}</Form>
    </Modal>
  );
}

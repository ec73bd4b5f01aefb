import { Alert, Button, Checkbox, Divider, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useFeedback } from './Feedback';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { ApiError, api, errorMessage } from '../api/client';
import { useApi } from '../api/query';
import type { Authority, CaseAction, CaseDetail, Programme, User, Zone } from '../api/types';
import { ACTION_LABELS, PROGRAMME_LABELS, RATING_LABELS } from '../lib/labels';
import { applyProblemToForm } from '../lib/problem';

export const SUGGESTED_MATERIALS: Record<string, string[]> = {
  shield: [
    '侵权内容截图（含发布时间、账号信息）',
    '侵权过程录屏',
    '侵权内容链接清单',
    '聊天记录或敲诈信息截图',
    '本人身份证明',
    '作品权属（原创）证明',
    '已向平台投诉的记录',
    '报警回执（如已报警）',
  ],
  starlight: ['作品完整文件或可访问链接', '传播数据截图', '获奖或媒体报道证明', '作品权属（原创）证明', '创作者身份证明'],
  compliance: ['产品或模型功能说明', '界面或生成内容截图', '备案材料或备案编号', '问题的具体场景说明'],
  legislation: ['条文原文出处', '实践中遇到的案例说明', '调研材料或数据'],
};

const PRIMARY: CaseAction[] = ['accept', 'start', 'resolve', 'acknowledge', 'submit', 'rate', 'supply_materials'];
const DANGER: CaseAction[] = ['reject', 'withdraw'];
const ORDER: CaseAction[] = [
  'submit', 'accept', 'start', 'acknowledge', 'resolve', 'request_materials', 'escalate', 'return', 'assign', 'reopen', 'rate', 'close', 'reject', 'withdraw', 'supply_materials',
];

export interface ActionContext {
  detail: CaseDetail;
  programme?: Programme;
  authorities: Authority[];
  zones: Zone[];
  me: User;
}

/** Where an escalation from this user goes: the zone's district authority, or a district officer's parent. */
export function escalationTarget(ctx: ActionContext): Authority | undefined {
  const { me, detail, authorities, zones } = ctx;
  if (me.role === 'cac_officer' && me.authorityId) {
    const own = authorities.find((a) => a.id === me.authorityId);
    return authorities.find((a) => a.id === own?.parentId);
  }
  const zone = zones.find((z) => z.id === detail.zoneId);
  return authorities.find((a) => a.id === zone?.authorityId);
}

/** The buttons for the actions the api allows now, and nothing else. */
export function ActionButtons({
  ctx,
  onDone,
  onConflict,
  exclude = [],
  labels = {},
}: {
  ctx: ActionContext;
  onDone: (d: CaseDetail) => void;
  onConflict: () => void;
  exclude?: CaseAction[];
  labels?: Partial<Record<CaseAction, string>>;
}) {
  const [open, setOpen] = useState<CaseAction | null>(null);
  const actions = ORDER.filter((a) => ctx.detail.allowedActions.includes(a) && !exclude.includes(a));
  if (!actions.length) return null;
  return (
    <>
      {actions.map((a) => (
        <Button
          key={a}
          type={PRIMARY.includes(a) ? 'primary' : 'default'}
          danger={DANGER.includes(a)}
          onClick={() => setOpen(a)}
          data-action={a}
        >
          {labels[a] ?? ACTION_LABELS[a]}
        </Button>
      ))}
      {open && (
        <ActionModal
          action={open}
          ctx={ctx}
          title={labels[open] ?? ACTION_LABELS[open]}
          onClose={() => setOpen(null)}
          onDone={(d) => {
            setOpen(null);
            onDone(d);
          }}
          onConflict={() => {
            setOpen(null);
            onConflict();
          }}
        />
      )}
    </>
  );
}

/** An agent a supervisor can assign to (`GET /agents`: the supervisor's zone, or both zones city-wide). */
export interface AgentChoice {
  id: string;
  displayName: string;
  zoneId: string;
  skills: string[];
  openCases: number;
}

/**
 * The agents of the case's zone for the assign dialog: those with the programme's skill first,
 * then by open load (the order the server's auto-assign picks from).
 */
function useAgents(zoneId: string, programme: string, enabled: boolean) {
  const list = useApi(['agents'], enabled ? (signal) => api.get<AgentChoice[]>('/agents', undefined, signal) : null);
  const agents = useMemo(
    () =>
      list.data
        ?.filter((a) => a.zoneId === zoneId)
        .sort(
          (a, b) =>
            Number(b.skills.includes(programme)) - Number(a.skills.includes(programme)) ||
            a.openCases - b.openCases ||
            a.displayName.localeCompare(b.displayName, 'zh-CN'),
        ),
    [list.data, zoneId, programme],
  );
  return { agents, error: list.error, loading: list.loading, reload: list.reload };
}

function AgentOption({ agent, programme, recommended }: { agent: AgentChoice; programme: string; recommended: boolean }) {
  const skilled = agent.skills.includes(programme);
  return (
    <div className="agent-option">
      <div className="agent-option-main">
        <span className="agent-option-name">{agent.displayName}</span>
        {recommended && <Tag color="green">推荐</Tag>}
        {!skilled && <Tag color="warning">无{PROGRAMME_LABELS[programme] ?? programme}技能</Tag>}
        <span className="agent-option-skills">{agent.skills.map((s) => PROGRAMME_LABELS[s] ?? s).join('、') || '未设置技能'}</span>
      </div>
      <span className={`agent-option-load ${agent.openCases >= 20 ? 'heavy' : ''}`}>在办 {agent.openCases} 件</span>
    </div>
  );
}

interface Values {
  mode?: 'pick' | 'auto';
  reason?: string;
  publicNote?: string;
  note?: string;
  instructions?: string;
  outcome?: string;
  summary?: string;
  assigneeId?: string;
  level?: number;
  comment?: string;
  suggested?: string[];
  custom?: string[];
}

export function ActionModal({
  action,
  ctx,
  title,
  onClose,
  onDone,
  onConflict,
}: {
  action: CaseAction;
  ctx: ActionContext;
  title: string;
  onClose: () => void;
  onDone: (d: CaseDetail) => void;
  onConflict: () => void;
}) {
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { detail, programme } = ctx;
  const agents = useAgents(detail.zoneId, detail.programme, action === 'assign');
  const assignMode = Form.useWatch('mode', form) ?? 'pick';
  const target = useMemo(() => (action === 'escalate' ? escalationTarget(ctx) : undefined), [action, ctx]);
  const suggestions = SUGGESTED_MATERIALS[detail.programme] ?? [];

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const body: Record<string, unknown> = { version: detail.version };
    const text = (s?: string) => (s && s.trim() ? s.trim() : undefined);
    switch (action) {
      case 'reject':
      case 'reopen':
      case 'withdraw':
      case 'close':
        body.reason = text(v.reason);
        break;
      case 'escalate':
        body.reason = text(v.reason);
        body.publicNote = text(v.publicNote);
        break;
      case 'return':
        body.instructions = text(v.instructions);
        break;
      case 'resolve':
        body.outcome = v.outcome;
        body.summary = text(v.summary);
        break;
      case 'assign':
        // Without assigneeId the server picks the least-loaded agent with the programme's skill.
        body.assigneeId = v.mode === 'auto' ? undefined : v.assigneeId;
        body.note = text(v.note);
        break;
      case 'rate':
        body.level = v.level;
        body.comment = text(v.comment);
        break;
      case 'request_materials': {
        const items = [...(v.suggested ?? []), ...(v.custom ?? []).map((s) => s?.trim()).filter(Boolean)] as string[];
        if (!items.length) {
          setError('请至少勾选或填写一项所缺材料（一次性告知）');
          return;
        }
        body.items = items;
        body.note = text(v.note);
        break;
      }
      default:
        body.note = text(v.note);
    }
    setSaving(true);
    setError(null);
    try {
      const updated = await api.post<CaseDetail>(`/cases/${detail.id}/actions/${action}`, body);
      message.success(`${title}成功`);
      onDone(updated);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code === 'case.version_conflict') {
        message.warning(e.detail ?? '案件已被他人更新，已为您刷新');
        onConflict();
        return;
      }
      const rest = applyProblemToForm(form, e, { rename: { items: ['custom'] } });
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const textArea = (name: keyof Values, label: string, required: boolean, placeholder?: string, max = 1000, extra?: string) => (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[...(required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []), { max, message: `最多 ${max} 个字` }]}
    >
      <Input.TextArea rows={4} maxLength={max} showCount placeholder={placeholder} autoFocus />
    </Form.Item>
  );

  let content: React.ReactNode;
  switch (action) {
    case 'accept':
      content = (
        <>
          <Typography.Paragraph>受理后，您将成为此案件的负责人（首问负责制），受理时限计时结束，办结时限开始计时。</Typography.Paragraph>
          {textArea('note', '备注（选填）', false, '', 1000)}
        </>
      );
      break;
    case 'reject':
      content = textArea('reason', '不予受理的理由', true, '请说明不予受理的依据，创作者将看到此理由', 1000);
      break;
    case 'start':
      content = (
        <>
          <Typography.Paragraph>开始办理后案件状态变为“办理中”。</Typography.Paragraph>
          {textArea('note', '备注（选填）', false)}
        </>
      );
      break;
    case 'acknowledge':
      content = (
        <>
          <Typography.Paragraph>签收表示本部门已收到上报并开始处理。签收后可办结，或附意见退回服务台。</Typography.Paragraph>
          {textArea('note', '备注（选填）', false)}
        </>
      );
      break;
    case 'close':
      content = (
        <>
          <Typography.Paragraph>关闭后案件结束，创作者将不能再评价或申请重新办理。</Typography.Paragraph>
          {textArea('reason', '关闭原因（选填）', false)}
        </>
      );
      break;
    case 'submit':
      content = <Typography.Paragraph>提交后服务台将开始受理计时。</Typography.Paragraph>;
      break;
    case 'assign': {
      const programmeName = PROGRAMME_LABELS[detail.programme] ?? detail.programme;
      const choices = (agents.agents ?? []).filter((a) => a.id !== detail.assignee?.id);
      const recommended = choices.find((a) => a.skills.includes(detail.programme))?.id;
      content = (
        <>
          {detail.assignee && (
            <Typography.Paragraph>
              当前负责人：<b>{detail.assignee.displayName}</b>。改派后原负责人的办理记录保留。
            </Typography.Paragraph>
          )}
          <Form.Item name="mode" label="分派方式" initialValue="pick">
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'pick', label: '指定专员' },
                { value: 'auto', label: '自动分派' },
              ]}
            />
          </Form.Item>
          {assignMode === 'auto' ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`由系统分派给本集聚区具备“${programmeName}”技能、在办案件最少的在岗专员。`}
              description={recommended ? `按当前负载，预计为 ${choices.find((a) => a.id === recommended)?.displayName}。` : undefined}
            />
          ) : agents.error && !agents.loading ? (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={`专员名单加载失败：${errorMessage(agents.error)}`}
              action={
                <Button size="small" onClick={agents.reload}>
                  重试
                </Button>
              }
            />
          ) : (
            <Form.Item
              name="assigneeId"
              label="分派给"
              rules={[{ required: true, message: '请选择服务台专员，或选择“自动分派”' }]}
              extra={`本集聚区在岗的服务台专员，按“${programmeName}”技能与在办案件数排列。`}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={agents.loading}
                placeholder="选择服务台专员"
                options={choices.map((a) => ({ value: a.id, label: a.displayName, agent: a }))}
                optionRender={(o) => <AgentOption agent={(o.data as { agent: AgentChoice }).agent} programme={detail.programme} recommended={o.value === recommended} />}
                notFoundContent={agents.loading ? '加载中…' : '本集聚区没有可分派的在岗专员'}
                listHeight={320}
              />
            </Form.Item>
          )}
          {textArea('note', '分派说明（选填）', false)}
        </>
      );
      break;
    }
    case 'request_materials':
      content = (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="一次性告知：请一次列明所有需要补充的材料。发出后案件进入“待补充材料”，时限暂停计时。"
          />
          {suggestions.length > 0 && (
            <Form.Item name="suggested" label="常用材料清单">
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={suggestions.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
          )}
          <Form.List name="custom" initialValue={suggestions.length ? [] : ['']}>
            {(fields, { add, remove }, { errors }) => (
              <Form.Item label="其他材料" extra="清单以外的材料逐项填写">
                {fields.map((f, i) => (
                  <Space.Compact key={f.key} style={{ width: '100%', marginBottom: 8 }}>
                    <Form.Item name={f.name} noStyle rules={[{ max: 200, message: '每项最多 200 个字' }]}>
                      <Input placeholder="如：2026年3月5日的评论截图" aria-label={`其他材料 第 ${i + 1} 项`} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`删除第 ${i + 1} 项`} />
                  </Space.Compact>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} block>
                  添加一项
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            )}
          </Form.List>
          <Divider style={{ margin: '8px 0 16px' }} />
          {textArea('note', '给创作者的说明（选填）', false, '如：请在 30 日内补充，逾期案件将自动关闭')}
        </>
      );
      break;
    case 'escalate':
      content = (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={target ? `将上报至：${target.name}` : '将上报至属地网信部门'}
            description={ctx.me.role === 'cac_officer' ? '区级网信办可将案件继续上报市委网信办。' : '上报后由网信部门签收处理，处理结果将回到本案件。'}
          />
          {textArea('reason', '上报理由（内部）', true, '说明需要网信部门处置的原因，如：侵权持续且平台未处置', 1000, '仅工作人员和网信办可见，创作者看不到')}
          <Form.Item
            name="publicNote"
            label="给创作者的说明（选填）"
            extra="创作者在办理进展中只看到这一句；不填则只看到“已上报网信部门”"
            rules={[{ max: 200, message: '最多 200 个字' }]}
          >
            <Input maxLength={200} placeholder="如：您的案件已提交区委网信办协调处置，请耐心等待" />
          </Form.Item>
        </>
      );
      break;
    case 'return':
      content = textArea('instructions', '退回意见', true, '请写明需要服务台继续办理的事项', 2000, '退回意见仅工作人员可见');
      break;
    case 'resolve':
      content = (
        <>
          <Form.Item name="outcome" label="办理结果" rules={[{ required: true, message: '请选择办理结果' }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={(programme?.outcomes ?? []).map((o) => ({ value: o.id, label: o.label }))}
            />
          </Form.Item>
          {textArea('summary', '办结说明', true, '向创作者说明处理经过和结果', 5000, '创作者可以看到此说明')}
        </>
      );
      break;
    case 'reopen':
      content = textArea('reason', '重新办理的理由', true, '请说明问题为何尚未解决', 1000, '办结后 7 日内可申请重新办理');
      break;
    case 'withdraw':
      content = (
        <>
          <Typography.Paragraph>撤回后案件结束，不能恢复；如有需要可重新提交。</Typography.Paragraph>
          {textArea('reason', '撤回原因（选填）', false)}
        </>
      );
      break;
    case 'rate':
      content = <RateFields />;
      break;
    default:
      content = textArea('note', '备注（选填）', false);
  }

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={submit}
      okText={`确认${title}`}
      okButtonProps={{ danger: DANGER.includes(action) }}
      confirmLoading={saving}
      destroyOnHidden
      mask={{ closable: false }}
      width={action === 'request_materials' ? 640 : 520}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {detail.reference} · {detail.title}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        {content}
      </Form>
    </Modal>
  );
}

export function RateFields() {
  return (
    <>
      <Form.Item name="level" label="您对本次服务的评价" rules={[{ required: true, message: '请选择评价' }]}>
        <Radio.Group style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {[1, 2, 3, 4, 5].map((l) => (
            <Radio.Button key={l} value={l}>
              {RATING_LABELS[l]}
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

import { Alert, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { useFeedback } from './Feedback';
import { useMemo, useState } from 'react';
import { ApiError, api, errorMessage } from '../api/client';
import type { Authority, CaseAction, CaseDetail, Programme, User, Zone } from '../api/types';
import { ACTION_LABELS } from '../lib/labels';
import { applyProblemToForm } from '../lib/problem';
import { AssignFields } from './case-actions/AssignFields';
import { MaterialsFields } from './case-actions/MaterialsFields';
import { RateFields } from './case-actions/RateFields';

const PRIMARY: CaseAction[] = ['accept', 'start', 'resolve', 'acknowledge', 'submit', 'rate', 'supply_materials', 'receive_materials'];
const DANGER: CaseAction[] = ['reject', 'withdraw'];
const ORDER: CaseAction[] = [
  'submit', 'accept', 'start', 'acknowledge', 'resolve', 'request_materials', 'escalate', 'return', 'assign', 'reopen', 'rate', 'close', 'reject', 'withdraw', 'supply_materials',
  'receive_materials', 'remind_materials', 'withdraw_materials_request',
];

interface ActionContext {
  detail: CaseDetail;
  programme?: Programme;
  authorities: Authority[];
  zones: Zone[];
  me: User;
}

/** Where an escalation from this user goes: the zone's district authority, or a district officer's parent. */
function escalationTarget(ctx: ActionContext): Authority | undefined {
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

function ActionModal({
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
  const target = useMemo(() => (action === 'escalate' ? escalationTarget(ctx) : undefined), [action, ctx]);

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
      case 'withdraw_materials_request':
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
    case 'assign':
      content = (
        <>
          <AssignFields detail={detail} />
          {textArea('note', '分派说明（选填）', false)}
        </>
      );
      break;
    case 'request_materials':
      content = (
        <>
          <MaterialsFields programme={detail.programme} />
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
    case 'remind_materials':
      content = (
        <>
          <Typography.Paragraph>将以站内信和短信提醒创作者补充清单中的材料；同一案件 12 小时内只能催补一次。</Typography.Paragraph>
          {textArea('note', '附言（选填）', false, '如：请本周内上传授权书扫描件', 1000, '附言随提醒发给创作者')}
        </>
      );
      break;
    case 'withdraw_materials_request':
      content = (
        <>
          <Typography.Paragraph>撤回后无需创作者再补充材料，案件回到告知前的状态，办理时限恢复计时。</Typography.Paragraph>
          {textArea('reason', '撤回说明（选填）', false, '如：材料已在系统中查到', 1000, '创作者可以看到此说明')}
        </>
      );
      break;
    case 'receive_materials':
      content = (
        <>
          <Typography.Paragraph>创作者在服务窗口递交了材料：登记后案件回到告知前的状态，办理时限恢复计时。</Typography.Paragraph>
          {textArea('note', '收件说明', true, '如：已在黄浦服务窗口收到授权书原件一份', 1000, '写明收到了哪些材料；创作者可以看到')}
        </>
      );
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


import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../../api/client';
import type { Authority, Role, User, Zone } from '../../../api/types';
import { useFeedback } from '../../../components/Feedback';
import { applyProblemToForm } from '../../../lib/problem';
import { PROGRAMME_LABELS, ROLE_LABELS, roleLabel } from '../../../lib/labels';

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const SKILL_OPTIONS = Object.entries(PROGRAMME_LABELS).map(([value, label]) => ({ value, label }));

interface EditValues {
  username?: string;
  displayName: string;
  password?: string;
  zoneId?: string | null;
  authorityId?: string | null;
  skills?: string[];
  status?: 'active' | 'disabled';
}

export function EditUserModal({
  user,
  zones,
  authorities,
  onClose,
  onSaved,
}: {
  user: User | null;
  zones: Zone[];
  authorities: Authority[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = useFeedback();
  const [form] = Form.useForm<EditValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const creating = user === null;

  const submit = async () => {
    let v: EditValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      if (creating) {
        await api.post('/admin/users', {
          username: v.username?.trim(),
          displayName: v.displayName.trim(),
          password: v.password,
          zoneId: v.zoneId || undefined,
          authorityId: v.authorityId || undefined,
          skills: v.skills ?? [],
        });
        message.success('账号已创建，请由安全管理员授予角色');
      } else {
        await api.patch(`/admin/users/${user.id}`, {
          displayName: v.displayName.trim(),
          zoneId: v.zoneId ?? null,
          authorityId: v.authorityId ?? null,
          skills: v.skills ?? [],
          status: v.status,
        });
        message.success('已保存');
      }
      onSaved();
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e as { errors?: unknown[] }).errors?.length) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={creating ? '新建账号' : `编辑账号：${user.displayName}`}
      onCancel={onClose}
      onOk={submit}
      okText={creating ? '创建' : '保存'}
      confirmLoading={saving}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          user
            ? { displayName: user.displayName, zoneId: user.zoneId, authorityId: user.authorityId, skills: user.skills, status: user.status }
            : { skills: [] }
        }
      >
        {creating && (
          <Form.Item
            name="username"
            label="登录名"
            extra="小写字母、数字、点、下划线，如 hp.agent3"
            rules={[
              { required: true, message: '请输入登录名' },
              { pattern: /^[a-z0-9._]{3,40}$/, message: '3–40 位小写字母、数字、点或下划线' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input />
        </Form.Item>
        {creating && (
          <Form.Item name="password" label="初始密码" extra="需符合密码策略（不能包含登录名，不能是常见密码）；请线下告知本人并提醒及时修改" rules={[{ required: true, message: '请输入初始密码' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="zoneId" label="所属集聚区" extra="服务台专员、区级主管须设置；全市主管留空">
          <Select allowClear placeholder="不属于集聚区" options={zones.map((z) => ({ value: z.id, label: z.name }))} />
        </Form.Item>
        <Form.Item name="authorityId" label="所属网信部门" extra="网信办联络员须设置">
          <Select allowClear placeholder="不属于网信部门" options={authorities.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="skills" label="业务技能" extra="自动分派时只分派给具备该项目技能的专员">
          <Select mode="multiple" allowClear placeholder="选择可办理的项目" options={SKILL_OPTIONS} />
        </Form.Item>
        {!creating && (
          <Form.Item name="status" label="账号状态">
            <Select
              options={[
                { value: 'active', label: '启用' },
                { value: 'disabled', label: '停用（不能登录）' },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function GrantRoleModal({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
  const { message } = useFeedback();
  const [role, setRole] = useState<string>(user.role ?? 'none');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options = [
    ...ROLE_OPTIONS.filter((o) => o.value !== 'creator'),
    { value: 'none', label: '收回角色（无角色，不能登录）' },
  ];
  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      if (role === 'none') await api.del(`/admin/users/${user.id}/role`);
      else await api.put(`/admin/users/${user.id}/role`, { role });
      message.success(role === 'none' ? '已收回角色' : `已授予「${roleLabel(role)}」角色`);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`授权：${user.displayName}`} onCancel={onClose} onOk={submit} okText="确认授权" confirmLoading={saving} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        当前角色：{user.role ? roleLabel(user.role) : '未授权'}。角色变更立即生效，并记入审计日志。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form layout="vertical">
        <Form.Item label="授予角色" htmlFor="grant-role">
          <Select id="grant-role" value={role} onChange={setRole} options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useFeedback } from '../../components/Feedback';
import { EditOutlined, KeyOutlined, PlusOutlined, ReloadOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { Authority, Role, User, Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ErrorState } from '../../components/States';
import { applyProblemToForm } from '../../lib/problem';
import { PROGRAMME_LABELS, ROLE_LABELS, roleLabel } from '../../lib/labels';
import { fmt } from '../../lib/time';

const ROLE_COLORS: Record<Role, string> = {
  creator: 'default',
  agent: 'blue',
  supervisor: 'geekblue',
  cac_officer: 'purple',
  sysadmin: 'volcano',
  secadmin: 'magenta',
  auditor: 'gold',
};
const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const SKILL_OPTIONS = Object.entries(PROGRAMME_LABELS).map(([value, label]) => ({ value, label }));

export default function UsersPage() {
  const me = useUser();
  const { message } = useFeedback();
  const [modal, modalHolder] = Modal.useModal();
  const [params, setParams] = useSearchParams();
  const role = params.get('role') ?? undefined;
  const zoneId = params.get('zoneId') ?? undefined;
  const q = params.get('q') ?? undefined;
  const users = useApi(['admin', 'users', { role, zoneId, q }], (signal) => api.get<User[]>('/admin/users', { role, zoneId, q }, signal));
  const refs = useApi(['reference', 'zones+authorities'], () => Promise.all([reference.zones(), reference.authorities()]));
  const [zones, authorities] = refs.data ?? [[] as Zone[], [] as Authority[]];
  const zoneName = useMemo(() => new Map(zones.map((z) => [z.id, z.name])), [zones]);
  const authorityName = useMemo(() => new Map(authorities.map((a) => [a.id, a.name])), [authorities]);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [granting, setGranting] = useState<User | null>(null);
  const isSys = me.role === 'sysadmin';
  const isSec = me.role === 'secadmin';

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const unlock = (u: User) =>
    modal.confirm({
      title: `解锁账号「${u.displayName}」？`,
      content: '解锁后该账号可以立即重新尝试登录。',
      okText: '解锁',
      onOk: async () => {
        try {
          await api.post(`/admin/users/${u.id}/unlock`);
          message.success('已解锁');
          users.reload();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <>
      {modalHolder}
      <div className="page-header">
        <div>
          <h1 className="page-title">{isSec ? '账号与授权' : '账号管理'}</h1>
          <p className="page-sub">
            {isSys
              ? '创建和维护工作人员账号（所属集聚区、网信部门、业务技能、启用状态）。角色由安全管理员授予。'
              : '为账号授予或收回角色，解锁被锁定的账号。账号信息由系统管理员维护。'}
          </p>
        </div>
        {isSys && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新建账号
          </Button>
        )}
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="三员分立：系统管理员、安全管理员、审计管理员三类角色不得由同一账号兼任，且均不办理案件。"
      />
      <Card className="filters" variant="borderless">
        <Form layout="inline" style={{ rowGap: 12, paddingBottom: 16 }}>
          <Form.Item label="角色" htmlFor="f-role">
            <Select
              id="f-role"
              allowClear
              placeholder="全部角色"
              style={{ width: 160 }}
              value={role}
              options={ROLE_OPTIONS}
              onChange={(v) => setFilter('role', v)}
            />
          </Form.Item>
          <Form.Item label="集聚区" htmlFor="f-zone">
            <Select
              id="f-zone"
              allowClear
              placeholder="全部"
              style={{ width: 160 }}
              value={zoneId}
              options={zones.map((z) => ({ value: z.id, label: z.name }))}
              onChange={(v) => setFilter('zoneId', v)}
            />
          </Form.Item>
          <Form.Item label="搜索" htmlFor="f-q">
            <Input.Search
              id="f-q"
              allowClear
              placeholder="登录名或姓名"
              defaultValue={q}
              onSearch={(v) => setFilter('q', v.trim() || undefined)}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item>
            <Button icon={<ReloadOutlined />} onClick={users.reload}>
              刷新
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card className="table-card" variant="borderless">
        {users.error && !users.loading ? (
          <ErrorState error={users.error} onRetry={users.reload} compact />
        ) : (
          <Table<User>
            rowKey="id"
            loading={users.loading}
            dataSource={users.data ?? []}
            pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 个账号` }}
            scroll={{ x: 960 }}
            locale={{ emptyText: '没有符合条件的账号' }}
            columns={[
              {
                title: '姓名',
                dataIndex: 'displayName',
                render: (v: string, u) => (
                  <Space orientation="vertical" size={0}>
                    <span>
                      {v} {u.id === me.id && <Tag>我</Tag>}
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {u.username ?? u.phone ?? '—'}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: '角色',
                dataIndex: 'role',
                width: 130,
                render: (r: Role | null) =>
                  r ? <Tag color={ROLE_COLORS[r]}>{roleLabel(r)}</Tag> : <Tag color="warning">未授权</Tag>,
              },
              {
                title: '所属',
                key: 'scope',
                render: (_, u) =>
                  u.zoneId ? zoneName.get(u.zoneId) ?? u.zoneId : u.authorityId ? authorityName.get(u.authorityId) ?? u.authorityId : <span className="muted">—</span>,
              },
              {
                title: '业务技能',
                dataIndex: 'skills',
                render: (skills: string[]) =>
                  skills?.length ? skills.map((s) => <Tag key={s}>{PROGRAMME_LABELS[s] ?? s}</Tag>) : <span className="muted">—</span>,
              },
              {
                title: '状态',
                key: 'status',
                width: 130,
                render: (_, u) => (
                  <Space size={4} wrap>
                    {u.status === 'active' ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>}
                    {u.locked && <Tag color="error">已锁定</Tag>}
                  </Space>
                ),
              },
              { title: '创建时间', dataIndex: 'createdAt', width: 150, render: (v: string) => fmt(v) },
              {
                title: '操作',
                key: 'ops',
                fixed: 'right',
                width: 170,
                render: (_, u) => (
                  <Space size={4} wrap>
                    {isSys && (
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)} aria-label={`编辑 ${u.displayName}`}>
                        编辑
                      </Button>
                    )}
                    {isSec && u.id !== me.id && u.role !== 'creator' && (
                      <Button size="small" icon={<KeyOutlined />} onClick={() => setGranting(u)} aria-label={`为 ${u.displayName} 授权`}>
                        授权
                      </Button>
                    )}
                    {isSec && u.locked && (
                      <Tooltip title="解除登录失败锁定">
                        <Button size="small" icon={<UnlockOutlined />} onClick={() => unlock(u)} aria-label={`解锁 ${u.displayName}`}>
                          解锁
                        </Button>
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {editing && (
        <EditUserModal
          user={editing === 'new' ? null : editing}
          zones={zones}
          authorities={authorities}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            users.reload();
          }}
        />
      )}
      {granting && (
        <GrantRoleModal
          user={granting}
          onClose={() => setGranting(null)}
          onSaved={() => {
            setGranting(null);
            users.reload();
          }}
        />
      )}
    </>
  );
}

interface EditValues {
  username?: string;
  displayName: string;
  password?: string;
  zoneId?: string | null;
  authorityId?: string | null;
  skills?: string[];
  status?: 'active' | 'disabled';
}

function EditUserModal({
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
          <Form.Item name="password" label="初始密码" extra="需符合密码策略；请线下告知本人并提醒及时修改" rules={[{ required: true, message: '请输入初始密码' }]}>
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

function GrantRoleModal({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: () => void }) {
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
      await api.put(`/admin/users/${user.id}/role`, { role: role === 'none' ? null : role });
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

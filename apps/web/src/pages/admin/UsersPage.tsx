import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useFeedback } from '../../components/Feedback';
import { EditOutlined, KeyOutlined, PlusOutlined, ReloadOutlined, UnlockOutlined } from '@ant-design/icons';
import { ADMIN_ROLES } from '@app/contracts';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorMessage } from '../../api/client';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { Authority, Role, User, Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { ErrorState } from '../../components/States';
import { PROGRAMME_LABELS, roleLabel } from '../../lib/labels';
import { fmt } from '../../lib/time';
import { EditUserModal, GrantRoleModal, ROLE_OPTIONS } from './users/UserModals';

/** 三员分立: an admin does not edit the account of another admin role (the server refuses it too). */
const isOtherAdmin = (u: User, myRole: string | null) => !!u.role && ADMIN_ROLES.includes(u.role) && u.role !== myRole;

const ROLE_COLORS: Record<Role, string> = {
  creator: 'default',
  agent: 'blue',
  supervisor: 'geekblue',
  cac_officer: 'purple',
  sysadmin: 'volcano',
  secadmin: 'magenta',
  auditor: 'gold',
};

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
                    {isSys && !isOtherAdmin(u, me.role) && (
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)} aria-label={`编辑 ${u.displayName}`}>
                        编辑
                      </Button>
                    )}
                    {isSec && u.id !== me.id && u.role !== 'creator' && !isOtherAdmin(u, me.role) && (
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

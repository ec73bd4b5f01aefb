import { Avatar, Badge, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  DownOutlined,
  FileAddOutlined,
  FormOutlined,
  IdcardOutlined,
  InboxOutlined,
  LockOutlined,
  LogoutOutlined,
  MenuOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import type { Role, User } from '../api/types';
import { PRODUCT_NAME, roleLabel, ZONE_FALLBACK, AUTHORITY_FALLBACK } from '../lib/labels';
import { PageLoading } from './States';
import { useUnreadCount } from '../pages/inbox/useUnreadCount';

interface NavItem {
  key: string;
  label: string;
  icon: ReactNode;
}

function navFor(role: Role | null): NavItem[] {
  switch (role) {
    case 'creator':
      return [
        { key: '/portal', label: '我的案件', icon: <ProfileOutlined /> },
        { key: '/portal/new', label: '提交诉求', icon: <FormOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
        { key: '/portal/profile', label: '我的资料', icon: <IdcardOutlined /> },
      ];
    case 'agent':
      return [
        { key: '/desk', label: '案件工作台', icon: <ProfileOutlined /> },
        { key: '/desk/new', label: '代为登记', icon: <FileAddOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
      ];
    case 'supervisor':
      return [
        { key: '/desk', label: '案件工作台', icon: <ProfileOutlined /> },
        { key: '/desk/reviews', label: '差评整改', icon: <AlertOutlined /> },
        { key: '/dashboard', label: '数据看板', icon: <BarChartOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
      ];
    case 'cac_officer':
      return [
        { key: '/authority', label: '上报案件', icon: <SafetyCertificateOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
      ];
    case 'sysadmin':
      return [{ key: '/admin/users', label: '账号管理', icon: <TeamOutlined /> }];
    case 'secadmin':
      return [
        { key: '/admin/users', label: '账号与授权', icon: <TeamOutlined /> },
        { key: '/admin/security', label: '安全策略', icon: <LockOutlined /> },
      ];
    case 'auditor':
      return [{ key: '/audit', label: '审计日志', icon: <AuditOutlined /> }];
    default:
      return [];
  }
}

/** The nav key that best matches the path (longest prefix). */
function selectedKey(items: NavItem[], pathname: string): string[] {
  const match = items
    .filter((i) => pathname === i.key || pathname.startsWith(i.key + '/'))
    .sort((a, b) => b.key.length - a.key.length)[0];
  // A case page under /portal/cases belongs to 我的案件, not to 提交诉求.
  return match ? [match.key] : [];
}

function scopeOf(user: User): string | null {
  if (user.zoneId) return ZONE_FALLBACK[user.zoneId] ?? user.zoneId;
  if (user.authorityId) return AUTHORITY_FALLBACK[user.authorityId] ?? user.authorityId;
  if (user.role === 'supervisor') return '全市';
  return null;
}

export function Logo({ compact }: { compact?: boolean }) {
  return (
    <Link to="/" className="brand" aria-label={`${PRODUCT_NAME} 首页`}>
      <svg className="brand-mark" viewBox="0 0 64 64" aria-hidden="true">
        <rect width="64" height="64" rx="14" fill="#c8102e" />
        <path d="M32 12l5.9 12 13.1 1.9-9.5 9.2 2.2 13L32 42l-11.7 6.1 2.2-13-9.5-9.2 13.1-1.9z" fill="#ffd34d" />
      </svg>
      <span className="brand-text">
        <span className="brand-name">{compact ? '创作者服务台' : PRODUCT_NAME}</span>
        {!compact && <span className="brand-sub">Creator Service Desk · 网信服务快速通道</span>}
      </span>
    </Link>
  );
}

export function AppLayout() {
  const { user, signOut } = useAuth();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [drawer, setDrawer] = useState(false);
  const unread = useUnreadCount(!!user && ['creator', 'agent', 'supervisor', 'cac_officer'].includes(user.role ?? ''));
  useEffect(() => setDrawer(false), [location.pathname]);
  if (!user) return null;
  const items = navFor(user.role);
  const selected = selectedKey(items, location.pathname);
  const menuItems = items.map((i) => ({
    key: i.key,
    icon: i.icon,
    label: (
      <Link to={i.key}>
        {i.key === '/inbox' && unread.count ? (
          <Badge count={unread.count} size="small" offset={[8, -2]}>
            <span style={{ color: 'inherit' }}>{i.label}</span>
          </Badge>
        ) : (
          i.label
        )}
      </Link>
    ),
  }));
  const scope = scopeOf(user);
  const visibleMenu = unread.available ? menuItems : menuItems.filter((m) => m.key !== '/inbox');

  const userMenu = {
    items: [
      {
        key: 'who',
        disabled: true,
        label: (
          <div className="user-menu-who">
            <div>{user.displayName}</div>
            <Typography.Text type="secondary">
              {roleLabel(user.role)}
              {scope ? ` · ${scope}` : ''}
              {user.phone ? ` · ${user.phone}` : user.username ? ` · ${user.username}` : ''}
            </Typography.Text>
          </div>
        ),
      },
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
      { key: 'logout-all', icon: <LogoutOutlined />, label: '退出全部设备', danger: true },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'logout') void signOut(false);
      if (key === 'logout-all') void signOut(true);
    },
  };

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Layout.Header className="app-header">
        {mobile && visibleMenu.length > 0 && (
          <Button
            type="text"
            className="header-icon-btn"
            icon={<MenuOutlined />}
            aria-label="打开导航菜单"
            onClick={() => setDrawer(true)}
          />
        )}
        <Logo compact={mobile} />
        {!mobile && (
          <Menu
            className="app-menu"
            mode="horizontal"
            theme="dark"
            selectedKeys={selected}
            items={visibleMenu}
            aria-label="主导航"
          />
        )}
        <div className="header-right">
          {unread.available && (
            <Link to="/inbox" aria-label={`消息${unread.count ? `，${unread.count} 条未读` : ''}`} className="header-bell">
              <Badge count={unread.count} size="small">
                <BellOutlined />
              </Badge>
            </Link>
          )}
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" className="header-user" aria-label={`账号：${user.displayName}`}>
              <Space size={6}>
                <Avatar size="small" icon={<UserOutlined />} className="header-avatar" />
                {!mobile && <span className="header-user-name">{user.displayName}</span>}
                {!mobile && user.role && <Tag className="header-role">{roleLabel(user.role)}</Tag>}
                <DownOutlined className="header-caret" />
              </Space>
            </Button>
          </Dropdown>
        </div>
      </Layout.Header>
      <Drawer
        open={drawer}
        onClose={() => setDrawer(false)}
        placement="left"
        size={260}
        title={<Logo compact />}
        styles={{ body: { padding: 0 } }}
      >
        <Menu mode="inline" selectedKeys={selected} items={visibleMenu} aria-label="主导航" />
      </Drawer>
      <Layout.Content id="main" className="app-content" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="app-footer">
        {PRODUCT_NAME} · 黄浦区、杨浦区网络内容创作者集聚区一站式服务 · 时间均为北京时间
      </Layout.Footer>
    </Layout>
  );
}

import { Avatar, Badge, Button, Layout, Popover, Space, Tag } from 'antd';
import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CompassOutlined,
  CalendarOutlined,
  CarOutlined,
  CoffeeOutlined,
  DownOutlined,
  FileAddOutlined,
  FieldTimeOutlined,
  FormOutlined,
  IdcardOutlined,
  InboxOutlined,
  LockOutlined,
  LogoutOutlined,
  MenuOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  StarOutlined,
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
        { key: '/portal/starlight', label: '荣誉申报', icon: <StarOutlined /> },
        { key: '/portal/compliance', label: '合规导航', icon: <CompassOutlined /> },
        { key: '/portal/consultations', label: '立法征集', icon: <BookOutlined /> },
        { key: '/portal/appointments', label: '现场预约', icon: <CalendarOutlined /> },
        { key: '/portal/salons', label: '大V沙龙', icon: <CoffeeOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
        { key: '/portal/profile', label: '我的资料', icon: <IdcardOutlined /> },
      ];
    case 'agent':
      return [
        { key: '/desk', label: '案件工作台', icon: <ProfileOutlined /> },
        { key: '/desk/new', label: '代为登记', icon: <FileAddOutlined /> },
        { key: '/desk/starlight', label: '荣誉申报', icon: <StarOutlined /> },
        { key: '/desk/knowledge', label: '知识库', icon: <CompassOutlined /> },
        { key: '/desk/consultations', label: '征集建议', icon: <BookOutlined /> },
        { key: '/desk/appointments', label: '今日预约', icon: <CalendarOutlined /> },
        { key: '/desk/salons', label: '大V沙龙', icon: <CoffeeOutlined /> },
        { key: '/desk/visits', label: '上门服务', icon: <CarOutlined /> },
        { key: '/desk/rectifications', label: '差评整改', icon: <AlertOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
      ];
    case 'supervisor':
      return [
        { key: '/desk', label: '案件工作台', icon: <ProfileOutlined /> },
        { key: '/desk/rectifications', label: '差评整改', icon: <AlertOutlined /> },
        { key: '/desk/starlight', label: '荣誉申报', icon: <StarOutlined /> },
        { key: '/desk/knowledge', label: '知识库', icon: <CompassOutlined /> },
        { key: '/desk/consultations', label: '征集建议', icon: <BookOutlined /> },
        { key: '/desk/slots', label: '预约时段', icon: <CalendarOutlined /> },
        { key: '/desk/salons', label: '大V沙龙', icon: <CoffeeOutlined /> },
        { key: '/desk/visits', label: '上门服务', icon: <CarOutlined /> },
        { key: '/dashboard', label: '数据看板', icon: <BarChartOutlined /> },
        { key: '/dashboard/programmes', label: '项目看板', icon: <BarChartOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
      ];
    case 'cac_officer':
      return [
        { key: '/authority', label: '上报案件', icon: <SafetyCertificateOutlined /> },
        { key: '/authority/starlight', label: '荣誉申报', icon: <StarOutlined /> },
        { key: '/authority/consultations', label: '立法征集', icon: <BookOutlined /> },
        { key: '/inbox', label: '消息', icon: <InboxOutlined /> },
      ];
    case 'sysadmin':
      return [
        { key: '/admin/users', label: '账号管理', icon: <TeamOutlined /> },
        { key: '/admin/sla', label: '办理时限', icon: <FieldTimeOutlined /> },
      ];
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
        <span className="brand-name">
          {compact ? '创作者服务台' : (
            <>
              <span className="hide-mobile">集聚区</span>创作者服务台
            </>
          )}
        </span>
        {!compact && <span className="brand-sub hide-mobile">Creator Service Desk · 网信服务快速通道</span>}
      </span>
    </Link>
  );
}

export function AppLayout() {
  const { user, signOut } = useAuth();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const [userOpen, setUserOpen] = useState(false);
  const unread = useUnreadCount(!!user && ['creator', 'agent', 'supervisor', 'cac_officer'].includes(user.role ?? ''));
  useEffect(() => {
    setNavOpen(false);
    setUserOpen(false);
  }, [location.pathname]);
  if (!user) return null;
  const items = navFor(user.role).filter((i) => i.key !== '/inbox' || unread.available);
  const selected = selectedKey(items, location.pathname)[0];
  const scope = scopeOf(user);

  const links = items.map((i) => (
    <Link key={i.key} to={i.key} className={`nav-link ${selected === i.key ? 'active' : ''}`} aria-current={selected === i.key ? 'page' : undefined}>
      <span className="nav-icon" aria-hidden>
        {i.icon}
      </span>
      {i.label}
      {i.key === '/inbox' && unread.count > 0 && <Badge count={unread.count} size="small" style={{ marginInlineStart: 6 }} />}
    </Link>
  ));

  const userPanel = (
    <div className="user-panel">
      <div className="user-menu-who">
        <div>{user.displayName}</div>
        <div className="muted" style={{ fontSize: 12 }}>
          {roleLabel(user.role)}
          {scope ? ` · ${scope}` : ''}
          {user.phone ? ` · ${user.phone}` : user.username ? ` · ${user.username}` : ''}
        </div>
      </div>
      <Button block icon={<LogoutOutlined />} onClick={() => void signOut(false)}>
        退出登录
      </Button>
      <Button block danger type="text" onClick={() => void signOut(true)}>
        退出全部设备
      </Button>
    </div>
  );

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Layout.Header className="app-header">
        {items.length > 0 && (
          <Button
            type="text"
            className="header-icon-btn nav-toggle"
            icon={<MenuOutlined />}
            aria-label={navOpen ? '收起导航菜单' : '打开导航菜单'}
            aria-expanded={navOpen}
            aria-controls="main-nav"
            onClick={() => setNavOpen((o) => !o)}
          />
        )}
        <Logo />
        <nav id="main-nav" aria-label="主导航" className={`app-nav ${navOpen ? 'open' : ''}`}>
          {links}
        </nav>
        <div className="header-right">
          {unread.available && (
            <Link to="/inbox" aria-label={`消息${unread.count ? `，${unread.count} 条未读` : ''}`} className="header-bell">
              <Badge count={unread.count} size="small">
                <BellOutlined />
              </Badge>
            </Link>
          )}
          <Popover content={userPanel} trigger="click" placement="bottomRight" open={userOpen} onOpenChange={setUserOpen} arrow={false}>
            <Button type="text" className="header-user" aria-label={`账号：${user.displayName}`} aria-expanded={userOpen}>
              <Space size={6}>
                <Avatar size="small" icon={<UserOutlined />} className="header-avatar" />
                <span className="header-user-name hide-mobile">{user.displayName}</span>
                {user.role && <Tag className="header-role hide-mobile">{roleLabel(user.role)}</Tag>}
                <DownOutlined className="header-caret" />
              </Space>
            </Button>
          </Popover>
        </div>
      </Layout.Header>
      {navOpen && <div className="nav-backdrop" onClick={() => setNavOpen(false)} aria-hidden />}
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

import { Button } from 'antd';
import { ResultBlock } from '../components/ResultBlock';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../api/types';
import { PageLoading } from '../components/States';
import { useAuth } from './AuthContext';

export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user, restoring, expired } = useAuth();
  const location = useLocation();
  if (restoring) return <PageLoading tip="正在恢复登录…" />;
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}${expired ? '&expired=1' : ''}`} replace />;
  }
  if (roles && (!user.role || !roles.includes(user.role))) {
    return (
      <ResultBlock
        status="lock"
        title="无权访问"
        subTitle="您的账号角色不能访问此页面。"
        extra={
          <Link to="/">
            <Button type="primary">返回我的首页</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}

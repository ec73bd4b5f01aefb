import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage, request } from '../api/client';
import type { LoginResult } from '../api/types';
import { homeFor, safeNext, useAuth } from '../auth/AuthContext';
import { applyProblemToForm } from '../lib/problem';
import { AuthShell } from './AuthShell';
import { PageLoading } from '../components/States';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { user, restoring, signIn } = useAuth();
  const [form] = Form.useForm<LoginForm>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<{ message: string; locked: boolean } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';

  if (restoring) return <PageLoading tip="正在恢复登录…" />;
  if (user) return <Navigate to={next ?? homeFor(user.role)} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await request<LoginResult>('POST', '/auth/login', {
        body: { username: values.username.trim(), password: values.password },
        anonymous: true,
      });
      signIn(result);
      navigate(next ?? homeFor(result.user.role), { replace: true });
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      const locked = e instanceof ApiError && (e.status === 423 || e.code === 'auth.account_locked');
      if (!(e instanceof ApiError && e.errors.length && !rest.length)) setError({ message: errorMessage(e), locked });
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthShell>
      <h2 className="auth-title">登录</h2>
      <p className="auth-sub">创作者使用手机号登录；工作人员使用登录名。</p>
      {expired && !error && (
        <Alert type="info" showIcon title="登录已过期，请重新登录，完成后将回到刚才的页面。" style={{ marginBottom: 16 }} />
      )}
      {error && (
        <Alert
          type={error.locked ? 'warning' : 'error'}
          showIcon
          title={error.locked ? '暂时无法从这里登录' : '登录失败'}
          description={error.message}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      )}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} size="large" disabled={submitting}>
        <Form.Item
          name="username"
          label="手机号或登录名"
          rules={[{ required: true, whitespace: true, message: '请输入手机号或登录名' }]}
        >
          <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus placeholder="如 13800000001 或 hp.agent1" />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" placeholder="请输入密码" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          登录
        </Button>
      </Form>
      <div style={{ marginTop: 20, textAlign: 'center' }}>
        还没有账号？<Link to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'}>创作者注册</Link>
        <span className="muted" style={{ margin: '0 8px' }}>·</span>
        <Link to="/forgot-password">忘记密码</Link>
        <span className="muted" style={{ margin: '0 8px' }}>·</span>
        <Link to="/public/consultations">立法征集采纳情况</Link>
        <span className="muted" style={{ margin: '0 8px' }}>·</span>
        <Link to="/public/quality">好差评公示</Link>
      </div>
    </AuthShell>
  );
}

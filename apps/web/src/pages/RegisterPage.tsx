import { Alert, Button, Form, Input, Space } from 'antd';
import { useFeedback } from '../components/Feedback';
import { useEffect, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, request } from '../api/client';
import type { LoginResult } from '../api/types';
import { homeFor, safeNext, useAuth } from '../auth/AuthContext';
import { applyProblemToForm } from '../lib/problem';
import { AuthShell } from './AuthShell';

interface RegisterForm {
  phone: string;
  code: string;
  displayName: string;
  password: string;
  confirm: string;
}

const PHONE = /^1[3-9]\d{9}$/;

export default function RegisterPage() {
  const { user, signIn } = useAuth();
  const { message } = useFeedback();
  const [form] = Form.useForm<RegisterForm>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [countdown, setCountdown] = useState(0);
  const [sending, setSending] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codeSent, setCodeSent] = useState(false);
  const next = safeNext(params.get('next'));

  useEffect(() => {
    if (countdown <= 0) return;
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(t);
  }, [countdown]);

  if (user) return <Navigate to={homeFor(user.role)} replace />;

  const sendCode = async () => {
    setError(null);
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    setSending(true);
    try {
      const r = await request<{ expiresInSeconds: number }>('POST', '/auth/register/code', {
        body: { phone: form.getFieldValue('phone') },
        anonymous: true,
      });
      setCodeSent(true);
      setCountdown(60);
      message.success(`验证码已发送，${Math.round((r?.expiresInSeconds ?? 600) / 60)} 分钟内有效`);
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !form.getFieldError('phone').length) setError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };

  const onFinish = async (v: RegisterForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await request<LoginResult>('POST', '/auth/register', {
        body: { phone: v.phone, code: v.code.trim(), password: v.password, displayName: v.displayName.trim() },
        anonymous: true,
      });
      signIn(result);
      message.success('注册成功，欢迎使用');
      navigate(next ?? homeFor(result.user.role), { replace: true });
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e as { errors?: unknown[] }).errors?.length) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthShell>
      <h2 className="auth-title">创作者注册</h2>
      <p className="auth-sub">用手机号注册后即可在线提交诉求、查看办理进度。</p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" disabled={submitting}>
        <Form.Item
          name="phone"
          label="手机号"
          rules={[
            { required: true, message: '请输入手机号' },
            { pattern: PHONE, message: '请输入 11 位中国大陆手机号' },
          ]}
        >
          <Input inputMode="numeric" autoComplete="tel" maxLength={11} placeholder="11 位手机号" />
        </Form.Item>
        <Form.Item label="短信验证码" required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="code" noStyle rules={[{ required: true, message: '请输入验证码' }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} placeholder="6 位验证码" aria-label="短信验证码" />
            </Form.Item>
            <Button onClick={sendCode} loading={sending} disabled={countdown > 0}>
              {countdown > 0 ? `${countdown} 秒后重发` : codeSent ? '重新发送' : '获取验证码'}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item
          name="displayName"
          label="昵称"
          tooltip="将显示给服务台工作人员，可使用您的创作者名称"
          rules={[{ required: true, whitespace: true, message: '请输入昵称' }, { max: 40, message: '昵称最多 40 个字' }]}
        >
          <Input autoComplete="nickname" placeholder="如：阿喵UP主" />
        </Form.Item>
        <Form.Item
          name="password"
          label="密码"
          extra="至少 8 位，含大小写字母、数字、符号中的三类；不能包含手机号，不能是常见密码"
          rules={[{ required: true, message: '请设置密码' }, { min: 8, message: '密码至少 8 位' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          注册并登录
        </Button>
      </Form>
      <div style={{ marginTop: 20, textAlign: 'center' }}>
        已有账号？<Link to={next ? `/login?next=${encodeURIComponent(next)}` : '/login'}>登录</Link>
      </div>
    </AuthShell>
  );
}

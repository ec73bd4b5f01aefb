import { Alert, Button, Checkbox, Form, Input } from 'antd';
import { CONSENT_VERSION } from '@app/contracts';
import { useFeedback } from '../components/Feedback';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage, request } from '../api/client';
import { NewPasswordFields, PhoneAndCodeFields } from '../components/SmsCodeField';
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
  consent: boolean;
}

export default function RegisterPage() {
  const { user, signIn } = useAuth();
  const { message } = useFeedback();
  const [form] = Form.useForm<RegisterForm>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));

  if (user) return <Navigate to={homeFor(user.role)} replace />;

  const onFinish = async (v: RegisterForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await request<LoginResult>('POST', '/auth/register', {
        body: { phone: v.phone, code: v.code.trim(), password: v.password, displayName: v.displayName.trim(), consentVersion: v.consent ? CONSENT_VERSION : undefined },
        anonymous: true,
      });
      signIn(result);
      message.success('注册成功，欢迎使用');
      navigate(next ?? homeFor(result.user.role), { replace: true });
    } catch (e) {
      const rest = applyProblemToForm(form, e, { rename: { consentVersion: ['consent'] } });
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
        <PhoneAndCodeFields form={form} path="/auth/register/code" onError={setError} />
        <Form.Item
          name="displayName"
          label="昵称"
          tooltip="将显示给服务台工作人员，可使用您的创作者名称"
          rules={[{ required: true, whitespace: true, message: '请输入昵称' }, { max: 40, message: '昵称最多 40 个字' }]}
        >
          <Input autoComplete="nickname" placeholder="如：阿喵UP主" />
        </Form.Item>
        <NewPasswordFields />
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请阅读并同意《用户协议》和《隐私政策》'))) }]}
        >
          <Checkbox>
            我已阅读并同意
            <Link to="/legal/terms" target="_blank">《用户协议》</Link>和<Link to="/legal/privacy" target="_blank">《隐私政策》</Link>
          </Checkbox>
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

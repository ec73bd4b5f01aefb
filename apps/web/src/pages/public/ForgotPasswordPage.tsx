import { Alert, Button, Form } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage, request } from '../../api/client';
import { useFeedback } from '../../components/Feedback';
import { NewPasswordFields, PhoneAndCodeFields } from '../../components/SmsCodeField';
import { applyProblemToForm } from '../../lib/problem';
import { AuthShell } from '../AuthShell';

interface ResetForm {
  phone: string;
  code: string;
  password: string;
  confirm: string;
}

/** 忘记密码: a code to the account's phone, then a new password (every device signs out). */
export default function ForgotPasswordPage() {
  const [form] = Form.useForm<ResetForm>();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onFinish = async (v: ResetForm) => {
    setSaving(true);
    setError(null);
    try {
      await request('POST', '/auth/password-reset', { body: { phone: v.phone, code: v.code.trim(), password: v.password }, anonymous: true });
      message.success('密码已重置，请用新密码登录');
      navigate('/login', { replace: true });
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e as { errors?: unknown[] }).errors?.length) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <AuthShell>
      <h2 className="auth-title">忘记密码</h2>
      <p className="auth-sub">输入注册时的手机号，凭短信验证码设置新密码。重置后其他设备上的登录将失效。</p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark="optional" disabled={saving}>
        <PhoneAndCodeFields form={form} path="/auth/password-reset/code" onError={setError} />
        <NewPasswordFields label="新密码" />
        <Button type="primary" htmlType="submit" block size="large" loading={saving}>
          重置密码
        </Button>
      </Form>
      <div style={{ marginTop: 20, textAlign: 'center' }}>
        想起来了？<Link to="/login">返回登录</Link>
      </div>
    </AuthShell>
  );
}

import { Button, Form, Input, Space, type FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage, request } from '../api/client';
import { applyProblemToForm } from '../lib/problem';
import { useFeedback } from './Feedback';

export const PHONE = /^1[3-9]\d{9}$/;

/** The phone field and the SMS code field with its send button and 60-second countdown. */
export function PhoneAndCodeFields({ form, path, onError }: { form: FormInstance; path: string; onError: (message: string | null) => void }) {
  const { message } = useFeedback();
  const [countdown, setCountdown] = useState(0);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    if (countdown <= 0) return;
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000);
    return () => clearTimeout(t);
  }, [countdown]);

  const sendCode = async () => {
    onError(null);
    try {
      await form.validateFields(['phone']);
    } catch {
      return;
    }
    setSending(true);
    try {
      const r = await request<{ expiresInSeconds: number }>('POST', path, { body: { phone: form.getFieldValue('phone') }, anonymous: true });
      setSent(true);
      setCountdown(60);
      message.success(`验证码已发送，${Math.round((r?.expiresInSeconds ?? 600) / 60)} 分钟内有效`);
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !form.getFieldError('phone').length) onError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <>
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
            {countdown > 0 ? `${countdown} 秒后重发` : sent ? '重新发送' : '获取验证码'}
          </Button>
        </Space.Compact>
      </Form.Item>
    </>
  );
}

/** The new password twice, as registration and 忘记密码 ask for it. */
export function NewPasswordFields({ label = '密码' }: { label?: string }) {
  return (
    <>
      <Form.Item name="password" label={label} extra="至少 8 位，含大小写字母、数字、符号中的三类；不能包含手机号，不能是常见密码" rules={[{ required: true, message: `请设置${label}` }, { min: 8, message: '密码至少 8 位' }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={`确认${label}`}
        dependencies={['password']}
        rules={[
          { required: true, message: '请再次输入密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

import { Alert, Button, Card, Form, InputNumber, Space } from 'antd';
import { useFeedback } from '../../components/Feedback';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import type { SecurityPolicy } from '../../api/types';
import { BlockLoading, ErrorState } from '../../components/States';
import { applyProblemToForm } from '../../lib/problem';

export default function SecurityPolicyPage() {
  const { message } = useFeedback();
  const [form] = Form.useForm<SecurityPolicy>();
  const policy = useApi(['admin', 'security-policy'], (signal) => api.get<SecurityPolicy>('/admin/security-policy', undefined, signal));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (policy.data) form.setFieldsValue(policy.data);
  }, [policy.data, form]);

  const save = async (v: SecurityPolicy) => {
    setSaving(true);
    setError(null);
    try {
      const saved = await api.put<SecurityPolicy | undefined>('/admin/security-policy', v);
      if (saved) policy.setData(saved);
      message.success('安全策略已更新');
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e as { errors?: unknown[] }).errors?.length) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">安全策略</h1>
          <p className="page-sub">密码强度与登录失败锁定规则，对所有账号生效；每次修改记入审计日志。</p>
        </div>
      </div>
      <Card variant="borderless" style={{ maxWidth: 640 }}>
        {policy.error && !policy.loading ? (
          <ErrorState error={policy.error} onRetry={policy.reload} compact />
        ) : !policy.data ? (
          <BlockLoading />
        ) : (
          <>
            {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
            <Form form={form} layout="vertical" onFinish={save} disabled={saving}>
              <Form.Item
                name="passwordMinLength"
                label="密码最小长度"
                extra="新设置的密码须达到此长度（建议不少于 8 位）"
                rules={[{ required: true, message: '请填写' }]}
              >
                <InputNumber min={6} max={128} suffix="位" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item
                name="lockoutThreshold"
                label="连续登录失败锁定次数"
                extra="连续输错密码达到此次数后锁定账号"
                rules={[{ required: true, message: '请填写' }]}
              >
                <InputNumber min={1} max={100} suffix="次" style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="lockoutMinutes" label="锁定时长" extra="到期自动解锁，安全管理员也可手动解锁" rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={1} max={1440} suffix="分钟" style={{ width: 200 }} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={saving}>
                  保存
                </Button>
                <Button onClick={() => policy.data && form.setFieldsValue(policy.data)}>还原</Button>
              </Space>
            </Form>
          </>
        )}
      </Card>
    </>
  );
}

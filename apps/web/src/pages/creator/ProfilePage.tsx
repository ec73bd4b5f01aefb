import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useFeedback } from '../../components/Feedback';
import { DeleteOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { ApiError, api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { BlockLoading, ErrorState } from '../../components/States';
import { applyProblemToForm } from '../../lib/problem';
import { fmt } from '../../lib/time';

interface PlatformAccount {
  platform: string;
  accountId: string;
  url?: string;
}

interface Profile {
  displayName: string;
  phone: string | null;
  realName: string | null;
  idCardNumber: string | null;
  platformAccounts: PlatformAccount[];
  studio: string | null;
  mcn: string | null;
  verified: boolean;
  verifiedAt: string | null;
}

interface Values {
  realName?: string;
  idCardNumber?: string;
  platformAccounts: PlatformAccount[];
  studio?: string;
  mcn?: string;
}

const PLATFORMS = [
  { value: 'bilibili', label: '哔哩哔哩' },
  { value: 'xiaohongshu', label: '小红书' },
  { value: 'douyin', label: '抖音' },
  { value: 'weibo', label: '微博' },
  { value: 'wechat_channels', label: '微信视频号' },
  { value: 'kuaishou', label: '快手' },
  { value: 'zhihu', label: '知乎' },
  { value: 'other', label: '其他' },
];

/** 我的资料: optional identity (stored encrypted, shown masked) and the creator's platform accounts. */
export default function ProfilePage() {
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const profile = useApi(['creator-profile'], (signal) => api.get<Profile>('/creator-profile', undefined, signal));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (profile.data)
      form.setFieldsValue({
        platformAccounts: profile.data.platformAccounts ?? [],
        studio: profile.data.studio ?? '',
        mcn: profile.data.mcn ?? '',
        realName: '',
        idCardNumber: '',
      });
  }, [profile.data, form]);

  if (profile.error && !profile.loading) return <ErrorState error={profile.error} onRetry={profile.reload} />;
  if (!profile.data) return <BlockLoading rows={8} />;
  const p = profile.data;

  const save = async (v: Values) => {
    setSaving(true);
    setError(null);
    const body: Record<string, unknown> = {
      platformAccounts: (v.platformAccounts ?? []).map((a) => ({ platform: a.platform, accountId: a.accountId.trim(), url: a.url?.trim() || undefined })),
      studio: v.studio?.trim() ?? '',
      mcn: v.mcn?.trim() ?? '',
    };
    if (v.realName?.trim()) body.realName = v.realName.trim();
    if (v.idCardNumber?.trim()) body.idCardNumber = v.idCardNumber.trim().toUpperCase();
    try {
      const saved = await api.put<Profile>('/creator-profile', body);
      profile.setData(saved);
      message.success('资料已保存');
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">我的资料</h1>
          <p className="page-sub">办理部分诉求需要核验身份。真实姓名和身份证号加密保存，仅以打码形式显示。</p>
        </div>
      </div>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label="昵称">{p.displayName}</Descriptions.Item>
          <Descriptions.Item label="手机号">{p.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="真实姓名">{p.realName ?? <span className="muted">未填写</span>}</Descriptions.Item>
          <Descriptions.Item label="身份证号">{p.idCardNumber ?? <span className="muted">未填写</span>}</Descriptions.Item>
          <Descriptions.Item label="实名核验" span="filled">
            {p.verified ? (
              <Tag color="success" icon={<SafetyCertificateOutlined />}>
                已核验 {fmt(p.verifiedAt, 'YYYY-MM-DD')}
              </Tag>
            ) : (
              <Tag>未核验</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card variant="borderless" title="修改资料">
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form form={form} layout="vertical" onFinish={save} disabled={saving}>
          <Form.Item name="realName" label="真实姓名" extra="不修改请留空" rules={[{ min: 2, max: 40, message: '2–40 个字' }]}>
            <Input autoComplete="name" style={{ maxWidth: 280 }} />
          </Form.Item>
          <Form.Item
            name="idCardNumber"
            label="居民身份证号"
            extra="不修改请留空"
            rules={[{ pattern: /^\d{17}[\dXx]$/, message: '请填写 18 位居民身份证号' }]}
          >
            <Input autoComplete="off" maxLength={18} style={{ maxWidth: 280 }} />
          </Form.Item>
          <Form.List name="platformAccounts">
            {(fields, { add, remove }) => (
              <Form.Item label="平台账号">
                {fields.map((f, i) => (
                  <Space key={f.key} wrap align="start" style={{ marginBottom: 8 }}>
                    <Form.Item name={[f.name, 'platform']} noStyle rules={[{ required: true, message: '请选择平台' }]}>
                      <Select options={PLATFORMS} style={{ width: 130 }} placeholder="平台" aria-label={`第 ${i + 1} 个账号的平台`} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'accountId']} noStyle rules={[{ required: true, whitespace: true, message: '请填写账号' }]}>
                      <Input placeholder="账号ID或昵称" style={{ width: 180 }} aria-label={`第 ${i + 1} 个账号的ID`} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'url']} noStyle rules={[{ pattern: /^https?:\/\/\S+$/, message: '请填写完整链接' }]}>
                      <Input placeholder="主页链接（选填）" style={{ width: 220 }} aria-label={`第 ${i + 1} 个账号的主页链接`} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={`删除第 ${i + 1} 个账号`} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ platform: 'bilibili', accountId: '' })}>
                  添加平台账号
                </Button>
              </Form.Item>
            )}
          </Form.List>
          <Form.Item name="studio" label="所属工作室（选填）" rules={[{ max: 80, message: '最多 80 个字' }]}>
            <Input style={{ maxWidth: 360 }} />
          </Form.Item>
          <Form.Item name="mcn" label="签约 MCN 机构（选填）" rules={[{ max: 80, message: '最多 80 个字' }]}>
            <Input style={{ maxWidth: 360 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12, fontSize: 12 }}>
            修改姓名或身份证号后需重新核验
          </Typography.Text>
        </Form>
      </Card>
    </div>
  );
}

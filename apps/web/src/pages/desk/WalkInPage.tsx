import { Button, Card, Form, Input, Radio, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { reference } from '../../api/cache';
import { useApi } from '../../api/query';
import type { CaseDetail, Programme, Zone } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { CaseFilingForm, FiledResult, type FilingValues } from '../../components/CaseFilingForm';
import { ReceiptsCard } from '../../components/Receipts';
import { BlockLoading, ErrorState } from '../../components/States';
import { ZONE_FALLBACK } from '../../lib/labels';

const CHANNELS = [
  { value: 'walk_in', label: '窗口' },
  { value: 'phone', label: '电话' },
  { value: 'onsite', label: '上门服务' },
  { value: 'salon', label: '大V沙龙' },
];

/** An agent files a case for a creator who came to the window, called, or met staff on site. */
export default function WalkInPage() {
  const me = useUser();
  const navigate = useNavigate();
  const data = useApi(['reference', 'programmes+zones'], () => Promise.all([reference.programmes(), reference.zones()]));
  const [programmeId, setProgrammeId] = useState<string>('shield');
  const [filed, setFiled] = useState<{ c: CaseDetail; failures: number } | null>(null);

  if (data.error && !data.loading) return <ErrorState error={data.error} onRetry={data.reload} />;
  if (!data.data) return <BlockLoading rows={8} />;
  const [programmes, zones] = data.data as [Programme[], Zone[]];
  const programme = programmes.find((p) => p.id === programmeId) ?? programmes[0];

  if (filed)
    return (
      <div style={{ maxWidth: 760, margin: '0 auto' }}>
        <FiledResult
          c={filed.c}
          failures={filed.failures}
          extra={[
            <div key="receipts" style={{ textAlign: 'left', marginBottom: 12 }}>
              <ReceiptsCard caseId={filed.c.id} staff />
            </div>,
            <Button type="primary" key="open" onClick={() => navigate(`/desk/cases/${filed.c.id}`)}>
              打开案件
            </Button>,
            <Button key="again" onClick={() => setFiled(null)}>
              继续登记
            </Button>,
          ]}
        />
      </div>
    );

  return (
    <div style={{ maxWidth: 880, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">代为登记</h1>
          <p className="page-sub">
            为来到{me.zoneId ? ZONE_FALLBACK[me.zoneId] ?? '' : ''}服务点窗口、来电或上门服务的创作者登记诉求。创作者凭手机号即可登录查看进度。
          </p>
        </div>
      </div>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Typography.Text strong id="walkin-programme">服务项目</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <Segmented
            aria-labelledby="walkin-programme"
            value={programme.id}
            onChange={(v) => setProgrammeId(String(v))}
            options={programmes.map((p) => ({ value: p.id, label: `${p.name} · ${p.subtitle}` }))}
          />
        </div>
      </Card>
      <CaseFilingForm
        key={programme.id}
        programme={programme}
        zones={zones}
        askZone={false}
        submitText="登记并提交"
        extraBody={(v: FilingValues) => ({
          channel: v.channel,
          creatorPhone: v.creatorPhone?.trim(),
          creatorName: v.creatorName?.trim(),
          zoneId: me.zoneId ?? undefined,
        })}
        prefix={
          <Card title="创作者与受理渠道" variant="borderless" style={{ marginBottom: 16 }}>
            <Form.Item name="channel" label="受理渠道" initialValue="walk_in" rules={[{ required: true, message: '请选择受理渠道' }]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={CHANNELS} />
            </Form.Item>
            <Form.Item
              name="creatorPhone"
              label="创作者手机号"
              extra="已注册的创作者将关联到其账号；未注册的将为其建档，凭此手机号注册后即可查看"
              rules={[
                { required: true, message: '请填写创作者手机号' },
                { pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位中国大陆手机号' },
              ]}
            >
              <Input inputMode="numeric" maxLength={11} style={{ maxWidth: 240 }} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="creatorName"
              label="创作者称呼"
              rules={[{ required: true, whitespace: true, message: '请填写创作者称呼' }, { max: 40, message: '最多 40 个字' }]}
            >
              <Input maxLength={40} style={{ maxWidth: 240 }} placeholder="如：张女士 / 账号名" autoComplete="off" />
            </Form.Item>
          </Card>
        }
        onFiled={(c, failures) => {
          setFiled({ c, failures });
          window.scrollTo({ top: 0 });
        }}
      />
    </div>
  );
}

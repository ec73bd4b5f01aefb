import { Alert, Button, Card, Descriptions, Input, Result, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { VerificationView } from '@app/contracts';
import { errorMessage, request } from '../api/client';
import { useApi } from '../api/query';
import { Logo } from '../components/AppLayout';
import { fmt } from '../lib/time';

/** Public: anyone holding a 回执 or 告知书 checks its code (or scans its QR). No login, no personal data. */
export default function VerifyPage() {
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [input, setInput] = useState(code);
  const answer = useApi(['verifypage-1', code], code ? (signal) => request<VerificationView>('GET', `/verify/${encodeURIComponent(code)}`, { anonymous: true, signal }) : null);
  return (
    <div className="verify-page">
      <div className="verify-card">
        <Logo />
        <Card style={{ marginTop: 16 }}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            <SafetyCertificateOutlined /> 文书真伪核验
          </Typography.Title>
          <Typography.Paragraph type="secondary">输入回执或告知书上的 16 位核验码，或用手机扫描文书上的二维码。核验结果只显示文书和办理状态，不含个人信息。</Typography.Paragraph>
          <Input.Search value={input} onChange={(e) => setInput(e.target.value)} onSearch={(v) => v.trim() && navigate(`/verify/${encodeURIComponent(v.trim())}`)} enterButton="核验" placeholder="如 7KQ2-M9XD-4HRT-PW3C" aria-label="核验码" />
          {answer.error ? <Alert type="error" showIcon title={errorMessage(answer.error)} style={{ marginTop: 16 }} role="alert" /> : null}
          {answer.data && !answer.data.genuine && <Result status="warning" title="未找到该核验码" subTitle="本系统没有出具过带此核验码的文书。请核对核验码，或向出具文书的服务点咨询。" />}
          {answer.data?.genuine && answer.data.document && (
            <>
              <Result status="success" title="文书真实有效" subTitle={`由${answer.data.document.issuer ?? '集聚区创作者服务台'}于 ${fmt(answer.data.document.issuedAt)} 出具`} style={{ paddingBottom: 8 }} />
              <Descriptions column={1} bordered size="small">
                {answer.data.document.facts.map(([label, value]) => (
                  <Descriptions.Item key={label} label={label}>
                    {value}
                  </Descriptions.Item>
                ))}
                {answer.data.subject && <Descriptions.Item label="当前状态">{answer.data.subject.statusLabel}</Descriptions.Item>}
              </Descriptions>
            </>
          )}
        </Card>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Link to="/">
            <Button type="link">返回服务台首页</Button>
          </Link>
        </div>
      </div>
    </div>
  );
}

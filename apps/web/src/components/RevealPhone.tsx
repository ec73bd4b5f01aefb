import { Button } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, errorMessage } from '../api/client';
import { useFeedback } from './Feedback';

/**
 * The creator's masked phone, and a button that reads the full number for a call-back through
 * the audited identity read (GET /creators/{id}/identity); the number is kept only on screen.
 */
export function RevealPhone({ creatorId, masked, canReveal }: { creatorId: string; masked: string; canReveal: boolean }) {
  const { message } = useFeedback();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const reveal = async () => {
    setLoading(true);
    try {
      const r = await api.get<{ phone: string | null }>(`/creators/${creatorId}/identity`);
      setFull(r.phone ?? masked);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <PhoneOutlined /> {full ? <a href={`tel:${full}`}>{full}</a> : masked}
      {canReveal && !full && (
        <Button type="link" size="small" loading={loading} onClick={reveal} title="查看完整号码以便回电；此次查看将记入审计日志">
          显示完整号码（记入审计）
        </Button>
      )}
    </>
  );
}

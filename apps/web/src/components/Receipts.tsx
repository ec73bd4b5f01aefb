import { Button, Card, Space, Typography } from 'antd';
import { FilePdfOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ReceiptView } from '@app/contracts';
import { errorMessage, fetchFile } from '../api/client';
import { useApi } from '../api/query';
import { api } from '../api/client';
import { saveBlob } from '../lib/download';
import { fmt } from '../lib/time';
import { useFeedback } from './Feedback';
import { List } from './SimpleList';

export type Receipt = ReceiptView & { kindLabel: string };

/** Opens a receipt PDF for printing (a new tab), or saves it. */
export async function openReceipt(id: string, how: 'print' | 'save'): Promise<void> {
  const { blob, fileName } = await fetchFile(`/receipts/${id}/pdf`);
  if (how === 'save') return saveBlob(blob, fileName ?? 'receipt.pdf');
  const url = URL.createObjectURL(blob);
  const win = window.open(url, '_blank', 'noopener');
  if (!win) saveBlob(blob, fileName ?? 'receipt.pdf');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ReceiptActions({ receipt, print }: { receipt: Pick<Receipt, 'id' | 'kindLabel'>; print?: boolean }) {
  const { message } = useFeedback();
  const run = (how: 'print' | 'save') => openReceipt(receipt.id, how).catch((e) => message.error(errorMessage(e)));
  return (
    <Space size={4} wrap>
      <Button size="small" icon={<FilePdfOutlined />} onClick={() => void run('save')} aria-label={`下载${receipt.kindLabel}`}>
        下载
      </Button>
      {print && (
        <Button size="small" icon={<PrinterOutlined />} onClick={() => void run('print')} aria-label={`打印${receipt.kindLabel}`}>
          打印
        </Button>
      )}
    </Space>
  );
}

/** The case's 回执 and 告知书 with their verification codes; creators download, the desk prints. */
export function ReceiptsCard({ caseId, staff, version }: { caseId: string; staff?: boolean; version?: number }) {
  const receipts = useApi(['receipts-1', caseId, version], (signal) => api.get<Receipt[]>(`/cases/${caseId}/receipts`, undefined, signal));
  return (
    <Card title="回执与告知书" variant="borderless" style={{ marginBottom: 16 }}>
      <List
        size="small"
        loading={receipts.loading && !receipts.data}
        dataSource={receipts.data ?? []}
        locale={{ emptyText: '暂无文书' }}
        renderItem={(r) => (
          <List.Item>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', width: '100%' }}>
              <div style={{ flex: 1, minWidth: 160 }}>
                <b>{r.kindLabel}</b>
                <div className="muted" style={{ fontSize: 12 }}>
                  {fmt(r.issuedAt)} · 核验码 <Typography.Text copyable={{ text: r.verificationCode }}>{r.verificationCode}</Typography.Text>
                </div>
              </div>
              <ReceiptActions receipt={r} print={staff} />
            </div>
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        <SafetyCertificateOutlined /> 每份文书带核验码和二维码，任何人可在「文书核验」页面核验真伪。
      </Typography.Paragraph>
    </Card>
  );
}

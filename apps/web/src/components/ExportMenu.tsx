import { Button, Dropdown } from 'antd';
import { DownloadOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { errorMessage, fetchFile, type Query } from '../api/client';
import { saveBlob } from '../lib/download';
import { useFeedback } from './Feedback';

type ExportFormat = 'csv' | 'xlsx';

/**
 * "导出" with a choice of CSV or Excel: fetches the file with the session's token (a plain link
 * would carry no token) and saves it under the name the server gives.
 */
export function ExportMenu({
  path,
  query,
  label = '导出',
  what,
  size,
  type,
}: {
  path: string;
  query?: Query;
  label?: string;
  /** What is exported, for the accessible name and messages (e.g. "专员工作量"). */
  what: string;
  size?: 'small' | 'middle' | 'large';
  type?: 'default' | 'text' | 'link';
}) {
  const { message } = useFeedback();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    const key = `export-${path}`;
    message.open({ key, type: 'loading', content: `正在导出${what}…`, duration: 0 });
    try {
      const { blob, fileName } = await fetchFile(path, { ...query, format });
      saveBlob(blob, fileName ?? `${what}.${format}`);
      message.open({ key, type: 'success', content: `已导出${what}（${format === 'csv' ? 'CSV' : 'Excel'}）`, duration: 2 });
    } catch (e) {
      message.open({ key, type: 'error', content: `导出失败：${errorMessage(e)}`, duration: 5 });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', icon: <FileTextOutlined />, label: '导出 CSV', disabled: busy !== null },
          { key: 'xlsx', icon: <FileExcelOutlined />, label: '导出 Excel（XLSX）', disabled: busy !== null },
        ],
        onClick: ({ key }) => void run(key as ExportFormat),
      }}
    >
      <Button size={size} type={type} icon={<DownloadOutlined />} loading={busy !== null} aria-label={`导出${what}`} className="no-print" data-export={path}>
        {label}
      </Button>
    </Dropdown>
  );
}

import { Button, Empty, Image, Modal, Progress, Space, Tooltip, Typography, Upload } from 'antd';
import { List } from './SimpleList';
import { useFeedback } from './Feedback';
import { DownloadOutlined, EyeOutlined, FileOutlined, FileImageOutlined, FilePdfOutlined, InboxOutlined, SafetyCertificateOutlined, VideoCameraOutlined, AudioOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { api, errorMessage, upload } from '../api/client';
import type { Attachment } from '../api/types';
import { fmt } from '../lib/time';

export const EVIDENCE_ACCEPT =
  '.jpg,.jpeg,.png,.gif,.webp,.pdf,.mp4,.m4v,.mov,.mp3,.wav,.m4a,.docx,.xlsx,.pptx,.txt';
export const EVIDENCE_HINT = '支持 JPG/PNG/GIF/WEBP 图片、PDF、MP4/MOV 视频、MP3/WAV/M4A 音频、DOCX/XLSX/PPTX 文档、TXT 文本';

export function fileSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function iconFor(mime: string) {
  if (mime.startsWith('image/')) return <FileImageOutlined />;
  if (mime === 'application/pdf') return <FilePdfOutlined />;
  if (mime.startsWith('video/')) return <VideoCameraOutlined />;
  if (mime.startsWith('audio/')) return <AudioOutlined />;
  return <FileOutlined />;
}

function uploaderName(a: Attachment): string {
  if (!a.uploadedBy) return '—';
  return typeof a.uploadedBy === 'string' ? a.uploadedBy : a.uploadedBy.displayName;
}

/** Downloads with the bearer token (a plain link would carry no token). */
async function downloadAttachment(a: Pick<Attachment, 'id' | 'fileName'>): Promise<void> {
  const blob = await api.blob(`/attachments/${a.id}/content`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = a.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Images up to this size get a thumbnail; larger ones only the icon (each preview is an audited read). */
const THUMBNAIL_MAX_BYTES = 8 * 1024 * 1024;
const isImage = (a: Pick<Attachment, 'mimeType'>) => /^image\/(jpeg|png|gif|webp)$/.test(a.mimeType);
const isPdf = (a: Pick<Attachment, 'mimeType'>) => a.mimeType === 'application/pdf';

/** An object URL for the attachment's inline content (fetched with the bearer token), revoked on unmount. */
function useInlineUrl(a: Pick<Attachment, 'id'>, enabled: boolean): { url: string | null; failed: boolean } {
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    if (!enabled) return;
    let url: string | null = null;
    let live = true;
    api.blob(`/attachments/${a.id}/content?disposition=inline`).then(
      (blob) => {
        url = URL.createObjectURL(blob);
        if (live) setState({ url, failed: false });
        else URL.revokeObjectURL(url);
      },
      () => live && setState({ url: null, failed: true }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [a.id, enabled]);
  return state;
}

/** A thumbnail for an image, opening the full picture; the file icon otherwise. */
function AttachmentAvatar({ a }: { a: Attachment }) {
  const thumb = isImage(a) && a.size <= THUMBNAIL_MAX_BYTES;
  const { url } = useInlineUrl(a, thumb);
  if (thumb && url) return <Image src={url} alt={a.fileName} width={56} height={56} style={{ objectFit: 'cover', borderRadius: 4 }} preview={{ mask: '查看' }} />;
  return <span style={{ fontSize: 22, color: '#1f5fbf' }}>{iconFor(a.mimeType)}</span>;
}

/** A PDF shown in a dialog from its inline content. */
function PdfPreview({ a, onClose }: { a: Attachment; onClose: () => void }) {
  const { url, failed } = useInlineUrl(a, true);
  return (
    <Modal open title={a.fileName} onCancel={onClose} footer={null} width="min(960px, 96vw)" destroyOnHidden>
      {failed ? (
        <Typography.Text type="danger">无法加载预览，请下载后查看</Typography.Text>
      ) : url ? (
        <iframe src={url} title={`预览 ${a.fileName}`} style={{ width: '100%', height: '75vh', border: 0 }} />
      ) : (
        <span className="muted">正在加载预览…</span>
      )}
    </Modal>
  );
}

/** Evidence files with their fingerprints (SHA-256 and SM3, fixed at upload). */
export function AttachmentList({ items, showFingerprints }: { items: Attachment[]; showFingerprints?: boolean }) {
  const { message } = useFeedback();
  const [busy, setBusy] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无材料" />;
  return (
    <>
      {previewing && <PdfPreview a={previewing} onClose={() => setPreviewing(null)} />}
      <List<Attachment>
        size="small"
        dataSource={items}
        renderItem={(a) => (
          <List.Item
            actions={[
              ...(isPdf(a)
                ? [
                    <Button key="pv" size="small" icon={<EyeOutlined />} aria-label={`预览 ${a.fileName}`} onClick={() => setPreviewing(a)}>
                      预览
                    </Button>,
                  ]
                : []),
              <Button
                key="dl"
                size="small"
                icon={<DownloadOutlined />}
                loading={busy === a.id}
                aria-label={`下载 ${a.fileName}`}
                onClick={async () => {
                  setBusy(a.id);
                  try {
                    await downloadAttachment(a);
                  } catch (e) {
                    message.error(errorMessage(e));
                  } finally {
                    setBusy(null);
                  }
                }}
              >
                下载
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={<AttachmentAvatar a={a} />}
              title={<span style={{ wordBreak: 'break-all' }}>{a.fileName}</span>}
              description={
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <span className="muted" style={{ fontSize: 12 }}>
                    {fileSize(a.size)} · {uploaderName(a)} · {fmt(a.uploadedAt)}
                  </span>
                  {showFingerprints && (
                    <div className="fingerprint">
                      <Tooltip title="上传时固定的数字指纹，可用于核验文件未被改动">
                        <SafetyCertificateOutlined style={{ color: '#389e0d' }} />
                      </Tooltip>{' '}
                      SHA-256 <Typography.Text copyable={{ text: a.sha256, tooltips: ['复制', '已复制'] }} className="fingerprint">{a.sha256}</Typography.Text>
                      <br />
                      SM3 <Typography.Text copyable={{ text: a.sm3, tooltips: ['复制', '已复制'] }} className="fingerprint">{a.sm3}</Typography.Text>
                    </div>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}

interface Pending {
  uid: string;
  name: string;
  percent: number;
  status: 'uploading' | 'done' | 'error';
  error?: string;
}

/** Pick files and upload them to a case at once, each with its progress. */
export function EvidenceUploader({
  caseId,
  onUploaded,
  hint,
  compact,
}: {
  caseId: string;
  onUploaded: (a: Attachment) => void;
  hint?: string;
  compact?: boolean;
}) {
  const [pending, setPending] = useState<Pending[]>([]);
  const update = (uid: string, patch: Partial<Pending>) => setPending((list) => list.map((p) => (p.uid === uid ? { ...p, ...patch } : p)));

  const start = (file: File, uid: string) => {
    setPending((list) => [...list, { uid, name: file.name, percent: 0, status: 'uploading' }]);
    const job = upload<Attachment | Attachment[]>(`/cases/${caseId}/attachments`, file, (percent) => update(uid, { percent }));
    job.promise.then(
      (r) => {
        update(uid, { percent: 100, status: 'done' });
        const a = Array.isArray(r) ? r[r.length - 1] : r;
        if (a) onUploaded(a);
        setTimeout(() => setPending((list) => list.filter((p) => p.uid !== uid)), 1500);
      },
      (e) => update(uid, { status: 'error', error: errorMessage(e) }),
    );
  };

  return (
    <div>
      <Upload.Dragger
        multiple
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          start(file, file.uid);
          return false;
        }}
        style={compact ? { padding: 4 } : undefined}
        aria-label="上传材料"
      >
        <p className="ant-upload-drag-icon" style={compact ? { marginBottom: 4 } : undefined}>
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖拽文件到此处上传</p>
        <p className="ant-upload-hint">{hint ?? EVIDENCE_HINT}。上传后将固定数字指纹，不可替换。</p>
      </Upload.Dragger>
      {pending.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          dataSource={pending}
          renderItem={(p) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <span style={{ wordBreak: 'break-all' }}>{p.name}</span>
                  {p.status === 'error' && (
                    <Button size="small" type="link" onClick={() => setPending((l) => l.filter((x) => x.uid !== p.uid))}>
                      移除
                    </Button>
                  )}
                </div>
                <Progress
                  percent={p.percent}
                  size="small"
                  status={p.status === 'error' ? 'exception' : p.status === 'done' ? 'success' : 'active'}
                  aria-label={`${p.name} 上传进度`}
                />
                {p.error && (
                  <Typography.Text type="danger" role="alert">
                    {p.error}
                  </Typography.Text>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}

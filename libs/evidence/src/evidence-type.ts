import { filetypeinfo } from 'magic-bytes.js';

export interface EvidenceType {
  mime: string;
  extension: string;
}

/** Evidence kinds the desk accepts, by the type the content's magic bytes show. */
const BY_MAGIC: Record<string, EvidenceType & { alsoNamed?: string[] }> = {
  jpg: { mime: 'image/jpeg', extension: 'jpg', alsoNamed: ['jpeg'] },
  png: { mime: 'image/png', extension: 'png' },
  gif: { mime: 'image/gif', extension: 'gif' },
  webp: { mime: 'image/webp', extension: 'webp' },
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  mp4: { mime: 'video/mp4', extension: 'mp4', alsoNamed: ['m4v'] },
  mov: { mime: 'video/quicktime', extension: 'mov' },
  mp3: { mime: 'audio/mpeg', extension: 'mp3' },
  wav: { mime: 'audio/wav', extension: 'wav' },
  m4a: { mime: 'audio/mp4', extension: 'm4a' },
};

/** Types shown inline (thumbnails, PDF preview): images and PDF, as the magic bytes showed at upload. */
export const INLINE_MIMES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf']);

/** Office documents are zip containers: accepted by name, stored as they are, never unpacked. */
const OFFICE: Record<string, EvidenceType> = {
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
};

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return match ? match[1].toLowerCase() : '';
}

function isUtf8Text(head: Buffer): boolean {
  if (head.includes(0)) return false;
  // A multi-byte character cut at the end of the sample is fine.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  return replaced <= 1 && !/[\u0001-\u0008\u000e-\u001f]/.test(text);
}

/**
 * The evidence type from the content (first bytes), or why it is refused. A name that claims
 * another type than the content has is refused too: the file lies about itself.
 */
export function detectEvidenceType(head: Buffer, fileName: string): EvidenceType | { refused: string } {
  const extension = extensionOf(fileName);
  const candidates = filetypeinfo(head).map((c) => c.typename);
  if (candidates[0] === 'zip') {
    const office = OFFICE[extension];
    return office ?? { refused: '不接受压缩包；请直接上传图片、PDF、音视频或 Office 文档' };
  }
  const known = candidates.map((name) => BY_MAGIC[name]).find(Boolean);
  if (known) {
    const names = [known.extension, ...(known.alsoNamed ?? [])];
    if (extension && !names.includes(extension)) {
      return { refused: `文件内容是 ${known.extension.toUpperCase()}，与文件名后缀 .${extension} 不符` };
    }
    return { mime: known.mime, extension: known.extension };
  }
  if (candidates.length === 0 && (extension === 'txt' || extension === '') && isUtf8Text(head)) {
    return { mime: 'text/plain; charset=utf-8', extension: 'txt' };
  }
  return { refused: '不支持的文件类型；可上传 JPG/PNG/GIF/WEBP 图片、PDF、MP4/MOV 视频、MP3/WAV/M4A 音频、DOCX/XLSX/PPTX 文档或 TXT 文本' };
}

/** Why a client-given file name is refused outright: it tries to name a folder or hide bytes. */
export function fileNameProblem(raw: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(raw)) return '文件名不能包含控制字符';
  if (/[\\/]/.test(raw) || raw === '..' || raw === '.') return '文件名不能包含路径';
  return null;
}

/** A file name safe to store and to send back: no folders, no control characters, bounded. */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(-120);
  return cleaned.length ? cleaned : 'file';
}

import { Injectable } from '@nestjs/common';
import { randomUUID, createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseRepository, CaseTimelineRepository, isFinalStatus } from '@app/cases';
import { Transactional } from '@app/database';
import { detectEvidenceType, fileNameProblem, INLINE_MIMES, sanitizeFileName } from './evidence-type';
import type { ContentDisposition } from './evidence.dto';
import { EvidenceStorage } from './evidence-storage';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors';

const notFound = (id: string) => new EvidenceError(EvidenceErrorCode.NotFound, `未找到记录（${id}）`);

export interface UploadedFile {
  path: string;
  originalname: string;
  size: number;
}

export interface AttachmentView {
  id: string;
  caseId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  sm3: string;
  uploadedBy: { id: string; displayName: string; role: string };
  uploadedAt: Date;
}

/** SHA-256 and SM3 of a file, in one pass. */
async function fingerprints(path: string): Promise<{ sha256: string; sm3: string }> {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  for await (const chunk of createReadStream(path)) {
    sha256.update(chunk as Buffer);
    sm3.update(chunk as Buffer);
  }
  return { sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
}

async function head(path: string, bytes = 4100): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Evidence keeps its original bytes, fingerprints taken at upload, the uploader and the time. It
 * is only ever added to: no route replaces or deletes it. Every download is audited.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly attachments: EvidenceRepository,
    private readonly cases: CaseRepository,
    private readonly timeline: CaseTimelineRepository,
    private readonly storage: EvidenceStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, meta: RequestMeta, caseId: string, file: UploadedFile | undefined): Promise<AttachmentView> {
    try {
      // Scope first: someone outside the case learns nothing, not even what a valid upload is.
      await this.cases.get(actor, caseId);
      if (!file) throw new ValidationError([{ field: 'file', message: '请选择要上传的文件（表单字段 file）' }]);
      if (file.size === 0) throw new ValidationError([{ field: 'file', message: '文件为空' }]);
      const givenName = Buffer.from(file.originalname, 'latin1').toString('utf8');
      const nameProblem = fileNameProblem(givenName);
      if (nameProblem) throw new ValidationError([{ field: 'file', message: nameProblem }]);
      const fileName = sanitizeFileName(givenName);
      const type = detectEvidenceType(await head(file.path), fileName);
      if ('refused' in type) throw new EvidenceError(EvidenceErrorCode.TypeRefused, type.refused, { errors: [{ field: 'file', message: type.refused }] });
      const { sha256, sm3 } = await fingerprints(file.path);
      const id = await this.store(actor, meta, caseId, file, { fileName, mime: type.mime, sha256, sm3 });
      const [view] = await this.views({ id });
      return view;
    } finally {
      if (file) await unlink(file.path).catch(() => undefined);
    }
  }

  @Transactional()
  private async store(actor: Actor, meta: RequestMeta, caseId: string, file: UploadedFile, f: { fileName: string; mime: string; sha256: string; sm3: string }): Promise<string> {
    const c = await this.cases.lock(actor, caseId);
    if (isFinalStatus(c.status)) throw new EvidenceError(EvidenceErrorCode.CaseClosed, '案件已结束，不能再添加材料');
    const id = randomUUID();
    const now = new Date();
    const storageKey = `${now.toISOString().slice(0, 7)}/${id}`;
    await this.storage.put(storageKey, file.path);
    await this.attachments.insert({ id, caseId: c.id, fileName: f.fileName, mime: f.mime, size: file.size, sha256: f.sha256, sm3: f.sm3, storageKey, uploadedBy: actor.userId, at: now });
    await this.timeline.append(c.id, actor, 'attachment', 'public', { attachmentId: id, fileName: f.fileName, size: file.size, sha256: f.sha256 });
    await this.audit.record({ actor, meta, action: 'attachment.upload', entityType: 'attachment', entityId: id, after: { caseId: c.id, fileName: f.fileName, mimeType: f.mime, size: file.size, sha256: f.sha256, sm3: f.sm3 } });
    return id;
  }

  async list(actor: Actor, caseId: string): Promise<AttachmentView[]> {
    await this.cases.get(actor, caseId);
    return this.views({ caseId });
  }

  /**
   * Opens an attachment for download after checking scope through its case, and audits the read.
   * `inline` is granted only to images and PDF (the type the content showed at upload).
   */
  async download(actor: Actor, meta: RequestMeta, id: string, wanted: ContentDisposition = 'attachment'): Promise<{ view: AttachmentView; stream: Readable; inline: boolean }> {
    const row = await this.attachments.find(id);
    if (!row) throw notFound(id);
    await this.cases.get(actor, row.case_id).catch(() => {
      throw notFound(id);
    });
    if (row.purged_at) throw new EvidenceError(EvidenceErrorCode.Purged, '该材料已按保存期限清除');
    const [view] = await this.views({ id });
    const inline = wanted === 'inline' && INLINE_MIMES.has(view.mimeType);
    await this.auditDownload(actor, meta, id, row.case_id, view.sha256, inline);
    return { view, stream: this.storage.open(row.storage_key), inline };
  }

  @Transactional()
  private async auditDownload(actor: Actor, meta: RequestMeta, id: string, caseId: string, sha256: string, inline: boolean): Promise<void> {
    const after = inline ? { caseId, sha256, disposition: 'inline' } : { caseId, sha256 };
    await this.audit.record({ actor, meta, action: 'attachment.download', entityType: 'attachment', entityId: id, after });
  }

  private async views(by: { id: string } | { caseId: string }): Promise<AttachmentView[]> {
    const rows = await this.attachments.views(by);
    return rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      fileName: r.file_name,
      mimeType: r.mime_type,
      size: Number(r.size_bytes),
      sha256: r.sha256,
      sm3: r.sm3,
      uploadedBy: { id: r.uploader_id, displayName: r.display_name, role: r.role },
      uploadedAt: r.uploaded_at,
    }));
  }
}

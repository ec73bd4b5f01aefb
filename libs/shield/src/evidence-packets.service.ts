import { Injectable } from '@nestjs/common';
import archiver from 'archiver';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { inShanghai } from '@app/calendar';
import { CaseTimelineRepository } from '@app/cases';
import { PACKET_PURPOSE_LABELS, type EvidencePacketView, type PacketPurpose } from '@app/contracts';
import { Transactional } from '@app/database';
import { DocumentRegistry } from '@app/documents';
import { EvidenceStorage } from '@app/evidence';
import { ShieldError, ShieldErrorCode } from './shield.errors';
import { AttachmentRow, ShieldRepository } from './shield.repository';
import { ShieldService } from './shield.service';

const shanghai = (d: Date | string) => inShanghai(new Date(d)).toFormat('yyyy-MM-dd HH:mm:ss');

async function fingerprints(path: string): Promise<{ sha256: string; sm3: string; size: number }> {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  for await (const chunk of createReadStream(path)) {
    sha256.update(chunk as Buffer);
    sm3.update(chunk as Buffer);
  }
  return { sha256: sha256.digest('hex'), sm3: sm3.digest('hex'), size: (await stat(path)).size };
}

/**
 * 证据包: one ZIP with the case's evidence files (and those of duplicates merged into it), a
 * manifest as JSON and as a verifiable PDF (each file's SHA-256 and SM3, upload time and
 * uploader, the case reference, the audit events proving custody). The packet's own
 * fingerprints are recorded; it is stored write-once and every download is audited.
 */
@Injectable()
export class EvidencePacketsService {
  constructor(
    private readonly repo: ShieldRepository,
    private readonly shield: ShieldService,
    private readonly timeline: CaseTimelineRepository,
    private readonly storage: EvidenceStorage,
    private readonly documents: DocumentRegistry,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async create(actor: Actor, meta: RequestMeta, caseId: string, purpose: PacketPurpose): Promise<EvidencePacketView> {
    const c = await this.shield.shieldCase(actor, caseId);
    const caseIds = [c.id, ...(await this.repo.merges(c.id)).filter((x) => x.keptId === c.id).map((x) => x.duplicateId)];
    const files = await this.repo.attachments(caseIds);
    if (!files.length) throw new ShieldError(ShieldErrorCode.NoEvidence, '该案件还没有证据材料，不能生成证据包');
    const custody = await this.repo.custody(caseIds, files.map((f) => f.id));
    const id = randomUUID();
    const now = new Date();
    const entries = files.map((f, i) => ({ ...f, path: `files/${String(i + 1).padStart(3, '0')}-${f.fileName}` }));
    const manifest = {
      packetId: id,
      reference: c.reference,
      purpose,
      purposeLabel: PACKET_PURPOSE_LABELS[purpose],
      generatedAt: now.toISOString(),
      generatedBy: { userId: actor.userId, role: actor.role },
      hashAlgorithms: ['SHA-256', 'SM3'],
      files: entries.map((f) => ({ path: f.path, fileName: f.fileName, caseReference: f.reference, mimeType: f.mimeType, size: f.size, sha256: f.sha256, sm3: f.sm3, uploadedAt: new Date(f.uploadedAt).toISOString(), uploadedBy: f.uploadedBy, uploaderRole: f.uploaderRole })),
      custody: custody.map((e) => ({ auditEventId: e.id, at: new Date(e.occurredAt).toISOString(), action: e.action, actorRole: e.actorRole, entityType: e.entityType, entityId: e.entityId, chainSeq: e.seq, chainHash: e.hash })),
    };
    const document = await this.documents.issue(
      {
        kind: 'evidence_manifest',
        subjectType: 'evidence_packet',
        subjectId: id,
        zoneId: c.zoneId,
        caseId: c.id,
        attests: [['案件编号', c.reference], ['文件数', String(files.length)], ['用途', PACKET_PURPOSE_LABELS[purpose]]],
        spec: manifestSpec(c.reference, purpose, entries, manifest.custody),
        actor,
        at: now,
      },
    );
    const pdf = await this.documents.pdf(await this.documents.get(document.id));
    const dir = await mkdtemp(join(tmpdir(), 'packet-'));
    try {
      const zipPath = join(dir, 'packet.zip');
      await writeZip(zipPath, entries, (f) => this.storage.open(f.storageKey), [
        ['manifest.json', Buffer.from(JSON.stringify({ ...manifest, manifestPdf: { verificationCode: document.verificationCode } }, null, 2))],
        ['manifest.pdf', pdf],
      ]);
      const print = await fingerprints(zipPath);
      const storageKey = `packets/${now.toISOString().slice(0, 7)}/${id}.zip`;
      await this.storage.put(storageKey, zipPath);
      await this.repo.insertPacket({ id, caseId: c.id, purpose, fileCount: files.length, size: print.size, sha256: print.sha256, sm3: print.sm3, storageKey, manifest, createdBy: actor.userId });
      await this.timeline.append(c.id, actor, 'evidence_packet', 'internal', { label: `生成证据包（${PACKET_PURPOSE_LABELS[purpose]}，${files.length} 个文件）`, packetId: id, sha256: print.sha256 });
      await this.audit.record({ actor, meta, action: 'evidence_packet.create', entityType: 'evidence_packet', entityId: id, after: { caseId: c.id, purpose, fileCount: files.length, sha256: print.sha256, sm3: print.sm3, manifestDocumentId: document.id } });
      return { id, caseId: c.id, purpose, fileCount: files.length, size: print.size, sha256: print.sha256, sm3: print.sm3, createdAt: now.toISOString() };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The packet's bytes, after checking scope through its case; the read is audited. */
  @Transactional()
  async download(actor: Actor, meta: RequestMeta, id: string): Promise<{ packet: EvidencePacketView; stream: Readable; fileName: string }> {
    const packet = await this.repo.packet(id);
    if (!packet) throw new ShieldError(ShieldErrorCode.PacketNotFound, '未找到该证据包');
    const c = await this.shield.shieldCase(actor, packet.caseId).catch(() => {
      throw new ShieldError(ShieldErrorCode.PacketNotFound, '未找到该证据包');
    });
    if (packet.purgedAt) throw new ShieldError(ShieldErrorCode.PacketPurged, '该证据包已按保存期限清除（指纹仍保留，可用于核对已移交的副本）');
    await this.audit.record({ actor, meta, action: 'evidence_packet.download', entityType: 'evidence_packet', entityId: id, after: { caseId: packet.caseId, sha256: packet.sha256 } });
    const { storageKey, purgedAt: _purged, ...view } = packet;
    return { packet: view, stream: this.storage.open(storageKey), fileName: `证据包-${c.reference}-${id.slice(0, 8)}.zip` };
  }
}

function manifestSpec(reference: string, purpose: PacketPurpose, files: (AttachmentRow & { path: string })[], custody: { at: string; action: string; actorRole: string | null; chainSeq: string | null; chainHash: string | null }[]) {
  return {
    title: '电子证据清单',
    issuer: '集聚区创作者服务台',
    subtitle: `案件编号 ${reference} · 提交${PACKET_PURPOSE_LABELS[purpose]}`,
    sections: [
      {
        heading: '一、证据文件',
        paragraphs: ['下列文件为创作者或工作人员上传的原件，上传时即计算 SHA-256 和 SM3 数字指纹，此后不可替换。'],
        table: { columns: ['序号', '文件', '上传时间', '上传人'], rows: files.map((f, i) => [String(i + 1), `${f.fileName}（${f.reference}，${f.size} 字节）`, shanghai(f.uploadedAt), f.uploadedBy]) },
      },
      { heading: '二、数字指纹', list: files.map((f, i) => `${i + 1}. SHA-256 ${f.sha256}；SM3 ${f.sm3}`) },
      {
        heading: '三、保管记录（审计日志）',
        paragraphs: ['审计日志以带密钥的 SM3 哈希链保存，下列事件在链中的序号和哈希值可由审计管理员核验（“待入链”的事件将在数秒内入链）。'],
        table: { columns: ['时间', '事件', '角色', '链序号', '哈希（前 16 位）'], rows: custody.map((e) => [shanghai(e.at), e.action, e.actorRole ?? '', e.chainSeq ?? '待入链', e.chainHash?.slice(0, 16) ?? '待入链']) },
      },
    ],
    closing: ['集聚区创作者服务台', shanghai(new Date()).slice(0, 10)],
    footer: `电子证据清单 · ${reference}`,
  };
}

/** Streams the files and the extra entries into a ZIP at `path`. */
function writeZip(path: string, files: { path: string; storageKey: string }[], open: (f: { storageKey: string }) => Readable, extra: [string, Buffer][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    const zip = archiver('zip', { zlib: { level: 6 } });
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.on('error', reject);
    zip.pipe(out);
    for (const f of files) zip.append(open(f), { name: f.path, date: new Date(0) });
    for (const [name, body] of extra) zip.append(body, { name });
    void zip.finalize();
  });
}

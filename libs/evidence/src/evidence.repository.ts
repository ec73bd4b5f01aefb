import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import { USER_DIRECTORY_VIEW } from '@app/users';

export interface AttachmentRow {
  id: string;
  case_id: string;
  file_name: string;
  mime_type: string;
  size_bytes: string;
  sha256: string;
  sm3: string;
  uploaded_at: Date;
  uploader_id: string;
  display_name: string;
  role: string;
}

export interface AttachmentFingerprint {
  id: string;
  fileName: string;
  sha256: string;
  sm3: string;
}

/** `attachments`: evidence rows, only ever added to (and their bytes' purge recorded). Callers check the case's scope. */
@Injectable()
export class EvidenceRepository {
  constructor(private readonly txHost: Tx) {}

  async insert(a: { id: string; caseId: string; fileName: string; mime: string; size: number; sha256: string; sm3: string; storageKey: string; uploadedBy: string; at: Date }): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO attachments (id, case_id, file_name, mime_type, size_bytes, sha256, sm3, storage_key, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [a.id, a.caseId, a.fileName, a.mime, a.size, a.sha256, a.sm3, a.storageKey, a.uploadedBy, a.at],
    );
  }

  async find(id: string): Promise<{ case_id: string; storage_key: string; purged_at: Date | null } | undefined> {
    const [row] = await this.txHost.tx.query(`SELECT case_id, storage_key, purged_at FROM attachments WHERE id = $1`, [id]);
    return row;
  }

  /** Attachments with their uploader (name and role from the users module's read-only directory view). */
  views(by: { id: string } | { caseId: string }): Promise<AttachmentRow[]> {
    const [where, param] = 'id' in by ? ['a.id = $1', by.id] : ['a.case_id = $1', by.caseId];
    return this.txHost.tx.query(
      `SELECT a.id, a.case_id, a.file_name, a.mime_type, a.size_bytes, a.sha256, a.sm3, a.uploaded_at, u.id AS uploader_id, u.display_name, u.role
       FROM attachments a JOIN ${USER_DIRECTORY_VIEW} u ON u.id = a.uploaded_by WHERE ${where} ORDER BY a.uploaded_at, a.id`,
      [param],
    );
  }

  /** Evidence files of the case among `ids`, with the fingerprints taken at upload. */
  fingerprintsOf(caseId: string, ids: readonly string[]): Promise<AttachmentFingerprint[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.txHost.tx.query(`SELECT id, file_name AS "fileName", sha256, sm3 FROM attachments WHERE case_id = $1 AND id = ANY($2::uuid[]) ORDER BY uploaded_at, id`, [caseId, ids]);
  }

  /** Retention: the case's files whose bytes are still stored. */
  async unpurgedFiles(caseId: string): Promise<{ id: string; storageKey: string }[]> {
    const rows: { id: string; storage_key: string }[] = await this.txHost.tx.query(`SELECT id, storage_key FROM attachments WHERE case_id = $1 AND purged_at IS NULL`, [caseId]);
    return rows.map((r) => ({ id: r.id, storageKey: r.storage_key }));
  }

  async markPurged(caseId: string, at: Date): Promise<void> {
    await this.txHost.tx.query(`UPDATE attachments SET purged_at = $2 WHERE case_id = $1 AND purged_at IS NULL`, [caseId, at]);
  }
}

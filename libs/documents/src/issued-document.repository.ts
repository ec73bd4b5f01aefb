import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import { DocumentSpec } from './document-spec';

export interface IssuedDocumentRow {
  id: string;
  verificationCode: string;
  kind: string;
  title: string;
  subjectType: string;
  subjectId: string;
  zoneId: string | null;
  caseId: string | null;
  attests: [string, string][];
  spec: DocumentSpec;
  issuedBy: string | null;
  issuedAt: Date;
}

export type NewIssuedDocument = Omit<IssuedDocumentRow, 'id' | 'issuedAt'> & { issuedAt: Date };

const COLUMNS = `id, verification_code AS "verificationCode", kind, title, subject_type AS "subjectType", subject_id AS "subjectId",
  zone_id AS "zoneId", case_id AS "caseId", attests, spec, issued_by AS "issuedBy", issued_at AS "issuedAt"`;

/** Issued documents, read and written in the current transaction (or through the pool). */
@Injectable()
export class IssuedDocumentRepository {
  constructor(private readonly txHost: Tx) {}

  async insert(doc: NewIssuedDocument): Promise<IssuedDocumentRow> {
    const [row] = await this.txHost.tx.query(
      `INSERT INTO issued_documents (verification_code, kind, title, subject_type, subject_id, zone_id, case_id, attests, spec, issued_by, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
      [doc.verificationCode, doc.kind, doc.title, doc.subjectType, doc.subjectId, doc.zoneId, doc.caseId, JSON.stringify(doc.attests), JSON.stringify(doc.spec), doc.issuedBy, doc.issuedAt],
    );
    return row;
  }

  async byCode(code: string): Promise<IssuedDocumentRow | undefined> {
    const [row] = await this.txHost.tx.query(`SELECT ${COLUMNS} FROM issued_documents WHERE verification_code = $1`, [code]);
    return row;
  }

  async byId(id: string): Promise<IssuedDocumentRow | undefined> {
    const [row] = await this.txHost.tx.query(`SELECT ${COLUMNS} FROM issued_documents WHERE id = $1`, [id]);
    return row;
  }

  /** Documents about one subject (a case, an appointment …), oldest first. */
  async forSubject(subjectType: string, subjectId: string): Promise<IssuedDocumentRow[]> {
    return this.txHost.tx.query(`SELECT ${COLUMNS} FROM issued_documents WHERE subject_type = $1 AND subject_id = $2 ORDER BY issued_at, id`, [subjectType, subjectId]);
  }

  /** Documents issued for a case, whatever their subject, oldest first. */
  async forCase(caseId: string): Promise<IssuedDocumentRow[]> {
    return this.txHost.tx.query(`SELECT ${COLUMNS} FROM issued_documents WHERE case_id = $1 ORDER BY issued_at, id`, [caseId]);
  }

  /** Rewrites a document's content (retention removes the names of people from it); the code and the facts' order stay. */
  async updateContent(id: string, attests: [string, string][], spec: DocumentSpec): Promise<void> {
    await this.txHost.tx.query(`UPDATE issued_documents SET attests = $2, spec = $3 WHERE id = $1`, [id, JSON.stringify(attests), JSON.stringify(spec)]);
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, SYSTEM_ACTOR_ID } from '@app/common';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { Transactional } from '@app/database';
import { withoutNames } from './document-names';
import { DocumentSpec } from './document-spec';
import { DocumentError, DocumentErrorCode } from './documents.errors';
import { IssuedDocumentRepository, IssuedDocumentRow } from './issued-document.repository';
import { renderPdf } from './pdf-renderer';
import { qrDataUrl } from './qr-code';
import { newVerificationCode, normaliseVerificationCode } from './verification-code';

/** What a document is about, as the public verification page may tell it: never personal data. */
export interface SubjectState {
  reference: string;
  status: string;
  statusLabel: string;
}

/** Looks up the current state of a document's subject (a case, an appointment …). */
export type SubjectResolver = (subjectId: string) => Promise<SubjectState | null>;

export interface IssueDocument {
  kind: string;
  subjectType: string;
  subjectId: string;
  zoneId?: string | null;
  caseId?: string | null;
  /** Public facts shown by the verification page (label, value): reference, programme, dates. */
  attests: [string, string][];
  /** The content; its `verification` block is filled in here. */
  spec: Omit<DocumentSpec, 'verification' | 'issuedAt'>;
  actor: Actor | typeof SYSTEM_ACTOR_ID;
  at?: Date;
}

export interface IssuedDocumentView {
  id: string;
  kind: string;
  title: string;
  verificationCode: string;
  verificationUrl: string;
  issuedAt: Date;
}

export interface VerificationAnswer {
  code: string;
  genuine: boolean;
  document?: { kind: string; title: string; issuer: string | null; issuedAt: Date; facts: [string, string][] };
  subject?: SubjectState & { type: string };
}

/**
 * Issues documents with a public verification code and answers whether a code is genuine.
 * Issuing writes the record (and its audit event) in the caller's transaction; the PDF is drawn
 * on demand from the stored content, so every copy is the same.
 */
@Injectable()
export class DocumentRegistry {
  private readonly subjects = new Map<string, SubjectResolver>();

  constructor(
    private readonly documents: IssuedDocumentRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Lets a module tell the verification page the live state of its subjects. */
  registerSubject(type: string, resolver: SubjectResolver): void {
    this.subjects.set(type, resolver);
  }

  verificationUrl(code: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/verify/${code}`;
  }

  /** Issues a document in the caller's transaction (a case listener's, say), or in one of its own. */
  @Transactional()
  async issue(input: IssueDocument): Promise<IssuedDocumentView> {
    const at = input.at ?? new Date();
    const code = newVerificationCode();
    const spec: DocumentSpec = {
      ...input.spec,
      issuedAt: at.toISOString(),
      verification: { code, url: this.verificationUrl(code), note: `扫描二维码或访问 ${this.verificationUrl(code)} 核验本文书真伪；核验结果只显示文书编号和办理状态，不含个人信息。` },
    };
    const row = await this.documents.insert({
      verificationCode: code,
      kind: input.kind,
      title: spec.title,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      zoneId: input.zoneId ?? null,
      caseId: input.caseId ?? null,
      attests: input.attests,
      spec,
      issuedBy: input.actor === SYSTEM_ACTOR_ID ? null : input.actor.userId,
      issuedAt: at,
    });
    await this.audit.record({
      actor: input.actor,
      action: 'document.issue',
      entityType: 'document',
      entityId: row.id,
      after: { kind: row.kind, subjectType: row.subjectType, subjectId: row.subjectId, caseId: row.caseId },
      at,
    });
    return this.view(row);
  }

  async get(id: string): Promise<IssuedDocumentRow> {
    const row = await this.documents.byId(id);
    if (!row) throw new DocumentError(DocumentErrorCode.NotFound, `未找到文书（${id}）`);
    return row;
  }

  listForCase(caseId: string): Promise<IssuedDocumentView[]> {
    return this.documents.forCase(caseId).then((rows) => rows.map((r) => this.view(r)));
  }

  listForSubject(subjectType: string, subjectId: string): Promise<IssuedDocumentView[]> {
    return this.documents.forSubject(subjectType, subjectId).then((rows) => rows.map((r) => this.view(r)));
  }

  /** The PDF of an issued document, drawn from its stored content. */
  pdf(row: IssuedDocumentRow): Promise<Buffer> {
    return renderPdf(row.spec);
  }

  /** The QR code of a document's verification URL, as a data URL for the web app. */
  qr(code: string): Promise<string> {
    return qrDataUrl(this.verificationUrl(code));
  }

  /** Whether a code belongs to a document this desk issued, and the state of its subject now. */
  async verify(input: string): Promise<VerificationAnswer> {
    const code = normaliseVerificationCode(input);
    if (!code) {
      throw new DocumentError(DocumentErrorCode.BadCode, '核验码格式不正确：应为 16 位字母数字，如 7KQ2-M9XD-4HRT-PW3C', {
        errors: [{ field: 'code', message: '核验码应为 16 位字母数字（可含连字符），如 7KQ2-M9XD-4HRT-PW3C' }],
      });
    }
    const row = await this.documents.byCode(code);
    if (!row) return { code, genuine: false };
    const resolver = this.subjects.get(row.subjectType);
    const state = resolver ? await resolver(row.subjectId) : null;
    return {
      code,
      genuine: true,
      document: { kind: row.kind, title: row.title, issuer: row.spec.issuer ?? null, issuedAt: row.issuedAt, facts: row.attests },
      subject: state ? { type: row.subjectType, ...state } : undefined,
    };
  }

  /**
   * Removes the people's names from every document issued for the case (retention: the case's
   * personal data is purged); a copy drawn afterwards shows PURGED_NAME in their place.
   * Returns how many documents changed.
   */
  async forgetNames(caseId: string, names: readonly string[]): Promise<number> {
    let changed = 0;
    for (const row of await this.documents.forCase(caseId)) {
      const attests = withoutNames(row.attests, names);
      const spec = withoutNames(row.spec, names);
      if (JSON.stringify(attests) === JSON.stringify(row.attests) && JSON.stringify(spec) === JSON.stringify(row.spec)) continue;
      await this.documents.updateContent(row.id, attests, spec);
      changed++;
    }
    return changed;
  }

  view(row: IssuedDocumentRow): IssuedDocumentView {
    return { id: row.id, kind: row.kind, title: row.title, verificationCode: row.verificationCode, verificationUrl: this.verificationUrl(row.verificationCode), issuedAt: row.issuedAt };
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseRepository } from '@app/cases';
import { RECEIPT_KIND_LABELS, ReceiptKind } from '@app/contracts';
import { Transactional } from '@app/database';
import { DocumentRegistry, IssuedDocumentView } from '@app/documents';
import { issuerOf, receiptKind } from './case-receipts.listener';
import { appointmentReceipt, AppointmentReceiptFacts } from './receipt-specs';
import { ReceiptError, ReceiptErrorCode } from './receipts.errors';

/** Who may read a receipt about a subject that is not a case (an appointment …). */
export type ReceiptAccessRule = (actor: Actor, subjectId: string) => Promise<boolean>;

/** Receipts as creators and the desk see them: listed on the case page, downloaded as PDF. */
@Injectable()
export class ReceiptsService {
  private readonly access = new Map<string, ReceiptAccessRule>();

  constructor(
    private readonly registry: DocumentRegistry,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
  ) {}

  addAccessRule(subjectType: string, rule: ReceiptAccessRule): void {
    this.access.set(subjectType, rule);
  }

  /** The appointment confirmation (预约确认单), in the booking's transaction. */
  issueAppointment(actor: Actor, appointmentId: string, zoneId: string, facts: AppointmentReceiptFacts): Promise<IssuedDocumentView> {
    const content = appointmentReceipt(facts, issuerOf(facts.zoneName));
    return this.registry.issue({ kind: receiptKind('appointment'), subjectType: 'appointment', subjectId: appointmentId, zoneId, attests: content.attests, spec: content.spec, actor, at: facts.at });
  }

  async forCase(actor: Actor, caseId: string): Promise<(IssuedDocumentView & { kindLabel: string })[]> {
    await this.cases.get(actor, caseId);
    return (await this.registry.listForCase(caseId)).map(withLabel);
  }

  async forSubject(actor: Actor, subjectType: string, subjectId: string): Promise<(IssuedDocumentView & { kindLabel: string })[]> {
    const rule = this.access.get(subjectType);
    if (!rule || !(await rule(actor, subjectId))) throw new ReceiptError(ReceiptErrorCode.NotFound, '未找到回执');
    return (await this.registry.listForSubject(subjectType, subjectId)).map(withLabel);
  }

  /** The PDF, when the actor may see the case (or subject) it is about; the download is audited. */
  async pdf(actor: Actor, meta: RequestMeta, id: string): Promise<{ fileName: string; pdf: Buffer }> {
    const row = await this.registry.get(id).catch(() => undefined);
    const allowed = row
      ? row.caseId
        ? await this.cases.get(actor, row.caseId).then(() => true, () => false)
        : await (this.access.get(row.subjectType)?.(actor, row.subjectId) ?? Promise.resolve(false))
      : false;
    if (!row || !allowed) throw new ReceiptError(ReceiptErrorCode.NotFound, `未找到回执（${id}）`);
    // Drawn outside any transaction: it takes a few hundred milliseconds.
    const pdf = await this.registry.pdf(row);
    await this.recordDownload(actor, meta, row.id, row.kind, row.caseId);
    const reference = row.attests.find(([label]) => /编号|预约号/.test(label))?.[1] ?? row.id;
    return { fileName: `${row.title}-${reference}.pdf`, pdf };
  }

  @Transactional()
  private async recordDownload(actor: Actor, meta: RequestMeta, id: string, kind: string, caseId: string | null): Promise<void> {
    await this.audit.record({ actor, meta, action: 'document.download', entityType: 'document', entityId: id, after: { kind, caseId } });
  }
}

function withLabel(view: IssuedDocumentView): IssuedDocumentView & { kindLabel: string } {
  const kind = view.kind.replace(/^receipt\./, '') as ReceiptKind;
  return { ...view, kindLabel: RECEIPT_KIND_LABELS[kind] ?? view.title };
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { CASE_STATUS_LABELS, CaseAction, CaseFiled, CasePublicStateRepository, CaseTransitioned, CHANNEL_LABELS, OnCaseEvent } from '@app/cases';
import { ReceiptKind } from '@app/contracts';
import { DocumentRegistry } from '@app/documents';
import { findProgramme } from '@app/programmes';
import { SlaClocksService, SlaClockView } from '@app/sla';
import { UserDirectory } from '@app/users';
import { ZonesService } from '@app/zones';
import { caseReceipt, CaseReceiptFacts } from './receipt-specs';

type CaseReceiptKind = CaseReceiptFacts['kind'];

/** Which decision issues which receipt (DESIGN.md, "Documents"). */
const RECEIPT_FOR: Partial<Record<CaseAction, CaseReceiptKind>> = {
  submit: 'registration',
  accept: 'acceptance',
  reject: 'rejection',
  request_materials: 'materials',
  resolve: 'resolution',
};

const CLOCK_STATE_LABELS: Record<string, string> = { running: '计时中', paused: '已暂停', met: '已完成', breached: '已超时', cancelled: '已取消' };

/**
 * Issues the case's 回执 / 告知书 in the transaction of the decision itself, so a receipt exists
 * exactly when the decision does, with the deadlines the SLA module has just computed (it runs
 * `after` the `sla-clocks` listener, whatever order the modules are imported in).
 */
@Injectable()
export class CaseReceiptsListener implements OnModuleInit {
  constructor(
    private readonly registry: DocumentRegistry,
    private readonly clocks: SlaClocksService,
    private readonly zones: ZonesService,
    private readonly people: UserDirectory,
    private readonly caseStates: CasePublicStateRepository,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject('case', async (id) => {
      const state = await this.caseStates.publicState(id);
      return state && { reference: state.reference, status: state.status, statusLabel: CASE_STATUS_LABELS[state.status as keyof typeof CASE_STATUS_LABELS] ?? state.status };
    });
  }

  @OnCaseEvent({ listener: 'receipts', events: ['case.filed'], after: ['sla-clocks'] })
  async onFiled(event: CaseFiled): Promise<void> {
    if (event.to === 'submitted') await this.issue(event, 'registration', {});
  }

  @OnCaseEvent({ listener: 'receipts', events: ['case.transitioned'], after: ['sla-clocks'] })
  async onTransitioned(event: CaseTransitioned): Promise<void> {
    const kind = RECEIPT_FOR[event.action];
    if (kind) await this.issue(event, kind, event.details);
  }

  private async issue(change: CaseFiled | CaseTransitioned, kind: CaseReceiptKind, details: Record<string, unknown>): Promise<void> {
    const c = change.case;
    const programme = findProgramme(c.programme);
    const zone = await this.zones.zone(c.zoneId);
    const extras = (await this.clocks.describe([c.id], change.at)).get(c.id) ?? {};
    const clocks = ((extras.slaClocks as SlaClockView[] | undefined) ?? []).map((v) => ({ label: v.label, dueAt: v.dueAt, state: CLOCK_STATE_LABELS[v.state] ?? v.state }));
    const facts: CaseReceiptFacts = {
      kind,
      reference: c.reference,
      programmeName: programme ? `${programme.name}（${programme.subtitle}）` : c.programme,
      categoryLabel: programme?.categories.find((x) => x.id === c.category)?.label ?? c.category,
      zoneName: zone?.name ?? c.zoneId,
      channelLabel: CHANNEL_LABELS[c.channel as keyof typeof CHANNEL_LABELS] ?? c.channel,
      creatorName: ('creatorName' in change ? change.creatorName : await this.people.displayName(c.creatorId)) ?? '创作者',
      statusLabel: CASE_STATUS_LABELS[c.status as keyof typeof CASE_STATUS_LABELS] ?? c.status,
      submittedAt: c.submittedAt,
      acceptedAt: c.acceptedAt,
      resolvedAt: c.resolvedAt,
      at: change.at,
      clocks,
      assignee: (await this.people.displayName(c.assigneeId)) ?? null,
      reason: c.rejectionReason,
      items: c.materialsRequest?.items ?? (details.missingItems as string[] | undefined),
      note: c.materialsRequest?.note ?? null,
      outcomeLabel: programme?.outcomes.find((o) => o.id === c.outcome)?.label ?? c.outcome,
      summary: c.resolutionSummary,
    };
    const content = caseReceipt(facts, issuerOf(zone?.name ?? c.zoneId));
    await this.registry.issue({ kind: receiptKind(kind), subjectType: 'case', subjectId: c.id, caseId: c.id, zoneId: c.zoneId, attests: content.attests, spec: content.spec, actor: change.actor, at: change.at });
  }
}

export const receiptKind = (kind: ReceiptKind) => `receipt.${kind}`;
export const issuerOf = (zoneName: string) => `${zoneName}创作者服务台`;

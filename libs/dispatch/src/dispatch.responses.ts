import { Field } from '@app/common';
import { RETURN_VISIT_METHODS, RETURN_VISIT_OUTCOMES, SUPERVISION_STATUSES, TRANSFER_STATUSES } from '@app/contracts';
import type { ReturnVisitMethod, ReturnVisitOutcome, SupervisionStatus, TransferStatus } from '@app/contracts';
import type { OrderView, ReturnVisitView, TransferView } from './dispatch-views';

export class TransferResponse implements TransferView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-SHD-2026-000123' }) caseReference: string;
  @Field.text() caseTitle: string;
  @Field.text({ example: 'shield' }) programme: string;
  @Field.text({ example: 'huangpu' }) fromZoneId: string;
  @Field.text({ example: 'yangpu' }) toZoneId: string;
  @Field.text({ example: '创作者经营地在杨浦区' }) reason: string;
  @Field.oneOf(TRANSFER_STATUSES) status: TransferStatus;
  @Field.text({ example: '待接收' }) statusLabel: string;
  @Field.text({ format: 'uuid' }) requestedBy: string;
  @Field.instant() requestedAt: Date;
  @Field.instantOrNull({ description: '接收或退回的期限（1 个工作日）' }) respondBy: Date | null;
  @Field.textOrNull({ format: 'uuid' }) decidedBy: string | null;
  @Field.instantOrNull() decidedAt: Date | null;
  @Field.textOrNull() returnReason: string | null;
}

export class SupervisionOrderResponse implements OrderView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-SHD-2026-000123' }) caseReference: string;
  @Field.text() caseTitle: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ format: 'uuid' }) issuedBy: string;
  @Field.oneOf(['supervisor', 'cac_officer']) issuerRole: 'supervisor' | 'cac_officer';
  @Field.textOrNull({ example: 'cac_huangpu' }) issuerAuthorityId: string | null;
  @Field.text({ example: '请于期限前联系创作者并书面说明平台处置进展' }) requirement: string;
  @Field.instant() issuedAt: Date;
  @Field.instant() deadline: Date;
  @Field.instant({ description: '催办时间' }) remindAt: Date;
  @Field.instantOrNull() remindedAt: Date | null;
  @Field.instantOrNull() escalatedAt: Date | null;
  @Field.textOrNull({ description: '提级对象：city_supervisors（市级主管）或网信办编号', example: 'city_supervisors' }) escalatedTo: string | null;
  @Field.textOrNull() answer: string | null;
  @Field.textOrNull({ format: 'uuid' }) answeredBy: string | null;
  @Field.instantOrNull() answeredAt: Date | null;
  @Field.oneOf(SUPERVISION_STATUSES) status: SupervisionStatus;
  @Field.text({ example: '待答复' }) statusLabel: string;
  @Field.flag() overdue: boolean;
}

export class ReturnVisitResponse implements ReturnVisitView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-SHD-2026-000123' }) caseReference: string;
  @Field.text() caseTitle: string;
  @Field.text({ example: 'resolved' }) caseStatus: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: 'shield' }) programme: string;
  @Field.textOrNull({ format: 'uuid' }) assigneeId: string | null;
  @Field.instant() resolvedAt: Date;
  @Field.oneOf(['shield', 'sample']) selection: 'shield' | 'sample';
  @Field.text({ example: '盾牌行动（全部回访）' }) selectionLabel: string;
  @Field.instant() dueAt: Date;
  @Field.flag() overdue: boolean;
  @Field.textOrNull({ enum: [...RETURN_VISIT_OUTCOMES] }) outcome: ReturnVisitOutcome | null;
  @Field.textOrNull() outcomeLabel: string | null;
  @Field.textOrNull({ enum: [...RETURN_VISIT_METHODS] }) method: ReturnVisitMethod | null;
  @Field.textOrNull() methodLabel: string | null;
  @Field.textOrNull() note: string | null;
  @Field.textOrNull({ format: 'uuid' }) visitedBy: string | null;
  @Field.instantOrNull() visitedAt: Date | null;
  @Field.flag({ description: '回访未解决，案件已重新办理' }) reopened: boolean;
}

/** Everything dispatch knows of one case, for the case page. */
export class CaseDispatchResponse {
  @Field.nestedList(() => TransferResponse) transfers: TransferResponse[];
  @Field.nestedList(() => SupervisionOrderResponse) orders: SupervisionOrderResponse[];
  @Field.nestedList(() => ReturnVisitResponse) returnVisits: ReturnVisitResponse[];
}

import { VISIT_STATUSES, type VisitStatus, type VisitView } from '@app/contracts';
import { Field } from '@app/common';

/** What the visit routes answer, as the OpenAPI document (and the web's generated types) shows it. */
class VisitExpertResponse {
  @Field.textOrNull({ format: 'uuid', description: '专家在本系统的账号（若有）' }) userId: string | null;
  @Field.text({ example: '陈律师' }) name: string;
  @Field.textOrNull() organisation: string | null;
}

class VisitEvidenceResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() fileName: string;
  @Field.text() sha256: string;
  @Field.text() sm3: string;
}

class VisitRecordResponse {
  @Field.text() whatWasDone: string;
  @Field.text() advice: string;
  @Field.text() outcome: string;
  @Field.instant() recordedAt: string;
  @Field.nestedList(() => VisitEvidenceResponse, { description: '材料（附 SHA-256 与 SM3 指纹）' }) evidence: VisitEvidenceResponse[];
}

export class VisitResponse implements VisitView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-SHD-2026-000123' }) caseReference: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: 'creator' }) requestedByRole: string;
  @Field.text() requestNote: string;
  @Field.textOrNull({ example: '工作日下午' }) preferredTime: string | null;
  @Field.oneOf(VISIT_STATUSES) status: VisitStatus;
  @Field.text({ example: '待创作者确认' }) statusLabel: string;
  @Field.nestedOrNull(() => VisitExpertResponse) expert: VisitExpertResponse | null;
  @Field.instantOrNull() scheduledAt: string | null;
  @Field.textOrNull() address: string | null;
  @Field.textOrNull() creatorNote: string | null;
  @Field.nestedOrNull(() => VisitRecordResponse) record: VisitRecordResponse | null;
  @Field.int() version: number;
}

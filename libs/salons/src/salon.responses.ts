import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGISTRATION_STATUSES, type RegistrationStatus, type RegistrationView, type SalonEventView, type SalonExpert, type SalonFigures } from '@app/contracts';
import { Field } from '@app/common';

/**
 * What the salon routes answer, as the OpenAPI document (and the web's generated types) shows
 * it. Each class implements the contract view the service returns.
 */
class SalonExpertResponse implements SalonExpert {
  @Field.text({ example: '王律师' }) name: string;
  @ApiPropertyOptional({ type: String }) title?: string;
  @ApiPropertyOptional({ type: String, example: '上海某律师事务所' }) organisation?: string;
}

class MyRegistrationResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.oneOf(REGISTRATION_STATUSES) status: RegistrationStatus;
  @Field.text({ example: '204816' }) checkInCode: string;
  @ApiPropertyOptional({ type: String, description: '签到码二维码（data: URL）' }) checkInQr?: string;
  @Field.intOrNull({ description: '候补位置（1 为下一位）' }) waitlistPosition: number | null;
  @Field.instantOrNull() checkedInAt: string | null;
  @Field.intOrNull() rating: number | null;
}

export class SalonEventResponse implements SalonEventView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: '大V沙龙：短视频创作者如何应对网络暴力' }) title: string;
  @Field.text({ example: 'shield' }) topicProgramme: string;
  @Field.text() description: string;
  @Field.instant() startsAt: string;
  @Field.instant() endsAt: string;
  @Field.textOrNull() venue: string | null;
  @Field.textOrNull() onlineUrl: string | null;
  @Field.int() capacity: number;
  @Field.nestedList(() => SalonExpertResponse) experts: SalonExpertResponse[];
  @Field.oneOf(['published', 'cancelled']) status: 'published' | 'cancelled';
  @Field.int() registered: number;
  @Field.int() waitlisted: number;
  @ApiPropertyOptional({ type: () => MyRegistrationResponse, nullable: true, description: '本人的报名（仅创作者；未报名为 null）' }) mine?: MyRegistrationResponse | null;
}

class RegistrantResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() displayName: string;
  @Field.textOrNull({ description: '掩码后的手机号' }) phone: string | null;
}

export class RegistrationResponse implements RegistrationView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ format: 'uuid' }) eventId: string;
  @Field.nested(() => RegistrantResponse) creator: RegistrantResponse;
  @Field.oneOf(REGISTRATION_STATUSES) status: RegistrationStatus;
  @Field.text({ example: '已报名' }) statusLabel: string;
  @Field.text() checkInCode: string;
  @Field.instant() registeredAt: string;
  @Field.intOrNull() waitlistPosition: number | null;
  @Field.instantOrNull({ description: '由候补递补为正式报名的时间' }) promotedAt: string | null;
  @Field.instantOrNull() checkedInAt: string | null;
  @Field.intOrNull() rating: number | null;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: '在活动上提出并登记的案件' }) caseIds: string[];
}

export class SalonCaseResponse {
  @Field.text({ format: 'uuid' }) caseId: string;
  @Field.text({ example: 'HP-SHD-2026-000321' }) reference: string;
}

class SalonEventFiguresResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() title: string;
  @Field.text() zoneId: string;
  @Field.instant() startsAt: string;
  @Field.int() registered: number;
  @Field.int() attended: number;
  @Field.int() waitlisted: number;
  @Field.int() promotions: number;
  @Field.int() cases: number;
  @Field.numberOrNull() averageRating: number | null;
}

export class SalonFiguresResponse implements SalonFigures {
  @Field.int() events: number;
  @Field.int() registrations: number;
  @Field.int() attended: number;
  @Field.numberOrNull({ description: '到场率（0–1）' }) attendanceRate: number | null;
  @Field.int() waitlistPromotions: number;
  @Field.int() casesRaised: number;
  @Field.int() ratings: number;
  @Field.numberOrNull({ description: '满意度（0–1）' }) satisfaction: number | null;
  @Field.numberOrNull() averageRating: number | null;
  @Field.nestedList(() => SalonEventFiguresResponse) byEvent: SalonEventFiguresResponse[];
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { APPOINTMENT_STATUSES, SLOT_STATUSES, type AppointmentFigures, type AppointmentStatus, type AppointmentView, type OpeningPeriod, type ServicePointView, type SlotStatus, type SlotView } from '@app/contracts';
import { Field } from '@app/common';

/**
 * What the appointment routes answer, as the OpenAPI document (and the web's generated types)
 * shows it. Each class implements the contract view the services return.
 */
class OpeningPeriodResponse implements OpeningPeriod {
  @Field.text({ example: '09:00' }) start: string;
  @Field.text({ example: '12:00' }) end: string;
}

export class ServicePointResponse implements ServicePointView {
  @Field.text({ example: 'huangpu' }) id: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: '黄浦区集聚区' }) zoneName: string;
  @Field.text({ example: '黄浦区集聚区一站式服务点' }) name: string;
  @Field.text() address: string;
  @Field.textOrNull({ example: '021-63210000' }) phone: string | null;
  @Field.nestedList(() => OpeningPeriodResponse, { description: '工作日开放时间' }) openingHours: OpeningPeriodResponse[];
  @Field.texts() offers: string[];
  @Field.texts({ example: ['shield', 'compliance'] }) programmes: string[];
  @Field.int({ description: '开始前多少分钟截止预约' }) bookingCutoffMinutes: number;
  @Field.texts({ example: ['2026-03-09', '2026-03-10'], description: '近期开放日（YYYY-MM-DD，含调休上班日）' }) openDays: string[];
}

export class SlotResponse implements SlotView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.text({ example: 'huangpu' }) servicePointId: string;
  @Field.instant() startsAt: string;
  @Field.instant() endsAt: string;
  @Field.int() capacity: number;
  @Field.int() booked: number;
  @Field.int() remaining: number;
  @Field.texts({ example: ['shield', 'compliance'] }) programmes: string[];
  @Field.oneOf(SLOT_STATUSES) status: SlotStatus;
  @Field.textOrNull() closedReason: string | null;
  @Field.flag({ description: '此刻能否预约' }) bookable: boolean;
}

class SkippedSlotResponse {
  @Field.text({ example: '2026-04-06' }) day: string;
  @Field.text({ example: '09:00–09:30' }) time: string;
  @Field.text({ example: '清明节放假' }) reason: string;
}

export class SlotPatternResponse {
  @Field.text({ format: 'uuid' }) patternId: string;
  @Field.int({ description: '新开放的时段数' }) created: number;
  @Field.int({ description: '已存在而未重复开放的时段数' }) existing: number;
  @Field.nestedList(() => SkippedSlotResponse) skipped: SkippedSlotResponse[];
}

class ServicePointRefResponse {
  @Field.text() name: string;
  @Field.text() address: string;
}

class AppointmentCreatorResponse {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text() displayName: string;
  @Field.textOrNull({ description: '掩码后的手机号' }) phone: string | null;
  @Field.int({ description: '累计未到场次数' }) noShows: number;
}

export class AppointmentResponse implements AppointmentView {
  @Field.text({ format: 'uuid' }) id: string;
  @Field.text({ example: 'HP-YY-2026-000012' }) reference: string;
  @Field.text({ format: 'uuid' }) slotId: string;
  @Field.text({ example: 'huangpu' }) zoneId: string;
  @Field.nested(() => ServicePointRefResponse) servicePoint: ServicePointRefResponse;
  @Field.instant() startsAt: string;
  @Field.instant() endsAt: string;
  @Field.text({ example: 'shield' }) programme: string;
  @Field.textOrNull() topic: string | null;
  @Field.oneOf(APPOINTMENT_STATUSES) status: AppointmentStatus;
  @Field.text({ example: '已预约' }) statusLabel: string;
  @Field.text({ example: '482913' }) checkInCode: string;
  @ApiPropertyOptional({ type: String, description: '签到码二维码（data: URL，仅创作者本人）' }) checkInQr?: string;
  @Field.instant() bookedAt: string;
  @Field.instantOrNull() cancelledAt: string | null;
  @Field.textOrNull() cancelReason: string | null;
  @Field.instantOrNull() checkedInAt: string | null;
  @Field.textOrNull({ format: 'uuid', description: '签到时登记或关联的案件' }) caseId: string | null;
  @Field.instant() cancellableUntil: string;
  @ApiPropertyOptional({ type: () => AppointmentCreatorResponse, description: '仅工作人员' }) creator?: AppointmentCreatorResponse;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: '预约确认单（仅创作者本人）' }) receiptId?: string | null;
}

export class AppointmentFiguresResponse implements AppointmentFigures {
  @Field.int() slots: number;
  @Field.int() capacity: number;
  @Field.int() booked: number;
  @Field.int() checkedIn: number;
  @Field.int() noShows: number;
  @Field.int() cancelled: number;
}

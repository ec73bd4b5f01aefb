import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from './ratings';
/**
 * The offline service (线下): service points, appointments, 大V沙龙 events, on-site visits and
 * the receipts (回执 / 告知书) the desk issues. Vocabularies with their Chinese labels and the
 * JSON shapes of the api's answers.
 */

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'checked_in', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const APPOINTMENT_STATUS_LABELS: Readonly<Record<AppointmentStatus, string>> = {
  booked: '已预约',
  cancelled: '已取消',
  checked_in: '已签到',
  no_show: '未到场',
};

export const SLOT_STATUSES = ['open', 'closed'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];
export const SLOT_STATUS_LABELS: Readonly<Record<SlotStatus, string>> = { open: '开放预约', closed: '已关闭' };

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const REGISTRATION_STATUS_LABELS: Readonly<Record<RegistrationStatus, string>> = {
  registered: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消',
};

export const VISIT_STATUSES = ['requested', 'scheduled', 'confirmed', 'reschedule_requested', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_LABELS: Readonly<Record<VisitStatus, string>> = {
  requested: '待安排',
  scheduled: '待创作者确认',
  confirmed: '已确认',
  reschedule_requested: '创作者申请改期',
  done: '已上门',
  cancelled: '已取消',
};

/** Event satisfaction: the one 好差评 scale (./ratings), 5 is the best. */
export const EVENT_RATING_LEVELS = RATING_LEVELS;
export type EventRatingLevel = RatingLevel;
export const EVENT_RATING_LABELS: Readonly<Record<EventRatingLevel, string>> = RATING_LABELS;

export const RECEIPT_KINDS = ['registration', 'acceptance', 'rejection', 'materials', 'resolution', 'appointment'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];
export const RECEIPT_KIND_LABELS: Readonly<Record<ReceiptKind, string>> = {
  registration: '登记回执',
  acceptance: '受理回执',
  rejection: '不予受理告知书',
  materials: '补正告知书',
  resolution: '办结告知书',
  appointment: '预约确认单',
};

export interface OpeningPeriod {
  start: string;
  end: string;
}

export interface ServicePointView {
  id: string;
  zoneId: string;
  zoneName: string;
  name: string;
  address: string;
  phone: string | null;
  openingHours: OpeningPeriod[];
  offers: string[];
  programmes: string[];
  bookingCutoffMinutes: number;
  /** The next working days (调休 included) with their opening hours. */
  openDays: string[];
}

export interface SlotView {
  id: string;
  zoneId: string;
  servicePointId: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  booked: number;
  remaining: number;
  programmes: string[];
  status: SlotStatus;
  closedReason: string | null;
  /** Whether a creator can still book (open, seats left, before the cut-off). */
  bookable: boolean;
}

export interface AppointmentView {
  id: string;
  reference: string;
  slotId: string;
  zoneId: string;
  servicePoint: { name: string; address: string };
  startsAt: string;
  endsAt: string;
  programme: string;
  topic: string | null;
  status: AppointmentStatus;
  statusLabel: string;
  checkInCode: string;
  /** data:image/png QR code of the check-in code (for the creator's phone). */
  checkInQr?: string;
  bookedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  checkedInAt: string | null;
  caseId: string | null;
  cancellableUntil: string;
  creator?: { id: string; displayName: string; phone: string | null; noShows: number };
  receiptId?: string | null;
}

export interface SalonExpert {
  name: string;
  title?: string;
  organisation?: string;
}

export interface SalonEventView {
  id: string;
  zoneId: string;
  title: string;
  topicProgramme: string;
  description: string;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number;
  experts: SalonExpert[];
  status: 'published' | 'cancelled';
  registered: number;
  waitlisted: number;
  /** The caller's own registration (creators). */
  mine?: { id: string; status: RegistrationStatus; checkInCode: string; checkInQr?: string; waitlistPosition: number | null; checkedInAt: string | null; rating: number | null } | null;
}

export interface RegistrationView {
  id: string;
  eventId: string;
  creator: { id: string; displayName: string; phone: string | null };
  status: RegistrationStatus;
  statusLabel: string;
  checkInCode: string;
  registeredAt: string;
  waitlistPosition: number | null;
  promotedAt: string | null;
  checkedInAt: string | null;
  rating: number | null;
  caseIds: string[];
}

export interface VisitView {
  id: string;
  caseId: string;
  caseReference: string;
  zoneId: string;
  requestedByRole: string;
  requestNote: string;
  preferredTime: string | null;
  status: VisitStatus;
  statusLabel: string;
  expert: { userId: string | null; name: string; organisation: string | null } | null;
  scheduledAt: string | null;
  address: string | null;
  creatorNote: string | null;
  record: { whatWasDone: string; advice: string; outcome: string; recordedAt: string; evidence: { id: string; fileName: string; sha256: string; sm3: string }[] } | null;
  version: number;
}

export interface ReceiptView {
  id: string;
  kind: string;
  title: string;
  verificationCode: string;
  verificationUrl: string;
  issuedAt: string;
}

export interface VerificationView {
  code: string;
  genuine: boolean;
  document?: { kind: string; title: string; issuer: string | null; issuedAt: string; facts: [string, string][] };
  subject?: { type: string; reference: string; status: string; statusLabel: string };
}

export interface SalonFigures {
  events: number;
  registrations: number;
  attended: number;
  /** attended / registered (excluding the waiting list), 0–1; null without registrations. */
  attendanceRate: number | null;
  waitlistPromotions: number;
  casesRaised: number;
  ratings: number;
  /** Share of ratings 满意 or better (4–5), 0–1. */
  satisfaction: number | null;
  averageRating: number | null;
  byEvent: { id: string; title: string; zoneId: string; startsAt: string; registered: number; attended: number; waitlisted: number; promotions: number; cases: number; averageRating: number | null }[];
}

export interface AppointmentFigures {
  slots: number;
  capacity: number;
  booked: number;
  checkedIn: number;
  noShows: number;
  cancelled: number;
}

/** Case timeline entries of the offline service: kinds and their actions. */
export const OFFLINE_TIMELINE_KIND_LABELS: Readonly<Record<string, string>> = {
  appointment: '现场预约',
  salon: '大V沙龙',
  onsite_visit: '上门服务',
};

export const OFFLINE_TIMELINE_ACTION_LABELS: Readonly<Record<string, string>> = {
  opened_by_visit: '预约到访，登记为窗口案件',
  visit_linked: '预约到访，关联本案件',
  raised_at_salon: '在大V沙龙上提出问题',
  visit_requested: '申请上门服务',
  visit_proposed: '建议上门服务',
  visit_scheduled: '安排了上门服务',
  visit_confirmed: '确认了上门时间',
  visit_reschedule_requested: '申请更改上门时间',
  visit_recorded: '记录了上门服务',
};

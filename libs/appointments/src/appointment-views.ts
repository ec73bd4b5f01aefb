import { APPOINTMENT_STATUS_LABELS, AppointmentView, ServicePointView, SlotView } from '@app/contracts';
import type { AppointmentRow } from './appointments.repository';
import { cutoffOf } from './slot-planning';
import type { ServicePointRow, SlotRow } from './slots.repository';

export function slotView(s: SlotRow, now: Date): SlotView {
  const remaining = s.status === 'open' ? Math.max(0, s.capacity - s.booked) : 0;
  return {
    id: s.id,
    zoneId: s.zoneId,
    servicePointId: s.servicePointId,
    startsAt: new Date(s.startsAt).toISOString(),
    endsAt: new Date(s.endsAt).toISOString(),
    capacity: s.capacity,
    booked: s.booked,
    remaining,
    programmes: s.programmes,
    status: s.status,
    closedReason: s.closedReason,
    bookable: remaining > 0 && cutoffOf(new Date(s.startsAt), s.bookingCutoffMinutes) > now,
  };
}

export function servicePointView(p: ServicePointRow, zoneName: string, openDays: string[]): ServicePointView {
  return { ...p, zoneName, openDays };
}

/** A booking as its creator sees it; staff also get who booked (phone masked) and their no-shows. */
export function appointmentView(a: AppointmentRow, options: { staff: boolean; checkInQr?: string; receiptId?: string | null }): AppointmentView {
  return {
    id: a.id,
    reference: a.reference,
    slotId: a.slotId,
    zoneId: a.zoneId,
    servicePoint: { name: a.servicePointName, address: a.servicePointAddress },
    startsAt: new Date(a.startsAt).toISOString(),
    endsAt: new Date(a.endsAt).toISOString(),
    programme: a.programme,
    topic: a.topic,
    status: a.status,
    statusLabel: APPOINTMENT_STATUS_LABELS[a.status],
    checkInCode: a.checkInCode,
    checkInQr: options.checkInQr,
    bookedAt: new Date(a.bookedAt).toISOString(),
    cancelledAt: a.cancelledAt ? new Date(a.cancelledAt).toISOString() : null,
    cancelReason: a.cancelReason,
    checkedInAt: a.checkedInAt ? new Date(a.checkedInAt).toISOString() : null,
    caseId: a.caseId,
    cancellableUntil: cutoffOf(new Date(a.startsAt), a.bookingCutoffMinutes).toISOString(),
    creator: options.staff ? { id: a.creatorId, displayName: a.creatorName, phone: a.creatorPhoneMasked, noShows: a.creatorNoShows } : undefined,
    receiptId: options.receiptId,
  };
}

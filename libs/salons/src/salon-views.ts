import { REGISTRATION_STATUS_LABELS, RegistrationView, SalonEventView, SalonFigures } from '@app/contracts';
import type { RegistrationRow, SalonRow } from './salons.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function salonView(e: SalonRow, mine?: SalonEventView['mine']): SalonEventView {
  return {
    id: e.id,
    zoneId: e.zoneId,
    title: e.title,
    topicProgramme: e.topicProgramme,
    description: e.description,
    startsAt: iso(e.startsAt)!,
    endsAt: iso(e.endsAt)!,
    venue: e.venue,
    onlineUrl: e.onlineUrl,
    capacity: e.capacity,
    experts: e.experts,
    status: e.status,
    registered: e.registered,
    waitlisted: e.waitlisted,
    mine,
  };
}

export function registrationView(r: RegistrationRow): RegistrationView {
  return {
    id: r.id,
    eventId: r.eventId,
    creator: { id: r.creatorId, displayName: r.creatorName, phone: r.creatorPhoneMasked },
    status: r.status,
    statusLabel: REGISTRATION_STATUS_LABELS[r.status],
    checkInCode: r.checkInCode,
    registeredAt: iso(r.registeredAt)!,
    waitlistPosition: r.waitlistPosition,
    promotedAt: iso(r.promotedAt),
    checkedInAt: iso(r.checkedInAt),
    rating: r.rating,
    caseIds: r.caseIds,
  };
}

type FigureRow = { id: string; title: string; zoneId: string; startsAt: Date; over: boolean; registered: number; attended: number; waitlisted: number; promotions: number; ratings: number; ratingSum: number; satisfied: number; cases: number };

/** Totals of the event rows; the attendance rate counts only events that are over. */
export function salonFigures(rows: FigureRow[]): SalonFigures {
  const sum = (f: (r: FigureRow) => number, rs = rows) => rs.reduce((a, r) => a + f(r), 0);
  const over = rows.filter((r) => r.over);
  const registeredOver = sum((r) => r.registered, over);
  const ratings = sum((r) => r.ratings);
  return {
    events: rows.length,
    registrations: sum((r) => r.registered),
    attended: sum((r) => r.attended),
    attendanceRate: registeredOver ? sum((r) => r.attended, over) / registeredOver : null,
    waitlistPromotions: sum((r) => r.promotions),
    casesRaised: sum((r) => r.cases),
    ratings,
    satisfaction: ratings ? sum((r) => r.satisfied) / ratings : null,
    averageRating: ratings ? Math.round((sum((r) => r.ratingSum) / ratings) * 100) / 100 : null,
    byEvent: rows.map((r) => ({
      id: r.id,
      title: r.title,
      zoneId: r.zoneId,
      startsAt: new Date(r.startsAt).toISOString(),
      registered: r.registered,
      attended: r.attended,
      waitlisted: r.waitlisted,
      promotions: r.promotions,
      cases: r.cases,
      averageRating: r.ratings ? Math.round((r.ratingSum / r.ratings) * 100) / 100 : null,
    })),
  };
}

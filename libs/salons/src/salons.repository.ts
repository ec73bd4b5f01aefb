import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import type { RegistrationStatus, SalonEventView } from '@app/contracts';
import { SqlRepository, type StoredRow } from '@app/database';
import { zoneCondition } from '@app/offline';
import { USER_DIRECTORY_VIEW } from '@app/users';

/** An event as stored, with its counts (the view adds the caller's own registration). */
export type SalonRow = StoredRow<Omit<SalonEventView, 'mine'>, 'startsAt' | 'endsAt'>;

export interface RegistrationRow {
  id: string;
  eventId: string;
  creatorId: string;
  creatorName: string;
  creatorPhoneMasked: string | null;
  creatorPhoneCipher: string | null;
  status: RegistrationStatus;
  checkInCode: string;
  registeredAt: Date;
  waitlistedAt: Date | null;
  promotedAt: Date | null;
  checkedInAt: Date | null;
  rating: number | null;
  waitlistPosition: number | null;
  caseIds: string[];
}

const EVENT = `SELECT e.id, e.zone_id AS "zoneId", e.title, e.topic_programme AS "topicProgramme", e.description, e.starts_at AS "startsAt", e.ends_at AS "endsAt",
  e.venue, e.online_url AS "onlineUrl", e.capacity, e.experts, e.status,
  (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'registered') AS registered,
  (SELECT count(*)::int FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS waitlisted
  FROM salon_events e`;

const REGISTRATION = `SELECT r.id, r.event_id AS "eventId", r.creator_id AS "creatorId", u.display_name AS "creatorName", u.phone_masked AS "creatorPhoneMasked",
  u.phone_cipher AS "creatorPhoneCipher", r.status, r.check_in_code AS "checkInCode", r.registered_at AS "registeredAt", r.waitlisted_at AS "waitlistedAt",
  r.promoted_at AS "promotedAt", r.checked_in_at AS "checkedInAt", r.rating,
  CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*)::int FROM event_registrations w WHERE w.event_id = r.event_id AND w.status = 'waitlisted'
    AND (w.waitlisted_at, w.id) <= (r.waitlisted_at, r.id)) END AS "waitlistPosition",
  coalesce((SELECT array_agg(sc.case_id ORDER BY sc.created_at) FROM salon_event_cases sc WHERE sc.registration_id = r.id), '{}') AS "caseIds"
  FROM event_registrations r JOIN ${USER_DIRECTORY_VIEW} u ON u.id = r.creator_id`;

/** A salon as its organiser writes it: the stored row before anyone registers. */
export type NewSalon = Omit<SalonRow, 'id' | 'status' | 'registered' | 'waitlisted'> & { createdBy: string };

/** 大V沙龙 events, registrations and the cases raised at them. Staff reads carry the zone scope. */
@Injectable()
export class SalonsRepository extends SqlRepository {
  async insert(e: NewSalon): Promise<string> {
    const [row] = await this.m.query(
      `INSERT INTO salon_events (zone_id, title, topic_programme, description, starts_at, ends_at, venue, online_url, capacity, experts, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [e.zoneId, e.title, e.topicProgramme, e.description, e.startsAt, e.endsAt, e.venue, e.onlineUrl, e.capacity, JSON.stringify(e.experts), e.createdBy],
    );
    return row.id;
  }

  /** Creators see every published event; staff the events of their zones. */
  async list(actor: Actor, q: { zoneId?: string; when: 'upcoming' | 'past' | 'all' }, now: Date): Promise<SalonRow[]> {
    const params: unknown[] = [now];
    const where = [actor.role === 'creator' ? `e.status = 'published'` : zoneCondition(actor, 'e.zone_id', params)];
    if (q.when === 'upcoming') where.push('e.ends_at > $1');
    if (q.when === 'past') where.push('e.ends_at <= $1');
    if (q.zoneId) {
      params.push(q.zoneId);
      where.push(`e.zone_id = $${params.length}`);
    }
    return this.m.query(`${EVENT} WHERE ${where.join(' AND ')} AND $1::timestamptz IS NOT NULL ORDER BY e.starts_at ${q.when === 'past' ? 'DESC' : 'ASC'} LIMIT 200`, params);
  }

  /** An event the actor may see; `lock` holds it for the caller's transaction (registrations serialise on it). */
  async get(actor: Actor, id: string, lock = false): Promise<SalonRow | undefined> {
    const params: unknown[] = [id];
    const scope = actor.role === 'creator' ? `e.status = 'published'` : zoneCondition(actor, 'e.zone_id', params);
    const [row] = await this.m.query(`${EVENT} WHERE e.id = $1 AND ${scope}${lock ? ' FOR UPDATE OF e' : ''}`, params);
    return row;
  }

  async liveRegistrationOf(eventId: string, creatorId: string): Promise<RegistrationRow | undefined> {
    const [row] = await this.m.query(`${REGISTRATION} WHERE r.event_id = $1 AND r.creator_id = $2 AND r.status <> 'cancelled'`, [eventId, creatorId]);
    return row;
  }

  async registration(eventId: string, id: string): Promise<RegistrationRow | undefined> {
    const [row] = await this.m.query(`${REGISTRATION} WHERE r.event_id = $1 AND r.id = $2`, [eventId, id]);
    return row;
  }

  async byCode(eventId: string, code: string): Promise<RegistrationRow | undefined> {
    const [row] = await this.m.query(`${REGISTRATION} WHERE r.event_id = $1 AND r.check_in_code = $2 AND r.status <> 'cancelled'`, [eventId, code]);
    return row;
  }

  registrations(eventId: string): Promise<RegistrationRow[]> {
    return this.m.query(`${REGISTRATION} WHERE r.event_id = $1 ORDER BY (r.status = 'cancelled'), (r.status = 'waitlisted'), r.waitlisted_at NULLS FIRST, r.registered_at, r.id`, [eventId]);
  }

  /** Inserts a registration; null on a check-in code clash (try another code). */
  async insertRegistration(eventId: string, creatorId: string, status: 'registered' | 'waitlisted', code: string, at: Date): Promise<string | null> {
    const [row] = await this.m.query(
      `INSERT INTO event_registrations (event_id, creator_id, status, check_in_code, registered_at, waitlisted_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $3 = 'waitlisted' THEN $5::timestamptz END)
       ON CONFLICT DO NOTHING RETURNING id`,
      [eventId, creatorId, status, code, at],
    );
    return row?.id ?? null;
  }

  async cancelRegistration(id: string, at: Date): Promise<void> {
    await this.m.query(`UPDATE event_registrations SET status = 'cancelled', cancelled_at = $2 WHERE id = $1`, [id, at]);
  }

  /** The first of the waiting list, in the order they joined it. */
  async firstWaitlisted(eventId: string): Promise<RegistrationRow | undefined> {
    const [row] = await this.m.query(`${REGISTRATION} WHERE r.event_id = $1 AND r.status = 'waitlisted' ORDER BY r.waitlisted_at, r.id LIMIT 1`, [eventId]);
    return row;
  }

  async promote(id: string, at: Date): Promise<void> {
    await this.m.query(`UPDATE event_registrations SET status = 'registered', promoted_at = $2 WHERE id = $1`, [id, at]);
  }

  async checkIn(id: string, at: Date, by: string): Promise<void> {
    await this.m.query(`UPDATE event_registrations SET checked_in_at = $2, checked_in_by = $3 WHERE id = $1`, [id, at, by]);
  }

  async rate(id: string, level: number, comment: string | null, at: Date): Promise<void> {
    await this.m.query(`UPDATE event_registrations SET rating = $2, rating_comment = $3, rated_at = $4 WHERE id = $1`, [id, level, comment, at]);
  }

  async linkCase(eventId: string, caseId: string, registrationId: string, by: string): Promise<void> {
    await this.m.query(`INSERT INTO salon_event_cases (event_id, case_id, registration_id, raised_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [eventId, caseId, registrationId, by]);
  }

  /** The dashboard's event figures over events starting in [from, to), in the actor's zones. */
  async figures(actor: Actor, from: Date, to: Date, zoneId: string | undefined, now: Date) {
    const params: unknown[] = [from, to, now];
    const where = ['e.starts_at >= $1', 'e.starts_at < $2', `e.status = 'published'`, zoneCondition(actor, 'e.zone_id', params)];
    if (zoneId) {
      params.push(zoneId);
      where.push(`e.zone_id = $${params.length}`);
    }
    return this.m.query(
      `SELECT e.id, e.title, e.zone_id AS "zoneId", e.starts_at AS "startsAt", e.ends_at <= $3 AS over,
         count(r.id) FILTER (WHERE r.status = 'registered')::int AS registered,
         count(r.id) FILTER (WHERE r.status = 'registered' AND r.checked_in_at IS NOT NULL)::int AS attended,
         count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted,
         count(r.id) FILTER (WHERE r.promoted_at IS NOT NULL)::int AS promotions,
         count(r.rating)::int AS ratings,
         coalesce(sum(r.rating), 0)::int AS "ratingSum",
         count(r.rating) FILTER (WHERE r.rating >= 4)::int AS satisfied,
         (SELECT count(*)::int FROM salon_event_cases sc WHERE sc.event_id = e.id) AS cases
       FROM salon_events e LEFT JOIN event_registrations r ON r.event_id = e.id
       WHERE ${where.join(' AND ')} GROUP BY e.id ORDER BY e.starts_at`,
      params,
    ) as Promise<{ id: string; title: string; zoneId: string; startsAt: Date; over: boolean; registered: number; attended: number; waitlisted: number; promotions: number; ratings: number; ratingSum: number; satisfied: number; cases: number }[]>;
  }
}

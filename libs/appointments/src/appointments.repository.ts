import { Injectable } from '@nestjs/common';
import { sqlShanghaiDate, shanghaiYear } from '@app/calendar';
import { Actor } from '@app/common';
import type { AppointmentStatus } from '@app/contracts';
import { SqlRepository } from '@app/database';
import { zoneCondition } from '@app/offline';
import { USER_DIRECTORY_VIEW } from '@app/users';

export interface AppointmentRow {
  id: string;
  reference: string;
  slotId: string;
  zoneId: string;
  creatorId: string;
  programme: string;
  topic: string | null;
  status: AppointmentStatus;
  checkInCode: string;
  bookedAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
  checkedInAt: Date | null;
  caseId: string | null;
  remindAt: Date | null;
  remindedAt: Date | null;
  startsAt: Date;
  endsAt: Date;
  servicePointName: string;
  servicePointAddress: string;
  servicePointPhone: string | null;
  bookingCutoffMinutes: number;
  creatorName: string;
  creatorPhoneMasked: string | null;
  creatorPhoneCipher: string | null;
  creatorNoShows: number;
}

const SELECT = `SELECT a.id, a.reference, a.slot_id AS "slotId", a.zone_id AS "zoneId", a.creator_id AS "creatorId", a.programme, a.topic, a.status,
  a.check_in_code AS "checkInCode", a.booked_at AS "bookedAt", a.cancelled_at AS "cancelledAt", a.cancel_reason AS "cancelReason",
  a.checked_in_at AS "checkedInAt", a.case_id AS "caseId", a.remind_at AS "remindAt", a.reminded_at AS "remindedAt",
  s.starts_at AS "startsAt", s.ends_at AS "endsAt", sp.name AS "servicePointName", sp.address AS "servicePointAddress", sp.phone AS "servicePointPhone",
  sp.booking_cutoff_minutes AS "bookingCutoffMinutes", u.display_name AS "creatorName", u.phone_masked AS "creatorPhoneMasked", u.phone_cipher AS "creatorPhoneCipher",
  (SELECT count(*)::int FROM appointments ns WHERE ns.creator_id = a.creator_id AND ns.status = 'no_show') AS "creatorNoShows"
  FROM appointments a JOIN appointment_slots s ON s.id = a.slot_id JOIN service_points sp ON sp.id = s.service_point_id JOIN ${USER_DIRECTORY_VIEW} u ON u.id = a.creator_id`;

export interface NewAppointment {
  slotId: string;
  zoneId: string;
  creatorId: string;
  programme: string;
  topic: string | null;
  startsAt: Date;
  endsAt: Date;
  checkInCode: string;
  zoneCode: string;
  remindAt: Date | null;
  bookedAt: Date;
}

/** Appointments. Every read for a person is bound to the creator's own rows or the staff's zones. */
@Injectable()
export class AppointmentsRepository extends SqlRepository {
  /** Inserts a booking; `overlap` when the creator holds an overlapping one, `code_taken` on a code clash. */
  async insert(a: NewAppointment): Promise<{ id: string } | 'overlap' | 'code_taken'> {
    try {
      const [row] = await this.m.query(
        `INSERT INTO appointments (reference, slot_id, zone_id, creator_id, programme, topic, during, check_in_code, remind_at, booked_at)
         VALUES ($1 || '-YY-' || $12::text || '-' || lpad(nextval('appointment_reference_seq')::text, 6, '0'),
                 $2, $3, $4, $5, $6, tstzrange($7, $8), $9, $11, $10)
         RETURNING id`,
        [a.zoneCode, a.slotId, a.zoneId, a.creatorId, a.programme, a.topic, a.startsAt, a.endsAt, a.checkInCode, a.bookedAt, a.remindAt, shanghaiYear(a.bookedAt)],
      );
      return row;
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (e.code === '23P01' && e.constraint === 'appointments_no_overlap') return 'overlap';
      if (e.code === '23505' && e.constraint === 'appointments_live_code_idx') return 'code_taken';
      throw error;
    }
  }

  async get(id: string): Promise<AppointmentRow | undefined> {
    const [row] = await this.m.query(`${SELECT} WHERE a.id = $1`, [id]);
    return row;
  }

  /** The appointment if the actor may see it (its creator, or staff of its zone), locked. */
  async lockFor(actor: Actor, id: string): Promise<AppointmentRow | undefined> {
    const params: unknown[] = [id];
    const scope = actor.role === 'creator' ? (params.push(actor.userId), `a.creator_id = $2`) : zoneCondition(actor, 'a.zone_id', params);
    const [row] = await this.m.query(`${SELECT} WHERE a.id = $1 AND ${scope} FOR UPDATE OF a`, params);
    return row;
  }

  async visibleTo(actor: Actor, id: string): Promise<boolean> {
    const params: unknown[] = [id];
    const scope = actor.role === 'creator' ? (params.push(actor.userId), `a.creator_id = $2`) : zoneCondition(actor, 'a.zone_id', params);
    const rows = await this.m.query(`SELECT 1 FROM appointments a WHERE a.id = $1 AND ${scope}`, params);
    return rows.length > 0;
  }

  mine(creatorId: string): Promise<AppointmentRow[]> {
    return this.m.query(`${SELECT} WHERE a.creator_id = $1 ORDER BY s.starts_at DESC LIMIT 100`, [creatorId]);
  }

  /** A day's appointments in the actor's zones (Shanghai day), optionally by check-in code or creator phone. */
  forDesk(actor: Actor, day: string, filter: { code?: string; phoneHash?: string }): Promise<AppointmentRow[]> {
    const params: unknown[] = [day];
    const where = [`${sqlShanghaiDate('s.starts_at')} = $1::date`, zoneCondition(actor, 'a.zone_id', params)];
    if (filter.code) {
      params.push(filter.code);
      where.push(`a.check_in_code = $${params.length}`);
    }
    if (filter.phoneHash) {
      params.push(filter.phoneHash);
      where.push(`u.phone_hash = $${params.length}`);
    }
    return this.m.query(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY s.starts_at, a.booked_at`, params);
  }

  bookedInSlot(slotId: string): Promise<AppointmentRow[]> {
    return this.m.query(`${SELECT} WHERE a.slot_id = $1 AND a.status = 'booked' ORDER BY a.booked_at`, [slotId]);
  }

  async cancel(id: string, at: Date, reason: string | null, byRole: string): Promise<void> {
    await this.m.query(`UPDATE appointments SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3, cancelled_by_role = $4 WHERE id = $1`, [id, at, reason, byRole]);
  }

  async checkIn(id: string, at: Date, by: string): Promise<void> {
    await this.m.query(`UPDATE appointments SET status = 'checked_in', checked_in_at = $2, checked_in_by = $3 WHERE id = $1`, [id, at, by]);
  }

  async linkCase(id: string, caseId: string): Promise<void> {
    await this.m.query(`UPDATE appointments SET case_id = $2 WHERE id = $1`, [id, caseId]);
  }

  /** Marks a no-show once: false when it was not (or no longer) booked. */
  async markNoShow(id: string, at: Date): Promise<boolean> {
    const rows = await this.m.query(`UPDATE appointments SET status = 'no_show', no_show_at = $2 WHERE id = $1 AND status = 'booked' RETURNING id`, [id, at]);
    return rows[0].length > 0;
  }

  /** Records the reminder once: false when it went already, or the booking is no longer live. */
  async markReminded(id: string, at: Date): Promise<boolean> {
    const rows = await this.m.query(`UPDATE appointments SET reminded_at = $2 WHERE id = $1 AND status = 'booked' AND reminded_at IS NULL AND remind_at <= $2 RETURNING id`, [id, at]);
    return rows[0].length > 0;
  }

  async dueReminders(now: Date, limit = 200): Promise<string[]> {
    const rows: { id: string }[] = await this.m.query(`SELECT id FROM appointments WHERE status = 'booked' AND reminded_at IS NULL AND remind_at <= $1 ORDER BY remind_at LIMIT $2`, [now, limit]);
    return rows.map((r) => r.id);
  }

  async noShowCandidates(before: Date, limit = 200): Promise<string[]> {
    const rows: { id: string }[] = await this.m.query(
      `SELECT a.id FROM appointments a JOIN appointment_slots s ON s.id = a.slot_id WHERE a.status = 'booked' AND s.ends_at <= $1 ORDER BY s.ends_at LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Figures for the dashboard, in the actor's zones over a period of slot starts. */
  async figures(actor: Actor, from: Date, to: Date, zoneId?: string) {
    const params: unknown[] = [from, to];
    const scope = zoneCondition(actor, 's.zone_id', params);
    let zone = '';
    if (zoneId) {
      params.push(zoneId);
      zone = ` AND s.zone_id = $${params.length}`;
    }
    const [row] = await this.m.query(
      `WITH sl AS (SELECT s.id, s.capacity FROM appointment_slots s WHERE s.starts_at >= $1 AND s.starts_at < $2 AND ${scope}${zone})
       SELECT (SELECT count(*) FROM sl)::int AS slots, (SELECT coalesce(sum(capacity), 0) FROM sl)::int AS capacity,
              count(a.id) FILTER (WHERE a.status <> 'cancelled')::int AS booked,
              count(a.id) FILTER (WHERE a.status = 'checked_in')::int AS "checkedIn",
              count(a.id) FILTER (WHERE a.status = 'no_show')::int AS "noShows",
              count(a.id) FILTER (WHERE a.status = 'cancelled')::int AS cancelled
       FROM sl LEFT JOIN appointments a ON a.slot_id = sl.id`,
      params,
    );
    return row as { slots: number; capacity: number; booked: number; checkedIn: number; noShows: number; cancelled: number };
  }
}

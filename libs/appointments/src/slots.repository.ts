import { Injectable } from '@nestjs/common';
import { Actor } from '@app/common';
import type { ServicePointView } from '@app/contracts';
import { SqlRepository } from '@app/database';
import { zoneCondition } from '@app/offline';

/** A service point as stored (the view adds its zone's name and its next open days). */
export type ServicePointRow = Omit<ServicePointView, 'zoneName' | 'openDays'>;

export interface SlotRow {
  id: string;
  zoneId: string;
  servicePointId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  programmes: string[];
  status: 'open' | 'closed';
  closedReason: string | null;
  bookingCutoffMinutes: number;
}

const POINT = `sp.id, sp.zone_id AS "zoneId", sp.name, sp.address, sp.phone, sp.opening_hours AS "openingHours", sp.offers, sp.programmes,
  sp.booking_cutoff_minutes AS "bookingCutoffMinutes"`;
const SLOT = `s.id, s.zone_id AS "zoneId", s.service_point_id AS "servicePointId", s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.capacity, s.booked,
  s.programmes, s.status, s.closed_reason AS "closedReason", sp.booking_cutoff_minutes AS "bookingCutoffMinutes"`;

/** Service points, slots and weekly patterns. Staff queries carry the zone scope. */
@Injectable()
export class SlotsRepository extends SqlRepository {
  servicePoints(): Promise<ServicePointRow[]> {
    return this.m.query(`SELECT ${POINT} FROM service_points sp ORDER BY sp.zone_id`);
  }

  async servicePointOf(zoneId: string): Promise<ServicePointRow | undefined> {
    const [row] = await this.m.query(`SELECT ${POINT} FROM service_points sp WHERE sp.zone_id = $1`, [zoneId]);
    return row;
  }

  async insertPattern(zoneId: string, spec: object, slotsCreated: number, userId: string): Promise<string> {
    const [row] = await this.m.query(`INSERT INTO appointment_patterns (zone_id, spec, slots_created, created_by) VALUES ($1, $2, $3, $4) RETURNING id`, [
      zoneId,
      JSON.stringify(spec),
      slotsCreated,
      userId,
    ]);
    return row.id;
  }

  /** Inserts slots; one already open at the same start is left as it is. Returns the new ids. */
  async insertSlots(point: ServicePointRow, slots: { startsAt: Date; endsAt: Date }[], capacity: number, programmes: string[], userId: string, patternId: string | null): Promise<string[]> {
    if (!slots.length) return [];
    const rows: { id: string }[] = await this.m.query(
      `INSERT INTO appointment_slots (zone_id, service_point_id, starts_at, ends_at, capacity, programmes, created_by, pattern_id)
       SELECT $1, $2, s, e, $5, $6, $7, $8 FROM unnest($3::timestamptz[], $4::timestamptz[]) AS t(s, e)
       ON CONFLICT (service_point_id, starts_at) DO NOTHING RETURNING id`,
      [point.zoneId, point.id, slots.map((s) => s.startsAt), slots.map((s) => s.endsAt), capacity, programmes, userId, patternId],
    );
    return rows.map((r) => r.id);
  }

  async setPatternCount(patternId: string, count: number): Promise<void> {
    await this.m.query(`UPDATE appointment_patterns SET slots_created = $2 WHERE id = $1`, [patternId, count]);
  }

  async slot(id: string): Promise<SlotRow | undefined> {
    const [row] = await this.m.query(`SELECT ${SLOT} FROM appointment_slots s JOIN service_points sp ON sp.id = s.service_point_id WHERE s.id = $1`, [id]);
    return row;
  }

  /** A slot of the actor's zones, locked for the caller's transaction. */
  async lockScoped(actor: Actor, id: string): Promise<SlotRow | undefined> {
    const params: unknown[] = [id];
    const scope = zoneCondition(actor, 's.zone_id', params);
    const [row] = await this.m.query(`SELECT ${SLOT} FROM appointment_slots s JOIN service_points sp ON sp.id = s.service_point_id WHERE s.id = $1 AND ${scope} FOR UPDATE OF s`, params);
    return row;
  }

  /** A slot locked for the system's own work (the holiday check): never reachable from a request. */
  async lockForSystem(id: string): Promise<SlotRow | undefined> {
    const [row] = await this.m.query(`SELECT ${SLOT} FROM appointment_slots s JOIN service_points sp ON sp.id = s.service_point_id WHERE s.id = $1 FOR UPDATE OF s`, [id]);
    return row;
  }

  /**
   * Takes a seat in one statement: only while the slot is open, has a seat left and is before its
   * cut-off. Concurrent bookings queue on the row; each sees the count the previous one left.
   */
  async takeSeat(slotId: string, now: Date): Promise<SlotRow | undefined> {
    const [rows] = await this.m.query(
      `UPDATE appointment_slots s SET booked = booked + 1
       FROM service_points sp
       WHERE s.id = $1 AND sp.id = s.service_point_id AND s.status = 'open' AND s.booked < s.capacity
         AND s.starts_at - make_interval(mins => sp.booking_cutoff_minutes) > $2
       RETURNING ${SLOT}`,
      [slotId, now],
    );
    return rows[0];
  }

  async releaseSeat(slotId: string): Promise<void> {
    await this.m.query(`UPDATE appointment_slots SET booked = booked - 1 WHERE id = $1 AND booked > 0`, [slotId]);
  }

  async close(slotId: string, reason: string, at: Date): Promise<void> {
    await this.m.query(`UPDATE appointment_slots SET status = 'closed', closed_reason = $2, closed_at = $3, booked = 0 WHERE id = $1`, [slotId, reason, at]);
  }

  /** Slots for a listing: creators see open future ones of any zone, staff their zones'. */
  list(actor: Actor | null, q: { zoneId?: string; from: Date; to: Date; programme?: string }): Promise<SlotRow[]> {
    const params: unknown[] = [q.from, q.to];
    const where = ['s.starts_at >= $1', 's.starts_at < $2'];
    if (actor) where.push(zoneCondition(actor, 's.zone_id', params));
    else where.push(`s.status = 'open'`);
    if (q.zoneId) {
      params.push(q.zoneId);
      where.push(`s.zone_id = $${params.length}`);
    }
    if (q.programme) {
      params.push(q.programme);
      where.push(`$${params.length} = ANY(s.programmes)`);
    }
    return this.m.query(`SELECT ${SLOT} FROM appointment_slots s JOIN service_points sp ON sp.id = s.service_point_id WHERE ${where.join(' AND ')} ORDER BY s.starts_at, s.zone_id LIMIT 500`, params);
  }

  /** Open slots still to come, for the holiday check. */
  openFuture(now: Date): Promise<SlotRow[]> {
    return this.m.query(`SELECT ${SLOT} FROM appointment_slots s JOIN service_points sp ON sp.id = s.service_point_id WHERE s.status = 'open' AND s.starts_at > $1 ORDER BY s.starts_at LIMIT 2000`, [now]);
  }
}

import { DateTime } from 'luxon';
import { HolidayCalendar } from '@app/sla';
import { bearer, TestApp, TestUser } from './test-app';

/** Working days (Shanghai, 调休 included) from `after` days ahead on, as YYYY-MM-DD. */
export async function workingDays(t: TestApp, count: number, after = 3): Promise<string[]> {
  const cal = await t.app.get(HolidayCalendar).calendar();
  const out: string[] = [];
  for (let d = DateTime.now().setZone('Asia/Shanghai').startOf('day').plus({ days: after }); out.length < count; d = d.plus({ days: 1 })) {
    if (cal.isWorkingDay(d.set({ hour: 12 }).toJSDate())) out.push(d.toISODate() as string);
  }
  return out;
}

/** The instant of a Shanghai wall-clock time. */
export const shanghai = (day: string, time: string) => DateTime.fromISO(`${day}T${time}`, { zone: 'Asia/Shanghai' }).toJSDate();

// Spec files share the run's database: each starts its morning slots at a minute of its own.
let minute = Math.floor(Math.random() * 150);
/** A distinct half-hour-ish start inside the morning opening hours for each call (slots are unique per start). */
export function nextMorningTime(): { start: string; end: string } {
  const m = 9 * 60 + (minute++ % 150);
  const hhmm = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
  return { start: hhmm(m), end: hhmm(m + 30) };
}

/**
 * Opens a slot at `start`–`end` (or the next morning time); when another spec file of the run
 * already holds that start at the service point, a minute later (the answer has the real times).
 */
export async function openSlot(t: TestApp, supervisor: TestUser, day: string, options: { capacity?: number; programmes?: string[]; start?: string; end?: string } = {}) {
  const time = options.start ? { start: options.start, end: options.end! } : nextMorningTime();
  let startsAt = shanghai(day, time.start);
  let endsAt = shanghai(day, time.end);
  for (let attempt = 0; ; attempt++) {
    const res = await t.http
      .post('/api/v1/appointment-slots')
      .set(bearer(supervisor))
      .send({ startsAt, endsAt, capacity: options.capacity ?? 2, programmes: options.programmes ?? ['shield', 'compliance'] });
    if (res.status === 201) return res.body as { id: string; startsAt: string; endsAt: string; capacity: number; booked: number; remaining: number; zoneId: string };
    if (res.body.code !== 'appointment.slot_exists' || attempt > 60) throw new Error(`open slot: ${res.status} ${JSON.stringify(res.body)}`);
    startsAt = new Date(startsAt.getTime() + 60_000);
    endsAt = new Date(endsAt.getTime() + 60_000);
  }
}

export async function book(t: TestApp, creator: TestUser, slotId: string, programme = 'shield') {
  return t.http.post('/api/v1/appointments').set(bearer(creator)).send({ slotId, programme, topic: '咨询维权流程' });
}

let clampedSlots = Math.floor(Math.random() * 600);
/**
 * Moves a booking's slot to start `minutesFromNow` from now (tests of the desk's day and of
 * no-shows). With `today`, the slot stays inside today's Shanghai date even late in the evening,
 * starting a little earlier when it would run past midnight: check-in is on the day only.
 */
export async function moveSlot(t: TestApp, slotId: string, minutesFromNow: number, { length = 30, today = false } = {}) {
  const now = DateTime.now();
  let startsAt: DateTime = now.plus({ minutes: minutesFromNow });
  const lastStart = now.setZone('Asia/Shanghai').endOf('day').minus({ minutes: length + 1 });
  // Slots are unique per start: each slot moved back to the last start gets a second of its own.
  if (today && startsAt > lastStart) startsAt = lastStart.minus({ seconds: ++clampedSlots });
  await t.db.query(`UPDATE appointment_slots SET starts_at = $2, ends_at = $3 WHERE id = $1`, [slotId, startsAt.toJSDate(), startsAt.plus({ minutes: length }).toJSDate()]);
  await t.db.query(`UPDATE appointments a SET during = tstzrange(s.starts_at, s.ends_at) FROM appointment_slots s WHERE s.id = a.slot_id AND s.id = $1`, [slotId]);
}

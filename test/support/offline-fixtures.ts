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

let minute = 0;
/** A distinct half-hour-ish start inside the morning opening hours for each call (slots are unique per start). */
export function nextMorningTime(): { start: string; end: string } {
  const m = 9 * 60 + (minute++ % 150);
  const hhmm = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
  return { start: hhmm(m), end: hhmm(m + 30) };
}

export async function openSlot(t: TestApp, supervisor: TestUser, day: string, options: { capacity?: number; programmes?: string[]; start?: string; end?: string } = {}) {
  const time = options.start ? { start: options.start, end: options.end! } : nextMorningTime();
  const res = await t.http
    .post('/api/v1/appointment-slots')
    .set(bearer(supervisor))
    .send({ startsAt: shanghai(day, time.start), endsAt: shanghai(day, time.end), capacity: options.capacity ?? 2, programmes: options.programmes ?? ['shield', 'compliance'] });
  if (res.status !== 201) throw new Error(`open slot: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; startsAt: string; endsAt: string; capacity: number; booked: number; remaining: number; zoneId: string };
}

export async function book(t: TestApp, creator: TestUser, slotId: string, programme = 'shield') {
  return t.http.post('/api/v1/appointments').set(bearer(creator)).send({ slotId, programme, topic: '咨询维权流程' });
}

/** Moves a booking's slot to start `minutesFromNow` from now (tests of the desk's day and of no-shows). */
export async function moveSlot(t: TestApp, slotId: string, minutesFromNow: number, lengthMinutes = 30) {
  await t.db.query(`UPDATE appointment_slots SET starts_at = now() + make_interval(mins => $2), ends_at = now() + make_interval(mins => $3) WHERE id = $1`, [slotId, minutesFromNow, minutesFromNow + lengthMinutes]);
  await t.db.query(`UPDATE appointments a SET during = tstzrange(s.starts_at, s.ends_at) FROM appointment_slots s WHERE s.id = a.slot_id AND s.id = $1`, [slotId]);
}

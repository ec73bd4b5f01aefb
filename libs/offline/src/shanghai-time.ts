import { DateTime } from 'luxon';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';

/** `2026年3月2日 10:30` as people in Shanghai read it. */
export function shanghaiDateTime(at: Date | string | null | undefined): string {
  if (!at) return '—';
  return DateTime.fromJSDate(new Date(at), { zone: SHANGHAI_TIME_ZONE }).toFormat('yyyy年M月d日 HH:mm');
}

/** `2026年3月2日（星期一）`. */
export function shanghaiDate(at: Date | string): string {
  const d = DateTime.fromJSDate(new Date(at), { zone: SHANGHAI_TIME_ZONE });
  return `${d.toFormat('yyyy年M月d日')}（星期${'一二三四五六日'[d.weekday - 1]}）`;
}

/** `3月2日 10:30–11:00`, for a slot or an event. */
export function shanghaiRange(from: Date | string, to: Date | string): string {
  const a = DateTime.fromJSDate(new Date(from), { zone: SHANGHAI_TIME_ZONE });
  const b = DateTime.fromJSDate(new Date(to), { zone: SHANGHAI_TIME_ZONE });
  return `${a.toFormat('M月d日')} ${a.toFormat('HH:mm')}–${b.hasSame(a, 'day') ? b.toFormat('HH:mm') : b.toFormat('M月d日 HH:mm')}`;
}

/** The Shanghai calendar day of an instant, `YYYY-MM-DD`. */
export function shanghaiDay(at: Date | string): string {
  return DateTime.fromJSDate(new Date(at), { zone: SHANGHAI_TIME_ZONE }).toISODate() as string;
}

/** The instant of a Shanghai wall-clock time on a day: (`2026-03-02`, `09:30`). */
export function shanghaiInstant(day: string, time: string): Date {
  return DateTime.fromISO(`${day}T${time}`, { zone: SHANGHAI_TIME_ZONE }).toJSDate();
}

/** Minutes after local midnight of an instant in Shanghai. */
export function shanghaiMinutes(at: Date): number {
  const d = DateTime.fromJSDate(at, { zone: SHANGHAI_TIME_ZONE });
  return d.hour * 60 + d.minute;
}

export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

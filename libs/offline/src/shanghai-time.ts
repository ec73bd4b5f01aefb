import { inShanghai, shanghaiDate, shanghaiMinuteOfDay, SHANGHAI_TIME_ZONE } from '@app/calendar';
import { DateTime } from 'luxon';

/** `2026年3月2日 10:30`: an instant as a Chinese document or message states it (Shanghai time). */
export function chineseDateTime(at: Date | string | null | undefined): string {
  if (!at) return '—';
  return inShanghai(new Date(at)).toFormat('yyyy年M月d日 HH:mm');
}

/** `2026年3月2日（星期一）`. */
export function chineseDate(at: Date | string): string {
  const d = inShanghai(new Date(at));
  return `${d.toFormat('yyyy年M月d日')}（星期${'一二三四五六日'[d.weekday - 1]}）`;
}

/** `3月2日 10:30–11:00`, for a slot or an event. */
export function chineseRange(from: Date | string, to: Date | string): string {
  const a = inShanghai(new Date(from));
  const b = inShanghai(new Date(to));
  return `${a.toFormat('M月d日')} ${a.toFormat('HH:mm')}–${b.hasSame(a, 'day') ? b.toFormat('HH:mm') : b.toFormat('M月d日 HH:mm')}`;
}

/** The Shanghai calendar day of an instant, `YYYY-MM-DD`. */
export function shanghaiDay(at: Date | string): string {
  return shanghaiDate(new Date(at));
}

/** Minutes after local midnight of an instant in Shanghai. */
export function shanghaiMinutes(at: Date): number {
  return shanghaiMinuteOfDay(at);
}

/** The instant of a Shanghai wall-clock time on a day: (`2026-03-02`, `09:30`). */
export function shanghaiInstant(day: string, time: string): Date {
  return DateTime.fromISO(`${day}T${time}`, { zone: SHANGHAI_TIME_ZONE }).toJSDate();
}

export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

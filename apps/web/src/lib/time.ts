import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';
import { SHANGHAI_TIME_ZONE } from '@app/contracts';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);
dayjs.locale('zh-cn');

export const TZ = SHANGHAI_TIME_ZONE;

/** A timestamp as the desk reads it: Asia/Shanghai, whatever the browser's zone. */
export function fmt(ts: string | number | Date | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  if (ts === null || ts === undefined || ts === '') return '—';
  const d = dayjs(ts);
  return d.isValid() ? d.tz(TZ).format(pattern) : '—';
}

export const fmtFull = (ts: string | null | undefined) => fmt(ts, 'YYYY-MM-DD HH:mm:ss');

export function fromNow(ts: string | null | undefined): string {
  if (!ts) return '';
  return dayjs(ts).fromNow();
}

/** A DatePicker value (a moment in the browser) read as a Shanghai calendar day. */
export function shanghaiDayStart(d: Dayjs): string {
  return dayjs.tz(d.format('YYYY-MM-DD'), TZ).startOf('day').toISOString();
}
export function shanghaiDayEnd(d: Dayjs): string {
  return dayjs.tz(d.format('YYYY-MM-DD'), TZ).endOf('day').toISOString();
}

/** "3 小时 20 分" for a working-time duration; negative means overdue. */
export function fmtDuration(ms: number): string {
  const abs = Math.abs(ms);
  const minutes = Math.floor(abs / 60000);
  const days = Math.floor(minutes / (60 * 24));
  const hours = Math.floor((minutes % (60 * 24)) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} 天`);
  if (hours) parts.push(`${hours} 小时`);
  if (!days && (mins || !parts.length)) parts.push(`${mins} 分`);
  return parts.join(' ');
}

export { dayjs };

/** Working time (a working day is 09:00–17:30, 510 minutes): "2 个工作日 3 小时 10 分". */
export function fmtWorkingDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 510);
  const hours = Math.floor((minutes % 510) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} 个工作日`);
  if (hours) parts.push(`${hours} 小时`);
  if (!days && (mins || !parts.length)) parts.push(`${mins} 分`);
  return parts.join(' ');
}

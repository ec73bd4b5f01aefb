import { dayjs, TZ } from '../../lib/time';
import { OPEN_STATUSES } from '../../lib/labels';
import { AGE_BAND_RANGES, type AgeBandId } from './types';

/**
 * Links from a figure to the desk's case list (`/desk?…`, the filters CaseQueue reads from the
 * URL). The list filters by status, programme, category, 盾牌行动 platform, zone, priority, assignee,
 * escalation authority (any step), rating, overdue / due soon and the creation time; a figure the
 * list cannot filter exactly (e.g. "resolved in the period") links to the nearest list: the cases
 * submitted in the period now in the matching status.
 */

export interface DrillScope {
  /** Only for a city-wide supervisor (a zone supervisor's list is their zone anyway). */
  zoneId?: string | null;
  programme?: string | null;
}

export const OPEN = OPEN_STATUSES.join(',');
export const DONE = 'resolved,closed';
export const ACCEPTED_ONCE = 'accepted,in_progress,awaiting_creator,escalated,resolved,closed';

/** Start and end of Shanghai days, as the list's createdFrom / createdTo want them. */
const dayStart = (day: string) => dayjs.tz(day, TZ).startOf('day').toISOString();
const dayEnd = (day: string) => dayjs.tz(day, TZ).endOf('day').toISOString();

export function deskLink(scope: DrillScope, filters: Record<string, string | null | undefined> = {}): string {
  const q = new URLSearchParams();
  const all: Record<string, string | null | undefined> = { ...filters, programme: filters.programme ?? scope.programme, zoneId: filters.zoneId ?? scope.zoneId };
  // The order CaseQueue's filter bar shows them in, so that equal filters give equal URLs.
  for (const key of ['programme', 'category', 'status', 'priority', 'platform', 'assigneeId', 'zoneId', 'authorityId', 'rating', 'createdFrom', 'createdTo', 'overdue', 'dueSoon', 'sort']) {
    const v = all[key];
    if (v) q.set(key, v);
  }
  const s = q.toString();
  return s ? `/desk?${s}` : '/desk';
}

/** Cases created over Shanghai days `from`–`to` (inclusive). */
export const created = (from: string, to: string) => ({ createdFrom: dayStart(from), createdTo: dayEnd(to) });

const isWorkday = (d: dayjs.Dayjs) => d.day() !== 0 && d.day() !== 6;

/**
 * The submission days of an age band (working days since the day of submission, as the
 * dashboard counts them), as a creation range. The browser knows weekends, not the public
 * holidays the server's calendar also skips, so near a holiday the list can be a day wider.
 */
export function ageBandCreated(band: AgeBandId, today: string): { createdFrom?: string; createdTo?: string } {
  const [lo, hi] = AGE_BAND_RANGES[band];
  // Walking back from today: the age of day d-1 is the age of d plus one if d is a working day.
  let d = dayjs.tz(today, TZ);
  let age = 0;
  let latest: string | null = age >= lo ? today : null;
  let earliest: string | null = null;
  for (let i = 0; i < 400; i++) {
    const prev = d.subtract(1, 'day');
    age += isWorkday(d) ? 1 : 0;
    d = prev;
    const day = d.format('YYYY-MM-DD');
    if (hi !== null && age > hi) break;
    if (age >= lo && latest === null) latest = day;
    if (age >= lo) earliest = day;
  }
  return {
    createdFrom: hi === null || earliest === null ? undefined : dayStart(earliest),
    createdTo: latest ? dayEnd(latest) : undefined,
  };
}

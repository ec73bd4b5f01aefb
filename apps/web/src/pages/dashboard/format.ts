/** How the dashboard writes its figures. */

const nf = new Intl.NumberFormat('zh-CN');

export const num = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : nf.format(n));

/** A 0–1 rate as "91.6%"; "—" when there was nothing to measure. */
export const pct = (r: number | null | undefined, digits = 1): string => (r === null || r === undefined ? '—' : `${(r * 100).toFixed(digits)}%`);

/** A share of a total, as a rate. */
export const share = (part: number, total: number): number | null => (total > 0 ? part / total : null);

/**
 * Working time, short: "12 分钟", "3.5 小时", "1.8 个工作日" (a working day is `workingDayMs`,
 * 09:00–17:30).
 */
export function workTime(ms: number | null | undefined, workingDayMs: number): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 60_000) return '不足 1 分钟';
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} 分钟`;
  if (ms < workingDayMs) return `${(ms / 3_600_000).toFixed(1)} 小时`;
  return `${(ms / workingDayMs).toFixed(1)} 个工作日`;
}

/** The change from `before` to `now` as "+12.5%" / "−3.0%", or in percentage points for rates. */
export function change(now: number | null, before: number | null, kind: 'count' | 'rate' | 'duration'): { text: string; dir: 'up' | 'down' | 'flat' } | null {
  if (now === null || before === null) return null;
  if (kind === 'rate') {
    const pp = (now - before) * 100;
    if (Math.abs(pp) < 0.05) return { text: '持平', dir: 'flat' };
    return { text: `${pp > 0 ? '+' : '−'}${Math.abs(pp).toFixed(1)} 个百分点`, dir: pp > 0 ? 'up' : 'down' };
  }
  if (before === 0) return now === 0 ? { text: '持平', dir: 'flat' } : null;
  const r = ((now - before) / before) * 100;
  if (Math.abs(r) < 0.05) return { text: '持平', dir: 'flat' };
  return { text: `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)}%`, dir: r > 0 ? 'up' : 'down' };
}

/**
 * How an offending account or link is recognised across cases: the same account reported on
 * the same platform, the same page whatever tracking parameters the share button added.
 */

/** Query parameters that only say where a link was shared from. */
const TRACKING = [/^utm_/i, /^spm/i, /^share_/i, /^from$/i, /^vd_source$/i, /^xhsshare$/i, /^app_platform$/i];

export interface ShieldTarget {
  kind: 'account' | 'url';
  key: string;
  raw: string;
}

/** `platform:account` — case, width, spaces and a leading @ do not make another account. */
export function normaliseAccount(platform: string, account: string): string {
  const id = account.normalize('NFKC').trim().replace(/^@+/, '').replace(/\s+/g, ' ').toLowerCase();
  return `${platform.toLowerCase()}:${id}`;
}

/**
 * The link without what varies between shares: scheme, a lower-cased host without `www.`, the
 * path without a trailing slash, the remaining parameters sorted, no fragment. Null when it is
 * not a web link.
 */
export function normaliseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '').replace(/^m\./, '');
  const path = u.pathname.replace(/\/+$/, '') || '/';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.some((t) => t.test(k))).sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${u.port ? `:${u.port}` : ''}${path}${query}`;
}

/** The targets of a shield case's intake. */
export function shieldTargets(intake: { platform?: unknown; offendingAccounts?: unknown; urls?: unknown }): ShieldTarget[] {
  const platform = typeof intake.platform === 'string' ? intake.platform : 'other';
  const out = new Map<string, ShieldTarget>();
  for (const a of Array.isArray(intake.offendingAccounts) ? intake.offendingAccounts : []) {
    if (typeof a !== 'string' || !a.trim()) continue;
    const key = normaliseAccount(platform, a);
    out.set(`account ${key}`, { kind: 'account', key, raw: a });
  }
  for (const link of Array.isArray(intake.urls) ? intake.urls : []) {
    const key = typeof link === 'string' ? normaliseUrl(link) : null;
    if (key) out.set(`url ${key}`, { kind: 'url', key, raw: link as string });
  }
  return [...out.values()];
}

/** Whether the reported reach passes a threshold for serious defamation (either one suffices). */
export function aboveDefamationThreshold(reach: { views?: unknown; reposts?: unknown }, thresholds: { views: number; reposts: number }): boolean {
  return (typeof reach.views === 'number' && reach.views >= thresholds.views) || (typeof reach.reposts === 'number' && reach.reposts >= thresholds.reposts);
}

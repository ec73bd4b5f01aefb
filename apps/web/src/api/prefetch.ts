import { api, type Query } from './client';
import { queryClient } from './query';

/**
 * A page's data, started when its route renders — together with the download of the page's
 * code, not after it. Each page reads the same query key, so it finds the answer (or the request
 * under way) in the cache. Nothing here may import a page: this file is in the main chunk.
 */

/** Query keys the case queue understands; everything in the URL, so a view is a link. */
export const FILTER_KEYS = ['programme', 'category', 'status', 'priority', 'channel', 'platform', 'assigneeId', 'zoneId', 'authorityId', 'rating', 'createdFrom', 'createdTo', 'overdue', 'dueSoon', 'q'];

/** The case list request of a queue URL. */
export function caseListQuery(params: URLSearchParams, defaultSort: string): Record<string, string | number> {
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const q: Record<string, string | number> = { page, pageSize, sort: params.get('sort') ?? defaultSort };
  FILTER_KEYS.forEach((k) => {
    const v = params.get(k);
    if (v) q[k] = v;
  });
  return q;
}

export const caseListKey = (endpoint: string, query: Query) => ['cases', endpoint, query];

/** The dashboard request of a dashboard URL (a zone supervisor never asks for a zone). */
export function dashboardQuery(params: URLSearchParams, cityWide: boolean): Query {
  return {
    zoneId: cityWide ? params.get('zoneId') || undefined : undefined,
    programme: params.get('programme') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
}

export const dashboardKey = (query: Query) => ['dashboard', JSON.stringify(query)];

export const PREFETCH = {
  queue(search: string) {
    const query = caseListQuery(new URLSearchParams(search), 'nextDueAt');
    void queryClient.prefetchQuery({ queryKey: caseListKey('/cases', query), queryFn: ({ signal }) => api.get('/cases', query, signal) });
  },
  dashboard(search: string, cityWide: boolean) {
    const query = dashboardQuery(new URLSearchParams(search), cityWide);
    void queryClient.prefetchQuery({ queryKey: dashboardKey(query), queryFn: ({ signal }) => api.get('/dashboard', query, signal) });
  },
};

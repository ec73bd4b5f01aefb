import { api } from './client';
import { queryClient } from './query';
import type { Authority, Programme, Zone } from './types';

/** Reference data that rarely changes: fetched once per session, from the query cache. */
const once = <T>(name: string, path: string) => () => queryClient.fetchQuery({ queryKey: ['reference', name], queryFn: () => api.get<T>(path), staleTime: Infinity });

export const reference = {
  zones: once<Zone[]>('zones', '/zones'),
  authorities: once<Authority[]>('authorities', '/authorities'),
  programmes: once<Programme[]>('programmes', '/programmes'),
  /** Forgets every cached answer (another user signs in, or the session ends). */
  clear: () => queryClient.clear(),
};

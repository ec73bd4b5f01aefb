import { api } from './client';
import type { Authority, Programme, Zone } from './types';

/** Reference data that rarely changes, fetched once per session. */
const memo = new Map<string, Promise<unknown>>();

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    memo.set(key, p);
    p.catch(() => memo.delete(key));
  }
  return p;
}

export const reference = {
  zones: () => once('zones', () => api.get<Zone[]>('/zones')),
  authorities: () => once('authorities', () => api.get<Authority[]>('/authorities')),
  programmes: () => once('programmes', () => api.get<Programme[]>('/programmes')),
  clear: () => memo.clear(),
};

import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client';

const POLL_MS = 60_000;

/**
 * Unread notifications, polled every minute. `available` is false while the api has no
 * notifications endpoint yet, so the bell stays hidden instead of showing an error.
 */
export function useUnreadCount(enabled: boolean): { count: number; available: boolean } {
  const [state, setState] = useState({ count: 0, available: false });
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const r = await api.get<number | { count?: number; unread?: number }>('/notifications/unread-count');
        const count = typeof r === 'number' ? r : (r?.count ?? r?.unread ?? 0);
        if (!stopped) setState({ count, available: true });
      } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 403)) {
          if (!stopped) setState({ count: 0, available: false });
          return; // not there yet: stop polling
        }
      }
      if (!stopped) timer = setTimeout(load, POLL_MS);
    };
    void load();
    const onRead = () => void load();
    window.addEventListener('csd:notifications-changed', onRead);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      window.removeEventListener('csd:notifications-changed', onRead);
    };
  }, [enabled]);
  return state;
}

import { useEffect } from 'react';
import { refreshSession, tokens } from './client';
import { queryClient } from './query';

/** One `case` event of GET /api/v1/events. */
export interface LiveCaseEvent {
  caseId: string;
  kind: 'filed' | 'transitioned' | 'commented';
  action?: string;
  version: number;
  at: string;
  self: boolean;
}

/** Fired on window for every case event, for screens that react beyond refetching (banners). */
export const LIVE_EVENT = 'csd:case-live';

/** Parses a server-sent events stream into (event, data) pairs. */
export function* sseBlocks(buffer: { text: string }): Generator<{ type: string; data: string }> {
  let end: number;
  while ((end = buffer.text.indexOf('\n\n')) >= 0) {
    const block = buffer.text.slice(0, end);
    buffer.text = buffer.text.slice(end + 2);
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    yield { type, data: data.join('\n') };
  }
}

/** What a case event makes stale: the lists, and the case's own page. */
export function onLiveCase(e: LiveCaseEvent): void {
  void queryClient.invalidateQueries({ queryKey: ['cases'] });
  void queryClient.invalidateQueries({ queryKey: ['my-cases'] });
  void queryClient.invalidateQueries({ queryKey: ['case', e.caseId] });
  window.dispatchEvent(new CustomEvent<LiveCaseEvent>(LIVE_EVENT, { detail: e }));
  if (!e.self) window.dispatchEvent(new Event('csd:notifications-changed'));
}

/**
 * Keeps one event stream open while `enabled` (fetch with the bearer token, since EventSource
 * cannot send it); reconnects with a growing pause, refreshing the session after a 401.
 */
export function useLiveUpdates(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let controller: AbortController | null = null;
    let pause = 1000;
    const run = async () => {
      while (!stopped) {
        controller = new AbortController();
        try {
          const res = await fetch('/api/v1/events', {
            headers: { Accept: 'text/event-stream', ...(tokens.bearer() ? { Authorization: `Bearer ${tokens.bearer()}` } : {}) },
            signal: controller.signal,
          });
          if (res.status === 401) {
            if (!(await refreshSession())) return;
          } else if (res.ok && res.body) {
            pause = 1000;
            const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
            const buffer = { text: '' };
            for (;;) {
              const { value, done } = await reader.read();
              if (done) break;
              buffer.text += value;
              for (const { type, data } of sseBlocks(buffer)) {
                if (type === 'case') onLiveCase(JSON.parse(data) as LiveCaseEvent);
              }
            }
          }
        } catch {
          if (stopped) return;
        }
        await new Promise((r) => setTimeout(r, pause));
        pause = Math.min(pause * 2, 30_000);
      }
    };
    void run();
    return () => {
      stopped = true;
      controller?.abort();
    };
  }, [enabled]);
}

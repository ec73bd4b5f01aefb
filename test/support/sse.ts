import type { Server } from 'node:http';
import { request as httpRequest, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SseEvent {
  type: string;
  data: unknown;
}

/** A client of GET /api/v1/events on a listening server: collects every event until closed. */
export class SseClient {
  readonly events: SseEvent[] = [];
  status = 0;
  private req?: ClientRequest;
  private buffer = '';

  static async open(server: Server, token?: string): Promise<SseClient> {
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = new SseClient();
    await new Promise<void>((resolve, reject) => {
      client.req = httpRequest({ host: '127.0.0.1', port, path: '/api/v1/events', headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), Accept: 'text/event-stream' } }, (res) => {
        client.status = res.statusCode ?? 0;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => client.feed(chunk));
        res.on('error', () => undefined);
        resolve();
      });
      client.req.on('error', reject);
      client.req.end();
    });
    return client;
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let type = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) type = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      const text = data.join('\n');
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* a plain string */
      }
      this.events.push({ type, data: parsed });
    }
  }

  /** The `case` events received so far. */
  cases(): Array<{ caseId: string; kind: string; action?: string; version: number; self: boolean }> {
    return this.events.filter((e) => e.type === 'case').map((e) => e.data as never);
  }

  /** Waits until `predicate` holds over the events (or fails after `ms`). */
  async waitFor(predicate: (c: SseClient) => boolean, ms = 5000): Promise<void> {
    const start = Date.now();
    while (!predicate(this)) {
      if (Date.now() - start > ms) throw new Error(`SSE: condition not met in ${ms} ms; got ${JSON.stringify(this.events)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  close(): void {
    this.req?.destroy();
  }
}

import type { Client } from 'pg';

/**
 * `COPY … FROM STDIN` for node-postgres without another package: a submittable query that sends
 * prepared chunks when the server asks for them. Used only by the bulk generator.
 */
class CopyIn {
  private error: Error | null = null;
  readonly done: Promise<void>;
  private settle!: (error: Error | null) => void;

  constructor(
    private readonly text: string,
    private readonly chunks: Buffer[],
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = (e) => (e ? reject(e) : resolve())));
  }

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  /** node-postgres clears its active query on an error and does not report ReadyForQuery to it. */
  handleError(error: Error): void {
    this.error = error;
    this.settle(error);
  }

  handleReadyForQuery(): void {
    this.settle(this.error);
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleEmptyQuery(): void {}
  handleCopyData(): void {}
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One value in COPY text format. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * COPY statements on one connection, one at a time: the server ingests a chunk while the caller
 * builds the next one (the connection is never asked to queue queries).
 */
export class CopyPipeline {
  private inflight: Promise<void> | null = null;

  constructor(readonly client: Client) {}

  async send(text: string, body: Buffer): Promise<void> {
    await this.drain();
    const copy = new CopyIn(text, [body]);
    void this.client.query(copy as never);
    // Awaited by the next send or by drain(); a failure surfaces there.
    copy.done.catch(() => undefined);
    this.inflight = copy.done;
  }

  async drain(): Promise<void> {
    const inflight = this.inflight;
    this.inflight = null;
    if (inflight) await inflight;
  }
}

/** Rows for one table, sent in chunks of a few megabytes. */
export class CopyWriter {
  private lines: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    private readonly pipeline: CopyPipeline,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly chunkBytes = 4 * 1024 * 1024,
  ) {}

  /** Adds a row; returns true when the chunk is full and should be flushed. */
  add(values: readonly unknown[]): boolean {
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i ? '\t' : '') + copyValue(values[i]);
    this.lines.push(line);
    this.size += line.length * 2;
    this.rows += 1;
    return this.size >= this.chunkBytes;
  }

  get full(): boolean {
    return this.size >= this.chunkBytes;
  }

  async flush(): Promise<void> {
    if (!this.lines.length) return;
    const body = Buffer.from(`${this.lines.join('\n')}\n`, 'utf8');
    this.lines = [];
    this.size = 0;
    await this.pipeline.send(`COPY ${this.table} (${this.columns.join(', ')}) FROM STDIN`, body);
  }
}

import { Logger } from '@nestjs/common';

/** What a cache needs of the transaction host (`Tx`): a way to run a load outside the caller's transaction. */
export interface OutsideTransaction {
  withoutTransaction<R>(fn: () => Promise<R>): Promise<R>;
}

/**
 * A small table kept in memory (SLA policies, holidays, zones) that is read inside transactions.
 * `load` is a repository method: it reads through `txHost.tx`, so it runs in whatever
 * transaction the caller is in.
 *
 * `get()` never waits for another connection. A reload through the pool from inside a
 * transaction — or waiting for someone else's such reload — holds the transaction's locks while
 * it queues for a connection; under load every connection is then a transaction queued behind
 * those locks and the process stops answering. So:
 * - a value younger than `ttlMs` is returned as it is;
 * - an older one is returned as well, and refreshed in the background outside any transaction
 *   (through the pool, when nobody waits for it);
 * - with nothing cached (first use, or after `invalidate()`), the value is read in the caller's
 *   own transaction (or through the pool when the caller has none).
 */
export class CachedQuery<T> {
  private readonly logger = new Logger(CachedQuery.name);
  private value?: { at: number; data: T };
  private refreshing = false;
  /** Bumped by `invalidate()`, so that a refresh started before it cannot restore old data. */
  private generation = 0;

  constructor(
    private readonly name: string,
    private readonly load: () => Promise<T>,
    private readonly host: OutsideTransaction,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<T> {
    if (this.value) {
      if (this.now() - this.value.at > this.ttlMs) this.refresh();
      return this.value.data;
    }
    const generation = this.generation;
    const data = await this.load();
    if (generation === this.generation) this.value = { at: this.now(), data };
    return data;
  }

  /** Forgets the value: the next `get` reads it afresh (after an edit in this process). */
  invalidate(): void {
    this.value = undefined;
    this.generation++;
  }

  private refresh(): void {
    if (this.refreshing) return;
    this.refreshing = true;
    const generation = this.generation;
    this.host
      .withoutTransaction(() => this.load())
      .then((data) => {
        if (generation === this.generation) this.value = { at: this.now(), data };
      })
      .catch((error: Error) => this.logger.warn(`${this.name}: refresh failed, keeping the cached value: ${error.message}`))
      .finally(() => (this.refreshing = false));
  }
}

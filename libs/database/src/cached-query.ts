import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * A small table kept in memory (SLA policies, holidays, zones) that is read inside transactions.
 *
 * `get(m)` never waits for another connection. A reload through the pool from inside a
 * transaction — or waiting for someone else's such reload — holds the transaction's locks while
 * it queues for a connection; under load every connection is then a transaction queued behind
 * those locks and the process stops answering. So:
 * - a value younger than `ttlMs` is returned as it is;
 * - an older one is returned as well, and refreshed in the background through the pool;
 * - with nothing cached (first use, or after `invalidate()`), the value is read through the
 *   caller's own manager `m`.
 */
export class CachedQuery<T> {
  private readonly logger = new Logger(CachedQuery.name);
  private value?: { at: number; data: T };
  private refreshing = false;
  /** Bumped by `invalidate()`, so that a refresh started before it cannot restore old data. */
  private generation = 0;

  constructor(
    private readonly name: string,
    private readonly load: (m: EntityManager) => Promise<T>,
    private readonly pool: () => EntityManager,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(m: EntityManager): Promise<T> {
    if (this.value) {
      if (this.now() - this.value.at > this.ttlMs) this.refresh();
      return this.value.data;
    }
    const generation = this.generation;
    const data = await this.load(m);
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
    this.load(this.pool())
      .then((data) => {
        if (generation === this.generation) this.value = { at: this.now(), data };
      })
      .catch((error: Error) => this.logger.warn(`${this.name}: refresh failed, keeping the cached value: ${error.message}`))
      .finally(() => (this.refreshing = false));
  }
}

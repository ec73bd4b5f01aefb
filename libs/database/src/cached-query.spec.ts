import type { EntityManager } from 'typeorm';
import { CachedQuery } from './cached-query';

/** Stand-ins for two connections: the caller's transaction and the pool. */
const tx = { name: 'transaction' } as unknown as EntityManager;
const pool = { name: 'pool' } as unknown as EntityManager;

function setup() {
  let clock = 0;
  const calls: { via: EntityManager; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const cache = new CachedQuery<string>(
    'test',
    (via) => new Promise<string>((resolve, reject) => calls.push({ via, resolve, reject })),
    () => pool,
    60_000,
    () => clock,
  );
  const tick = (ms: number) => (clock += ms);
  const settle = () => new Promise((r) => setImmediate(r));
  /** Holds `value`, loaded through the transaction, then lets the clock run on `ms`. */
  const primed = async (value: string, ms: number) => {
    const first = cache.get(tx);
    calls[0].resolve(value);
    await first;
    tick(ms);
  };
  return { cache, calls, primed, settle };
}

describe('CachedQuery', () => {
  it('reads the first value through the caller’s manager, never the pool', async () => {
    const { cache, calls } = setup();
    const value = cache.get(tx);
    expect(calls.map((c) => c.via)).toEqual([tx]);
    calls[0].resolve('v1');
    await expect(value).resolves.toBe('v1');
  });

  it('answers a fresh value without loading', async () => {
    const { cache, calls, primed } = setup();
    await primed('v1', 59_000);
    await expect(cache.get(tx)).resolves.toBe('v1');
    expect(calls).toHaveLength(1);
  });

  it('answers a stale value at once and refreshes it once, in the background, through the pool', async () => {
    const { cache, calls, primed, settle } = setup();
    await primed('v1', 61_000);
    // The refresh has not answered, yet every caller gets the stale value without waiting.
    await expect(cache.get(tx)).resolves.toBe('v1');
    await expect(cache.get(tx)).resolves.toBe('v1');
    expect(calls.map((c) => c.via)).toEqual([tx, pool]);
    calls[1].resolve('v2');
    await settle();
    await expect(cache.get(tx)).resolves.toBe('v2');
    expect(calls).toHaveLength(2);
  });

  it('keeps the stale value when a refresh fails, and tries again on the next read', async () => {
    const { cache, calls, primed, settle } = setup();
    await primed('v1', 61_000);
    await cache.get(tx);
    calls[1].reject(new Error('timeout exceeded when trying to connect'));
    await settle();
    await expect(cache.get(tx)).resolves.toBe('v1');
    expect(calls.map((c) => c.via)).toEqual([tx, pool, pool]);
  });

  it('after invalidate() reads afresh through the caller, and a refresh started before it is discarded', async () => {
    const { cache, calls, primed, settle } = setup();
    await primed('old', 61_000);
    await cache.get(tx); // starts a refresh (calls[1])
    cache.invalidate();
    const next = cache.get(tx);
    expect(calls[2].via).toBe(tx);
    calls[2].resolve('edited');
    await expect(next).resolves.toBe('edited');
    calls[1].resolve('old');
    await settle();
    await expect(cache.get(tx)).resolves.toBe('edited');
  });
});

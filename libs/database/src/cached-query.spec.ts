import { CachedQuery, OutsideTransaction } from './cached-query';

/** Where a load ran: in the caller's transaction, or outside it (the pool). */
type Via = 'transaction' | 'pool';

function setup() {
  let clock = 0;
  let via: Via = 'transaction';
  /** Runs the load with no transaction, as TransactionHost.withoutTransaction does. */
  const host: OutsideTransaction = {
    withoutTransaction: <R>(fn: () => Promise<R>) => {
      via = 'pool';
      try {
        return fn();
      } finally {
        via = 'transaction';
      }
    },
  };
  const calls: { via: Via; resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const cache = new CachedQuery<string>(
    'test',
    () => new Promise<string>((resolve, reject) => calls.push({ via, resolve, reject })),
    host,
    60_000,
    () => clock,
  );
  const tick = (ms: number) => (clock += ms);
  const settle = () => new Promise((r) => setImmediate(r));
  /** Holds `value`, loaded through the transaction, then lets the clock run on `ms`. */
  const primed = async (value: string, ms: number) => {
    const first = cache.get();
    calls[0].resolve(value);
    await first;
    tick(ms);
  };
  return { cache, calls, primed, settle };
}

const tx = 'transaction';
const pool = 'pool';

describe('CachedQuery', () => {
  it('reads the first value through the caller’s manager, never the pool', async () => {
    const { cache, calls } = setup();
    const value = cache.get();
    expect(calls.map((c) => c.via)).toEqual([tx]);
    calls[0].resolve('v1');
    await expect(value).resolves.toBe('v1');
  });

  it('answers a fresh value without loading', async () => {
    const { cache, calls, primed } = setup();
    await primed('v1', 59_000);
    await expect(cache.get()).resolves.toBe('v1');
    expect(calls).toHaveLength(1);
  });

  it('answers a stale value at once and refreshes it once, in the background, through the pool', async () => {
    const { cache, calls, primed, settle } = setup();
    await primed('v1', 61_000);
    // The refresh has not answered, yet every caller gets the stale value without waiting.
    await expect(cache.get()).resolves.toBe('v1');
    await expect(cache.get()).resolves.toBe('v1');
    expect(calls.map((c) => c.via)).toEqual([tx, pool]);
    calls[1].resolve('v2');
    await settle();
    await expect(cache.get()).resolves.toBe('v2');
    expect(calls).toHaveLength(2);
  });

  it('keeps the stale value when a refresh fails, and tries again on the next read', async () => {
    const { cache, calls, primed, settle } = setup();
    await primed('v1', 61_000);
    await cache.get();
    calls[1].reject(new Error('timeout exceeded when trying to connect'));
    await settle();
    await expect(cache.get()).resolves.toBe('v1');
    expect(calls.map((c) => c.via)).toEqual([tx, pool, pool]);
  });

  it('after invalidate() reads afresh through the caller, and a refresh started before it is discarded', async () => {
    const { cache, calls, primed, settle } = setup();
    await primed('old', 61_000);
    await cache.get(); // starts a refresh (calls[1])
    cache.invalidate();
    const next = cache.get();
    expect(calls[2].via).toBe(tx);
    calls[2].resolve('edited');
    await expect(next).resolves.toBe('edited');
    calls[1].resolve('old');
    await settle();
    await expect(cache.get()).resolves.toBe('edited');
  });
});

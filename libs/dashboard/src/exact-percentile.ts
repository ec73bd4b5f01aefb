/**
 * Exact percentiles (PostgreSQL's percentile_cont) without sorting every value: the values are
 * counted per bucket (buckets ordered like the values), so the value of rank r lies in the bucket
 * where the running count passes r, at a known offset among that bucket's values — a handful of
 * rows to look up instead of a year to sort.
 */

/** Ranks (0-based, ascending) whose values percentile_cont(p) interpolates between. */
export function percentileRanks(count: number, p: number): { lo: number; hi: number; fraction: number } | null {
  if (count <= 0) return null;
  const position = p * (count - 1);
  const lo = Math.floor(position);
  return { lo, hi: Math.ceil(position), fraction: position - lo };
}

/** Where rank `rank` sits: its bucket and its offset among that bucket's values. */
export function locateRank(histogram: ReadonlyMap<number, number>, rank: number): { bucket: number; offset: number } {
  let before = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    const n = histogram.get(bucket) ?? 0;
    if (rank < before + n) return { bucket, offset: rank - before };
    before += n;
  }
  throw new RangeError(`rank ${rank} is beyond the ${before} values counted`);
}

export interface RankLookup {
  bucket: number;
  offset: number;
}

export interface PercentilePlan {
  /** The values to read, by bucket and offset. */
  lookups: RankLookup[];
  /** percentile_cont for each p, from the values read (in the order of `lookups`). */
  finish(values: readonly number[]): (number | null)[];
}

/** What to read to get percentile_cont(p) for each p of the values counted in `histogram`. */
export function planPercentiles(histogram: ReadonlyMap<number, number>, ps: readonly number[]): PercentilePlan {
  const count = [...histogram.values()].reduce((a, b) => a + b, 0);
  const ranks = ps.map((p) => percentileRanks(count, p));
  const wanted = [...new Set(ranks.flatMap((r) => (r ? [r.lo, r.hi] : [])))];
  return {
    lookups: wanted.map((rank) => locateRank(histogram, rank)),
    finish(values) {
      const valueOf = new Map(wanted.map((rank, i) => [rank, values[i]]));
      return ranks.map((r) => {
        if (!r) return null;
        const lo = valueOf.get(r.lo) as number;
        const hi = valueOf.get(r.hi) as number;
        return lo + (hi - lo) * r.fraction;
      });
    },
  };
}

/** planPercentiles and one read. */
export async function exactPercentiles(
  histogram: ReadonlyMap<number, number>,
  ps: readonly number[],
  read: (lookups: RankLookup[]) => Promise<number[]>,
): Promise<(number | null)[]> {
  const plan = planPercentiles(histogram, ps);
  return plan.finish(plan.lookups.length ? await read(plan.lookups) : []);
}

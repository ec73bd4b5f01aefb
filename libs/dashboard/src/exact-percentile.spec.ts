import { exactPercentiles, locateRank, percentileRanks } from './exact-percentile';

/** percentile_cont as PostgreSQL defines it: linear interpolation between the closest ranks. */
function percentileCont(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
}

const bucketOf = (v: number) => Math.floor(Math.log2(1 + v / 1000));

async function viaBuckets(values: number[], ps: number[]) {
  const histogram = new Map<number, number>();
  for (const v of values) histogram.set(bucketOf(v), (histogram.get(bucketOf(v)) ?? 0) + 1);
  let lookups = 0;
  const result = await exactPercentiles(histogram, ps, async (wanted) => {
    lookups += 1;
    return wanted.map(({ bucket, offset }) => values.filter((v) => bucketOf(v) === bucket).sort((a, b) => a - b)[offset]);
  });
  return { result, lookups };
}

describe('exact percentiles from bucket counts', () => {
  it('equal percentile_cont on random data, in one lookup', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const n of [1, 2, 3, 10, 101, 1000, 5000]) {
      const values = Array.from({ length: n }, () => Math.floor(random() ** 3 * 1e8));
      const { result, lookups } = await viaBuckets(values, [0.5, 0.9]);
      expect(result).toEqual([percentileCont(values, 0.5), percentileCont(values, 0.9)]);
      expect(lookups).toBe(1);
    }
  });

  it('handles ties, a single value and nothing at all', async () => {
    expect((await viaBuckets([5, 5, 5, 5], [0.5, 0.9])).result).toEqual([5, 5]);
    expect((await viaBuckets([7], [0.5, 0.9])).result).toEqual([7, 7]);
    expect((await viaBuckets([], [0.5])).result).toEqual([null]);
  });

  it('interpolates between ranks that fall in different buckets', async () => {
    // ranks 0 and 1 of [1000, 900000]: the median lies halfway between them.
    expect((await viaBuckets([1000, 900_000], [0.5])).result).toEqual([450_500]);
  });

  it('locates ranks and reports the interpolation', () => {
    const h = new Map([[3, 2], [0, 1], [7, 4]]);
    expect(locateRank(h, 0)).toEqual({ bucket: 0, offset: 0 });
    expect(locateRank(h, 2)).toEqual({ bucket: 3, offset: 1 });
    expect(locateRank(h, 6)).toEqual({ bucket: 7, offset: 3 });
    expect(() => locateRank(h, 7)).toThrow(RangeError);
    expect(percentileRanks(10, 0.9)).toEqual({ lo: 8, hi: 9, fraction: expect.closeTo(0.1, 10) });
    expect(percentileRanks(0, 0.5)).toBeNull();
  });
});

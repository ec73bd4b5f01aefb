import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { MetricScope } from './dashboard-rows';
import { num, Params } from './dashboard-sql';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** The three rates' counters of one zone × programme × agent in the period (`dashboard_rates_daily`). */
export interface RatesRow {
  zone_id: string;
  programme: string;
  assignee_id: string | null;
  responded: number;
  responded_on_time: number;
  visits: number;
  visits_solved: number;
  /** Ratings per level 1–5 (index 0 = level 1). */
  rated: number[];
  /** Ratings that are their resolution's verdict (no return visit), per level. */
  verdictRated: number[];
}

/** The three rates' rollup, summed over the period in the caller's scope (kept by triggers: migrations/1764505000000-dispatch.ts). */
@Injectable()
export class RatesRepository {
  constructor(private readonly txHost: Tx) {}

  async rates(s: MetricScope): Promise<RatesRow[]> {
    const p = new Params();
    const counters = ['responded', 'responded_on_time', 'visits', 'visits_solved', ...LEVELS.map((l) => `rated_${l}`), ...LEVELS.map((l) => `verdict_rated_${l}`)];
    const rows: Record<string, unknown>[] = await this.txHost.tx.query(
      `SELECT r.zone_id, r.programme, r.assignee_id, ${counters.map((k) => `sum(r.${k})::int AS ${k}`).join(', ')}
       FROM dashboard_rates_daily r WHERE ${p.rollup('r', s)}
       GROUP BY r.zone_id, r.programme, r.assignee_id`,
      p.values,
    );
    return rows.map((r) => ({
      zone_id: r.zone_id as string,
      programme: r.programme as string,
      assignee_id: (r.assignee_id as string | null) ?? null,
      responded: num(r.responded),
      responded_on_time: num(r.responded_on_time),
      visits: num(r.visits),
      visits_solved: num(r.visits_solved),
      rated: LEVELS.map((l) => num(r[`rated_${l}`])),
      verdictRated: LEVELS.map((l) => num(r[`verdict_rated_${l}`])),
    }));
  }
}

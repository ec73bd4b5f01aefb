import { Injectable } from '@nestjs/common';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';
import { isRatingLevel, RATING_LEVELS } from '@app/contracts';
import { Tx } from '@app/database';

export interface MonthlyRatingCounts {
  zoneId: string;
  /** 'YYYY-MM', Shanghai months. */
  month: string;
  /** Ratings per level, keyed by level (5 非常满意 … 1 非常不满意). */
  levels: Record<number, number>;
}

/**
 * The 好差评 counters of `dashboard_daily` and `dashboard_rates_daily` for other modules: the
 * triggers count each case's first rating from its timeline; libs/quality adds the second rating
 * after a rectification and takes out a rating voided on appeal, on the Shanghai day the rating
 * was given, so that the dashboard, its three rates, the monthly report and the published figures
 * read the same numbers (and the rebuilds apply the same adjustments, migration 1764514000000).
 */
@Injectable()
export class RatingFigures {
  constructor(private readonly txHost: Tx) {}

  /**
   * Adds `delta` (+1 or -1) to the count of `level` on the case's rows for the day of `at`; in the
   * three rates, the rating is also the case's verdict when its resolution had no return visit.
   */
  async adjust(caseId: string, at: Date, level: number, delta: 1 | -1): Promise<void> {
    if (!isRatingLevel(level)) throw new RangeError(`not a rating level: ${level}`);
    const column = `rated_${level}`;
    await this.txHost.tx.query(
      `INSERT INTO dashboard_daily AS t (day, zone_id, programme, category, platform, ${column})
       SELECT ($2::timestamptz AT TIME ZONE $3)::date, c.zone_id, c.programme, c.category,
              CASE WHEN c.programme = 'shield' THEN coalesce(c.intake->>'platform', '') ELSE '' END, $4
         FROM cases c WHERE c.id = $1
       ON CONFLICT (day, zone_id, programme, category, platform) DO UPDATE SET ${column} = t.${column} + EXCLUDED.${column}`,
      [caseId, at, SHANGHAI_TIME_ZONE, delta],
    );
    await this.txHost.tx.query(
      `INSERT INTO dashboard_rates_daily AS t (day, zone_id, programme, assignee_id, ${column}, verdict_${column})
       SELECT ($2::timestamptz AT TIME ZONE $3)::date, c.zone_id, c.programme, c.assignee_id, $4,
              CASE WHEN EXISTS (SELECT 1 FROM return_visits v WHERE v.case_id = c.id AND v.resolved_at = c.resolved_at) THEN 0 ELSE $4 END
         FROM cases c WHERE c.id = $1
       ON CONFLICT (day, zone_id, programme, assignee_id) DO UPDATE SET ${column} = t.${column} + EXCLUDED.${column}, verdict_${column} = t.verdict_${column} + EXCLUDED.verdict_${column}`,
      [caseId, at, SHANGHAI_TIME_ZONE, delta],
    );
  }

  /** Ratings per zone and Shanghai month over [fromMonth, toMonth] ('YYYY-MM'). */
  async monthly(fromMonth: string, toMonth: string, zoneIds: readonly string[] | null): Promise<MonthlyRatingCounts[]> {
    const rows: ({ zone_id: string; month: string } & Record<string, number>)[] = await this.txHost.tx.query(
      `SELECT zone_id, to_char(day, 'YYYY-MM') AS month, ${RATING_LEVELS.map((l) => `sum(rated_${l})::int AS r${l}`).join(', ')}
         FROM dashboard_daily
        WHERE day >= to_date($1, 'YYYY-MM') AND day < (to_date($2, 'YYYY-MM') + interval '1 month')
          AND ($3::text[] IS NULL OR zone_id = ANY($3))
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [fromMonth, toMonth, zoneIds],
    );
    return rows.map((r) => ({ zoneId: r.zone_id, month: r.month, levels: Object.fromEntries(RATING_LEVELS.map((l) => [l, r[`r${l}`]])) }));
  }
}

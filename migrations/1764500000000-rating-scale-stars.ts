import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 好差评 read as stars: 5 非常满意 … 1 非常不满意 (it was 1 非常满意 … 5 非常不满意). Every stored
 * case rating turns over, level := 6 - level, with what was derived from it: the 差评 reviews,
 * the timeline's rate events (the dashboard's trigger reads their level) and the dashboard's daily
 * counters (rated_1 ⇄ rated_5, rated_2 ⇄ rated_4). Salon ratings were on the star scale already.
 * The audit chain is append-only and keeps what was recorded, on the scale of its time.
 */
export class RatingScaleStars1764500000000 implements MigrationInterface {
  name = 'RatingScaleStars1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await flip(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await flip(q);
  }
}

/** The conversion is its own inverse. */
async function flip(q: QueryRunner): Promise<void> {
  await q.query(`UPDATE cases SET rating = 6 - rating WHERE rating IS NOT NULL`);
  await q.query(`UPDATE rating_reviews SET level = 6 - level`);
  await q.query(
    `UPDATE case_events SET data = jsonb_set(data, '{level}', to_jsonb(6 - (data->>'level')::int))
      WHERE data->>'action' = 'rate' AND jsonb_typeof(data->'level') = 'number'`,
  );
  await q.query(`UPDATE dashboard_daily SET rated_1 = rated_5, rated_5 = rated_1, rated_2 = rated_4, rated_4 = rated_2 WHERE rated_1 <> rated_5 OR rated_2 <> rated_4`);
  await q.query(`COMMENT ON COLUMN cases.rating IS '好差评: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 (1 and 2 are 差评)'`);
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The 回访 outcome and 整改 measures of a done review that had no follow-up note. */
const NO_NOTE = '（迁移自旧差评回访记录）';

/**
 * One loop per 差评: `rating_reviews` (the first version's follow-up of a bad rating) goes into
 * `rectifications` (libs/quality), which every 差评 has opened since 1764500100000. A review
 * whose case has no rectification becomes one, rated when the review was opened, with the
 * deadlines of the default settings in calendar days (回访 1 day, 整改 21 days = 15 working days):
 * an open review is still to contact; a done one was contacted by phone and rectified when it was
 * done (its creation if the time is missing), by whoever followed it up, the follow-up note being
 * both the 回访 outcome and the 整改 measures. Only levels 1 and 2 are a 差评 on today's scale
 * (the rectifications' CHECK); a review of another level is left out. No audit event is written
 * (the chain is keyed by the application) and no timer queued: the quality sweep marks an open
 * one overdue on its next run. Then the table goes.
 */
export class RatingReviewsIntoRectifications1764515000000 implements MigrationInterface {
  name = 'RatingReviewsIntoRectifications1764515000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO rectifications (case_id, zone_id, status, first_level, first_comment, rated_at, contact_due_at, rectify_due_at,
         contacted_at, contact_method, contact_outcome, contacted_by, rectified_at, measures, rectified_by)
       SELECT r.case_id, r.zone_id, CASE WHEN r.done THEN 'rectified' ELSE 'contacting' END, r.level, r.comment, r.created_at,
         r.created_at + interval '1 day', r.created_at + interval '21 days',
         CASE WHEN r.done THEN r.done_at END, CASE WHEN r.done THEN 'phone' END, CASE WHEN r.done THEN r.note END, CASE WHEN r.done THEN r.followed_up_by END,
         CASE WHEN r.done THEN r.done_at END, CASE WHEN r.done THEN r.note END, CASE WHEN r.done THEN r.followed_up_by END
       FROM (
         SELECT case_id, zone_id, level, comment, created_at, followed_up_by, status = 'done' AS done,
           coalesce(done_at, created_at) AS done_at, coalesce(follow_up, $1) AS note
         FROM rating_reviews
       ) r
       WHERE r.level IN (1, 2) AND NOT EXISTS (SELECT 1 FROM rectifications x WHERE x.case_id = r.case_id)
       ORDER BY r.created_at`,
      [NO_NOTE],
    );
    await q.query(`DROP TABLE rating_reviews`);
  }

  /** The table comes back empty, as 1764150000000 made it: the rectifications made from its rows stay. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        zone_id text NOT NULL REFERENCES zones(id),
        level smallint NOT NULL,
        comment text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        follow_up text,
        followed_up_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz
      )`);
    await q.query(`CREATE INDEX rating_reviews_zone_idx ON rating_reviews (zone_id, status, created_at DESC)`);
  }
}

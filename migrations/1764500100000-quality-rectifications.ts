import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 好差评整改 (libs/quality): one rectification per 差评 (a first rating of 1 or 2), its two timed
 * steps (回访 contact, 整改 rectify) with their working-day deadlines and the instant each was
 * marked overdue, the creator's second rating, and the desk's appeals (申诉) of a rating to the
 * city supervisor. Deadlines are settings (`settings` key 'quality'); the timers go through the
 * job outbox and a sweep finds what they missed, so each overdue mark is a conditional update.
 */
export class QualityRectifications1764500100000 implements MigrationInterface {
  name = 'QualityRectifications1764500100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rectifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        zone_id text NOT NULL REFERENCES zones(id),
        status text NOT NULL DEFAULT 'contacting' CHECK (status IN ('contacting', 'rectifying', 'rectified', 'rerated', 'voided')),
        first_level smallint NOT NULL CHECK (first_level IN (1, 2)),
        first_comment text,
        first_voided boolean NOT NULL DEFAULT false,
        rated_at timestamptz NOT NULL,
        contact_due_at timestamptz NOT NULL,
        contact_overdue_at timestamptz,
        contacted_at timestamptz,
        contact_method text CHECK (contact_method IN ('phone', 'in_person')),
        contact_outcome text,
        contacted_by uuid REFERENCES users(id),
        rectify_due_at timestamptz NOT NULL,
        rectify_overdue_at timestamptz,
        rectified_at timestamptz,
        measures text,
        rectified_by uuid REFERENCES users(id),
        second_level smallint CHECK (second_level BETWEEN 1 AND 5),
        second_comment text,
        second_voided boolean NOT NULL DEFAULT false,
        rerated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((contacted_at IS NULL) = (contact_method IS NULL)),
        CHECK (rectified_at IS NULL OR contacted_at IS NOT NULL),
        CHECK ((second_level IS NULL) = (rerated_at IS NULL))
      )`);
    await q.query(`CREATE INDEX rectifications_zone_idx ON rectifications (zone_id, rated_at DESC)`);
    // The sweep's two questions: contacts due and not made, rectifications due and not done.
    await q.query(`CREATE INDEX rectifications_contact_due_idx ON rectifications (contact_due_at) WHERE contacted_at IS NULL AND contact_overdue_at IS NULL AND status <> 'voided'`);
    await q.query(`CREATE INDEX rectifications_rectify_due_idx ON rectifications (rectify_due_at) WHERE rectified_at IS NULL AND rectify_overdue_at IS NULL AND status <> 'voided'`);

    await q.query(`
      CREATE TABLE rating_appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rectification_id uuid NOT NULL REFERENCES rectifications(id),
        rating text NOT NULL CHECK (rating IN ('first', 'second')),
        reason text NOT NULL,
        filed_by uuid NOT NULL REFERENCES users(id),
        filed_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'upheld', 'voided')),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason text,
        UNIQUE (rectification_id, rating),
        CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX rating_appeals_pending_idx ON rating_appeals (filed_at) WHERE status = 'pending'`);
    await q.query(`REVOKE DELETE, TRUNCATE ON rectifications, rating_appeals FROM csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rating_appeals`);
    await q.query(`DROP TABLE IF EXISTS rectifications`);
    await q.query(`DELETE FROM settings WHERE key = 'quality'`);
  }
}

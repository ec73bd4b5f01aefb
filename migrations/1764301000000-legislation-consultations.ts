import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 众智平台: consultations (征集) published by the city authority, and the suggestions creators
 * make against their articles. Each suggestion is also a `legislation` case (same id space as
 * every case: SLA, assignment, audit and zone scope apply); this table adds what the case does
 * not know — the consultation, the article, whether the creator agreed to be named, and the
 * answer (adoption) with its reason.
 */
export class LegislationConsultations1764301000000 implements MigrationInterface {
  name = 'LegislationConsultations1764301000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
        issuing_body text NOT NULL CHECK (length(issuing_body) BETWEEN 2 AND 100),
        summary text NOT NULL DEFAULT '',
        articles jsonb NOT NULL CHECK (jsonb_typeof(articles) = 'array' AND jsonb_array_length(articles) > 0),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        short_window_reason text,
        authority_id text NOT NULL REFERENCES authorities(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consultations_window CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX consultations_window_idx ON consultations (closes_at DESC, opens_at)`);
    await q.query(`
      CREATE TABLE suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        creator_id uuid NOT NULL REFERENCES users(id),
        zone_id text NOT NULL REFERENCES zones(id),
        article_no text NOT NULL,
        suggested_wording text NOT NULL,
        reason text NOT NULL,
        named boolean NOT NULL DEFAULT false,
        adoption text CHECK (adoption IN ('adopted', 'partly_adopted', 'not_adopted', 'forwarded')),
        adoption_reason text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT suggestions_answer CHECK ((adoption IS NULL) = (answered_at IS NULL) AND (adoption IS NULL) = (adoption_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX suggestions_consultation_idx ON suggestions (consultation_id, zone_id, adoption)`);
    await q.query(`CREATE INDEX suggestions_creator_idx ON suggestions (creator_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS suggestions`);
    await q.query(`DROP TABLE IF EXISTS consultations`);
  }
}

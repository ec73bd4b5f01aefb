import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 星光计划: honour rounds (征集轮次) opened by the city authority, with quotas per zone and
 * category, and nominations — each also a `starlight` case — that move through the stages
 * applied → desk_reviewed → zone_recommended → city_decided → result. Every stage decision is a
 * row of its own (with its reason), besides the case timeline and the audit log.
 */
export class StarlightRounds1764302000000 implements MigrationInterface {
  name = 'StarlightRounds1764302000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE honour_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
        honour text NOT NULL CHECK (length(honour) BETWEEN 2 AND 100),
        categories text[] NOT NULL CHECK (cardinality(categories) > 0
          AND categories <@ ARRAY['text', 'image', 'audio_video', 'special_column', 'theme_activity']),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        self_nomination_cap integer NOT NULL DEFAULT 5 CHECK (self_nomination_cap BETWEEN 1 AND 100),
        authority_id text NOT NULL REFERENCES authorities(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT honour_rounds_window CHECK (closes_at > opens_at)
      )`);
    await q.query(`
      CREATE TABLE honour_round_quotas (
        round_id uuid NOT NULL REFERENCES honour_rounds(id),
        zone_id text NOT NULL REFERENCES zones(id),
        form text NOT NULL,
        quota integer NOT NULL CHECK (quota >= 0),
        PRIMARY KEY (round_id, zone_id, form)
      )`);
    await q.query(`
      CREATE TABLE nominations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES honour_rounds(id),
        case_id uuid NOT NULL UNIQUE REFERENCES cases(id),
        creator_id uuid NOT NULL REFERENCES users(id),
        zone_id text NOT NULL REFERENCES zones(id),
        form text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('honour_recommendation', 'self_nomination')),
        stage text NOT NULL DEFAULT 'applied' CHECK (stage IN ('applied', 'desk_reviewed', 'zone_recommended', 'city_decided', 'result')),
        outcome text CHECK (outcome IN ('selected', 'not_selected')),
        honour text,
        city_rank integer CHECK (city_rank > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX nominations_round_idx ON nominations (round_id, zone_id, form, stage)`);
    await q.query(`CREATE INDEX nominations_creator_idx ON nominations (creator_id, round_id, form)`);
    await q.query(`
      CREATE TABLE nomination_decisions (
        id bigserial PRIMARY KEY,
        nomination_id uuid NOT NULL REFERENCES nominations(id),
        stage text NOT NULL CHECK (stage IN ('desk_reviewed', 'zone_recommended', 'city_decided', 'result')),
        decision text NOT NULL CHECK (decision IN ('pass', 'fail', 'recommend', 'not_recommend', 'selected', 'not_selected')),
        reason text NOT NULL CHECK (length(reason) > 0),
        decided_by uuid NOT NULL REFERENCES users(id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (nomination_id, stage)
      )`);
    // A stage decision is also an event on its case's timeline.
    await q.query(`ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check`);
    await q.query(`ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('status_change', 'assignment', 'escalation', 'public_reply', 'internal_note', 'attachment', 'sla', 'nomination_stage'))`);
    // Stage decisions are a record: added to, never changed.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON nomination_decisions FROM csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM case_events WHERE kind = 'nomination_stage'`);
    await q.query(`ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check`);
    await q.query(`ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('status_change', 'assignment', 'escalation', 'public_reply', 'internal_note', 'attachment', 'sla'))`);
    for (const table of ['nomination_decisions', 'nominations', 'honour_round_quotas', 'honour_rounds']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cases and everything hanging off them: creator profiles, the reference counters, the
 * timeline, evidence, escalations, 差评 reviews and filing idempotency keys.
 */
export class Cases1764150000000 implements MigrationInterface {
  name = 'Cases1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE creator_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        real_name_cipher text,
        real_name_masked text,
        id_card_cipher text,
        id_card_hash text,
        id_card_masked text,
        platform_accounts jsonb NOT NULL DEFAULT '[]',
        studio text,
        mcn text,
        verified_at timestamptz,
        verified_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX creator_profiles_id_card_idx ON creator_profiles (id_card_hash)`);

    // One row per zone × programme × year; the row lock makes concurrent filings take turns.
    await q.query(`
      CREATE TABLE case_reference_counters (
        zone_code text NOT NULL,
        programme_code text NOT NULL,
        year integer NOT NULL,
        last_value integer NOT NULL,
        PRIMARY KEY (zone_code, programme_code, year)
      )`);

    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        programme text NOT NULL,
        category text NOT NULL,
        zone_id text NOT NULL REFERENCES zones(id),
        creator_id uuid NOT NULL REFERENCES users(id),
        filed_by uuid NOT NULL REFERENCES users(id),
        assignee_id uuid REFERENCES users(id),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'in_progress', 'awaiting_creator',
          'escalated', 'resolved', 'closed', 'rejected', 'withdrawn')),
        priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        channel text NOT NULL CHECK (channel IN ('online', 'walk_in', 'phone', 'onsite', 'salon')),
        title text NOT NULL,
        description text NOT NULL,
        intake jsonb NOT NULL,
        status_before_awaiting text,
        awaiting_creator_since timestamptz,
        materials_request jsonb,
        escalation_authority_id text REFERENCES authorities(id),
        escalation_acknowledged boolean NOT NULL DEFAULT false,
        rejection_reason text,
        outcome text,
        resolution_summary text,
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        rating_comment text,
        close_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        accepted_at timestamptz,
        first_response_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX cases_zone_status_idx ON cases (zone_id, status, created_at DESC)`);
    await q.query(`CREATE INDEX cases_zone_created_idx ON cases (zone_id, created_at DESC)`);
    await q.query(`CREATE INDEX cases_creator_idx ON cases (creator_id, created_at DESC)`);
    await q.query(`CREATE INDEX cases_assignee_open_idx ON cases (assignee_id) WHERE status NOT IN ('closed', 'rejected', 'withdrawn')`);
    await q.query(`CREATE INDEX cases_escalation_idx ON cases (escalation_authority_id) WHERE status = 'escalated'`);
    await q.query(`CREATE INDEX cases_resolved_due_idx ON cases (resolved_at) WHERE status = 'resolved'`);
    await q.query(`CREATE INDEX cases_awaiting_idx ON cases (awaiting_creator_since) WHERE status = 'awaiting_creator'`);
    // Chinese full-text search by trigrams: 网络暴力 finds every case that mentions it.
    await q.query(`CREATE INDEX cases_search_trgm ON cases USING gin ((reference || ' ' || title || ' ' || description) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE case_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('status_change', 'assignment', 'escalation', 'public_reply', 'internal_note', 'attachment', 'sla')),
        visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
        actor_id uuid REFERENCES users(id),
        actor_role text,
        at timestamptz NOT NULL DEFAULT now(),
        data jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX case_events_case_idx ON case_events (case_id, id)`);

    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        file_name text NOT NULL,
        mime_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 char(64) NOT NULL,
        sm3 char(64) NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attachments_case_idx ON attachments (case_id, uploaded_at)`);

    await q.query(`
      CREATE TABLE escalations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        authority_id text NOT NULL REFERENCES authorities(id),
        reason text NOT NULL,
        automatic boolean NOT NULL DEFAULT false,
        escalated_by uuid REFERENCES users(id),
        escalated_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES users(id),
        ended_at timestamptz,
        outcome text CHECK (outcome IN ('returned', 'resolved', 'escalated_on', 'withdrawn'))
      )`);
    await q.query(`CREATE INDEX escalations_authority_idx ON escalations (authority_id, escalated_at DESC)`);
    await q.query(`CREATE INDEX escalations_case_idx ON escalations (case_id)`);

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

    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL REFERENCES users(id),
        key text NOT NULL,
        request_hash char(64) NOT NULL,
        case_id uuid REFERENCES cases(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    // Round-robin among equally loaded agents: the one assigned longest ago goes first.
    await q.query(`ALTER TABLE users ADD COLUMN last_assigned_at timestamptz`);

    // Evidence is never replaced or removed by the application.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON attachments FROM csd_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON case_events FROM csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN last_assigned_at`);
    for (const table of ['idempotency_keys', 'rating_reviews', 'escalations', 'attachments', 'case_events', 'cases', 'case_reference_counters', 'creator_profiles']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

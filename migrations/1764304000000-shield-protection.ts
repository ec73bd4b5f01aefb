import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 盾牌行动: the normalised targets of every shield case (platform + account id, cleaned URLs)
 * for matching linked cases (串并案), link groups and merges of true duplicates, evidence
 * packets (证据包) with their own fingerprints, platform requests (平台处置函) with the
 * platforms' responses, and police referrals (移送公安) tracked to their end.
 */
export class ShieldProtection1764304000000 implements MigrationInterface {
  name = 'ShieldProtection1764304000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE shield_targets (
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('account', 'url')),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 2200),
        raw text NOT NULL,
        PRIMARY KEY (case_id, kind, key)
      )`);
    await q.query(`CREATE INDEX shield_targets_key_idx ON shield_targets (kind, key)`);
    await q.query(`
      CREATE TABLE case_link_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        zone_id text NOT NULL REFERENCES zones(id),
        note text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE case_link_members (
        case_id uuid PRIMARY KEY REFERENCES cases(id),
        group_id uuid NOT NULL REFERENCES case_link_groups(id),
        linked_by uuid NOT NULL REFERENCES users(id),
        linked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_link_members_group_idx ON case_link_members (group_id)`);
    await q.query(`
      CREATE TABLE case_merges (
        duplicate_case_id uuid PRIMARY KEY REFERENCES cases(id),
        kept_case_id uuid NOT NULL REFERENCES cases(id),
        merged_by uuid NOT NULL REFERENCES users(id),
        merged_at timestamptz NOT NULL DEFAULT now(),
        CHECK (duplicate_case_id <> kept_case_id)
      )`);
    await q.query(`
      CREATE TABLE evidence_packets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        purpose text NOT NULL CHECK (purpose IN ('police', 'court', 'platform')),
        file_count integer NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 text NOT NULL,
        sm3 text NOT NULL,
        storage_key text NOT NULL,
        manifest jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON evidence_packets FROM csd_app`);
    await q.query(`
      CREATE TABLE platform_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        zone_id text NOT NULL REFERENCES zones(id),
        authority_id text NOT NULL REFERENCES authorities(id),
        platform text NOT NULL,
        accounts text[] NOT NULL,
        urls text[] NOT NULL,
        measures text[] NOT NULL CHECK (cardinality(measures) > 0),
        document_id uuid,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX platform_requests_case_idx ON platform_requests (case_id)`);
    await q.query(`
      CREATE TABLE platform_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES platform_requests(id),
        result text NOT NULL CHECK (result IN ('deleted', 'banned', 'not_handled')),
        responded_on date NOT NULL,
        note text NOT NULL DEFAULT '',
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX platform_responses_request_idx ON platform_responses (request_id)`);
    await q.query(`
      CREATE TABLE police_referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        zone_id text NOT NULL REFERENCES zones(id),
        police_unit text NOT NULL,
        reason text NOT NULL,
        referred_on date NOT NULL,
        status text NOT NULL DEFAULT 'referred' CHECK (status IN ('referred', 'filed', 'not_filed', 'closed')),
        receipt_no text,
        history jsonb NOT NULL DEFAULT '[]',
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX police_referrals_case_idx ON police_referrals (case_id)`);
    await q.query(`ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check`);
    await q.query(`ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN (${KINDS.map((k) => `'${k}'`).join(', ')}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM case_events WHERE kind IN ('case_link', 'evidence_packet', 'platform_request', 'platform_response', 'police_referral')`);
    await q.query(`ALTER TABLE case_events DROP CONSTRAINT case_events_kind_check`);
    await q.query(`ALTER TABLE case_events ADD CONSTRAINT case_events_kind_check CHECK (kind IN (${KINDS.slice(0, 8).map((k) => `'${k}'`).join(', ')}))`);
    for (const table of ['police_referrals', 'platform_responses', 'platform_requests', 'evidence_packets', 'case_merges', 'case_link_members', 'case_link_groups', 'shield_targets']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

const KINDS = ['status_change', 'assignment', 'escalation', 'public_reply', 'internal_note', 'attachment', 'sla', 'nomination_stage', 'case_link', 'evidence_packet', 'platform_request', 'platform_response', 'police_referral'];

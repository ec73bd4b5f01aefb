import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data (roles, zones, authorities), accounts and sessions, the notification outbox,
 * settings, and the append-only, hash-chained audit log with the application's database role.
 */
export class Foundation1764140000000 implements MigrationInterface {
  name = 'Foundation1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE roles (
        id text PRIMARY KEY,
        name text NOT NULL,
        is_admin boolean NOT NULL DEFAULT false
      )`);
    await q.query(`
      INSERT INTO roles (id, name, is_admin) VALUES
        ('creator', '创作者', false), ('agent', '服务台专员', false), ('supervisor', '主管', false),
        ('cac_officer', '网信办联络员', false), ('sysadmin', '系统管理员', true),
        ('secadmin', '安全管理员', true), ('auditor', '审计管理员', true)`);

    await q.query(`
      CREATE TABLE authorities (
        id text PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('district', 'city')),
        parent_id text REFERENCES authorities(id)
      )`);
    await q.query(`
      INSERT INTO authorities (id, name, level, parent_id) VALUES
        ('cac_city', '市委网信办', 'city', NULL),
        ('cac_huangpu', '黄浦区委网信办', 'district', 'cac_city'),
        ('cac_yangpu', '杨浦区委网信办', 'district', 'cac_city')`);

    await q.query(`
      CREATE TABLE zones (
        id text PRIMARY KEY,
        name text NOT NULL,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{2,4}$'),
        authority_id text NOT NULL REFERENCES authorities(id),
        active boolean NOT NULL DEFAULT true
      )`);
    await q.query(`
      INSERT INTO zones (id, name, code, authority_id) VALUES
        ('huangpu', '黄浦区集聚区', 'HP', 'cac_huangpu'),
        ('yangpu', '杨浦区集聚区', 'YP', 'cac_yangpu')`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        role text REFERENCES roles(id),
        zone_id text REFERENCES zones(id),
        authority_id text REFERENCES authorities(id),
        username text UNIQUE CHECK (username = lower(username)),
        phone_cipher text,
        phone_hash text UNIQUE,
        phone_masked text,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        failed_login_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        skills text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT users_login_present CHECK (username IS NOT NULL OR phone_hash IS NOT NULL),
        CONSTRAINT users_agent_has_zone CHECK (role IS DISTINCT FROM 'agent' OR zone_id IS NOT NULL),
        CONSTRAINT users_officer_has_authority CHECK (role IS DISTINCT FROM 'cac_officer' OR authority_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX users_role_zone_idx ON users (role, zone_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`);

    await q.query(`
      CREATE TABLE phone_verifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        phone_hash text NOT NULL,
        code_hash text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX phone_verifications_phone_idx ON phone_verifications (phone_hash, created_at DESC)`);

    await q.query(`
      CREATE TABLE notification_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        channel text NOT NULL CHECK (channel IN ('sms', 'email', 'inapp')),
        recipient_user_id uuid REFERENCES users(id),
        recipient_cipher text,
        template text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE status = 'pending'`,
    );

    await q.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text
      )`);
    await q.query(`
      INSERT INTO settings (key, value) VALUES
        ('security_policy', '{"passwordMinLength": 8, "lockoutThreshold": 5, "lockoutMinutes": 15}')`);

    await q.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id text,
        actor_role text,
        actor_zone text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        ip text,
        user_agent text,
        request_id text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, id)`);
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events (action, id)`);
    await q.query(`CREATE INDEX audit_events_time_brin ON audit_events USING brin (occurred_at)`);
    // The head row is both the serialisation point for appenders and the anchor that makes a
    // removed tail detectable.
    await q.query(`
      CREATE TABLE audit_chain_head (
        id smallint PRIMARY KEY CHECK (id = 1),
        last_id bigint,
        last_hash char(64) NOT NULL
      )`);
    await q.query(`INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, NULL, repeat('0', 64))`);
    await q.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);

    // The application's role: everything it needs, but only INSERT and SELECT on the audit log.
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'csd_app') THEN
          CREATE ROLE csd_app NOLOGIN;
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO csd_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO csd_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO csd_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO csd_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO csd_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM csd_app`);
    await q.query(`REVOKE INSERT, DELETE, TRUNCATE ON audit_chain_head FROM csd_app`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON roles FROM csd_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_chain_head',
      'audit_events',
      'settings',
      'notification_outbox',
      'phone_verifications',
      'refresh_tokens',
      'users',
      'zones',
      'authorities',
      'roles',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_events_refuse_change`);
  }
}

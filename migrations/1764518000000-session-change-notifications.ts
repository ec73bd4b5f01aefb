import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each api process remembers which sessions its checks found live (libs/sessions). Whatever can end
 * a session, from any process or by hand in SQL, now says so on the channel `session_changed`
 * with the account's id, when it commits: a refresh token revoked or deleted, an account disabled,
 * deleted or given another role, zone or authority.
 */
export class SessionChangeNotifications1764518000000 implements MigrationInterface {
  name = 'SessionChangeNotifications1764518000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The argument names the column holding the account's id. PostgreSQL sends one
        -- notification per payload and transaction, after the commit.
        PERFORM pg_notify('session_changed', to_jsonb(OLD) ->> TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER refresh_tokens_revoked_notify AFTER UPDATE OF revoked_at ON refresh_tokens
      FOR EACH ROW WHEN (NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL)
      EXECUTE FUNCTION notify_session_changed('user_id')`);
    await q.query(`
      CREATE TRIGGER refresh_tokens_deleted_notify AFTER DELETE ON refresh_tokens
      FOR EACH ROW EXECUTE FUNCTION notify_session_changed('user_id')`);
    await q.query(`
      CREATE TRIGGER users_standing_notify AFTER UPDATE OF status, role, zone_id, authority_id ON users
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.role IS DISTINCT FROM NEW.role
        OR OLD.zone_id IS DISTINCT FROM NEW.zone_id OR OLD.authority_id IS DISTINCT FROM NEW.authority_id)
      EXECUTE FUNCTION notify_session_changed('id')`);
    await q.query(`
      CREATE TRIGGER users_deleted_notify AFTER DELETE ON users
      FOR EACH ROW EXECUTE FUNCTION notify_session_changed('id')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER users_deleted_notify ON users`);
    await q.query(`DROP TRIGGER users_standing_notify ON users`);
    await q.query(`DROP TRIGGER refresh_tokens_deleted_notify ON refresh_tokens`);
    await q.query(`DROP TRIGGER refresh_tokens_revoked_notify ON refresh_tokens`);
    await q.query(`DROP FUNCTION notify_session_changed()`);
  }
}

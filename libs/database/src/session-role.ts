import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * The api and the worker refuse to start unless they logged in as the application's own role:
 * not a superuser, unable to create roles, replicate or bypass row security, not the owner of
 * the database or of the audit log, member of nothing that is, and a member of `appRole` (whose
 * grants it uses). There is no `SET ROLE` to undo: `RESET ROLE` gives nothing more.
 */
export async function assertApplicationRole(dataSource: DataSource, appRole: string): Promise<void> {
  const [row] = await dataSource.query(
    `SELECT r.rolname AS name, r.rolsuper, r.rolcreaterole, r.rolreplication, r.rolbypassrls,
       EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = $1 AND pg_has_role(session_user, g.oid, 'MEMBER')) AS is_app,
       ARRAY(
         SELECT p.rolname::text FROM pg_roles p
         WHERE pg_has_role(session_user, p.oid, 'MEMBER')
           AND (p.rolsuper OR p.rolcreaterole OR p.rolreplication OR p.rolbypassrls
             OR p.oid = (SELECT datdba FROM pg_database WHERE datname = current_database())
             OR p.oid = (SELECT relowner FROM pg_class WHERE oid = to_regclass('public.audit_events'))
             OR p.rolname IN ('pg_write_server_files', 'pg_read_server_files', 'pg_execute_server_program', 'pg_write_all_data'))
         ORDER BY 1) AS dangerous
     FROM pg_roles r WHERE r.rolname = session_user`,
    [appRole],
  );
  const problems: string[] = [];
  if (row.rolsuper) problems.push('is a superuser');
  if (row.dangerous.length) problems.push(`is or can become ${row.dangerous.join(', ')} (superuser, CREATEROLE, REPLICATION, BYPASSRLS, the owner, or a server-file role)`);
  if (!row.is_app) problems.push(`is not a member of ${appRole}`);
  if (problems.length) {
    throw new Error(
      `Refusing to start: the database login "${row.name}" ${problems.join('; ')}. ` +
        `DATABASE_URL must log in as the application's own role (see README, "Database roles"); migrations run as the owner.`,
    );
  }
  new Logger('Database').log(`logged in as ${row.name} (member of ${appRole}, no superuser path)`);
}

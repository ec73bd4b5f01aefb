import { Client } from 'pg';
import { withDatabase } from './local-services';

/**
 * The database roles, created by whoever holds a superuser connection (`npm start`, the test
 * setup, the load and fault scripts; in production the DBA, as the README says):
 * - the owner (`csd_owner`): a LOGIN role that owns the database and its objects and runs the
 *   migrations; not a superuser, cannot create roles or databases;
 * - `csd_app`: a NOLOGIN role holding the application's grants (the migrations grant to it; it
 *   may only append to the audit log);
 * - the application's login (`csd_api`): what the api and the worker log in as, a member of
 *   `csd_app` and of nothing that could make it a superuser or the owner. `RESET ROLE` gives it
 *   nothing more. Optionally `pg_read_all_stats`, so that the audit linker can tell other
 *   databases' transactions apart on a shared server.
 */
export interface RoleLogin {
  name: string;
  password: string;
}

export interface DatabaseRoles {
  owner: RoleLogin;
  app: RoleLogin;
  /** Grant pg_read_all_stats to the app's login (see above). */
  readAllStats?: boolean;
}

export const APP_GRANTS_ROLE = 'csd_app';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const quote = (name: string) => {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain role name: ${name}`);
  return `"${name}"`;
};
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A URL of `serverUrl`'s host and port for `database`, logging in as `login`. */
export function urlAs(serverUrl: string, database: string, login: RoleLogin): string {
  const url = new URL(withDatabase(serverUrl, database));
  url.username = encodeURIComponent(login.name);
  url.password = encodeURIComponent(login.password);
  return url.toString();
}

async function ignoreDuplicate(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    // Two setups creating the same role at once: the other one won, which is what we wanted.
    if (!['42710', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
  }
}

const LOGIN_ATTRIBUTES = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';

async function ensureLogin(client: Client, login: RoleLogin): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login.name]);
  if (!exists.rowCount) await ignoreDuplicate(() => client.query(`CREATE ROLE ${quote(login.name)} ${LOGIN_ATTRIBUTES} PASSWORD ${literal(login.password)}`));
  await client.query(`ALTER ROLE ${quote(login.name)} ${LOGIN_ATTRIBUTES} INHERIT PASSWORD ${literal(login.password)}`);
}

/**
 * Creates the roles and the database (owned by the owner role) where missing, hands a database
 * created earlier by another role (say `postgres`) over to the owner, and returns the owner's
 * and the app's URLs. `serverUrl` must be a superuser's. Idempotent.
 */
export async function provisionDatabase(serverUrl: string, database: string, roles: DatabaseRoles): Promise<{ ownerUrl: string; appUrl: string }> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const group = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_GRANTS_ROLE]);
    if (!group.rowCount) await ignoreDuplicate(() => client.query(`CREATE ROLE ${APP_GRANTS_ROLE} NOLOGIN`));
    await ensureLogin(client, roles.owner);
    await ensureLogin(client, roles.app);
    await client.query(`GRANT ${APP_GRANTS_ROLE} TO ${quote(roles.app.name)}`);
    if (roles.readAllStats) await client.query(`GRANT pg_read_all_stats TO ${quote(roles.app.name)}`);
    const [db] = (await client.query('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1', [database])).rows;
    if (!db) await ignoreDuplicate(() => client.query(`CREATE DATABASE ${quote(database)} OWNER ${quote(roles.owner.name)}`));
    else if (db.owner !== roles.owner.name) await client.query(`ALTER DATABASE ${quote(database)} OWNER TO ${quote(roles.owner.name)}`);
  } finally {
    await client.end();
  }
  await adoptObjects(withDatabase(serverUrl, database), roles.owner.name);
  return { ownerUrl: urlAs(serverUrl, database, roles.owner), appUrl: urlAs(serverUrl, database, roles.app) };
}

/**
 * Inside the database: the owner owns every table, view, sequence and function of the schema
 * (a database migrated as `postgres` before the roles existed is handed over), and what it
 * creates later is granted to the app like what the migrations created before.
 */
async function adoptObjects(databaseUrl: string, owner: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      DO $$
      DECLARE
        r record;
        owner_oid oid := (SELECT oid FROM pg_roles WHERE rolname = ${literal(owner)});
      BEGIN
        FOR r IN
          SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname IN ('public', 'case_references') AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relowner <> owner_oid
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'))
          ORDER BY c.relkind <> 'S'
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO %I', CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.name, ${literal(owner)});
        END LOOP;
        FOR r IN
          SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND p.proowner <> owner_oid
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO %I', CASE r.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.name, ${literal(owner)});
        END LOOP;
        IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'case_references' AND nspowner <> owner_oid) THEN
          EXECUTE format('ALTER SCHEMA case_references OWNER TO %I', ${literal(owner)});
        END IF;
      END $$`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${quote(owner)} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_GRANTS_ROLE}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${quote(owner)} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_GRANTS_ROLE}`);
  } finally {
    await client.end();
  }
}

/** Drops login roles (after their databases are gone); a role still owning something elsewhere stays. */
export async function dropRoles(serverUrl: string, names: string[]): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP ROLE IF EXISTS ${quote(name)}`).catch(() => undefined);
  } finally {
    await client.end();
  }
}

import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { QueryRunner } from 'typeorm';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { TestApp } from './support/test-app';

/** The database part of the api and the worker, started with `DATABASE_URL` = `url`. */
async function startDatabaseModule(url: string): Promise<void> {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, DatabaseModule] }).compile();
    await moduleRef.close();
  } finally {
    process.env.DATABASE_URL = saved;
  }
}

/**
 * The application logs in as its own role: not a superuser, unable to become one or the owner;
 * there is no SET ROLE to undo, so RESET ROLE gains nothing. The migrations ran as the owner.
 */
describe('database roles (e2e)', () => {
  let t: TestApp;
  let runner: QueryRunner;
  const roles = JSON.parse(process.env.TEST_DATABASE_ROLES!) as { owner: { name: string }; app: { name: string } };
  beforeAll(async () => {
    t = await TestApp.start();
    runner = t.db.createQueryRunner();
  });
  afterAll(async () => {
    await runner.release();
    await t.close();
  });

  it('logs in as a role that is not a superuser, and RESET ROLE leaves it so', async () => {
    const [who] = await runner.query(`SELECT session_user AS session, current_user AS current, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolreplication
      FROM pg_roles r WHERE r.rolname = session_user`);
    expect(who).toEqual({ session: roles.app.name, current: roles.app.name, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, rolreplication: false });
    await runner.query('RESET ROLE');
    const [after] = await runner.query(`SELECT current_user AS current, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS rolsuper`);
    expect(after).toEqual({ current: roles.app.name, rolsuper: false });
  });

  it('cannot SET ROLE to the superuser or the owner, nor grant itself anything', async () => {
    for (const role of ['postgres', roles.owner.name]) {
      await expect(runner.query(`SET ROLE "${role}"`)).rejects.toThrow(/permission denied to set role/);
    }
    await expect(runner.query(`SET SESSION AUTHORIZATION postgres`)).rejects.toThrow(/permission denied/);
    await expect(runner.query(`GRANT "${roles.owner.name}" TO "${roles.app.name}"`)).rejects.toThrow(/permission denied|must have admin option/);
    await expect(runner.query(`ALTER ROLE "${roles.app.name}" SUPERUSER`)).rejects.toThrow(/permission denied|must be superuser/);
    // No path through membership either.
    const [path] = await runner.query(`SELECT count(*)::int AS n FROM pg_roles p WHERE pg_has_role(session_user, p.oid, 'MEMBER') AND (p.rolsuper OR p.rolcreaterole OR p.rolname = $1)`, [roles.owner.name]);
    expect(path.n).toBe(0);
  });

  it('is refused UPDATE and DELETE on the audit log, and cannot switch its triggers off or change the schema', async () => {
    await expect(runner.query(`UPDATE audit_events SET action = 'x' WHERE id = (SELECT min(id) FROM audit_events)`)).rejects.toThrow(/permission denied/);
    await expect(runner.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    await expect(runner.query(`DELETE FROM audit_links`)).rejects.toThrow(/permission denied/);
    await expect(runner.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`)).rejects.toThrow(/must be owner/);
    await expect(runner.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    await expect(runner.query(`CREATE TABLE intruder (id int)`)).rejects.toThrow(/permission denied/);
  });

  it('the migrations ran as the owner role', async () => {
    const owners = await runner.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`);
    expect(owners).toEqual([{ tableowner: roles.owner.name }]);
    const [db] = await runner.query(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database()`);
    expect(db.owner).toBe(roles.owner.name);
  });

  it('the api and the worker refuse to start when they would log in as a superuser or as the owner', async () => {
    await expect(startDatabaseModule(process.env.TEST_DATABASE_SUPERUSER_URL!)).rejects.toThrow(/Refusing to start: .* is a superuser/);
    await expect(startDatabaseModule(process.env.TEST_DATABASE_OWNER_URL!)).rejects.toThrow(/Refusing to start: .* can become .*_owner/);
    await expect(startDatabaseModule(process.env.DATABASE_URL!)).resolves.toBeUndefined();
    const owner = new Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
    await owner.connect();
    try {
      // The owner itself is no superuser either.
      const [r] = (await owner.query(`SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = session_user`)).rows;
      expect(r).toEqual({ rolsuper: false, rolcreaterole: false });
    } finally {
      await owner.end();
    }
  });
});

import { dropRoles } from '../tools/dev-start/database-roles';
import { dropDatabase } from '../tools/dev-start/local-services';

export default async function globalTeardown(): Promise<void> {
  const { TEST_DATABASE_SERVER: server, TEST_DATABASE_NAME: database, TEST_DATABASE_ROLES: roles, KEEP_TEST_DATABASE } = process.env;
  if (!server || !database || KEEP_TEST_DATABASE) return;
  await dropDatabase(server, database);
  if (roles) {
    const { owner, app } = JSON.parse(roles) as { owner: { name: string }; app: { name: string } };
    await dropRoles(server, [app.name, owner.name]);
  }
}

import { dropRoles } from '../tools/dev-start/database-roles';
import { dropDatabase } from '../tools/dev-start/local-services';
import { workerDatabase } from './support/worker-database';

export default async function globalTeardown(globalConfig: { maxWorkers: number }): Promise<void> {
  const { TEST_DATABASE_SERVER: server, TEST_DATABASE_NAME: database, TEST_DATABASE_ROLES: roles, KEEP_TEST_DATABASE } = process.env;
  if (!server || !database || KEEP_TEST_DATABASE) return;
  for (let worker = globalConfig.maxWorkers; worker >= 1; worker--) await dropDatabase(server, workerDatabase(database, worker));
  if (roles) {
    const { owner, app } = JSON.parse(roles) as { owner: { name: string }; app: { name: string } };
    await dropRoles(server, [app.name, owner.name]);
  }
}

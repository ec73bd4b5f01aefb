import { DatabaseRoles, provisionDatabase } from '../../tools/dev-start/database-roles';
import { dropDatabase, withDatabase } from '../../tools/dev-start/local-services';
import { runMigrations } from '@app/database';

/** URLs of a database of a spec's own: the owner's, the app's login, a superuser's. */
export interface SpecDatabase {
  ownerUrl: string;
  appUrl: string;
  superuserUrl: string;
}

/** A fresh, migrated database with the run's roles (as the global setup makes the run's own). */
export async function specDatabase(name: string): Promise<SpecDatabase> {
  const server = process.env.TEST_DATABASE_SERVER as string;
  const roles = JSON.parse(process.env.TEST_DATABASE_ROLES as string) as DatabaseRoles;
  await dropDatabase(server, name);
  const { ownerUrl, appUrl } = await provisionDatabase(server, name, roles);
  await runMigrations(ownerUrl);
  return { ownerUrl, appUrl, superuserUrl: withDatabase(server, name) };
}

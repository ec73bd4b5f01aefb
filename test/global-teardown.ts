import { dropDatabase } from '../tools/dev-start/local-services';

export default async function globalTeardown(): Promise<void> {
  const { TEST_DATABASE_SERVER: server, TEST_DATABASE_NAME: database, KEEP_TEST_DATABASE } = process.env;
  if (server && database && !KEEP_TEST_DATABASE) await dropDatabase(server, database);
}

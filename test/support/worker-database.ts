import { withDatabase } from '../../tools/dev-start/local-services';

/**
 * Jest may run spec files in several worker processes at once. Worker 1 uses the run's database;
 * worker k > 1 a copy of it made by the global setup right after the migrations, with a Redis
 * prefix and folders of its own, so that files running side by side never see each other's rows,
 * queues, rate limits or audit checkpoints.
 */
export const workerDatabase = (database: string, worker: number): string => (worker === 1 ? database : `${database}_w${worker}`);

/** The variables of the run's environment that name its database, prefix and folders, for one worker. */
export function workerEnvironment(env: NodeJS.ProcessEnv, worker: number): Record<string, string> {
  const base = env.TEST_DATABASE_NAME as string;
  const database = workerDatabase(base, worker);
  if (database === base) return {};
  return {
    TEST_DATABASE_NAME: database,
    DATABASE_URL: withDatabase(env.DATABASE_URL as string, database),
    TEST_DATABASE_OWNER_URL: withDatabase(env.TEST_DATABASE_OWNER_URL as string, database),
    TEST_DATABASE_SUPERUSER_URL: withDatabase(env.TEST_DATABASE_SUPERUSER_URL as string, database),
    QUEUE_PREFIX: `${env.QUEUE_PREFIX}_w${worker}`,
    AUDIT_CHECKPOINT_DIR: `/tmp/${database}/audit-checkpoints`,
    UPLOAD_DIR: `/tmp/${database}/uploads`,
  };
}

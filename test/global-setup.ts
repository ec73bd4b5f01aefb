import { randomBytes } from 'node:crypto';
// Relative imports: jest's moduleNameMapper does not apply to global setup.
import { runMigrations } from '../libs/database/src/migration-runner';
import { ensureDatabase, resolvePostgresServer, resolveRedis, withDatabase } from '../tools/dev-start/local-services';

/** Each run gets its own fresh database and its own Redis key prefix. */
export default async function globalSetup(): Promise<void> {
  const server = await resolvePostgresServer({ DATABASE_URL: process.env.TEST_DATABASE_SERVER_URL });
  const redisUrl = await resolveRedis(process.env);
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `csd_test_${runId}`;
  await ensureDatabase(server, database);
  await runMigrations(withDatabase(server, database));

  Object.assign(process.env, {
    NODE_ENV: 'test',
    TEST_DATABASE_SERVER: server,
    TEST_DATABASE_NAME: database,
    DATABASE_URL: withDatabase(server, database),
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `csd_test_${runId}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PII_HASH_KEY: randomBytes(32).toString('hex'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    UPLOAD_DIR: `/tmp/${database}/uploads`,
    // Small enough that the oversized-upload test stays fast.
    UPLOAD_MAX_BYTES: String(2 * 1024 * 1024),
  });
}

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
// Relative imports: jest's moduleNameMapper does not apply to global setup.
import { runMigrations } from '../libs/database/src/migration-runner';
import { provisionDatabase } from '../tools/dev-start/database-roles';
import { resolvePostgresServer, resolveRedis, withDatabase } from '../tools/dev-start/local-services';
import { workerDatabase } from './support/worker-database';

/**
 * Each run gets its own fresh database, its own database roles (an owner that runs the
 * migrations and the application's login, as `npm start` and production have them) and its own
 * Redis key prefix, so runs never collide. When jest runs files in several workers, each worker
 * gets a copy of the migrated database and a prefix of its own (test/worker-environment.ts).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const server = await resolvePostgresServer({ DATABASE_URL: process.env.TEST_DATABASE_SERVER_URL });
  const redisUrl = await resolveRedis(process.env);
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `csd_test_${runId}`;
  const roles = {
    owner: { name: `csd_t_${runId}_owner`, password: randomBytes(16).toString('hex') },
    app: { name: `csd_t_${runId}_app`, password: randomBytes(16).toString('hex') },
    readAllStats: true,
  };
  const { ownerUrl, appUrl } = await provisionDatabase(server, database, roles);
  await runMigrations(ownerUrl);
  const superuser = new Client({ connectionString: server });
  await superuser.connect();
  try {
    for (let worker = 2; worker <= globalConfig.maxWorkers; worker++) {
      await superuser.query(`CREATE DATABASE "${workerDatabase(database, worker)}" TEMPLATE "${database}" OWNER "${roles.owner.name}"`);
    }
  } finally {
    await superuser.end();
  }

  Object.assign(process.env, {
    NODE_ENV: 'test',
    TEST_DATABASE_SERVER: server,
    TEST_DATABASE_NAME: database,
    // The roles, for specs that provision databases of their own (test/support/databases.ts).
    TEST_DATABASE_ROLES: JSON.stringify(roles),
    TEST_DATABASE_OWNER_URL: ownerUrl,
    TEST_DATABASE_SUPERUSER_URL: withDatabase(server, database),
    DATABASE_URL: appUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `csd_test_${runId}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PII_HASH_KEY: randomBytes(32).toString('hex'),
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_DIR: `/tmp/${database}/audit-checkpoints`,
    SEED_DEMO: 'false',
    // Supertest connects from 127.0.0.1; each test user names an address of its own in X-Forwarded-For.
    TRUSTED_PROXIES: 'loopback',
    LOG_LEVEL: 'silent',
    UPLOAD_DIR: `/tmp/${database}/uploads`,
    // Small enough that the oversized-upload test stays fast.
    UPLOAD_MAX_BYTES: String(2 * 1024 * 1024),
  });
}

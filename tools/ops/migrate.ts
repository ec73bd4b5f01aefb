import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { runMigrations } from '@app/database';

/**
 * `npm run migrate`: applies pending migrations as the owner role (DATABASE_OWNER_URL), once per
 * deployment. The api and the worker log in as the application's role (DATABASE_URL) instead.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) throw new Error('DATABASE_OWNER_URL must be set, e.g. postgres://csd_owner:…@127.0.0.1:5432/creator_desk (see README, "Database roles")');
  const applied = await runMigrations(url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { runMigrations } from '@app/database';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (run once per deployment). */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must be set, e.g. postgres://postgres@127.0.0.1:5432/creator_desk');
  const applied = await runMigrations(url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

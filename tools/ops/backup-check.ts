import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { developmentSecrets } from '../dev-start/local-services';
import { backupRoundTrip } from './backup';

/** `npm run backup:check`: dump, restore into a scratch database, compare, verify the audit chain. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/creator_desk';
  const key = process.env.AUDIT_HMAC_KEY ?? (process.env.NODE_ENV === 'production' ? undefined : developmentSecrets().AUDIT_HMAC_KEY);
  if (!key) throw new Error('AUDIT_HMAC_KEY must be set to verify the restored audit chain');
  const result = await backupRoundTrip(url, key);
  console.log(
    `backup round-trip: ${result.tables} tables, ${result.rows} rows, counts ${result.countsMatch ? 'match' : 'DIFFER'}, ` +
      `audit chain ${result.audit.ok ? `verifies (${result.audit.checked} events)` : `BROKEN (${result.audit.problemCount} problems, first at seq ${result.audit.firstBroken?.seq})`}, ${result.millis} ms`,
  );
  if (!result.countsMatch || !result.audit.ok) process.exitCode = 2;
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

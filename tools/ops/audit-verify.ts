import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { verifyAuditChain } from '@app/audit';
import { ensureDatabase, resolvePostgresServer, withDatabase } from '../dev-start/local-services';

/** `npm run audit:verify`: walks the whole audit chain and names the first broken event. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let url = process.env.DATABASE_URL;
  if (!url) {
    const server = await resolvePostgresServer(process.env);
    await ensureDatabase(server, 'creator_desk');
    url = withDatabase(server, 'creator_desk');
  }
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const started = Date.now();
    const result = await verifyAuditChain(dataSource);
    const took = Date.now() - started;
    if (result.ok) {
      console.log(`audit chain OK: ${result.checked} events verified in ${took} ms`);
    } else {
      console.error(`audit chain BROKEN at event ${result.firstBroken?.id} (${result.firstBroken?.reason}); ${result.checked} events before it verified`);
      process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

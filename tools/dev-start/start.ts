import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { PiiCipher } from '@app/pii';
import { provisionDatabase } from './database-roles';
import { developmentRoles, developmentSecrets, resolvePostgresServer, resolveRedis } from './local-services';
import { seedDemoCases } from '../demo/demo-cases';
import { seedDemoOffline } from '../demo/demo-offline';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../demo/demo-seed';

const DEFAULT_DATABASE = 'creator_desk';

/**
 * `npm start`: finds or starts PostgreSQL and Redis, creates the database roles (owner and the
 * application's login), migrates as the owner, seeds the demo into an empty database, then runs
 * the api and the worker (logged in as the application's role) and prints where to go.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = { ...process.env };
  let ownerUrl = env.DATABASE_OWNER_URL;
  if (!env.DATABASE_URL) {
    // A local or embedded server we hold the superuser of: create the roles and the database.
    const server = await resolvePostgresServer(env);
    const urls = await provisionDatabase(server, DEFAULT_DATABASE, developmentRoles());
    env.DATABASE_URL = urls.appUrl;
    ownerUrl = urls.ownerUrl;
    console.log(`[start] database ${DEFAULT_DATABASE}: owner csd_owner runs the migrations, the api and the worker log in as csd_api`);
  }
  if (!ownerUrl) throw new Error('DATABASE_URL is set, so DATABASE_OWNER_URL must be too: the owner role runs the migrations (see README, "Database roles")');
  env.REDIS_URL = await resolveRedis(env);
  if (env.NODE_ENV !== 'production') {
    for (const [key, value] of Object.entries(developmentSecrets())) env[key] ??= value;
  }
  const config = loadConfig(env);

  const applied = await runMigrations(ownerUrl);
  if (applied.length) console.log(`[start] applied migrations: ${applied.join(', ')}`);
  if (config.SEED_DEMO) {
    const dataSource = await new DataSource({ type: 'postgres', url: ownerUrl }).initialize();
    try {
      if (await seedDemo(dataSource, new PiiCipher(config.PII_ENCRYPTION_KEY, config.PII_HASH_KEY))) {
        // The services read their configuration from the environment, like the api does.
        Object.assign(process.env, env);
        const cases = await seedDemoCases(ownerUrl);
        const offline = await seedDemoOffline();
        console.log(`[start] seeded the demo accounts, ${cases} cases, ${offline.slots} appointment slots (${offline.bookings} booked), ${offline.salons} salon with a waiting list and ${offline.visits} scheduled visit`);
      }
    } finally {
      await dataSource.destroy();
    }
  }

  const children: ChildProcess[] = ['api', 'worker'].map((name) =>
    spawn(process.execPath, [resolve(__dirname, `../../apps/${name}/src/main.js`)], { env, stdio: 'inherit' }),
  );
  const stop = (signal: NodeJS.Signals) => children.forEach((c) => c.kill(signal));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  children.forEach((c) => c.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`[start] a process exited with code ${code}; stopping`);
      stop('SIGTERM');
      process.exitCode = code;
    }
  }));

  const url = `http://localhost:${config.PORT}`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const lines = DEMO_ACCOUNTS.map((a) => `  ${(a.username ?? a.phone ?? '').padEnd(16)} ${a.note}`);
  console.log(
    `\n集聚区创作者服务台 is running at ${url}\n  API docs: ${url}/api/docs   readiness: ${url}/ready\n\n` +
      `Demo logins (password ${DEMO_PASSWORD} for all):\n${lines.join('\n')}\n`,
  );
}

void main().catch((error: Error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});

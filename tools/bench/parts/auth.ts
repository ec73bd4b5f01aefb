import { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { runMigrations } from '@app/database';
import { hashPassword } from '@app/users';
import { provisionDatabase } from '../../dev-start/database-roles';
import { developmentRoles } from '../../dev-start/local-services';
import { BenchOptions, interleaved, login, rps, Row, startNode, stopAll, throwawaySecrets, waitFor } from '../kit';

const PASSWORD = 'Bench@2026pw';

/**
 * The lightest authenticated route (GET /api/v1/zones, from memory) against a bare NestJS route on
 * Express; and the same bare route on Fastify against Express, the most a move of adapter could give.
 */
export async function authPart(server: string, redisUrl: string, o: BenchOptions, children: ChildProcess[]): Promise<Row[]> {
  const database = `${o.run}_api`;
  // The roles as in production: the owner migrates, the api logs in as its own role.
  const { ownerUrl: url, appUrl } = await provisionDatabase(server, database, developmentRoles());
  await runMigrations(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`INSERT INTO users (role, zone_id, username, display_name, password_hash, skills) VALUES ('agent', 'huangpu', 'bench.agent', '压测专员', $1, '{shield}')`, [await hashPassword(PASSWORD)]);
  await db.end();
  const env = { ...process.env, ...throwawaySecrets(), DATABASE_URL: appUrl, AUDIT_CHECKPOINT_DIR: `/tmp/${database}/audit-checkpoints`, REDIS_URL: redisUrl, QUEUE_PREFIX: `${o.run}_q`, PORT: '3181', LOG_LEVEL: 'warn', SEED_DEMO: 'false' };
  startNode(children, 'apps/api/src/main.js', env);
  startNode(children, 'tools/bench/bare-nest.js', { ...process.env, PORT: '3182' });
  startNode(children, 'tools/bench/bare-nest.js', { ...process.env, PORT: '3183', ADAPTER: 'fastify' });
  try {
    await waitFor('http://127.0.0.1:3181/health');
    await waitFor('http://127.0.0.1:3182/zones');
    await waitFor('http://127.0.0.1:3183/zones');
    const token = await login('http://127.0.0.1:3181', 'bench.agent', PASSWORD);
    const headers = { authorization: `Bearer ${token}` };
    const ours = () => rps('http://127.0.0.1:3181/api/v1/zones', o.connections, o.seconds, headers);
    const bare = () => rps('http://127.0.0.1:3182/zones', o.connections, o.seconds);
    await rps('http://127.0.0.1:3181/api/v1/zones', o.connections, 2, headers);
    await rps('http://127.0.0.1:3182/zones', o.connections, 2);
    const fastify = () => rps('http://127.0.0.1:3183/zones', o.connections, o.seconds);
    await fastify();
    return [
      await interleaved(o.rounds, ours, bare, {
        measure: `authenticated GET /api/v1/zones, ${o.connections} clients`,
        ceilingIs: 'bare NestJS + Express route',
        unit: 'req/s',
        target: '≥ 0.5',
      }),
      await interleaved(o.rounds, fastify, bare, {
        measure: `bare NestJS route on Fastify, ${o.connections} clients`,
        ceilingIs: 'the same bare route on Express',
        unit: 'req/s',
      }),
    ];
  } finally {
    await stopAll(children);
  }
}

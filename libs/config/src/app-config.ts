import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

const HEX_32_BYTES = /^[0-9a-f]{64}$/i;

/**
 * The whole environment, validated once at start. Nothing else reads `process.env`.
 * Each property's doc says what it is; `.env.example` lists them all.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** HTTP port of the api. */
  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  PORT = 3000;

  /** postgres://user:pass@host:port/db — resolved by `npm start` when unset. */
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  /**
   * The role holding the application's grants (created by the migrations; it may only append to
   * the audit log). The api and the worker log in (DATABASE_URL) as a role that is a member of it
   * and is neither a superuser nor able to become one; they refuse to start otherwise.
   */
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'DB_APP_ROLE must be a lower-case SQL identifier' })
  DB_APP_ROLE = 'csd_app';

  /** PostgreSQL connections per process (api or worker); mind the server's max_connections when scaling out. */
  @Transform(toInt) @IsInt() @Min(1) @Max(500)
  DB_POOL_MAX = 20;

  /** How long a request waits for a free connection under overload before a 503. */
  @Transform(toInt) @IsInt() @Min(100) @Max(120_000)
  DB_POOL_WAIT_MS = 15_000;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** HS256 secret for access tokens, at least 32 characters. */
  @IsString() @Matches(/^.{32,}$/, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  @Transform(toInt) @IsInt() @Min(60) @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt) @IsInt() @Min(1) @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  /** A session not refreshed for this long ends (idle timeout); activity refreshes it every access-token lifetime. */
  @Transform(toInt) @IsInt() @Min(5) @Max(1440)
  SESSION_IDLE_MINUTES = 30;

  /**
   * How long an api process may answer a session check from memory (0: always ask the database).
   * The database tells every process at once when a session ends (migration 1764518000000), so
   * this bounds only what a lost notification could cost.
   */
  @Transform(toInt) @IsInt() @Min(0) @Max(900)
  SESSION_CHECK_CACHE_SECONDS = 60;

  /** AES-256-GCM key for personal data at rest: 64 hex characters. */
  @Matches(HEX_32_BYTES, { message: 'PII_ENCRYPTION_KEY must be 64 hex characters (32 bytes)' })
  PII_ENCRYPTION_KEY: string;

  /** HMAC key that makes phone and ID numbers searchable without storing them: 64 hex characters. */
  @Matches(HEX_32_BYTES, { message: 'PII_HASH_KEY must be 64 hex characters (32 bytes)' })
  PII_HASH_KEY: string;

  /** HMAC-SM3 key of the audit chain: 64 hex characters. Never stored in the database; keep it with the other secrets. */
  @Matches(HEX_32_BYTES, { message: 'AUDIT_HMAC_KEY must be 64 hex characters (32 bytes)' })
  AUDIT_HMAC_KEY: string;

  /**
   * Folder of the signed audit checkpoints (one sub-folder per database), written by the worker
   * and read by verification. Point it at write-once storage in production (see the README).
   */
  @IsString()
  AUDIT_CHECKPOINT_DIR = '.data/audit-checkpoints';

  /** How often the worker writes a checkpoint of the chain head (when the head moved). */
  @Transform(toInt) @IsInt() @Min(5) @Max(86_400)
  AUDIT_CHECKPOINT_INTERVAL_SECONDS = 60;

  /** How often the worker links committed audit events into the chain. */
  @Transform(toInt) @IsInt() @Min(50) @Max(60_000)
  AUDIT_LINK_INTERVAL_MS = 500;

  /** An audit event still unlinked after this long raises the alarm (worker log, /ready, verification). */
  @Transform(toInt) @IsInt() @Min(5) @Max(86_400)
  AUDIT_LINK_ALARM_SECONDS = 120;

  @IsIn(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * A case search counts its hits up to this many: past it the list says "more than" and its
   * pages end there (counting and ranking every hit of a common word would cost seconds).
   */
  @Transform(toInt) @IsInt() @Min(1) @Max(100_000)
  SEARCH_RESULT_LIMIT = 1000;

  /** How long a stopping api waits for write requests in hand to finish before it closes the database pool. */
  @Transform(toInt) @IsInt() @Min(0) @Max(120)
  SHUTDOWN_GRACE_SECONDS = 10;

  /** Largest JSON request body, e.g. `256kb`. */
  @Matches(/^\d+(kb|mb)$/i, { message: 'BODY_LIMIT must look like 256kb or 1mb' })
  BODY_LIMIT = '256kb';

  /** Comma-separated origins allowed by CORS; empty means same-origin only. */
  @IsOptional() @IsString()
  CORS_ORIGINS = '';

  /**
   * Proxies whose `X-Forwarded-For` names the client: comma-separated addresses, CIDR ranges or
   * `loopback`, `linklocal`, `uniquelocal`. Empty (the default): the header is ignored and the
   * client is the connection's peer, so nobody can pick the address that rate limits and the
   * audit log see. Set it to the reverse proxy in front of the api, e.g. `loopback` or `10.0.0.2`.
   */
  @Matches(/^\s*((loopback|linklocal|uniquelocal|[0-9a-f:.]+(\/\d{1,3})?)\s*(,\s*|$))*$/i, {
    message: 'TRUSTED_PROXIES must list addresses, CIDR ranges, loopback, linklocal or uniquelocal, separated by commas',
  })
  TRUSTED_PROXIES = '';

  /** Folder for evidence files. */
  @IsString()
  UPLOAD_DIR = '.data/uploads';

  @Transform(toInt) @IsInt() @Min(1024)
  UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

  /** Days after a case is finished before its personal data (text, replies, evidence) is purged. */
  @Transform(toInt) @IsInt() @Min(180) @Max(3650)
  RETENTION_DAYS = 1095;

  /** smtp://user:pass@host:port; email notifications are off when empty. */
  @IsOptional() @Matches(/^(smtps?:\/\/.+)?$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = '';

  /** Prefix of every Bull queue key in Redis, so several deployments or test runs can share one Redis. */
  @Matches(/^[a-z0-9_:-]+$/i, { message: 'QUEUE_PREFIX may hold letters, digits, _ : -' })
  QUEUE_PREFIX = 'csd';

  /** Address of the web app as the public reaches it; printed in documents' verification QR codes. */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_BASE_URL must be an http:// or https:// URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** Seed demo accounts and cases into an empty database at start. */
  @Transform(toBool) @IsBoolean()
  SEED_DEMO = true;
}

/** The settings without a default (class fields without an initialiser are not own keys). */
const REQUIRED = ['DATABASE_URL', 'JWT_SECRET', 'PII_ENCRYPTION_KEY', 'PII_HASH_KEY', 'AUDIT_HMAC_KEY'];

export class ConfigError extends Error {}

/** Validates an environment; throws one error naming every bad variable and what it should be. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== undefined && known.concat(REQUIRED).includes(key)),
  );
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  - ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  return config;
}

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { AuditVerification, verifyAuditChain } from '@app/audit';
import { dropDatabase, ensureDatabase, withDatabase } from '../dev-start/local-services';

const run = promisify(execFile);

/** `pg_dump` in PostgreSQL's custom format: compressed, restorable table by table. */
export async function backup(databaseUrl: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${databaseUrl}`]);
}

export async function restore(file: string, databaseUrl: string): Promise<void> {
  await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${databaseUrl}`, file]);
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  const ds = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const tables: { table_name: string }[] = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM "${table_name}"`);
      counts[table_name] = n;
    }
    return counts;
  } finally {
    await ds.destroy();
  }
}

export interface RoundTrip {
  file: string;
  tables: number;
  rows: number;
  countsMatch: boolean;
  audit: AuditVerification;
  millis: number;
}

/**
 * Proves a backup can be restored (`databaseUrl`: a superuser's, who may create the scratch
 * database): dump, restore into a scratch database on the same server,
 * compare every table's row count, verify the audit chain there, drop the scratch database.
 */
export async function backupRoundTrip(databaseUrl: string, auditKey: string): Promise<RoundTrip> {
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'csd-backup-'));
  const file = join(dir, 'backup.dump');
  const scratch = `${new URL(databaseUrl).pathname.slice(1)}_restore_${Date.now().toString(36)}`;
  const server = withDatabase(databaseUrl, 'postgres');
  try {
    await backup(databaseUrl, file);
    await ensureDatabase(server, scratch);
    const restoredUrl = withDatabase(databaseUrl, scratch);
    await restore(file, restoredUrl);
    const [source, restored] = await Promise.all([tableCounts(databaseUrl), tableCounts(restoredUrl)]);
    const ds = await new DataSource({ type: 'postgres', url: restoredUrl }).initialize();
    // The restored chain against its key (the checkpoints belong to the live database).
    const audit = await verifyAuditChain(ds, { key: auditKey }).finally(() => ds.destroy());
    return {
      file,
      tables: Object.keys(source).length,
      rows: Object.values(source).reduce((a, b) => a + b, 0),
      countsMatch: JSON.stringify(source) === JSON.stringify(restored),
      audit,
      millis: Date.now() - started,
    };
  } finally {
    await dropDatabase(server, scratch).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

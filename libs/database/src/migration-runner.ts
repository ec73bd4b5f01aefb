import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';

/** Runs the pending migrations as the connecting (owner) role; safe to call on every start. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, migrations: MIGRATIONS, logging: false });
  await dataSource.initialize();
  try {
    // One runner at a time even when several processes start together.
    await dataSource.query('SELECT pg_advisory_lock(7401)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query('SELECT pg_advisory_unlock(7401)');
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

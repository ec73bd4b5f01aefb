import { Client } from 'pg';

/**
 * What the given queries read before and after the rebuild functions run, in one transaction of
 * the database owner that is rolled back: nothing else commits in between, and the live rollups
 * are left as they were. The rebuilds recount from the raw tables, so `after` should equal `before`.
 */
export async function acrossRebuild(rebuilds: string[], queries: string[]): Promise<{ before: unknown[][]; after: unknown[][] }> {
  const owner = new Client({ connectionString: process.env.TEST_DATABASE_OWNER_URL });
  await owner.connect();
  const read = async () => {
    const out: unknown[][] = [];
    for (const q of queries) out.push((await owner.query(q)).rows);
    return out;
  };
  try {
    await owner.query('BEGIN');
    const before = await read();
    for (const fn of rebuilds) await owner.query(`SELECT ${fn}()`);
    return { before, after: await read() };
  } finally {
    await owner.query('ROLLBACK');
    await owner.end();
  }
}

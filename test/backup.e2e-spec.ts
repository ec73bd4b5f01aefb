import { spawnSync } from 'node:child_process';
import { backupRoundTrip } from '../tools/ops/backup';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp } from './support/test-app';

describe('backup and restore (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  // pg_dump comes with PostgreSQL's client tools (CI has them); the embedded server ships none.
  const withClientTools = spawnSync('pg_dump', ['--version']).status === 0 ? it : it.skip;

  withClientTools('restores every row and an audit chain that still verifies', async () => {
    const creator = await t.user('creator');
    await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201);
    await t.verifyAudit();
    const result = await backupRoundTrip(process.env.TEST_DATABASE_SUPERUSER_URL!, process.env.AUDIT_HMAC_KEY!);
    expect(result.countsMatch).toBe(true);
    expect(result.rows).toBeGreaterThan(0);
    expect(result.audit).toMatchObject({ ok: true });
    expect(result.audit.checked).toBeGreaterThan(0);
  });
});

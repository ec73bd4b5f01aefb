import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PURGED_TEXT, RetentionService } from '@app/retention';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp } from './support/test-app';
import { withRetentionWorker } from './support/retention-worker';

describe('retention of personal data (e2e)', () => {
  const started = withRetentionWorker();
  let t: TestApp;
  let retention: RetentionService;
  beforeAll(() => ({ t, retention } = started()));

  it('purges text, replies and evidence bytes of cases finished before the retention period, and the audit chain still verifies', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const old = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    const evidence = (await t.http.post(`/api/v1/cases/${old.id}/attachments`).set(bearer(creator)).attach('file', Buffer.from('侵权说明：联系人电话 13812345678'), 'note.txt').expect(201)).body;
    await t.http.post(`/api/v1/cases/${old.id}/comments`).set(bearer(agent)).send({ body: '请提供身份证复印件' }).expect(201);
    await t.http.post(`/api/v1/cases/${old.id}/actions/reject`).set(bearer(agent)).send({ version: old.version, reason: '重复提交' }).expect(201);
    const recent = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
    await t.http.post(`/api/v1/cases/${recent.id}/actions/withdraw`).set(bearer(creator)).send({ version: recent.version }).expect(201);

    const [stored] = await t.db.query(`SELECT storage_key FROM attachments WHERE id = $1`, [evidence.id]);
    const file = join(resolve(process.env.UPLOAD_DIR!), stored.storage_key);
    expect(existsSync(file)).toBe(true);
    await t.db.query(`UPDATE cases SET updated_at = now() - interval '4 years' WHERE id = $1`, [old.id]);

    const purged = await retention.purgeDue();
    expect(purged).toBeGreaterThanOrEqual(1);

    const [row] = await t.db.query(`SELECT title, description, intake, rejection_reason, purged_at, reference FROM cases WHERE id = $1`, [old.id]);
    expect(row).toMatchObject({ title: PURGED_TEXT, description: PURGED_TEXT, intake: {}, rejection_reason: null });
    expect(row.purged_at).not.toBeNull();
    expect(row.reference).toMatch(/^HP-SHD-/);
    const events = await t.db.query(`SELECT data FROM case_events WHERE case_id = $1`, [old.id]);
    expect(JSON.stringify(events)).not.toContain('身份证');
    const inbox = await t.db.query(`SELECT title, body, data FROM notifications WHERE case_id = $1`, [old.id]);
    expect(inbox.length).toBeGreaterThan(0);
    expect(JSON.stringify(inbox)).not.toContain(FILINGS.shield.title);
    expect(existsSync(file)).toBe(false);
    const [attachment] = await t.db.query(`SELECT sha256, purged_at FROM attachments WHERE id = $1`, [evidence.id]);
    expect(attachment.sha256).toBe(evidence.sha256);
    expect(attachment.purged_at).not.toBeNull();

    const [kept] = await t.db.query(`SELECT title, purged_at FROM cases WHERE id = $1`, [recent.id]);
    expect(kept).toEqual({ title: FILINGS.compliance.title, purged_at: null });
    expect(await t.verifyAudit()).toMatchObject({ ok: true, unlinked: { count: 0 } });
    expect(await retention.purgeDue()).toBe(0);
    const gone = await t.http.get(`/api/v1/attachments/${evidence.id}/content`).set(bearer(agent)).expect(404);
    expect(gone.body.code).toBe('attachment.purged');
  });
});

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PURGED_TEXT, RetentionService } from '@app/retention';
import { FILINGS } from './support/case-fixtures';
import { ratedCase, rectificationOf } from './support/quality-fixtures';
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

  it('erases the words of a purged case’s 差评整改 (comments, 回访, 整改, appeal reasons) and keeps its levels and dates', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const c = await ratedCase(t, creator, agent, 1, '专员态度恶劣，电话 13812345678');
    const r = await rectificationOf(t, agent, c.id);
    await t.http.post(`/api/v1/quality/rectifications/${r.id}/contact`).set(bearer(agent)).send({ method: 'phone', outcome: '已联系张先生本人' }).expect(201);
    await t.http.post(`/api/v1/quality/rectifications/${r.id}/appeals`).set(bearer(agent)).send({ rating: 'first', reason: '评价中含张先生的电话号码' }).expect(201);
    await t.db.query(`UPDATE cases SET updated_at = now() - interval '4 years', closed_at = now() - interval '4 years' WHERE id = $1`, [c.id]);
    expect(await retention.purgeDue()).toBeGreaterThanOrEqual(1);
    const [row] = await t.db.query(`SELECT first_level, first_comment, contact_outcome, contacted_at, rated_at FROM rectifications WHERE id = $1`, [r.id]);
    expect(row).toMatchObject({ first_level: 1, first_comment: null, contact_outcome: PURGED_TEXT, contacted_at: expect.any(Date), rated_at: expect.any(Date) });
    const appeals = await t.db.query(`SELECT reason FROM rating_appeals WHERE rectification_id = $1`, [r.id]);
    expect(appeals).toEqual([{ reason: PURGED_TEXT }]);
  });
});

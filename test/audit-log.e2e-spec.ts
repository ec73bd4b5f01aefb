import * as ExcelJS from 'exceljs';
import type request from 'supertest';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * The auditor's reading of the log over HTTP: Chinese labels, people's names and case references
 * instead of codes and UUIDs, filters by case reference and by person, and the filtered log as a
 * spreadsheet, the export itself recorded in the log.
 */
/** Collects a response body as bytes (CSV and XLSX alike). */
const binary = (r: request.Response, cb: (err: Error | null, body: unknown) => void) => {
  const stream = r as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('audit log page and export (e2e)', () => {
  let t: TestApp;
  let auditor: TestUser, agent: TestUser, creator: TestUser;
  let kase: { id: string; reference: string; version: number };
  let other: { id: string; reference: string };

  beforeAll(async () => {
    t = await TestApp.start();
    [auditor, agent, creator] = await Promise.all([t.user('auditor', { zoneId: null }), t.user('agent', { zoneId: 'huangpu' }), t.user('creator')]);
    await t.db.query(`UPDATE users SET display_name = '审计测试·王专员' WHERE id = $1`, [agent.id]);
    kase = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    await t.http.post(`/api/v1/cases/${kase.id}/actions/accept`).set(bearer(agent)).send({ version: kase.version }).expect(201);
    other = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId: 'huangpu' }).expect(201)).body;
  }, 60_000);

  afterAll(() => t?.close());

  it('names actions, object types, people and cases, filtered by the case reference', async () => {
    const res = await t.http.get('/api/v1/audit/events').query({ caseReference: kase.reference }).set(bearer(auditor)).expect(200);
    const byAction = Object.fromEntries(res.body.items.map((e: { action: string }) => [e.action, e]));
    expect(Object.keys(byAction).sort()).toEqual(['case.accept', 'case.file']);
    expect(byAction['case.accept']).toMatchObject({
      actionLabel: '受理',
      entityType: 'case',
      entityTypeLabel: '案件',
      entityId: kase.id,
      entityName: kase.reference,
      actorId: agent.id,
      actorName: '审计测试·王专员',
      actorRole: 'agent',
    });
    expect(byAction['case.file']).toMatchObject({ actionLabel: '登记案件', actorId: creator.id, actorName: '测试creator' });
    // The other case's events are not in this case's log.
    expect(res.body.items.some((e: { entityId: string }) => e.entityId === other.id)).toBe(false);
  });

  it('names the account an account event is about, and the system', async () => {
    const res = await t.http.get('/api/v1/audit/events').query({ action: 'auth.login', actorId: agent.id }).set(bearer(auditor)).expect(200);
    expect(res.body.items[0]).toMatchObject({ actionLabel: '登录成功', entityTypeLabel: '账号', actorName: '审计测试·王专员' });
    const [system] = await t.db.query(`SELECT id::text FROM audit_events WHERE actor_role = 'system' LIMIT 1`);
    if (system) {
      const page = await t.http.get('/api/v1/audit/events').query({ before: String(Number(system.id) + 1), limit: 1 }).set(bearer(auditor)).expect(200);
      expect(page.body.items[0].actorName).toBe('系统');
    }
  });

  it('finds people by name for the 操作人 pick-list', async () => {
    const res = await t.http.get('/api/v1/audit/actors').query({ q: '王专员' }).set(bearer(auditor)).expect(200);
    expect(res.body).toContainEqual({ id: agent.id, displayName: '审计测试·王专员', role: 'agent' });
    // LIKE wildcards are literal text.
    expect((await t.http.get('/api/v1/audit/actors').query({ q: '%' }).set(bearer(auditor)).expect(200)).body).toEqual([]);
  });

  it('exports the filtered log as CSV, and records the export in the log', async () => {
    const res = await t.http.get('/api/v1/audit/events/export').query({ caseReference: kase.reference, format: 'csv' }).set(bearer(auditor)).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=audit-log-/);
    const csv = (res.body as Buffer).toString('utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('操作');
    expect(lines).toHaveLength(3);
    expect(csv).toContain('受理');
    expect(csv).toContain('审计测试·王专员');
    expect(csv).toContain(kase.reference);
    expect(csv).not.toContain(other.reference);

    const [exported] = await t.db.query(`SELECT actor_id, action, entity_type, after FROM audit_events WHERE action = 'audit.export' ORDER BY id DESC LIMIT 1`);
    expect(exported).toMatchObject({ actor_id: auditor.id, entity_type: 'audit_log', after: { format: 'csv', rows: 2, filters: { caseReference: kase.reference } } });
    // … and that event is itself in the log, labelled.
    const log = await t.http.get('/api/v1/audit/events').query({ action: 'audit.export', actorId: auditor.id }).set(bearer(auditor)).expect(200);
    expect(log.body.items[0]).toMatchObject({ actionLabel: '导出审计日志', entityTypeLabel: '审计日志', actorName: '测试auditor' });
  });

  it('exports as XLSX with the same rows', async () => {
    const res = await t.http.get('/api/v1/audit/events/export').query({ caseReference: kase.reference, format: 'xlsx' }).set(bearer(auditor)).buffer(true).parse(binary).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const sheet = book.worksheets[0];
    const actions = sheet.getColumn(4).values.slice(2);
    expect(actions.sort()).toEqual(['受理', '登记案件']);
  });

  it('refuses bad filters with a problem naming the field, and everyone but the auditor', async () => {
    const bad = await t.http.get('/api/v1/audit/events').query({ caseReference: 'not-a-ref' }).set(bearer(auditor)).expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(bad.body)).toContain('caseReference');
    const fmt = await t.http.get('/api/v1/audit/events/export').query({ format: 'pdf' }).set(bearer(auditor)).expect(400);
    expect(JSON.stringify(fmt.body)).toContain('format');
    await t.http.get('/api/v1/audit/actors').set(bearer(auditor)).expect(400);
    // An unknown reference matches nothing (and says so with an empty page, not someone else's log).
    expect((await t.http.get('/api/v1/audit/events').query({ caseReference: 'HP-SHD-1999-000001' }).set(bearer(auditor)).expect(200)).body.items).toEqual([]);
    for (const u of [agent, creator]) {
      await t.http.get('/api/v1/audit/events/export').set(bearer(u)).expect(403);
      await t.http.get('/api/v1/audit/actors').query({ q: '王' }).set(bearer(u)).expect(403);
    }
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'audit.export'`))[0].n;
    await t.http.get('/api/v1/audit/events/export').set(bearer(agent)).expect(403);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'audit.export'`))[0].n).toBe(before);
  });
});

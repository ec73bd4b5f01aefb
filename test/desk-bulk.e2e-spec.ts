import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/** The queue's bulk actions: per-case results, each case changed and audited on its own. */
describe('bulk actions from the queue (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const file = async (creator: TestUser, zoneId: string) =>
    (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.compliance, zoneId }).expect(201)).body;

  it('accepts the selected cases one by one, reporting each (already accepted, other zone)', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const colleague = await t.user('agent', { zoneId: 'huangpu' });
    const [a, b, taken] = [await file(creator, 'huangpu'), await file(creator, 'huangpu'), await file(creator, 'huangpu')];
    const elsewhere = await file(creator, 'yangpu');
    await t.http.post(`/api/v1/cases/${taken.id}/actions/accept`).set(bearer(colleague)).send({ version: taken.version }).expect(201);

    const res = (await t.http.post('/api/v1/cases/bulk/accept').set(bearer(agent)).send({ ids: [a.id, taken.id, elsewhere.id, b.id], note: '批量受理' }).expect(200)).body;
    expect(res).toMatchObject({ succeeded: 2, failed: 2 });
    const byId = new Map(res.results.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(a.id)).toMatchObject({ ok: true, reference: a.reference, status: 'accepted' });
    expect(byId.get(b.id)).toMatchObject({ ok: true, status: 'accepted' });
    expect(byId.get(taken.id)).toMatchObject({ ok: false, reference: taken.reference, status: 'accepted', code: 'case.illegal_transition' });
    expect(byId.get(elsewhere.id)).toMatchObject({ ok: false, reference: null, code: 'case.not_found' });
    expect(res.results.map((r: { id: string }) => r.id)).toEqual([a.id, taken.id, elsewhere.id, b.id]);

    const rows = await t.db.query(`SELECT id, status, assignee_id FROM cases WHERE id = ANY($1::uuid[])`, [[a.id, b.id, taken.id, elsewhere.id]]);
    const stored = new Map(rows.map((r: { id: string }) => [r.id, r]));
    expect(stored.get(a.id)).toMatchObject({ status: 'accepted', assignee_id: agent.id });
    expect(stored.get(b.id)).toMatchObject({ status: 'accepted', assignee_id: agent.id });
    expect(stored.get(taken.id)).toMatchObject({ assignee_id: colleague.id });
    expect(stored.get(elsewhere.id)).toMatchObject({ status: 'submitted', assignee_id: null });
    // Audited per case, by the agent.
    const audits = await t.db.query(`SELECT entity_id FROM audit_events WHERE action = 'case.accept' AND actor_id = $1 ORDER BY id`, [agent.id]);
    expect(audits.map((r: { entity_id: string }) => r.entity_id)).toEqual([a.id, b.id]);
    // The creator sees their cases accepted.
    const mine = (await t.http.get(`/api/v1/cases/${a.id}`).set(bearer(creator)).expect(200)).body;
    expect(mine).toMatchObject({ status: 'accepted', assignee: { id: agent.id } });
  });

  it('assigns the selected cases to one agent (supervisor only); bad input is a 400 naming ids', async () => {
    const creator = await t.user('creator');
    const supervisor = await t.user('supervisor', { zoneId: 'yangpu' });
    const agent = await t.user('agent', { zoneId: 'yangpu' });
    const cases = [await file(creator, 'yangpu'), await file(creator, 'yangpu')];
    const res = (await t.http.post('/api/v1/cases/bulk/assign').set(bearer(supervisor)).send({ ids: cases.map((c) => c.id), assigneeId: agent.id }).expect(200)).body;
    expect(res).toMatchObject({ succeeded: 2, failed: 0 });
    const rows = await t.db.query(`SELECT assignee_id FROM cases WHERE id = ANY($1::uuid[])`, [cases.map((c) => c.id)]);
    expect(rows.map((r: { assignee_id: string }) => r.assignee_id)).toEqual([agent.id, agent.id]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'case.assign' AND entity_id = ANY($1::text[])`, [cases.map((c) => c.id)]);
    expect(n).toBe(2);
    // Again: no change, per row.
    const again = (await t.http.post('/api/v1/cases/bulk/assign').set(bearer(supervisor)).send({ ids: [cases[0].id], assigneeId: agent.id }).expect(200)).body;
    expect(again.results[0]).toMatchObject({ ok: false, code: 'case.no_change' });

    await t.http.post('/api/v1/cases/bulk/assign').set(bearer(agent)).send({ ids: [cases[0].id] }).expect(403);
    const bad = await t.http.post('/api/v1/cases/bulk/accept').set(bearer(agent)).send({ ids: [] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('ids');
    await t.http.post('/api/v1/cases/bulk/accept').set(bearer(agent)).send({ ids: ['nope'] }).expect(400);
  });

  it('exports only the selected cases (ids filter of the list and of the export)', async () => {
    const creator = await t.user('creator');
    const supervisor = await t.user('supervisor', { zoneId: 'huangpu' });
    const [a, , c] = [await file(creator, 'huangpu'), await file(creator, 'huangpu'), await file(creator, 'huangpu')];
    const list = (await t.http.get('/api/v1/cases').query({ ids: `${a.id},${c.id}` }).set(bearer(supervisor)).expect(200)).body;
    expect(list.items.map((x: { id: string }) => x.id).sort()).toEqual([a.id, c.id].sort());
    const csv = await t.http.get('/api/v1/dashboard/case-export').query({ ids: `${a.id},${c.id}`, format: 'csv' }).set(bearer(supervisor)).buffer(true).parse((res, cb) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => cb(null, text));
    }).expect(200);
    const body = csv.body as string;
    expect(body).toContain(a.reference);
    expect(body).toContain(c.reference);
    expect(body.trim().split('\n')).toHaveLength(3);
    await t.http.get('/api/v1/cases').query({ ids: 'x' }).set(bearer(supervisor)).expect(400);
  });
});

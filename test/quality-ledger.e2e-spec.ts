import ExcelJS from 'exceljs';
import { ratedCase, rectificationOf } from './support/quality-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/** 差评整改台账 as XLSX, and the published figures (no login) against what is stored. */
describe('好差评整改: ledger export and public figures (e2e)', () => {
  let t: TestApp;
  let creator: TestUser, agent: TestUser, hpSupervisor: TestUser, citySupervisor: TestUser, ypAgent: TestUser, ypSupervisor: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    [creator, agent, hpSupervisor, citySupervisor, ypAgent, ypSupervisor] = await Promise.all([
      t.user('creator'),
      t.user('agent', { zoneId: 'huangpu' }),
      t.user('supervisor', { zoneId: 'huangpu' }),
      t.user('supervisor', { zoneId: null }),
      t.user('agent', { zoneId: 'yangpu' }),
      t.user('supervisor', { zoneId: 'yangpu' }),
    ]);
  });
  afterAll(() => t.close());

  const post = (u: TestUser, path: string, body: object) => t.http.post(`/api/v1${path}`).set(bearer(u)).send(body).expect(201);
  const xlsx = async (u: TestUser, query = '') => {
    const res = await t.http.get(`/api/v1/quality/rectifications.xlsx${query}`).set(bearer(u)).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')))));
    return rows;
  };

  it('exports the ledger to XLSX with every 差评 of the zone, overdue steps first, and the other zone’s rows left out', async () => {
    const plain = await ratedCase(t, creator, agent, 2, '没有说明时限');
    const overdue = await ratedCase(t, creator, agent, 1);
    const done = await ratedCase(t, creator, agent, 1);
    const yp = await ratedCase(t, creator, ypAgent, 1);
    const od = await rectificationOf(t, agent, overdue.id);
    await t.db.query(`UPDATE rectifications SET contact_overdue_at = now() WHERE id = $1`, [od.id]);
    const d = await rectificationOf(t, agent, done.id);
    await post(agent, `/quality/rectifications/${d.id}/contact`, { method: 'in_person', outcome: '当面说明情况' });
    await post(agent, `/quality/rectifications/${d.id}/rectify`, { measures: '补充书面答复' });
    await post(creator, `/quality/rectifications/${d.id}/rerate`, { level: 4 });

    const rows = await xlsx(hpSupervisor);
    expect(rows[0]).toEqual(['案件编号', '案件标题', '集聚区', '状态', '首次评价', '评价意见', '评价时间', '回访期限', '回访逾期', '回访时间', '回访方式', '回访情况', '整改期限', '整改逾期', '整改完成时间', '整改措施', '再次评价', '再评价时间', '申诉']);
    const refs = rows.slice(1).map((r) => r[0]);
    expect(refs).toEqual(expect.arrayContaining([plain.reference, overdue.reference, done.reference]));
    expect(refs).not.toContain(yp.reference);
    expect(refs[0]).toBe(overdue.reference);
    const [stored] = await t.db.query(`SELECT count(*)::int AS n FROM rectifications WHERE zone_id = 'huangpu'`);
    expect(rows.length - 1).toBe(stored.n);
    const doneRow = rows.find((r) => r[0] === done.reference)!;
    expect(doneRow).toEqual(expect.arrayContaining(['已再评价', '1 非常不满意', '当面回访', '当面说明情况', '补充书面答复', '4 满意']));
    expect(rows.find((r) => r[0] === plain.reference)).toEqual(expect.arrayContaining(['待回访', '2 不满意', '没有说明时限']));
    expect(rows.find((r) => r[0] === overdue.reference)![8]).toBe('是');

    // The yangpu supervisor's export holds only yangpu; the city-wide one both.
    const ypRefs = (await xlsx(ypSupervisor)).slice(1).map((r) => r[0]);
    expect(ypRefs).toContain(yp.reference);
    expect(ypRefs).not.toContain(plain.reference);
    const cityRefs = (await xlsx(citySupervisor)).slice(1).map((r) => r[0]);
    expect(cityRefs).toEqual(expect.arrayContaining([plain.reference, yp.reference]));
    expect((await t.http.get('/api/v1/quality/rectifications.xlsx').set(bearer(creator))).status).toBe(403);
    const bad = await t.http.get('/api/v1/quality/rectifications.xlsx?month=2026-13').set(bearer(hpSupervisor));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['month']);
  });

  it('publishes each zone’s 好评率 and 整改率 per month without login, matching the stored ratings, re-ratings and voids', async () => {
    // Some more: a re-rated one, and one voided on appeal.
    const re = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 2)).id);
    await post(agent, `/quality/rectifications/${re.id}/contact`, { method: 'phone', outcome: '已联系' });
    await post(agent, `/quality/rectifications/${re.id}/rectify`, { measures: '已整改' });
    await post(creator, `/quality/rectifications/${re.id}/rerate`, { level: 5 });
    const voided = await rectificationOf(t, agent, (await ratedCase(t, creator, agent, 1)).id);
    const appeal = (await post(agent, `/quality/rectifications/${voided.id}/appeals`, { rating: 'first', reason: '恶意评价，与服务无关' })).body;
    await post(citySupervisor, `/quality/appeals/${appeal.id}/decision`, { decision: 'voided', reason: '经核实为恶意评价' });
    await ratedCase(t, creator, agent, 5);

    const res = await t.http.get('/api/v1/public/quality').expect(200);
    const month = res.body.to as string;
    const hp = res.body.months.find((m: { zoneId: string; month: string }) => m.zoneId === 'huangpu' && m.month === month);

    // Worked out from the stored facts: first ratings from the timeline, re-ratings, minus the voided.
    const [first] = await t.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE (e.data->>'level')::int >= 4)::int AS good, count(*) FILTER (WHERE (e.data->>'level')::int <= 2)::int AS bad
         FROM case_events e JOIN cases c ON c.id = e.case_id LEFT JOIN rectifications r ON r.case_id = c.id
        WHERE c.zone_id = 'huangpu' AND e.data->>'action' = 'rate' AND NOT coalesce(r.first_voided, false)
          AND to_char(e.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = $1`,
      [month],
    );
    const [second] = await t.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE second_level >= 4)::int AS good, count(*) FILTER (WHERE second_level <= 2)::int AS bad
         FROM rectifications WHERE zone_id = 'huangpu' AND second_level IS NOT NULL AND NOT second_voided AND to_char(rerated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = $1`,
      [month],
    );
    const [rect] = await t.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE rectified_at IS NOT NULL)::int AS done
         FROM rectifications WHERE zone_id = 'huangpu' AND NOT first_voided AND to_char(rated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = $1`,
      [month],
    );
    const ratings = first.n + second.n;
    const good = first.good + second.good;
    expect(hp).toEqual({
      zoneId: 'huangpu',
      zoneName: expect.any(String),
      month,
      ratings,
      goodRatings: good,
      goodRate: good / ratings,
      badRatings: first.bad + second.bad,
      rectifications: rect.n,
      rectified: rect.done,
      rectificationRate: rect.done / rect.n,
    });
    expect(ratings).toBeGreaterThan(4);
    expect(rect.done).toBeGreaterThan(0);
    // Every zone is published, each month of the range.
    const zones = (await t.db.query(`SELECT id FROM zones`)).map((z: { id: string }) => z.id);
    expect(new Set(res.body.months.map((m: { zoneId: string }) => m.zoneId))).toEqual(new Set(zones));
    expect(res.body.months.filter((m: { zoneId: string }) => m.zoneId === 'huangpu')).toHaveLength(12);

    const bad = await t.http.get('/api/v1/public/quality?from=2026-05&to=2026-01');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['from']);
    expect((await t.http.get('/api/v1/public/quality?from=2020-01&to=2026-01')).status).toBe(400);
  });
});

import { DataSource } from 'typeorm';
import { RatingScaleStars1764500000000 } from '../migrations/1764500000000-rating-scale-stars';
import { RatingReviewsIntoRectifications1764515000000 } from '../migrations/1764515000000-rating-reviews-into-rectifications';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * The star scale (5 非常满意 … 1 非常不满意): the API takes it, a 差评 (1, 2) opens a rectification,
 * and the conversion migration turns over every stored rating with what was derived from it
 * (rectifications came after it, on the star scale from the start: it leaves them alone).
 */
describe('rating scale: 5 is the best (e2e)', () => {
  let t: TestApp;
  let owner: DataSource;
  beforeAll(async () => {
    t = await TestApp.start();
    owner = await new DataSource({ type: 'postgres', url: process.env.TEST_DATABASE_OWNER_URL }).initialize();
  });
  afterAll(async () => {
    await owner.destroy();
    await t.close();
  });

  const post = async (u: TestUser, path: string, body: object) => (await t.http.post(`/api/v1${path}`).set(bearer(u)).send(body).expect(201)).body;
  async function rated(creator: TestUser, agent: TestUser, level: number) {
    let c = await post(creator, '/cases', { ...FILINGS.compliance, zoneId: 'huangpu' });
    for (const [action, body] of [['accept', {}], ['start', {}], ['resolve', { outcome: 'answered', summary: '已答复' }]] as const) c = await post(agent, `/cases/${c.id}/actions/${action}`, { version: c.version, ...body });
    return post(creator, `/cases/${c.id}/actions/rate`, { version: c.version, level });
  }
  const stored = async (id: string) => {
    const [c] = await t.db.query(`SELECT rating FROM cases WHERE id = $1`, [id]);
    const [e] = await t.db.query(`SELECT (data->>'level')::int AS level FROM case_events WHERE case_id = $1 AND data->>'action' = 'rate'`, [id]);
    return { rating: c.rating, event: e.level };
  };
  const rectified = async (id: string) => (await t.db.query(`SELECT first_level FROM rectifications WHERE case_id = $1`, [id])).map((r: { first_level: number }) => r.first_level);
  const daily = async () => (await t.db.query(`SELECT coalesce(sum(rated_1), 0)::int AS r1, coalesce(sum(rated_2), 0)::int AS r2, coalesce(sum(rated_5), 0)::int AS r5 FROM dashboard_daily WHERE zone_id = 'huangpu'`))[0];

  it('records 2 as 不满意 (a 差评 with a rectification) and 5 as 非常满意 (none); the migration turns both over and back', async () => {
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    const before = await daily();
    const bad = await rated(creator, agent, 2);
    const good = await rated(creator, agent, 5);
    expect(await stored(bad.id)).toEqual({ rating: 2, event: 2 });
    expect(await rectified(bad.id)).toEqual([2]);
    expect(await stored(good.id)).toEqual({ rating: 5, event: 5 });
    expect(await rectified(good.id)).toEqual([]);
    const after = await daily();
    expect({ r2: after.r2 - before.r2, r5: after.r5 - before.r5 }).toEqual({ r2: 1, r5: 1 });

    // Back to the old reading (1 非常满意) and forward again: every derived figure follows. The
    // conversion ran while rating_reviews existed (a later migration folded it into rectifications):
    // that one is turned back first and forward last.
    const migration = new RatingScaleStars1764500000000();
    const reviews = new RatingReviewsIntoRectifications1764515000000();
    const q = owner.createQueryRunner();
    try {
      await reviews.down(q);
      await migration.down(q);
      expect(await stored(bad.id)).toEqual({ rating: 4, event: 4 });
      expect(await stored(good.id)).toEqual({ rating: 1, event: 1 });
      const old = await daily();
      expect({ r1: old.r1, r5: old.r5 }).toEqual({ r1: after.r5, r5: after.r1 });
      await migration.up(q);
      await reviews.up(q);
    } finally {
      await q.release();
    }
    expect(await stored(bad.id)).toEqual({ rating: 2, event: 2 });
    expect(await rectified(bad.id)).toEqual([2]);
    expect(await daily()).toEqual(after);
  });

  it('refuses a level outside 1–5 naming the field, and describes the scale in the OpenAPI document', async () => {
    const creator = await t.user('creator');
    const res = await t.http.post(`/api/v1/cases/00000000-0000-4000-8000-000000000000/actions/rate`).set(bearer(creator)).send({ version: 1, level: 6 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('level');
    const doc = (await t.http.get('/api/docs-json')).body;
    expect(JSON.stringify(doc.components.schemas.RateCaseDto)).toContain('5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意');
  });
});

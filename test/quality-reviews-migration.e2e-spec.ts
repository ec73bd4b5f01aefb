import { DataSource } from 'typeorm';
import { RatingReviewsIntoRectifications1764515000000 } from '../migrations/1764515000000-rating-reviews-into-rectifications';
import { ratedCase, rectificationOf } from './support/quality-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

const OPENED = '2026-03-02T02:00:00.000Z';
const DONE = '2026-03-03T06:30:00.000Z';
const DAY = 24 * 3600_000;

/**
 * The migration that folds the first version's 差评 follow-up (`rating_reviews`) into
 * rectifications, turned back and forward as the database owner: the table comes back empty,
 * reviews are written into it as that version wrote them, and the migration makes each one of a
 * case without a rectification into one, which the desk then works on like any other.
 */
describe('rating_reviews into rectifications (e2e)', () => {
  let t: TestApp;
  let owner: DataSource;
  let creator: TestUser, agent: TestUser, supervisor: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    owner = await new DataSource({ type: 'postgres', url: process.env.TEST_DATABASE_OWNER_URL }).initialize();
    [creator, agent, supervisor] = await Promise.all([t.user('creator'), t.user('agent', { zoneId: 'huangpu' }), t.user('supervisor', { zoneId: 'huangpu' })]);
  });
  afterAll(async () => {
    await owner.destroy();
    await t.close();
  });

  const rectifications = async (caseId: string) =>
    t.db.query(
      `SELECT status, first_level, first_comment, rated_at, contact_due_at, rectify_due_at, contacted_at, contact_method, contact_outcome, contacted_by,
         rectified_at, measures, rectified_by
       FROM rectifications WHERE case_id = $1`,
      [caseId],
    );
  const review = (caseId: string, level: number, comment: string | null, done: { note: string | null } | null) =>
    owner.query(
      `INSERT INTO rating_reviews (case_id, zone_id, level, comment, status, follow_up, followed_up_by, created_at, done_at) VALUES ($1, 'huangpu', $2, $3, $4, $5, $6, $7, $8)`,
      [caseId, level, comment, done ? 'done' : 'open', done?.note ?? null, done ? supervisor.id : null, OPENED, done ? DONE : null],
    );

  it('makes an open review a rectification to contact and a done one a rectified one; a case that has a rectification keeps only it', async () => {
    // 差评 rated before libs/quality existed: the first version opened a review and no rectification.
    const [open, done, noNote, notBad] = [
      await ratedCase(t, creator, agent, 1, '答复太慢'),
      await ratedCase(t, creator, agent, 2),
      await ratedCase(t, creator, agent, 2),
      await ratedCase(t, creator, agent, 4),
    ];
    await owner.query(`DELETE FROM rectifications WHERE case_id = ANY($1::uuid[])`, [[open.id, done.id, noNote.id]]);
    // And one rated since: both loops had opened.
    const both = await ratedCase(t, creator, agent, 2, '处理不到位');
    const kept = await rectifications(both.id);

    const migration = new RatingReviewsIntoRectifications1764515000000();
    const q = owner.createQueryRunner();
    try {
      await migration.down(q);
      try {
        await review(open.id, 1, '答复太慢', null);
        await review(done.id, 2, null, { note: '已电话回访，说明办理依据并致歉' });
        await review(noNote.id, 2, '没解决', { note: null });
        await review(notBad.id, 4, null, null);
        await review(both.id, 2, '处理不到位', { note: '已回访' });
      } finally {
        await migration.up(q);
      }
    } finally {
      await q.release();
    }

    expect((await owner.query(`SELECT to_regclass('rating_reviews') AS t`))[0].t).toBeNull();
    const due = { rated_at: new Date(OPENED), contact_due_at: new Date(Date.parse(OPENED) + DAY), rectify_due_at: new Date(Date.parse(OPENED) + 21 * DAY) };
    const notContacted = { contacted_at: null, contact_method: null, contact_outcome: null, contacted_by: null, rectified_at: null, measures: null, rectified_by: null };
    expect(await rectifications(open.id)).toEqual([{ status: 'contacting', first_level: 1, first_comment: '答复太慢', ...due, ...notContacted }]);
    const rectified = (note: string) => ({ contacted_at: new Date(DONE), contact_method: 'phone', contact_outcome: note, contacted_by: supervisor.id, rectified_at: new Date(DONE), measures: note, rectified_by: supervisor.id });
    expect(await rectifications(done.id)).toEqual([{ status: 'rectified', first_level: 2, first_comment: null, ...due, ...rectified('已电话回访，说明办理依据并致歉') }]);
    expect(await rectifications(noNote.id)).toEqual([{ status: 'rectified', first_level: 2, first_comment: '没解决', ...due, ...rectified('（迁移自旧差评回访记录）') }]);
    expect(await rectifications(notBad.id)).toEqual([]);
    expect(await rectifications(both.id)).toEqual(kept);
    expect(kept).toMatchObject([{ status: 'contacting', first_level: 2 }]);

    // The desk sees them in its ledger and takes the open one through both steps (which leaves
    // nothing past due for the quality sweeps of other spec files on this database).
    const ledger = (await t.http.get('/api/v1/quality/rectifications').set(bearer(supervisor)).expect(200)).body as { caseId: string; status: string; overdue: boolean }[];
    expect(ledger.filter((r) => [open.id, done.id, noNote.id].includes(r.caseId)).map((r) => r.status).sort()).toEqual(['contacting', 'rectified', 'rectified']);
    const migrated = await rectificationOf(t, agent, open.id);
    const contacted = await t.http.post(`/api/v1/quality/rectifications/${migrated.id}/contact`).set(bearer(agent)).send({ method: 'phone', outcome: '已电话回访，创作者表示理解' }).expect(201);
    expect(contacted.body).toMatchObject({ status: 'rectifying', contactMethod: 'phone', firstLevel: 1 });
    const finished = await t.http.post(`/api/v1/quality/rectifications/${migrated.id}/rectify`).set(bearer(agent)).send({ measures: '补充书面答复并说明办理时限' }).expect(201);
    expect(finished.body).toMatchObject({ status: 'rectified', measures: '补充书面答复并说明办理时限' });
  });
});

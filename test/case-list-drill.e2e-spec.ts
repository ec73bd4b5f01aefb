import { DateTime } from 'luxon';
import { dropDatabase } from '../tools/dev-start/local-services';
import { generateBulk } from '../tools/bench/bulk/bulk-generator';
import { FILINGS } from './support/case-fixtures';
import { specDatabase } from './support/databases';
import { bearer, TestApp, TestUser } from './support/test-app';

/**
 * The dashboard's click-throughs open a case list that counts what the figure counts: 盾牌行动 by
 * category (open now) and by platform (submitted), 好差评 by level, 上报 by authority. On cases
 * made by the bulk generator (rollups rebuilt in bulk) plus one walked through the API just now
 * (rollups kept by the triggers), in a database of its own so that the other test files' cases
 * do not change the counts while this one compares them.
 */

const OPEN = 'submitted,accepted,in_progress,awaiting_creator,escalated';
const NOT_DRAFT = 'submitted,accepted,in_progress,awaiting_creator,escalated,resolved,closed,rejected,withdrawn';
const ZONE = 'Asia/Shanghai';
const ZONES = ['huangpu', 'yangpu'];

interface Figures {
  shield: { byCategory: { category: string; open: number }[]; byPlatform: { platform: string; submitted: number }[] };
  satisfaction: { levels: { level: number; count: number }[] };
  escalations: { byAuthority: { authorityId: string; count: number }[] };
}

describe('dashboard click-through (e2e): the filtered case list counts what the figure counts', () => {
  let t: TestApp;
  let city: TestUser;
  const previousUrl = process.env.DATABASE_URL;
  const server = process.env.TEST_DATABASE_SERVER as string;
  const database = `${process.env.TEST_DATABASE_NAME}_drill`;
  // The whole generated period, so that every submission, rating and escalation falls in the range.
  const from = DateTime.now().setZone(ZONE).minus({ days: 200 }).toISODate()!;
  const to = DateTime.now().setZone(ZONE).toISODate()!;

  beforeAll(async () => {
    const urls = await specDatabase(database);
    await generateBulk({ databaseUrl: urls.superuserUrl, auditKey: process.env.AUDIT_HMAC_KEY!, cases: 1500, from, agentsPerZone: 3, vacuum: false });
    process.env.DATABASE_URL = urls.appUrl;
    t = await TestApp.start();
    city = await t.user('supervisor', { zoneId: null });

    // One case through the real services: to the district, returned, resolved by the desk, rated 基本满意.
    const creator = await t.user('creator');
    const agent = await t.user('agent', { zoneId: 'yangpu' });
    const officer = await t.user('cac_officer', { authorityId: 'cac_yangpu' });
    const step = async (u: TestUser, c: { id: string; version: number }, action: string, body: object = {}) =>
      (await t.http.post(`/api/v1/cases/${c.id}/actions/${action}`).set(bearer(u)).send({ version: c.version, ...body }).expect(201)).body;
    let c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'yangpu', category: 'smear', intake: { ...FILINGS.shield.intake, platform: 'zhihu' } }).expect(201)).body;
    for (const action of ['accept', 'start']) c = await step(agent, c, action);
    c = await step(agent, c, 'escalate', { reason: '需网信办处置' });
    c = await step(officer, await step(officer, c, 'acknowledge'), 'return', { instructions: '请继续办理' });
    c = await step(agent, c, 'resolve', { outcome: 'mediated', summary: '已调解' });
    await step(creator, c, 'rate', { level: 3 });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    process.env.DATABASE_URL = previousUrl;
    if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(server, database);
  });

  const dashboard = async (): Promise<Record<string, Figures>> =>
    (await t.http.get('/api/v1/dashboard').query({ from, to }).set(bearer(city)).expect(200)).body.figures;
  const total = async (query: Record<string, string | number>) =>
    (await t.http.get('/api/v1/cases').query({ ...query, pageSize: 1 }).set(bearer(city)).expect(200)).body.total as number;

  it.each(ZONES)('%s: 盾牌行动 open by category and submitted by platform', async (zoneId) => {
    const { shield } = (await dashboard())[zoneId];
    expect(shield.byCategory.reduce((n, x) => n + x.open, 0)).toBeGreaterThan(0);
    for (const x of shield.byCategory) {
      expect({ category: x.category, open: await total({ zoneId, programme: 'shield', category: x.category, status: OPEN }) }).toEqual({ category: x.category, open: x.open });
    }
    const platforms = shield.byPlatform.filter((x) => x.platform !== '');
    expect(platforms.filter((x) => x.submitted > 0).length).toBeGreaterThan(3);
    for (const x of platforms) {
      // Submitted in the period = every case but drafts, over the whole generated period.
      expect({ platform: x.platform, submitted: await total({ zoneId, platform: x.platform, status: NOT_DRAFT }) }).toEqual({ platform: x.platform, submitted: x.submitted });
    }
  });

  it.each(ZONES)('%s: 好差评 by level', async (zoneId) => {
    const { satisfaction } = (await dashboard())[zoneId];
    expect(satisfaction.levels.filter((l) => l.count > 0).length).toBeGreaterThan(2);
    for (const l of satisfaction.levels) {
      expect({ level: l.level, count: await total({ zoneId, rating: l.level }) }).toEqual({ level: l.level, count: l.count });
    }
  });

  it.each(ZONES)('%s: 上报 by authority — the cases behind each authority’s escalations, every step counted', async (zoneId) => {
    const { escalations } = (await dashboard())[zoneId];
    expect(escalations.byAuthority.map((a) => a.authorityId).sort()).toEqual(['cac_city', zoneId === 'huangpu' ? 'cac_huangpu' : 'cac_yangpu']);
    for (const a of escalations.byAuthority) {
      const [{ escalations: records, cases }] = await t.db.query(
        `SELECT count(*)::int AS escalations, count(DISTINCT e.case_id)::int AS cases FROM escalations e JOIN cases c ON c.id = e.case_id WHERE c.zone_id = $1 AND e.authority_id = $2`,
        [zoneId, a.authorityId],
      );
      // The figure counts escalation records (a case escalated to the same authority twice counts twice); the list, their cases.
      expect(a.count).toBe(records);
      expect(await total({ zoneId, authorityId: a.authorityId })).toBe(cases);
    }
  });
});

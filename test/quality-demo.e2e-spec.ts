import { DataSource } from 'typeorm';
import { PiiCipher } from '@app/pii';
import { QualityTimers } from '@app/quality';
import { seedDemoCases } from '../tools/demo/demo-cases';
import { seedDemo } from '../tools/demo/demo-seed';
import { dropDatabase } from '../tools/dev-start/local-services';
import { specDatabase } from './support/databases';
import { TestApp } from './support/test-app';

jest.setTimeout(240_000);

/** The demo data (`npm start`) holds the 好差评整改 loop in each of its states. */
describe('demo data: 好差评整改 (e2e)', () => {
  let t: TestApp;
  const previousUrl = process.env.DATABASE_URL;
  const server = process.env.TEST_DATABASE_SERVER as string;
  const database = `${process.env.TEST_DATABASE_NAME}_qdemo`;

  beforeAll(async () => {
    const urls = await specDatabase(database);
    process.env.DATABASE_URL = urls.appUrl;
    const owner = await new DataSource({ type: 'postgres', url: urls.ownerUrl }).initialize();
    try {
      expect(await seedDemo(owner, new PiiCipher(process.env.PII_ENCRYPTION_KEY!, process.env.PII_HASH_KEY!))).toBe(true);
    } finally {
      await owner.destroy();
    }
    await seedDemoCases(urls.ownerUrl);
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t?.close();
    process.env.DATABASE_URL = previousUrl;
    if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(server, database);
  });

  it('has an overdue 回访, a rectified and re-rated 差评, and an appeal waiting for the city supervisor', async () => {
    // What the worker's sweep does at start: the old scenario's 回访 is past due.
    expect((await t.app.get(QualityTimers).sweepOnce()).overdue).toBeGreaterThanOrEqual(1);
    const rows: { zone_id: string; status: string; contact_overdue_at: Date | null; first_level: number; second_level: number | null; appeal: string | null }[] = await t.db.query(
      `SELECT r.zone_id, r.status, r.contact_overdue_at, r.first_level, r.second_level, a.status AS appeal
         FROM rectifications r LEFT JOIN rating_appeals a ON a.rectification_id = r.id ORDER BY r.rated_at`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ zone_id: 'huangpu', status: 'contacting', first_level: 2, contact_overdue_at: expect.any(Date) }),
        expect.objectContaining({ zone_id: 'huangpu', status: 'rerated', first_level: 2, second_level: 4 }),
        expect.objectContaining({ zone_id: 'yangpu', status: 'contacting', first_level: 1, appeal: 'pending' }),
      ]),
    );
    // The published figures count the demo's ratings, the re-rating included.
    const figures = (await t.http.get('/api/v1/public/quality').expect(200)).body;
    const hp = figures.months.filter((m: { zoneId: string }) => m.zoneId === 'huangpu');
    expect(hp.reduce((s: number, m: { ratings: number }) => s + m.ratings, 0)).toBeGreaterThanOrEqual(3);
    expect(hp.reduce((s: number, m: { rectified: number }) => s + m.rectified, 0)).toBe(1);
  });
});

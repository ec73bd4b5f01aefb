import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { PiiCipher } from '@app/pii';
import { seedDemoCases } from '../tools/demo/demo-cases';
import { seedDemo } from '../tools/demo/demo-seed';
import { dropDatabase } from '../tools/dev-start/local-services';
import { specDatabase } from './support/databases';

/** The demo data (`npm start` on an empty database) shows dispatch: transfers, an order, return visits. */
jest.setTimeout(180_000);

describe('demo data for dispatch (e2e)', () => {
  const previousUrl = process.env.DATABASE_URL;
  const database = `${process.env.TEST_DATABASE_NAME}_demo_dispatch`;
  afterAll(async () => {
    process.env.DATABASE_URL = previousUrl;
    // Its own database, like every spec's: dropped afterwards unless asked to keep it.
    if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(process.env.TEST_DATABASE_SERVER!, database);
  });

  it('seeds a pending and a returned transfer, a supervision order and return visits', async () => {
    const urls = await specDatabase(database);
    process.env.DATABASE_URL = urls.appUrl;
    const config = loadConfig(process.env);
    const owner = await new DataSource({ type: 'postgres', url: urls.ownerUrl }).initialize();
    try {
      expect(await seedDemo(owner, new PiiCipher(config.PII_ENCRYPTION_KEY, config.PII_HASH_KEY))).toBe(true);
      await seedDemoCases(urls.ownerUrl);
      expect(await owner.query(`SELECT from_zone_id, to_zone_id, status FROM case_transfers ORDER BY requested_at`)).toEqual([
        { from_zone_id: 'huangpu', to_zone_id: 'yangpu', status: 'pending' },
        { from_zone_id: 'yangpu', to_zone_id: 'huangpu', status: 'returned' },
      ]);
      expect((await owner.query(`SELECT count(*)::int AS n FROM supervision_orders WHERE answered_at IS NULL`))[0].n).toBe(1);
      const visits = await owner.query(`SELECT outcome FROM return_visits WHERE selection = 'shield' ORDER BY outcome NULLS LAST`);
      expect(visits.map((v: { outcome: string | null }) => v.outcome)).toEqual(expect.arrayContaining(['solved', null]));
      expect((await owner.query(`SELECT sum(visits)::int AS n FROM dashboard_rates_daily`))[0].n).toBeGreaterThanOrEqual(1);
    } finally {
      await owner.destroy();
    }
  });
});

import { MINOR_FIRST } from '@app/shield';
import { TestApp } from './support/test-app';

/**
 * Every case list leads with open shield cases involving a minor; at a million cases the order is
 * only cheap when an index holds the same expression. With sorting and sequential scans priced out,
 * the plan of a zone's and of the city's first page must read one of those indexes: it stops doing
 * so as soon as the list's expression and the migration's drift apart.
 */
describe('the case list order is served by an index (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const plan = async (where: string): Promise<string> => {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SET LOCAL enable_seqscan = off`);
      await runner.query(`SET LOCAL enable_sort = off`);
      const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN SELECT c.id FROM cases c ${where} ORDER BY ${MINOR_FIRST} ASC, c.created_at DESC LIMIT 20`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  it("reads a zone's newest cases, minors first, from cases_zone_minor_first_idx", async () => {
    expect(await plan(`WHERE c.zone_id = 'huangpu'`)).toContain('cases_zone_minor_first_idx');
  });

  it('reads the city-wide list from cases_minor_first_idx', async () => {
    expect(await plan('')).toContain('cases_minor_first_idx');
  });
});

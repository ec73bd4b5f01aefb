import { randomUUID } from 'node:crypto';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

/** Search in the case list (`q`): bigram index + substring recheck, creator name and phone, ranked. */
describe('case search (e2e)', () => {
  let t: TestApp;
  let creator: TestUser;
  let other: TestUser;
  let hpAgent: TestUser;
  let ypAgent: TestUser;
  let hpSupervisor: TestUser;
  const name = `云舒${randomUUID().slice(0, 4)}`;
  const marker = `检索${randomUUID().slice(0, 6)}`;
  const ids: Record<string, string> = {};
  const refs: Record<string, string> = {};

  const file = async (user: TestUser, key: string, body: object) => {
    const res = await t.http.post('/api/v1/cases').set(bearer(user)).send(body).expect(201);
    ids[key] = res.body.id;
    refs[key] = res.body.reference;
  };
  const search = async (user: TestUser, q: string, extra = ''): Promise<{ ids: string[]; total: number }> => {
    const found: string[] = [];
    for (let page = 1; ; page++) {
      const body = (await t.http.get(`/api/v1/cases?q=${encodeURIComponent(q)}&pageSize=100&page=${page}${extra}`).set(bearer(user)).expect(200)).body;
      found.push(...body.items.map((i: { id: string }) => i.id));
      if (found.length >= body.total || !body.items.length) return { ids: found, total: body.total };
    }
  };

  beforeAll(async () => {
    t = await TestApp.start();
    [creator, other, hpAgent, ypAgent, hpSupervisor] = await Promise.all([
      t.user('creator'),
      t.user('creator'),
      t.user('agent', { zoneId: 'huangpu' }),
      t.user('agent', { zoneId: 'yangpu' }),
      t.user('supervisor', { zoneId: 'huangpu' }),
    ]);
    await t.db.query(`UPDATE users SET display_name = $1 WHERE id = $2`, [name, creator.id]);
    // Oldest first: the description-only match is the newest, so ranking (not age) must put the title match first.
    await file(creator, 'title', { ...FILINGS.shield, zoneId: 'huangpu', title: `${marker} 评论区网暴` });
    await file(creator, 'compliance', { ...FILINGS.compliance, zoneId: 'huangpu' });
    await file(other, 'description', { ...FILINGS.shield, zoneId: 'huangpu', description: `遭遇网暴，${marker}` });
    await file(other, 'yangpu', { ...FILINGS.shield, zoneId: 'yangpu', title: `${marker} 杨浦网暴` });
  });
  afterAll(() => t.close());

  it('finds a two-character substring (网暴, 标识) in title or description, within scope', async () => {
    const wangbao = await search(hpAgent, '网暴');
    expect(wangbao.ids).toEqual(expect.arrayContaining([ids.title, ids.description]));
    expect(wangbao.ids).not.toContain(ids.yangpu);
    expect(wangbao.ids).not.toContain(ids.compliance);
    const biaoshi = await search(hpAgent, '标识');
    expect(biaoshi.ids).toContain(ids.compliance);
    expect(biaoshi.ids).not.toContain(ids.title);
    expect((await search(ypAgent, '网暴')).ids).toEqual(expect.arrayContaining([ids.yangpu]));
    expect((await search(ypAgent, '网暴')).ids).not.toContain(ids.title);
  });

  it('ranks: the exact reference first, then title matches, then description matches', async () => {
    const byRef = await search(hpAgent, refs.compliance);
    expect(byRef.ids[0]).toBe(ids.compliance);
    expect((await search(hpAgent, refs.compliance.toLowerCase())).ids[0]).toBe(ids.compliance);
    expect((await search(hpAgent, marker)).ids).toEqual([ids.title, ids.description]);
    // An explicit sort still wins over the rank.
    expect((await search(hpAgent, marker, '&sort=-createdAt')).ids).toEqual([ids.description, ids.title]);
  });

  it('finds a creator’s cases by their name (or part of it) and by their phone number, exactly', async () => {
    expect((await search(hpAgent, name)).ids.sort()).toEqual([ids.title, ids.compliance].sort());
    expect((await search(hpAgent, name.slice(0, 2))).ids).toEqual(expect.arrayContaining([ids.title, ids.compliance]));
    expect((await search(hpAgent, creator.login)).ids.sort()).toEqual([ids.title, ids.compliance].sort());
    expect((await search(hpAgent, ` ${creator.login} `)).ids.sort()).toEqual([ids.title, ids.compliance].sort());
    // Exact only: part of a number finds nothing (the number itself is not stored, only its keyed hash).
    expect((await search(hpAgent, creator.login.slice(0, 8))).total).toBe(0);
    // Scope holds: the yangpu agent does not see the huangpu creator's cases by name or phone.
    expect((await search(ypAgent, name)).total).toBe(0);
    expect((await search(ypAgent, creator.login)).total).toBe(0);
    // A creator searching sees only their own.
    expect((await search(other, '网暴')).ids.sort()).toEqual([ids.description, ids.yangpu].sort());
  });

  it('finds exactly what the plain substring match finds, for sample queries', async () => {
    const samples = ['网暴', '标识', '网络暴力', '暴', 'AI', 'ai 生成', marker, refs.title, 'HP-', '100%', 'a_b', name.slice(1), '评论区网暴', '，'];
    for (const q of samples) {
      const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
      const expected: { id: string }[] = await t.db.query(
        `SELECT c.id FROM cases c WHERE c.zone_id = 'huangpu' AND ((c.reference || ' ' || c.title || ' ' || c.description) ILIKE $1
           OR c.creator_id IN (SELECT u.id FROM users u WHERE u.role = 'creator' AND u.display_name ILIKE $1))`,
        [pattern],
      );
      const got = await search(hpSupervisor, q);
      expect({ q, ids: got.ids.sort() }).toEqual({ q, ids: expected.map((r) => r.id).sort() });
      expect(got.total).toBe(expected.length);
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM cases WHERE search_bigrams @> search_bigrams('网暴') AND zone_id = 'huangpu'`);
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('counts up to SEARCH_RESULT_LIMIT, and every page is the full ranking’s, whether a rank is read through the index or by walking', async () => {
    const word = `限数${randomUUID().slice(0, 6)}`;
    const inTitle: string[] = [];
    const inText: string[] = [];
    for (let i = 0; i < 3; i++) inTitle.push((await t.http.post('/api/v1/cases').set(bearer(other)).send({ ...FILINGS.shield, zoneId: 'huangpu', title: `${word} 标题${i}` }).expect(201)).body.id);
    for (let i = 0; i < 5; i++) inText.push((await t.http.post('/api/v1/cases').set(bearer(other)).send({ ...FILINGS.shield, zoneId: 'huangpu', description: `描述中提到${word}，第 ${i} 件` }).expect(201)).body.id);
    await t.http.post('/api/v1/cases').set(bearer(other)).send({ ...FILINGS.shield, zoneId: 'yangpu', title: `${word} 杨浦` }).expect(201);
    // The full ranking: title matches newest first, then the rest newest first.
    const ranked = [...inTitle.reverse(), ...inText.reverse()];

    const all = (await t.http.get(`/api/v1/cases?q=${encodeURIComponent(word)}&pageSize=100`).set(bearer(hpAgent)).expect(200)).body;
    expect([all.items.map((i: { id: string }) => i.id), all.total, all.totalCapped]).toEqual([ranked, 8, false]);

    // Limit 4: the title rank (3) is read through the index, the other (5 > 4) by walking; the total stops at 4.
    const capped = await TestApp.start({ SEARCH_RESULT_LIMIT: '4' });
    try {
      const page = async (n: number) => (await capped.http.get(`/api/v1/cases?q=${encodeURIComponent(word)}&pageSize=3&page=${n}`).set(bearer(hpAgent)).expect(200)).body;
      const [one, two, three] = [await page(1), await page(2), await page(3)];
      expect([one.total, one.totalCapped, two.total, two.totalCapped]).toEqual([4, true, 4, true]);
      expect([...one.items, ...two.items, ...three.items].map((i: { id: string }) => i.id)).toEqual(ranked.slice(0, 4));
      // A search of few hits is counted exactly, and the exact reference still comes first.
      const [{ reference }] = await t.db.query(`SELECT reference FROM cases WHERE id = $1`, [inText[0]]);
      const byRef = (await capped.http.get(`/api/v1/cases?q=${reference.toLowerCase()}`).set(bearer(hpAgent)).expect(200)).body;
      expect([byRef.items[0].id, byRef.totalCapped]).toEqual([inText[0], false]);
      // The other zone's agent: scope holds on both paths.
      const yp = (await capped.http.get(`/api/v1/cases?q=${encodeURIComponent(word)}`).set(bearer(ypAgent)).expect(200)).body;
      expect([yp.total, yp.totalCapped]).toEqual([1, false]);
    } finally {
      await capped.close();
    }

    // Limit 2: the title rank (3 > 2) is dense, looked for among the 10 newest cases in scope; with
    // ten newer cases filed after it, it is not there, and the rank is sorted after all. Same pages.
    const tight = await TestApp.start({ SEARCH_RESULT_LIMIT: '2' });
    try {
      const firstTwo = async () => {
        const pages = [1, 2, 3].map(async (n) => (await tight.http.get(`/api/v1/cases?q=${encodeURIComponent(word)}&pageSize=1&page=${n}`).set(bearer(hpAgent)).expect(200)).body);
        const bodies = await Promise.all(pages);
        expect(bodies.map((b) => [b.total, b.totalCapped])).toEqual([[2, true], [2, true], [2, true]]);
        return bodies.flatMap((b) => b.items.map((i: { id: string }) => i.id));
      };
      expect(await firstTwo()).toEqual(ranked.slice(0, 2));
      // A scope smaller than the window (a creator's own four cases): the dense rank is walked
      // over the whole scope, newest first — the same pages as the full ranking.
      const own = await t.user('creator');
      const mine: string[] = [];
      for (let i = 0; i < 4; i++) mine.unshift((await t.http.post('/api/v1/cases').set(bearer(own)).send({ ...FILINGS.shield, zoneId: 'huangpu', description: `本人描述${word}，第 ${i} 件` }).expect(201)).body.id);
      const ownPages = await Promise.all([1, 2, 3].map(async (n) => (await tight.http.get(`/api/v1/cases?q=${encodeURIComponent(word)}&pageSize=1&page=${n}`).set(bearer(own)).expect(200)).body));
      expect(ownPages.map((b) => [b.total, b.totalCapped, b.items.map((i: { id: string }) => i.id)])).toEqual([[2, true, [mine[0]]], [2, true, [mine[1]]], [2, true, []]]);
      for (let i = 0; i < 10; i++) await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201);
      expect(await firstTwo()).toEqual(ranked.slice(0, 2));
    } finally {
      await tight.close();
    }
  });
});

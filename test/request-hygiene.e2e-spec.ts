import { bearer, PASSWORD, TestApp } from './support/test-app';

describe('request hygiene (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('marks every API answer Cache-Control: no-store, errors included', async () => {
    const agent = await t.user('agent');
    const answers = await Promise.all([
      t.http.get('/api/v1/me').set(bearer(agent)),
      t.http.get('/api/v1/me'),
      t.http.get('/api/v1/cases/not-a-uuid').set(bearer(agent)),
      t.http.get('/api/v1/no-such-route').set(bearer(agent)),
      t.http.post('/api/v1/auth/login').send({ username: agent.login, password: 'Wrong@pass1' }),
      t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('{"username":'),
      t.http.get('/api/docs-json'),
      t.http.get('/health'),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 401, 400, 404, 401, 400, 200, 200]);
    expect(answers.map((r) => r.headers['cache-control'])).toEqual(answers.map(() => 'no-store'));
  });
});

describe('X-Forwarded-For (e2e)', () => {
  const loginAudits = async (t: TestApp, id: string) =>
    (await t.db.query(`SELECT ip FROM audit_events WHERE entity_id = $1 AND action = 'auth.login' ORDER BY id`, [id])).map((r: { ip: string }) => r.ip);

  it('is ignored by default: the client is the connection peer, whatever the header says', async () => {
    const t = await TestApp.start({ TRUSTED_PROXIES: '' });
    try {
      // t.user() logs in once with an X-Forwarded-For of its own.
      const agent = await t.user('agent');
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '203.0.113.7').send({ username: agent.login, password: PASSWORD }).expect(200);
      const ips = await loginAudits(t, agent.id);
      expect(ips).toHaveLength(2);
      for (const ip of ips) expect(ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    } finally {
      await t.close();
    }
  });

  it('names the client when the request comes through a configured proxy', async () => {
    const t = await TestApp.start({ TRUSTED_PROXIES: 'loopback' });
    try {
      const agent = await t.user('agent');
      await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', '203.0.113.7').send({ username: agent.login, password: PASSWORD }).expect(200);
      expect((await loginAudits(t, agent.id))[1]).toBe('203.0.113.7');
    } finally {
      await t.close();
    }
  });
});

import { sign } from 'jsonwebtoken';
import { bearer, PASSWORD, randomAddress, TestApp, TestUser } from './support/test-app';

/** An access token ends at once — not when it expires — whenever its session or its holder changes. */
describe('access tokens end with their session (e2e)', () => {
  let t: TestApp;
  let sysadmin: TestUser;
  let secadmin: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    sysadmin = await t.user('sysadmin', { zoneId: null });
    secadmin = await t.user('secadmin', { zoneId: null });
  });
  afterAll(() => t.close());

  const me = (user: { token: string }) => t.http.get('/api/v1/me').set(bearer(user));
  /** A second sign-in of the same account, from another address. */
  const signIn = async (user: TestUser): Promise<TestUser> => {
    const res = await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', randomAddress()).send({ username: user.login, password: PASSWORD }).expect(200);
    return { ...user, token: res.body.accessToken, refreshToken: res.body.refreshToken };
  };

  it('logout ends that session only', async () => {
    const phone = await t.user('creator');
    const laptop = await signIn(phone);
    await t.http.post('/api/v1/auth/logout').send({ refreshToken: phone.refreshToken }).expect(204);
    const refused = await me(phone).expect(401);
    expect(refused.body.code).toBe('auth.token_invalid');
    await me(laptop).expect(200);
  });

  it('logout everywhere ends every session of the account', async () => {
    const phone = await t.user('creator');
    const laptop = await signIn(phone);
    const other = await t.user('creator');
    await t.http.post('/api/v1/auth/logout-all').set(bearer(laptop)).expect(204);
    await me(phone).expect(401);
    await me(laptop).expect(401);
    await me(other).expect(200);
  });

  it('a disabled account is out at once', async () => {
    const agent = await t.user('agent');
    await t.http.patch(`/api/v1/admin/users/${agent.id}`).set(bearer(sysadmin)).send({ status: 'disabled' }).expect(200);
    await me(agent).expect(401);
    await t.http.get('/api/v1/cases').set(bearer(agent)).expect(401);
  });

  it('a deleted account is out at once', async () => {
    const agent = await t.user('agent');
    await me(agent).expect(200);
    await t.db.query(`DELETE FROM refresh_tokens WHERE user_id = $1`, [agent.id]);
    await t.db.query(`DELETE FROM users WHERE id = $1`, [agent.id]);
    await me(agent).expect(401);
  });

  it('revoking the role ends the sessions; so does changing it', async () => {
    const revoked = await t.user('agent');
    await t.http.delete(`/api/v1/admin/users/${revoked.id}/role`).set(bearer(secadmin)).expect(200);
    await me(revoked).expect(401);

    const promoted = await t.user('agent');
    await t.http.put(`/api/v1/admin/users/${promoted.id}/role`).set(bearer(secadmin)).send({ role: 'supervisor' }).expect(200);
    await me(promoted).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: promoted.refreshToken }).expect(401);
    const again = await signIn(promoted);
    expect((await me(again).expect(200)).body.role).toBe('supervisor');
  });

  it('a change of role made outside the api (in the database) ends the token too', async () => {
    const agent = await t.user('agent');
    await t.db.query(`UPDATE users SET role = 'supervisor' WHERE id = $1`, [agent.id]);
    await me(agent).expect(401);
  });

  it('moving an agent to another zone ends tokens of the old zone; a refresh gives one for the new zone', async () => {
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    await t.http.patch(`/api/v1/admin/users/${agent.id}`).set(bearer(sysadmin)).send({ zoneId: 'yangpu' }).expect(200);
    await me(agent).expect(401);
    await t.http.get('/api/v1/cases').set(bearer(agent)).expect(401);
    const refreshed = (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: agent.refreshToken }).expect(200)).body;
    expect((await me({ token: refreshed.accessToken }).expect(200)).body.zoneId).toBe('yangpu');
  });

  it('a refresh-token family revoked for reuse takes its access tokens with it', async () => {
    const creator = await t.user('creator');
    const rotated = (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: creator.refreshToken }).expect(200)).body;
    await me({ token: rotated.accessToken }).expect(200);
    // The stolen original comes back: the family dies, the thief's and the owner's tokens alike.
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: creator.refreshToken }).expect(401);
    await me({ token: rotated.accessToken }).expect(401);
    await me(creator).expect(401);
  });

  it('refuses a correctly signed token without exp, or without a session', async () => {
    const agent = await t.user('agent');
    const claims = JSON.parse(Buffer.from(agent.token.split('.')[1], 'base64url').toString());
    const secret = process.env.JWT_SECRET!;
    const { exp: _exp, ...forever } = claims;
    await me({ token: sign(forever, secret, { algorithm: 'HS256' }) }).expect(401);
    const { sid: _sid, ...sessionless } = claims;
    await me({ token: sign(sessionless, secret, { algorithm: 'HS256' }) }).expect(401);
    // The same claims, re-signed with exp: accepted, so the two refusals above are about the claims.
    await me({ token: sign(claims, secret, { algorithm: 'HS256' }) }).expect(200);
  });

  it('the queue board checks the session too', async () => {
    const admin = await t.user('sysadmin', { zoneId: null });
    await t.http.get('/api/v1/admin/queues/').set(bearer(admin)).expect(200);
    await t.http.post('/api/v1/auth/logout').send({ refreshToken: admin.refreshToken }).expect(204);
    await t.http.get('/api/v1/admin/queues/').set(bearer(admin)).expect(401);
  });
});

/**
 * Each api process remembers the sessions its checks found live, and forgets an account the moment
 * the database notifies a change to it (libs/sessions/src/session-changes.ts).
 */
describe('the session check remembered between requests (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    // The first check opens the listening connection; until it listens, nothing is remembered.
    await zones(await t.user('creator')).expect(200);
    await listening();
  });
  afterAll(() => t.close());

  /** Served from memory, so the check is all the database work this request could do. */
  const zones = (user: { token: string }) => t.http.get('/api/v1/zones').set(bearer(user));
  /** The backends of this app's listening connection (this database; other runs may share the server). */
  const listenerPids = async (): Promise<number[]> =>
    (
      await t.db.query(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = 'listen:session_changed'`,
      )
    ).map((r: { pid: number }) => r.pid);
  /** Waits for a listening connection other than `gone`'s. */
  const listening = async (gone?: number): Promise<number> => {
    for (let i = 0; i < 50; i++) {
      const pid = (await listenerPids()).find((p) => p !== gone);
      if (pid) return pid;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the api never listened on session_changed');
  };

  it('answers a session it checked before without reading refresh_tokens', async () => {
    const creator = await t.user('creator');
    await zones(creator).expect(200);
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // While this lock is held no check can read the table; a remembered session needs none.
      await runner.query(`LOCK TABLE refresh_tokens IN ACCESS EXCLUSIVE MODE`);
      const answered = await zones(creator).timeout(3000);
      expect(answered.status).toBe(200);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('forgets a remembered session whenever the database changes it, however it was changed', async () => {
    for (let round = 0; round < 10; round++) {
      const creator = await t.user('creator');
      await zones(creator).expect(200);
      await zones(creator).expect(200);
      await t.db.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1`, [creator.id]);
      await zones(creator).expect(401);

      const agent = await t.user('agent');
      await zones(agent).expect(200);
      await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [agent.id]);
      await zones(agent).expect(401);
    }
  });

  it('a rotation of the refresh token is no change: the access token stays good', async () => {
    const creator = await t.user('creator');
    await zones(creator).expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: creator.refreshToken }).expect(200);
    await zones(creator).expect(200);
  });

  it('listens again after its connection is cut, and forgets what it remembered meanwhile', async () => {
    const creator = await t.user('creator');
    await zones(creator).expect(200);
    const first = await listening();
    await t.db.query(`SELECT pg_terminate_backend($1)`, [first]);
    // While the listener is away, nothing is answered from memory.
    await t.db.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1`, [creator.id]);
    await zones(creator).expect(401);

    await listening(first);
    const agent = await t.user('agent');
    await zones(agent).expect(200);
    await zones(agent).expect(200);
    await t.db.query(`UPDATE users SET role = 'supervisor' WHERE id = $1`, [agent.id]);
    await zones(agent).expect(401);
  });
});

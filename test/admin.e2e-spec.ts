import { bearer, PASSWORD, TestApp } from './support/test-app';

describe('account administration under 三员分立 (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('sysadmin creates an account without a role; only secadmin grants one; the new agent then works in its zone', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const secadmin = await t.user('secadmin', { zoneId: null });
    const username = `new.agent${Date.now() % 100000}`;
    const weak = await t.http.post('/api/v1/admin/users').set(bearer(sysadmin)).send({ username, displayName: '新专员', password: 'weakpass', zoneId: 'huangpu' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
    const created = (await t.http.post('/api/v1/admin/users').set(bearer(sysadmin)).send({ username, displayName: '新专员', password: 'Strong@2026', zoneId: 'huangpu', skills: ['shield'] }).expect(201)).body;
    expect(created).toMatchObject({ role: null, zoneId: 'huangpu' });
    await t.http.post('/api/v1/admin/users').set(bearer(sysadmin)).send({ username, displayName: '重名', password: 'Strong@2026' }).expect(409);

    const noRole = await t.http.post('/api/v1/auth/login').send({ username, password: 'Strong@2026' }).expect(403);
    expect(noRole.body.code).toBe('auth.no_role');
    await t.http.put(`/api/v1/admin/users/${created.id}/role`).set(bearer(sysadmin)).send({ role: 'agent' }).expect(403);
    await t.http.put(`/api/v1/admin/users/${created.id}/role`).set(bearer(secadmin)).send({ role: 'agent' }).expect(200);
    const session = (await t.http.post('/api/v1/auth/login').send({ username, password: 'Strong@2026' }).expect(200)).body;
    expect(session.user).toMatchObject({ role: 'agent', zoneId: 'huangpu' });

    const actions = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [created.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['user.create', 'auth.login_failed', 'user.grant_role', 'auth.login']);
  });

  it('refuses a second admin role, a self-grant, and turning staff into a creator', async () => {
    const secadmin = await t.user('secadmin', { zoneId: null });
    const auditor = await t.user('auditor', { zoneId: null });
    const agent = await t.user('agent');
    const twice = await t.http.put(`/api/v1/admin/users/${auditor.id}/role`).set(bearer(secadmin)).send({ role: 'sysadmin' }).expect(409);
    expect(twice.body.code).toBe('user.admin_role_held');
    await t.http.put(`/api/v1/admin/users/${secadmin.id}/role`).set(bearer(secadmin)).send({ role: 'auditor' }).expect(403);
    await t.http.put(`/api/v1/admin/users/${agent.id}/role`).set(bearer(secadmin)).send({ role: 'creator' }).expect(409);
    const [row] = await t.db.query(`SELECT role FROM users WHERE id = $1`, [auditor.id]);
    expect(row.role).toBe('auditor');
  });

  it('disabling an account ends its sessions and its logins', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const agent = await t.user('agent');
    await t.http.patch(`/api/v1/admin/users/${agent.id}`).set(bearer(sysadmin)).send({ status: 'disabled' }).expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: agent.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/login').send({ username: agent.login, password: PASSWORD }).expect(403);
    await t.http.patch(`/api/v1/admin/users/${sysadmin.id}`).set(bearer(sysadmin)).send({ status: 'disabled' }).expect(403);
  });

  it('signs out everywhere: every refresh token of the caller dies', async () => {
    const creator = await t.user('creator');
    const second = (await t.http.post('/api/v1/auth/login').send({ username: creator.login, password: PASSWORD }).expect(200)).body;
    await t.http.post('/api/v1/auth/logout-all').set(bearer(creator)).expect(204);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: creator.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
  });

  it('lets secadmin tighten the password policy, and registration follows it', async () => {
    const secadmin = await t.user('secadmin', { zoneId: null });
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    await t.http.put('/api/v1/admin/security-policy').set(bearer(secadmin)).send({ passwordMinLength: 12, lockoutThreshold: 5, lockoutMinutes: 15 }).expect(200);
    try {
      const res = await t.http.post('/api/v1/admin/users').set(bearer(sysadmin)).send({ username: `p${Date.now() % 100000}`, displayName: '策略', password: 'Strong@2026' }).expect(400);
      expect(res.body.errors[0].message).toContain('12');
    } finally {
      await t.http.put('/api/v1/admin/security-policy').set(bearer(secadmin)).send({ passwordMinLength: 8, lockoutThreshold: 5, lockoutMinutes: 15 }).expect(200);
    }
  });

  it('sends security headers and no CORS grant to an unknown origin', async () => {
    const res = await t.http.get('/health').set('Origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('never answers with a stack trace or SQL', async () => {
    const creator = await t.user('creator');
    const res = await t.http.get(`/api/v1/cases/not-a-uuid`).set(bearer(creator)).expect(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|SELECT|QueryFailedError/);
  });
});

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
    const own = await t.http.post('/api/v1/admin/users').set(bearer(sysadmin)).send({ username, displayName: '新专员', password: `${username.toUpperCase()}#9x`, zoneId: 'huangpu' }).expect(400);
    expect(own.body.errors).toEqual([{ field: 'password', message: '密码不能包含登录名' }]);
    const demo = await t.http.post('/api/v1/admin/users').set(bearer(sysadmin)).send({ username, displayName: '新专员', password: 'Demo@2026', zoneId: 'huangpu' }).expect(400);
    expect(demo.body.errors).toEqual([{ field: 'password', message: '不能使用演示环境的公开密码' }]);
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
    const other = await t.user('secadmin', { zoneId: null });
    const auditor = await t.user('auditor', { zoneId: null });
    const agent = await t.user('agent');
    const twice = await t.http.put(`/api/v1/admin/users/${other.id}/role`).set(bearer(secadmin)).send({ role: 'sysadmin' }).expect(409);
    expect(twice.body.code).toBe('user.admin_role_held');
    const otherAdmin = await t.http.put(`/api/v1/admin/users/${auditor.id}/role`).set(bearer(secadmin)).send({ role: 'sysadmin' }).expect(403);
    expect(otherAdmin.body.code).toBe('user.other_admin');
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
    // Answered like a wrong password: the answer does not tell that the password was right.
    const refused = await t.http.post('/api/v1/auth/login').send({ username: agent.login, password: PASSWORD }).expect(401);
    expect(refused.body.code).toBe('auth.invalid_credentials');
    await t.http.patch(`/api/v1/admin/users/${sysadmin.id}`).set(bearer(sysadmin)).send({ status: 'disabled' }).expect(403);
  });

  it('三员分立: no admin changes the account of another admin role', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const secadmin = await t.user('secadmin', { zoneId: null });
    const auditor = await t.user('auditor', { zoneId: null });
    const before = await t.db.query(`SELECT id, status, role, display_name, version FROM users WHERE id = ANY($1) ORDER BY id`, [[secadmin.id, auditor.id, sysadmin.id]]);
    const auditCount = await t.count('audit_events');
    for (const target of [secadmin, auditor]) {
      for (const body of [{ status: 'disabled' }, { displayName: '改名' }]) {
        const res = await t.http.patch(`/api/v1/admin/users/${target.id}`).set(bearer(sysadmin)).send(body).expect(403);
        expect(res.body.code).toBe('user.other_admin');
      }
      await t.http.get('/api/v1/me').set(bearer(target)).expect(200);
    }
    for (const target of [sysadmin, auditor]) {
      await t.http.put(`/api/v1/admin/users/${target.id}/role`).set(bearer(secadmin)).send({ role: 'agent' }).expect(403);
      await t.http.delete(`/api/v1/admin/users/${target.id}/role`).set(bearer(secadmin)).expect(403);
    }
    expect(await t.db.query(`SELECT id, status, role, display_name, version FROM users WHERE id = ANY($1) ORDER BY id`, [[secadmin.id, auditor.id, sysadmin.id]])).toEqual(before);
    expect(await t.count('audit_events')).toBe(auditCount);
  });

  it('never disables the last active account of an admin role, even when two admins disable each other at once', async () => {
    // Only two active sysadmins for this test; the other sysadmins of the run are set aside and restored.
    const a = await t.user('sysadmin', { zoneId: null });
    const b = await t.user('sysadmin', { zoneId: null });
    const others: { id: string }[] = await t.db.query(`UPDATE users SET status = 'disabled' WHERE role = 'sysadmin' AND status = 'active' AND id <> ALL($1) RETURNING id`, [[a.id, b.id]]);
    try {
      const [one, two] = await Promise.all([
        t.http.patch(`/api/v1/admin/users/${b.id}`).set(bearer(a)).send({ status: 'disabled' }),
        t.http.patch(`/api/v1/admin/users/${a.id}`).set(bearer(b)).send({ status: 'disabled' }),
      ]);
      // One wins; the other is refused — as the last admin (409), or because its own account was just disabled (401).
      expect([one.status, two.status].filter((s) => s === 200)).toHaveLength(1);
      expect([one.status, two.status].filter((s) => s === 409 || s === 401)).toHaveLength(1);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'sysadmin' AND status = 'active'`);
      expect(n).toBe(1);

      // Two secadmins taking each other's role at once: one keeps it.
      const s1 = await t.user('secadmin', { zoneId: null });
      const s2 = await t.user('secadmin', { zoneId: null });
      const secadmins: { id: string }[] = await t.db.query(`UPDATE users SET status = 'disabled' WHERE role = 'secadmin' AND status = 'active' AND id <> ALL($1) RETURNING id`, [[s1.id, s2.id]]);
      try {
        const answers = await Promise.all([
          t.http.delete(`/api/v1/admin/users/${s2.id}/role`).set(bearer(s1)),
          t.http.delete(`/api/v1/admin/users/${s1.id}/role`).set(bearer(s2)),
        ]);
        expect(answers.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1);
        const [{ left }] = await t.db.query(`SELECT count(*)::int AS left FROM users WHERE role = 'secadmin' AND status = 'active' AND id = ANY($1)`, [[s1.id, s2.id]]);
        expect(left).toBe(1);
      } finally {
        await t.db.query(`UPDATE users SET status = 'active' WHERE id = ANY($1)`, [secadmins.map((r) => r.id)]);
      }
    } finally {
      await t.db.query(`UPDATE users SET status = 'active' WHERE id = ANY($1)`, [others.map((r) => r.id)]);
    }
  });

  it('PUT role needs a role; a bad or empty body and a grant that changes nothing write nothing', async () => {
    const secadmin = await t.user('secadmin', { zoneId: null });
    const agent = await t.user('agent');
    const url = `/api/v1/admin/users/${agent.id}/role`;
    const untouched = async () => {
      const [row] = await t.db.query(`SELECT role, version FROM users WHERE id = $1`, [agent.id]);
      expect(row).toEqual({ role: 'agent', version: 1 });
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action LIKE 'user.%'`, [agent.id]);
      expect(n).toBe(0);
      const [{ revoked }] = await t.db.query(`SELECT count(*)::int AS revoked FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NOT NULL`, [agent.id]);
      expect(revoked).toBe(0);
      await t.http.get('/api/v1/me').set(bearer(agent)).expect(200);
    };
    const missing = await t.http.put(url).set(bearer(secadmin)).send({}).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'role', message: '必填' })]);
    expect((await t.http.put(url).set(bearer(secadmin)).send({ role: null }).expect(400)).body.errors[0].field).toBe('role');
    expect((await t.http.put(url).set(bearer(secadmin))).status).toBeGreaterThanOrEqual(400);
    expect((await t.http.put(url).set(bearer(secadmin)).set('content-type', 'text/plain').send('role=agent')).status).toBeGreaterThanOrEqual(400);
    await untouched();
    // The role it already has: 200, and nothing written, no session ended.
    expect((await t.http.put(url).set(bearer(secadmin)).send({ role: 'agent' }).expect(200)).body.role).toBe('agent');
    await untouched();
    // Revoking is its own request, and is written.
    await t.http.delete(url).set(bearer(secadmin)).expect(200);
    const actions = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'user.%' ORDER BY id`, [agent.id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['user.revoke_role']);
    // Revoking a role the account no longer has writes nothing more.
    await t.http.delete(url).set(bearer(secadmin)).expect(200);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action LIKE 'user.%'`, [agent.id]);
    expect(n).toBe(1);
  });

  it('PATCH that changes nothing writes nothing', async () => {
    const sysadmin = await t.user('sysadmin', { zoneId: null });
    const agent = await t.user('agent', { zoneId: 'huangpu' });
    await t.http.patch(`/api/v1/admin/users/${agent.id}`).set(bearer(sysadmin)).send({ zoneId: 'huangpu', status: 'active' }).expect(200);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'user.update'`, [agent.id]);
    expect(n).toBe(0);
    await t.http.get('/api/v1/me').set(bearer(agent)).expect(200);
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

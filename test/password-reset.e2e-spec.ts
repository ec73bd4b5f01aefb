import { CONSENT_VERSION } from '@app/contracts';
import { PASSWORD, randomAddress, TestApp } from './support/test-app';

/** 忘记密码 and consent at registration (issue 15). */
describe('password reset and consent (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());


  it('refuses registration without consent, naming the field, and records the version and time when given', async () => {
    const phone = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const from = randomAddress();
    await t.http.post('/api/v1/auth/register/code').set('X-Forwarded-For', from).send({ phone }).expect(202);
    const code = await t.registrationCode(phone);
    const body = { phone, code, password: 'Creator@2026', displayName: '同意者' };
    const refused = await t.http.post('/api/v1/auth/register').set('X-Forwarded-For', from).send(body).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['consentVersion']);
    await t.http.post('/api/v1/auth/register').set('X-Forwarded-For', from).send({ ...body, consentVersion: '2020-01' }).expect(400);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM users WHERE display_name = '同意者'`))[0].n).toBe(0);

    const before = Date.now();
    const res = await t.http.post('/api/v1/auth/register').set('X-Forwarded-For', from).send({ ...body, consentVersion: CONSENT_VERSION }).expect(201);
    const [row] = await t.db.query(`SELECT consent_version, consented_at FROM users WHERE id = $1`, [res.body.user.id]);
    expect(row.consent_version).toBe(CONSENT_VERSION);
    expect(new Date(row.consented_at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [audit] = await t.db.query(`SELECT after FROM audit_events WHERE action = 'user.register' AND entity_id = $1`, [res.body.user.id]);
    expect(audit.after.consentVersion).toBe(CONSENT_VERSION);
  });

  it('resets a forgotten password by SMS code: old password and sessions stop working, audited', async () => {
    const creator = await t.user('creator');
    const from = randomAddress();
    await t.http.post('/api/v1/auth/password-reset/code').set('X-Forwarded-For', from).send({ phone: creator.login }).expect(202);
    const code = await t.registrationCode(creator.login, 'password_reset_code');
    expect(code).toMatch(/^\d{6}$/);

    // A registration code is no good for a reset.
    const wrong = await t.http.post('/api/v1/auth/password-reset').set('X-Forwarded-For', from).send({ phone: creator.login, code: '000000', password: 'Newpass@2027' }).expect(400);
    expect(wrong.body.errors[0].field).toBe('code');
    const weak = await t.http.post('/api/v1/auth/password-reset').set('X-Forwarded-For', from).send({ phone: creator.login, code, password: 'short' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');

    await t.http.post('/api/v1/auth/password-reset').set('X-Forwarded-For', from).send({ phone: creator.login, code, password: 'Newpass@2027' }).expect(204);
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username: creator.login, password: PASSWORD }).expect(401);
    await t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username: creator.login, password: 'Newpass@2027' }).expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: creator.refreshToken }).expect(401);
    // Single use.
    await t.http.post('/api/v1/auth/password-reset').set('X-Forwarded-For', from).send({ phone: creator.login, code, password: 'Other@20277' }).expect(400);
    const actions = (await t.db.query(`SELECT action FROM audit_events WHERE action LIKE 'auth.password_reset%' AND (entity_id = $1 OR actor_id = $2) ORDER BY id`, [creator.id, `${creator.login.slice(0, 3)}****${creator.login.slice(7)}`])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['auth.password_reset_code', 'auth.password_reset']);
  });

  it('answers the same for a phone with no account, sending nothing, and is rate-limited like registration', async () => {
    const phone = `135${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const outbox = await t.count('notification_outbox');
    const from = randomAddress();
    await t.http.post('/api/v1/auth/password-reset/code').set('X-Forwarded-For', from).send({ phone }).expect(202);
    expect(await t.count('notification_outbox')).toBe(outbox);
    // One code a minute per phone.
    await t.http.post('/api/v1/auth/password-reset/code').set('X-Forwarded-For', from).send({ phone }).expect(429);
    const bad = await t.http.post('/api/v1/auth/password-reset/code').send({ phone: '123' }).expect(400);
    expect(bad.body.errors[0].field).toBe('phone');
  });
});

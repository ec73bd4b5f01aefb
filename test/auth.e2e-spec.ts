import { EmailTransport, NotificationDelivery, NotificationRepository, SmsMessage, SmsTransport } from '@app/notifications';
import Redis from 'ioredis';
import { PiiCipher } from '@app/pii';
import { REDIS } from '@app/redis';
import { TestApp, PASSWORD, bearer, randomAddress } from './support/test-app';

describe('authentication (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('logs in, reads /me, refreshes with rotation and logs out', async () => {
    const agent = await t.user('agent');
    const me = await t.http.get('/api/v1/me').set(bearer(agent)).expect(200);
    expect(me.body).toMatchObject({ id: agent.id, role: 'agent', zoneId: 'huangpu' });
    expect(me.body).not.toHaveProperty('passwordHash');

    const refreshed = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: agent.refreshToken }).expect(200);
    expect(refreshed.body.refreshToken).not.toBe(agent.refreshToken);
    await t.http.get('/api/v1/me').set(bearer({ token: refreshed.body.accessToken })).expect(200);

    await t.http.post('/api/v1/auth/logout').send({ refreshToken: refreshed.body.refreshToken }).expect(204);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
  });

  it('revokes the whole family when a rotated refresh token is reused', async () => {
    const creator = await t.user('creator');
    const first = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: creator.refreshToken }).expect(200);
    // The stolen original is presented again: refused, and the legitimate new token dies with it.
    const reuse = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: creator.refreshToken }).expect(401);
    expect(reuse.headers['content-type']).toContain('application/problem+json');
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    const [event] = await t.db.query(`SELECT action FROM audit_events WHERE action = 'auth.refresh_reuse_detected' AND entity_id IS NOT NULL ORDER BY id DESC LIMIT 1`);
    expect(event.action).toBe('auth.refresh_reuse_detected');
  });

  it('ends a session left idle longer than the idle timeout', async () => {
    const agent = await t.user('agent');
    await t.db.query(`UPDATE refresh_tokens SET created_at = now() - interval '31 minutes' WHERE user_id = $1`, [agent.id]);
    const res = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: agent.refreshToken }).expect(401);
    expect(res.body.code).toBe('auth.invalid_refresh_token');
  });

  it('locks an account after five failures, refuses the right password while locked, and audits it all', async () => {
    const agent = await t.user('agent');
    for (let i = 0; i < 4; i++) {
      await t.http.post('/api/v1/auth/login').send({ username: agent.login, password: 'Wrong@pass1' }).expect(401);
    }
    const locked = await t.http.post('/api/v1/auth/login').send({ username: agent.login, password: 'Wrong@pass1' }).expect(423);
    expect(locked.body.code).toBe('auth.account_locked');
    await t.http.post('/api/v1/auth/login').send({ username: agent.login, password: PASSWORD }).expect(423);

    const actions = (await t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [agent.id])).map((r: { action: string }) => r.action);
    expect(actions.filter((a: string) => a === 'auth.login_failed')).toHaveLength(6);
    expect(actions).toContain('auth.account_locked');

    const secadmin = await t.user('secadmin', { zoneId: null });
    await t.http.post(`/api/v1/admin/users/${agent.id}/unlock`).set(bearer(secadmin)).expect(201);
    await t.http.post('/api/v1/auth/login').send({ username: agent.login, password: PASSWORD }).expect(200);
  });

  it('audits a failed login for an unknown account without storing the phone number', async () => {
    await t.http.post('/api/v1/auth/login').send({ username: '13912345678', password: 'whatever1A' }).expect(401);
    const [event] = await t.db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'auth.login_failed' ORDER BY id DESC LIMIT 1`);
    expect(event.actor_id).toBe('139****5678');
    expect(event.after).toEqual({ reason: 'unknown_account' });
  });

  it('registers a creator with an SMS code from the outbox, phone encrypted and masked', async () => {
    const phone = '13700001111';
    await t.http.post('/api/v1/auth/register/code').send({ phone }).expect(202);
    const [sms] = await t.db.query(`SELECT id, payload, recipient_cipher FROM notification_outbox WHERE template = 'registration_code' ORDER BY id DESC LIMIT 1`);
    expect(sms.recipient_cipher).not.toContain(phone);
    // The code reaches the SMS carrier, but the outbox never holds it in clear.
    const sent: SmsMessage[] = [];
    const carrier: SmsTransport = { send: async (message) => void sent.push(message) };
    const delivery = new NotificationDelivery(t.app.get(NotificationRepository), t.app.get(PiiCipher), carrier, { send: async () => undefined } as EmailTransport);
    expect(await delivery.attempt(sms.id)).toEqual({ ok: true });
    const text = sent.find((m) => m.to === phone)?.text ?? '';
    const code = /验证码为 (\d{6})/.exec(text)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect(sms.payload).toEqual({ minutes: 10, sealed: expect.any(String) });
    expect(JSON.stringify(sms.payload)).not.toContain(code);
    const [row] = await t.db.query(`SELECT payload::text AS payload FROM notification_outbox WHERE id = $1`, [sms.id]);
    expect(row.payload).not.toContain(code);

    await t.http.post('/api/v1/auth/register').send({ phone, code: code === '000000' ? '111111' : '000000', password: 'Creator@2026', displayName: '新人', consentVersion: '2026-01' }).expect(400);
    const weak = await t.http.post('/api/v1/auth/register').send({ phone, code, password: 'short', displayName: '新人', consentVersion: '2026-01' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
    const ownPhone = await t.http.post('/api/v1/auth/register').send({ phone, code, password: `Up#${phone}`, displayName: '新人', consentVersion: '2026-01' }).expect(400);
    expect(ownPhone.body.errors).toEqual([{ field: 'password', message: '密码不能包含手机号' }]);
    const common = await t.http.post('/api/v1/auth/register').send({ phone, code, password: 'Password1!', displayName: '新人', consentVersion: '2026-01' }).expect(400);
    expect(common.body.errors[0].message).toContain('过于常见');

    const res = await t.http.post('/api/v1/auth/register').send({ phone, code, password: 'Creator@2026', displayName: '新人', consentVersion: '2026-01' }).expect(201);
    expect(res.body.user).toMatchObject({ role: 'creator', phone: '137****1111' });
    const [user] = await t.db.query(`SELECT phone_cipher, phone_masked FROM users WHERE id = $1`, [res.body.user.id]);
    expect(user.phone_cipher).not.toContain(phone);
    // The code is single-use.
    await t.http.post('/api/v1/auth/register').send({ phone, code, password: 'Creator@2026', displayName: '新人', consentVersion: '2026-01' }).expect(400);
  });

  it('refuses tokens that are tampered, unsigned or signed with another algorithm', async () => {
    const agent = await t.user('agent');
    const [header, payload, signature] = agent.token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'auditor' })).toString('base64url');
    await t.http.get('/api/v1/me').set({ Authorization: `Bearer ${header}.${forged}.${signature}` }).expect(401);
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await t.http.get('/api/v1/me').set({ Authorization: `Bearer ${none}.${payload}.` }).expect(401);
    await t.http.get('/api/v1/me').expect(401);
  });

  it('answers bad input with problem+json naming the field, and unknown fields are refused', async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ username: '', password: 'x', extra: 1 }).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['username', 'extra']));
    const bad = await t.http.post('/api/v1/auth/register/code').send({ phone: '12345' }).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'phone', message: 'phone 须为 11 位中国大陆手机号' }]);
    const malformed = await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('{"username":').expect(400);
    expect(malformed.body.status).toBe(400);
  });

  it('serves /health, /ready and the OpenAPI document without a token', async () => {
    await t.http.get('/health').expect(200, { status: 'ok' });
    const ready = await t.http.get('/ready').expect(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    const doc = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me']));
  });
});

describe('rate limits (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('sends at most one registration code a minute to a phone', async () => {
    await t.http.post('/api/v1/auth/register/code').set('X-Forwarded-For', randomAddress()).send({ phone: '13711112222' }).expect(202);
    await t.http.post('/api/v1/auth/register/code').set('X-Forwarded-For', randomAddress()).send({ phone: '13711112222' }).expect(429);
    // The limits name the phone by its search key: no phone number in clear in Redis.
    const keys = await t.app.get<Redis>(REDIS).keys(`${process.env.QUEUE_PREFIX}:rl:*`);
    expect(keys.some((k) => k.includes('code_phone'))).toBe(true);
    expect(keys.filter((k) => k.includes('13711112222'))).toEqual([]);
  });
});

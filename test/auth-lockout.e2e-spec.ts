import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { maskPhone, PiiCipher } from '@app/pii';
import { REDIS } from '@app/redis';
import { hashPassword, LoginLockout, PasswordHasher } from '@app/users';
import { bearer, PASSWORD, randomAddress, TestApp, TestUser } from './support/test-app';

const WRONG = 'Wrong@pass1';

describe('login lockout per account and address (e2e)', () => {
  let t: TestApp;
  let secadmin: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    secadmin = await t.user('secadmin', { zoneId: null });
  });
  afterAll(() => t.close());

  const login = (from: string, username: string, password: string) => t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ username, password });
  const statuses = async (from: string, username: string, password: string, times: number) => {
    const seen: number[] = [];
    for (let i = 0; i < times; i++) seen.push((await login(from, username, password)).status);
    return seen;
  };

  it('an attacker hammering from elsewhere locks only their own address; the owner still signs in', async () => {
    for (const victim of [await t.user('agent'), await t.user('secadmin', { zoneId: null })]) {
      const attacker = randomAddress();
      expect(await statuses(attacker, victim.login, WRONG, 12)).toEqual([401, 401, 401, 401, 423, 423, 423, 423, 423, 423, 423, 423]);
      // Locked from there even with the right password…
      const locked = await login(attacker, victim.login, PASSWORD).expect(423);
      expect(locked.body).toMatchObject({ code: 'auth.account_locked', lockedUntil: expect.any(String) });
      // …while the owner, at their own address, is not.
      const owner = await login(randomAddress(), victim.login, PASSWORD).expect(200);
      await t.http.get('/api/v1/me').set(bearer({ token: owner.body.accessToken })).expect(200);
    }
  });

  it('shows secadmin that an account is under attack, and unlock frees every address', async () => {
    const victim = await t.user('agent');
    const attacker = randomAddress();
    await statuses(attacker, victim.login, WRONG, 5);
    const listed = (await t.http.get('/api/v1/admin/users').query({ q: victim.login }).set(bearer(secadmin)).expect(200)).body;
    expect(listed).toEqual([expect.objectContaining({ id: victim.id, locked: true })]);
    const actions = (await t.db.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY id`, [victim.id])).map((r: { action: string }) => r.action);
    expect(actions.filter((a: string) => a === 'auth.login_failed')).toHaveLength(5);
    expect(actions).toContain('auth.account_locked');

    await t.http.post(`/api/v1/admin/users/${victim.id}/unlock`).set(bearer(secadmin)).expect(201);
    const [row] = await t.db.query(`SELECT locked_until FROM users WHERE id = $1`, [victim.id]);
    expect(row.locked_until).toBeNull();
    await login(attacker, victim.login, PASSWORD).expect(200);
  });

  it('unknown, unclaimed (walk-in), disabled and real accounts answer alike, each after one argon2 verification', async () => {
    const pii = t.app.get(PiiCipher);
    const real = await t.user('agent');
    const disabled = await t.user('agent');
    await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [disabled.id]);
    const walkInPhone = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await t.db.query(
      `INSERT INTO users (role, phone_cipher, phone_hash, phone_masked, display_name, password_hash) VALUES ('creator', $1, $2, $3, '窗口来访者', '')`,
      [pii.encrypt(walkInPhone), pii.searchKey(walkInPhone), maskPhone(walkInPhone)],
    );
    const attempts: [string, string, string][] = [
      ['real account, wrong password', real.login, WRONG],
      ['unknown login name', `t.nobody.${randomUUID().slice(0, 8)}`, WRONG],
      ['unknown phone', `135${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, WRONG],
      ['walk-in account nobody claimed', walkInPhone, WRONG],
      ['disabled account, right password', disabled.login, PASSWORD],
      ['disabled account, wrong password', disabled.login, WRONG],
    ];
    const hasher = t.app.get(PasswordHasher);
    const argon2 = jest.spyOn(hasher, 'argon2Verify');
    try {
      const answers = [];
      for (const [label, username, password] of attempts) {
        argon2.mockClear();
        const res = await login(randomAddress(), username, password);
        const { instance: _i, requestId: _r, ...body } = res.body;
        answers.push({ label, status: res.status, body, hashes: argon2.mock.calls.map(([hash]) => /^\$argon2id\$/.test(hash)) });
      }
      const expected = { status: 401, body: answers[0].body, hashes: [true] };
      expect(answers).toEqual(attempts.map(([label]) => ({ label, ...expected })));
      expect(answers[0].body).toMatchObject({ status: 401, code: 'auth.invalid_credentials', detail: '账号或密码错误' });
    } finally {
      argon2.mockRestore();
    }
  });

  it('locks an unknown account name exactly like a real one', async () => {
    const from = randomAddress();
    const real = await t.user('agent');
    const unknown = `t.ghost.${randomUUID().slice(0, 8)}`;
    const realSeen = await statuses(from, real.login, WRONG, 6);
    const unknownSeen = await statuses(from, unknown, WRONG, 6);
    expect(unknownSeen).toEqual(realSeen);
    expect(realSeen).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('each further lock of the same account and address lasts twice as long, up to a day', async () => {
    const lockout = t.app.get(LoginLockout);
    const redis = t.app.get<Redis>(REDIS);
    const account = `t.grow.${randomUUID().slice(0, 8)}`;
    const address = randomAddress();
    const policy = { lockoutThreshold: 3, lockoutMinutes: 15 };
    const lengths: number[] = [];
    for (let lock = 0; lock < 8; lock++) {
      for (let i = 1; i < policy.lockoutThreshold; i++) expect((await lockout.failed(account, address, policy)).lockedUntil).toBeNull();
      const { lockedUntil } = await lockout.failed(account, address, policy);
      lengths.push(Math.round((lockedUntil!.getTime() - Date.now()) / 60_000));
      expect(await lockout.lockedUntil(account, address)).not.toBeNull();
      expect(await lockout.lockedUntil(account, randomAddress())).toBeNull();
      // The lock runs out (its key expires) before the next round of guesses.
      await redis.del(`${process.env.QUEUE_PREFIX}:rl:login_lock:${account}|${address}`);
      expect(await lockout.lockedUntil(account, address)).toBeNull();
    }
    expect(lengths).toEqual([15, 30, 60, 120, 240, 480, 960, 1440]);
  });

  it('limits attempts per address, across accounts, with 429 problem+json', async () => {
    const from = randomAddress();
    const seen = [];
    for (let i = 0; i < 61; i++) seen.push((await login(from, `t.spray${i % 20}.${i}`, WRONG)).status);
    expect(seen.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(seen[60]).toBe(429);
    const limited = await login(from, secadmin.login, PASSWORD).expect(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.body.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('PasswordHasher', () => {
  it('pays one verification for a missing hash and never accepts it', async () => {
    const hasher = new PasswordHasher();
    const argon2 = jest.spyOn(hasher, 'argon2Verify');
    expect(await hasher.verify('', 'anything')).toBe(false);
    expect(await hasher.verify(null, 'not-a-real-password-0!A')).toBe(false);
    expect(await hasher.verify(await hashPassword('Real@pass-2026'), 'Real@pass-2026')).toBe(true);
    expect(argon2).toHaveBeenCalledTimes(3);
  });
});

import { DataSource, QueryRunner } from 'typeorm';
import { AuditVerification, verifyAuditChain } from '@app/audit';
import { bearer, TestApp } from './support/test-app';

describe('audit log (e2e)', () => {
  let t: TestApp;
  let superuser: DataSource;
  beforeAll(async () => {
    t = await TestApp.start();
    // The database superuser, as an attacker with shell access would be: it bypasses the app role.
    superuser = await new DataSource({ type: 'postgres', url: process.env.TEST_DATABASE_SUPERUSER_URL }).initialize();
    // A few events of every kind so the chain has something to break.
    const agent = await t.user('agent');
    await t.http.post('/api/v1/auth/login').send({ username: agent.login, password: 'wrong-Pass1' }).expect(401);
    await t.user('creator');
    await t.user('supervisor');
    await t.verifyAudit();
  });
  afterAll(async () => {
    await superuser.destroy();
    await t.close();
  });

  /** Tampers inside a transaction that is rolled back, so other tests keep an intact chain. */
  async function tampered(sql: string): Promise<AuditVerification> {
    const runner: QueryRunner = superuser.createQueryRunner();
    await runner.startTransaction();
    try {
      // No triggers (append-only, foreign keys): what a superuser can do.
      await runner.query(`SET LOCAL session_replication_role = replica`);
      await runner.query(sql);
      return await verifyAuditChain(runner, { key: process.env.AUDIT_HMAC_KEY! });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }
  const linkOf = async (offset: number) => (await superuser.query(`SELECT seq::int AS seq, event_id, hash FROM audit_links ORDER BY seq OFFSET $1 LIMIT 1`, [offset]))[0];
  const reasons = (r: AuditVerification) => r.problems.map((p) => ({ reason: p.reason, seq: p.seq, ...(p.toSeq ? { toSeq: p.toSeq } : {}) }));

  it('verifies the intact chain through the auditor endpoint', async () => {
    const auditor = await t.user('auditor', { zoneId: null });
    const res = await t.http.get('/api/v1/audit/verify').set(bearer(auditor)).expect(200);
    expect(res.body).toMatchObject({ ok: true, problems: [], problemCount: 0, unlinked: { count: 0 } });
    expect(res.body.checked).toBeGreaterThan(3);
    const [head] = await t.db.query(`SELECT last_seq::int AS seq, last_hash AS hash FROM audit_chain_head`);
    expect(res.body.head).toEqual(head);
    const events = await t.http.get('/api/v1/audit/events?action=auth.login_failed&limit=5').set(bearer(auditor)).expect(200);
    expect(events.body.items[0]).toMatchObject({ action: 'auth.login_failed', seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('is for the auditor only: the other admins and staff are refused', async () => {
    for (const role of ['sysadmin', 'secadmin', 'supervisor', 'agent', 'creator'] as const) {
      const user = await t.user(role, role === 'sysadmin' || role === 'secadmin' ? { zoneId: null } : {});
      await t.http.get('/api/v1/audit/events').set(bearer(user)).expect(403);
      await t.http.get('/api/v1/audit/verify').set(bearer(user)).expect(403);
    }
  });

  it('is append-only for the application role, and the trigger refuses even the superuser', async () => {
    for (const [table, key] of [['audit_events', 'id'], ['audit_links', 'seq']]) {
      const first = `${key} = (SELECT min(${key}) FROM ${table})`;
      await expect(t.db.query(`UPDATE ${table} SET hash = repeat('f', 64) WHERE ${first}`)).rejects.toThrow(/permission denied/);
      await expect(t.db.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      await expect(superuser.query(`UPDATE ${table} SET hash = repeat('f', 64) WHERE ${first}`)).rejects.toThrow(/append-only/);
      await expect(superuser.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only|truncate/i);
    }
  });

  it('names the event that was edited behind the application, and only that one', async () => {
    const target = await linkOf(2);
    const result = await tampered(`UPDATE audit_events SET after = '{"reason":"forged"}' WHERE id = ${target.event_id}`);
    expect(result).toMatchObject({ ok: false, problemCount: 1, firstBroken: { id: target.event_id, seq: target.seq, reason: 'hash_mismatch' } });
  });

  it('names a deleted event by its missing sequence number, and still checks the links after it', async () => {
    const gone = await linkOf(1);
    const edited = await linkOf(4);
    const result = await tampered(`
      DELETE FROM audit_links WHERE seq = ${gone.seq};
      DELETE FROM audit_events WHERE id = ${gone.event_id};
      UPDATE audit_events SET actor_id = 'someone-else' WHERE id = ${edited.event_id};`);
    expect(reasons(result)).toEqual([
      { reason: 'missing', seq: gone.seq },
      { reason: 'hash_mismatch', seq: edited.seq },
    ]);
  });

  it('detects reordered events', async () => {
    const [a, b] = [await linkOf(1), await linkOf(2)];
    // Swap the two events' places in the chain.
    const result = await tampered(`
      UPDATE audit_links SET event_id = -1 WHERE seq = ${a.seq};
      UPDATE audit_links SET event_id = ${a.event_id} WHERE seq = ${b.seq};
      UPDATE audit_links SET event_id = ${b.event_id} WHERE seq = ${a.seq};`);
    expect(reasons(result)).toEqual([
      { reason: 'hash_mismatch', seq: a.seq },
      { reason: 'hash_mismatch', seq: b.seq },
    ]);
  });

  it('detects an inserted event, even one with a well-formed hash of its own', async () => {
    const [head] = await superuser.query(`SELECT last_seq::int AS seq, last_hash FROM audit_chain_head`);
    const result = await tampered(`
      INSERT INTO audit_events (id, occurred_at, action, entity_type) OVERRIDING SYSTEM VALUE VALUES (-5, now(), 'user.grant_role', 'user');
      INSERT INTO audit_links (seq, event_id, prev_hash, hash) VALUES (${head.seq + 1}, -5, '${head.last_hash}', repeat('a', 64));
      UPDATE audit_chain_head SET last_seq = ${head.seq + 1}, last_hash = repeat('a', 64);`);
    expect(reasons(result)).toEqual([{ reason: 'hash_mismatch', seq: head.seq + 1 }]);
  });

  it('detects a removed tail through the chain head', async () => {
    const [last] = await superuser.query(`SELECT seq::int AS seq, event_id FROM audit_links ORDER BY seq DESC LIMIT 1`);
    const result = await tampered(`DELETE FROM audit_links WHERE seq = ${last.seq}; DELETE FROM audit_events WHERE id = ${last.event_id}`);
    expect(reasons(result)).toEqual([{ reason: 'tail_missing', seq: last.seq }]);
  });
});

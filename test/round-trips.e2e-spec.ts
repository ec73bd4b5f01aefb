import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { TransactionMemo, Tx } from '@app/database';
import { chineseDateTime } from '@app/offline';
import { FILINGS } from './support/case-fixtures';
import { bearer, TestApp, TestUser } from './support/test-app';

interface Statement {
  text: string;
  values: unknown[];
}

/** Every statement this process sends through `pg` while `fn` runs (the api runs in this process). */
async function statementsOf(fn: () => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  const original = Client.prototype.query;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const [q, v] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    seen.push(typeof q === 'string' ? { text: q, values: v ?? [] } : { text: q.text, values: q.values ?? v ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  try {
    await fn();
  } finally {
    Client.prototype.query = original;
  }
  return seen;
}

const readsOf = (statements: Statement[], table: string) => statements.filter((s) => new RegExp(`^\\s*SELECT[\\s\\S]*\\bFROM ${table}\\b`).test(s.text));
const mentions = (s: Statement, id: string) => JSON.stringify(s.values).includes(id);
/** The clocks as the case page shows them, without what depends on the moment of asking. */
const clocksOf = (c: { slaClocks: Record<string, unknown>[] }) => c.slaClocks.map(({ remainingMs: _r, state: _s, ...rest }) => rest);

describe('statements a request need not send (e2e)', () => {
  let t: TestApp;
  let agent: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    agent = await t.user('agent', { zoneId: 'huangpu' });
  });
  afterAll(() => t.close());

  it('a filing reads neither its clocks nor its creator again, and its answer and receipt carry the clocks as stored', async () => {
    const creator = await t.user('creator');
    let filed: { id: string; slaClocks: Record<string, unknown>[]; version: number } | undefined;
    const statements = await statementsOf(async () => {
      filed = (await t.http.post('/api/v1/cases').set(bearer(creator)).set('Idempotency-Key', randomUUID()).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    });
    expect(readsOf(statements, 'sla_clocks')).toEqual([]);
    // The filing reads the creator's name and phone once; the receipt prints the name it found.
    expect(readsOf(statements, 'users').filter((s) => mentions(s, creator.id))).toHaveLength(1);

    const fresh = (await t.http.get(`/api/v1/cases/${filed!.id}`).set(bearer(creator)).expect(200)).body;
    expect(filed!.slaClocks.length).toBeGreaterThan(0);
    expect(clocksOf(filed!)).toEqual(clocksOf(fresh));
    const stored = await t.db.query(`SELECT clock, due_at FROM sla_clocks WHERE case_id = $1 ORDER BY clock`, [filed!.id]);
    const answered = new Map(filed!.slaClocks.map((c) => [c.clock, c.dueAt]));
    for (const row of stored) expect(answered.get(row.clock)).toBe(row.due_at === null ? null : row.due_at.toISOString());

    // A later change locks the clocks once, and its receipt prints them without reading them again;
    // its answer is read after COMMIT (an action has no Idempotency-Key transaction around it).
    let accepted: { slaClocks: Record<string, unknown>[] } | undefined;
    const acceptance = await statementsOf(async () => {
      accepted = (await t.http.post(`/api/v1/cases/${filed!.id}/actions/accept`).set(bearer(agent)).set('Idempotency-Key', randomUUID()).send({ version: filed!.version }).expect(201)).body;
    });
    const [lock, answer, ...more] = readsOf(acceptance, 'sla_clocks');
    expect(lock.text).toMatch(/FOR UPDATE/);
    expect(more).toEqual([]);
    const commit = acceptance.findIndex((s) => s.text === 'COMMIT');
    expect(commit).toBeGreaterThan(acceptance.indexOf(lock));
    expect(acceptance.indexOf(answer)).toBeGreaterThan(commit);
    const afterAccept = (await t.http.get(`/api/v1/cases/${filed!.id}`).set(bearer(agent)).expect(200)).body;
    expect(clocksOf(accepted!)).toEqual(clocksOf(afterAccept));
    const [receipt] = await t.db.query(`SELECT spec::text AS spec FROM issued_documents WHERE case_id = $1 AND kind = 'receipt.acceptance'`, [filed!.id]);
    const timed = afterAccept.slaClocks.filter((c: { dueAt: string | null }) => c.dueAt);
    expect(timed.length).toBeGreaterThan(0);
    for (const c of timed) expect(receipt.spec).toContain(chineseDateTime(c.dueAt));
  });

  it("a case page reads its creator's and its assignee's names in one statement", async () => {
    const creator = await t.user('creator');
    const filed = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
    const accepted = (await t.http.post(`/api/v1/cases/${filed.id}/actions/accept`).set(bearer(agent)).send({ version: filed.version }).expect(201)).body;
    expect(accepted.assignee?.id).toBe(agent.id);
    let page: { creator: { displayName: string; phone: string | null }; assignee: { displayName: string } } | undefined;
    const statements = await statementsOf(async () => {
      page = (await t.http.get(`/api/v1/cases/${filed.id}`).set(bearer(creator)).expect(200)).body;
    });
    const [stored] = await t.db.query(`SELECT display_name, phone_masked FROM users WHERE id = $1`, [creator.id]);
    const [assignee] = await t.db.query(`SELECT display_name FROM users WHERE id = $1`, [agent.id]);
    expect(page!.creator).toMatchObject({ displayName: stored.display_name, phone: stored.phone_masked });
    expect(page!.assignee.displayName).toBe(assignee.display_name);
    const names = readsOf(statements, 'users').filter((s) => mentions(s, creator.id) || mentions(s, agent.id));
    expect(names).toHaveLength(1);
    expect(mentions(names[0], creator.id) && mentions(names[0], agent.id)).toBe(true);
  });

  describe('TransactionMemo', () => {
    let memo: TransactionMemo<string, number>;
    let tx: Tx;
    beforeAll(() => {
      tx = t.app.get(Tx);
      memo = new TransactionMemo<string, number>(tx, t.app.get(DataSource));
    });

    it('keeps nothing outside a transaction', () => {
      memo.set('a', 1);
      expect(memo.get('a')).toBeUndefined();
    });

    it('is per transaction and forgotten at COMMIT', async () => {
      const seen = await Promise.all(
        [1, 2].map((n) =>
          tx.withTransaction(async () => {
            memo.set('a', n);
            await tx.tx.query('SELECT pg_sleep(0.05)');
            return [memo.get('a'), memo.get('b')];
          }),
        ),
      );
      expect(seen).toEqual([[1, undefined], [2, undefined]]);
      await tx.withTransaction(async () => expect(memo.get('a')).toBeUndefined());
    });

    it('forgets everything when a savepoint rolls back, and keeps it when one is released', async () => {
      await tx.withTransaction(async () => {
        memo.set('a', 1);
        await tx.tx.transaction(async () => undefined);
        expect(memo.get('a')).toBe(1);
        await expect(
          tx.tx.transaction(async () => {
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(memo.get('a')).toBeUndefined();
      });
    });
  });
});

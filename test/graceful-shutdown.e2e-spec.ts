import { randomUUID } from 'node:crypto';
import { IncomingMessage, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { FILINGS } from './support/case-fixtures';
import { TestApp, TestUser } from './support/test-app';

/**
 * A stop (SIGTERM on a deploy) while requests are still being handled, including requests whose
 * client has already hung up: the api stops taking requests, lets the handlers finish their
 * transactions, and only then closes the pool. Each filing is then stored whole (case, timeline,
 * audit event, SLA clocks, key) or not at all, and no transaction's connection is handed to
 * another query while it is still open.
 */
async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await condition()); ) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('graceful shutdown (e2e)', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  /** Posts a filing without waiting for the answer; the returned function hangs up. */
  const fileAndHangUp = (port: number, creator: TestUser) => {
    const body = JSON.stringify({ ...FILINGS.shield, zoneId: 'huangpu' });
    const req = httpRequest({
      port,
      method: 'POST',
      path: '/api/v1/cases',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${creator.token}`, 'idempotency-key': randomUUID() },
    });
    req.on('error', () => undefined);
    req.end(body);
    return () => req.destroy();
  };

  it('finishes the filings in hand, clients gone or not, before it closes the database pool', async () => {
    // A grace long enough for a loaded CI machine: what is checked is that the stop waits, not how long.
    const t = await TestApp.start({ SHUTDOWN_GRACE_SECONDS: '30' });
    const creator = await t.user('creator');
    const server = t.app.getHttpServer();
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address() as AddressInfo;
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    // Hold the filings inside their transactions: their INSERT INTO cases waits for this lock.
    const blocker = new Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE cases IN SHARE ROW EXCLUSIVE MODE');
    try {
      // The clients hang up once the api has read every request whole (a request cut off
      // before its end is refused, rightly: that is not what this spec is about).
      let received = 0;
      server.on('request', (req: IncomingMessage) => req.once('end', () => received++));
      const hangUps = Array.from({ length: 24 }, () => fileAndHangUp(port, creator));
      await waitFor(async () => received === 24);
      hangUps.forEach((hangUp) => hangUp());
      await waitFor(async () => {
        const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO cases%'`)).rows;
        return n > 0;
      });
      // The stop comes while they wait (their clients are gone); the lock goes a moment later.
      const stopped = t.close();
      await new Promise((r) => setTimeout(r, 300));
      await blocker.query('COMMIT');
      await stopped;
    } finally {
      process.off('warning', onWarning);
      await blocker.end();
    }
    expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);

    const { rows } = await db.query(
      `SELECT c.id,
              (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id AND e.kind = 'status_change' AND e.data->>'action' = 'submit') AS filed_events,
              (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = c.id::text AND a.action = 'case.file') AS audit_events,
              (SELECT count(*)::int FROM sla_clocks s WHERE s.case_id = c.id) AS clocks,
              (SELECT count(*)::int FROM idempotency_keys k WHERE k.user_id = c.creator_id AND coalesce(k.case_id::text, k.response->>'id') = c.id::text) AS keys
       FROM cases c WHERE c.creator_id = $1`,
      [creator.id],
    );
    // Handled to the end although nobody waited for the answers.
    expect(rows.length).toBe(24);
    for (const r of rows) expect({ filed: r.filed_events, audited: r.audit_events, keyed: r.keys, clocked: r.clocks > 0 }).toEqual({ filed: 1, audited: 1, keyed: 1, clocked: true });
  });
});

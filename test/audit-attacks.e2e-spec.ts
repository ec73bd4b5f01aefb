import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { AuditChainService, auditEventHash, eventFieldsOf, EVENT_COLUMNS, verifyAuditChain } from '@app/audit';
import { dropDatabase } from '../tools/dev-start/local-services';
import { FILINGS } from './support/case-fixtures';
import { specDatabase } from './support/databases';
import { bearer, TestApp, TestUser } from './support/test-app';

jest.setTimeout(120_000);
const ROOT = resolve(__dirname, '..');

/** `npm run audit:verify` (the script under ts-node, as the build runs it compiled): exit code and output. */
function auditVerifyScript(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/ops/audit-verify.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env, TS_NODE_PROJECT: 'tsconfig.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => done({ code, output }));
  });
}

/**
 * The two rewrites a database superuser could get away with before the chain was keyed and
 * anchored outside the database, each on a database of its own (the tampering is committed, as
 * an attacker would): both are found by `npm run audit:verify` and by the auditor's
 * GET /api/v1/audit/verify.
 */
describe('audit chain against a database superuser (e2e)', () => {
  const opened: { t: TestApp; su: Client; name: string; dir: string }[] = [];
  afterAll(async () => {
    for (const o of opened) {
      await o.su.end();
      await o.t.close();
      rmSync(o.dir, { recursive: true, force: true });
      if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(process.env.TEST_DATABASE_SERVER!, o.name);
    }
  });

  /** A database with some history, a checkpoint written as the worker writes it, and history after it. */
  async function scenario(suffix: string) {
    const name = `${process.env.TEST_DATABASE_NAME}_${suffix}`;
    const db = await specDatabase(name);
    const dir = mkdtempSync(join(tmpdir(), 'csd-checkpoints-'));
    const t = await TestApp.start({ DATABASE_URL: db.appUrl, AUDIT_CHECKPOINT_DIR: dir });
    const su = new Client({ connectionString: db.superuserUrl });
    await su.connect();
    opened.push({ t, su, name, dir });
    const creator = await t.user('creator');
    const agent = await t.user('agent');
    const auditor: TestUser = await t.user('auditor', { zoneId: null });
    const file = async () => {
      const c = (await t.http.post('/api/v1/cases').set(bearer(creator)).send({ ...FILINGS.shield, zoneId: 'huangpu' }).expect(201)).body;
      await t.http.post(`/api/v1/cases/${c.id}/actions/accept`).set(bearer(agent)).send({ version: c.version }).expect(201);
    };
    for (let i = 0; i < 4; i++) await file();
    const chain = t.app.get(AuditChainService);
    await chain.settle();
    expect(await chain.checkpoint()).toMatch(/^audit-checkpoint-/);
    for (let i = 0; i < 3; i++) await file();
    await chain.settle();
    expect(await chain.checkpoint()).toMatch(/^audit-checkpoint-/);
    const [head] = (await su.query(`SELECT last_seq::int AS seq FROM audit_chain_head`)).rows;
    const env = { DATABASE_URL: db.appUrl, AUDIT_CHECKPOINT_DIR: dir, AUDIT_HMAC_KEY: process.env.AUDIT_HMAC_KEY!, NODE_ENV: 'test' };
    const verify = async () => (await t.http.get('/api/v1/audit/verify').set(bearer(auditor)).expect(200)).body;
    // Intact before the attack, by both roads.
    expect(await verify()).toMatchObject({ ok: true, problemCount: 0, checkpoint: { seq: head.seq } });
    const before = await auditVerifyScript(env);
    expect(before.code).toBe(0);
    expect(before.output).toContain('audit chain OK');
    return { t, su, db, dir, env, verify, checkpointSeq: head.seq as number };
  }

  it('(a) finds a truncated tail with audit_chain_head moved back, through the signed checkpoint', async () => {
    const s = await scenario('cut_tail');
    const keep = s.checkpointSeq - 3;
    await s.su.query('BEGIN');
    await s.su.query(`SET LOCAL session_replication_role = replica`);
    const gone = (await s.su.query(`DELETE FROM audit_links WHERE seq > $1 RETURNING event_id`, [keep])).rows.map((r) => r.event_id);
    await s.su.query(`DELETE FROM audit_events WHERE id = ANY($1)`, [gone]);
    await s.su.query(`UPDATE audit_chain_head SET last_seq = l.seq, last_id = l.event_id, last_hash = l.hash FROM audit_links l WHERE l.seq = $1`, [keep]);
    await s.su.query('COMMIT');

    // Inside the database everything agrees now: only the checkpoint outside it tells.
    expect(await verifyAuditChain({ query: (sql: string, p?: unknown[]) => s.su.query(sql, p).then((r) => r.rows) }, { key: process.env.AUDIT_HMAC_KEY! })).toMatchObject({ ok: true, problemCount: 0 });
    const result = await s.verify();
    expect(result).toMatchObject({ ok: false, firstBroken: { reason: 'checkpoint_missing', seq: keep + 1 } });
    expect(result.problems).toEqual([expect.objectContaining({ reason: 'checkpoint_missing', seq: keep + 1, toSeq: s.checkpointSeq })]);
    const script = await auditVerifyScript(s.env);
    expect(script.code).toBe(2);
    expect(script.output).toMatch(new RegExp(`checkpoint_missing\\s+seq ${keep + 1}-${s.checkpointSeq}`));
  });

  it('(b) finds one edited event with every later link re-hashed by someone without the key', async () => {
    const s = await scenario('rehash');
    const from = s.checkpointSeq - 4;
    const guessedKey = randomBytes(32);
    await s.su.query('BEGIN');
    await s.su.query(`SET LOCAL session_replication_role = replica`);
    const [target] = (await s.su.query(`SELECT event_id FROM audit_links WHERE seq = $1`, [from])).rows;
    await s.su.query(`UPDATE audit_events SET after = '{"status":"rejected","forged":true}' WHERE id = $1`, [target.event_id]);
    const rows = (await s.su.query(`SELECT l.seq, l.prev_hash, ${EVENT_COLUMNS} FROM audit_links l JOIN audit_events e ON e.id = l.event_id WHERE l.seq >= $1 ORDER BY l.seq`, [from])).rows;
    let prevHash: string = rows[0].prev_hash;
    for (const row of rows) {
      const hash = auditEventHash({ ...eventFieldsOf(row), seq: Number(row.seq), prevHash }, guessedKey);
      await s.su.query(`UPDATE audit_links SET prev_hash = $2, hash = $3 WHERE seq = $1`, [row.seq, prevHash, hash]);
      prevHash = hash;
    }
    await s.su.query(`UPDATE audit_chain_head SET last_hash = $1`, [prevHash]);
    await s.su.query('COMMIT');

    const result = await s.verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ reason: 'hash_mismatch', seq: from, id: target.event_id });
    const mismatched = result.problems.filter((p: { reason: string }) => p.reason === 'hash_mismatch').map((p: { seq: number }) => p.seq);
    expect(mismatched).toEqual(rows.map((r) => Number(r.seq)));
    // The checkpoint names a link that was rewritten.
    expect(result.problems).toContainEqual(expect.objectContaining({ reason: 'checkpoint_mismatch', seq: s.checkpointSeq }));
    const script = await auditVerifyScript(s.env);
    expect(script.code).toBe(2);
    expect(script.output).toMatch(new RegExp(`hash_mismatch\\s+seq ${from} \\(event ${target.event_id}\\)`));
  });
});

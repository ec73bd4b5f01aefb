import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { auditCheckpointDir, verifyAuditChain } from '@app/audit';
import { AUDIT_PROBLEM_LABELS } from '@app/contracts';
import { developmentSecrets, ensureDatabase, resolvePostgresServer, withDatabase } from '../dev-start/local-services';

/**
 * `npm run audit:verify`: verifies the whole keyed audit chain against the events, the head row
 * and the latest signed checkpoint, lists every problem, and reports the events not linked yet.
 * Reads only. Needs AUDIT_HMAC_KEY (in development, from .data/secrets.json) and the checkpoint
 * folder (AUDIT_CHECKPOINT_DIR). Exit code 2 when the chain is broken.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = { ...process.env };
  if (!env.AUDIT_HMAC_KEY && env.NODE_ENV !== 'production') env.AUDIT_HMAC_KEY = developmentSecrets().AUDIT_HMAC_KEY;
  if (!env.AUDIT_HMAC_KEY) throw new Error('AUDIT_HMAC_KEY must be set: the chain cannot be verified without its key');
  let url = env.DATABASE_URL;
  if (!url) {
    const server = await resolvePostgresServer(env);
    await ensureDatabase(server, 'creator_desk');
    url = withDatabase(server, 'creator_desk');
  }
  const checkpointDir = auditCheckpointDir(env.AUDIT_CHECKPOINT_DIR ?? '.data/audit-checkpoints', url);
  const dataSource = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const started = Date.now();
    const result = await verifyAuditChain(dataSource, { key: env.AUDIT_HMAC_KEY, checkpointDir, alarmSeconds: Number(env.AUDIT_LINK_ALARM_SECONDS ?? 120) });
    const took = Date.now() - started;
    const anchor = result.checkpoint ? `checkpoint seq ${result.checkpoint.seq} of ${result.checkpoint.at} (${checkpointDir})` : `no checkpoint in ${checkpointDir}`;
    if (result.ok) {
      console.log(`audit chain OK: ${result.checked} links verified in ${took} ms, head seq ${result.head.seq}, ${anchor}`);
    } else {
      console.error(`audit chain BROKEN: ${result.problemCount} problems; ${result.checked} links examined, head seq ${result.head.seq}, ${anchor}`);
      for (const p of result.problems) {
        const where = p.seq === null ? '' : p.toSeq ? `seq ${p.seq}-${p.toSeq}` : `seq ${p.seq}`;
        console.error(`  ${p.reason.padEnd(20)} ${where}${p.eventId ? ` (event ${p.eventId})` : ''}${p.file ? ` ${p.file}` : ''}  ${AUDIT_PROBLEM_LABELS[p.reason]}`);
      }
      if (result.problemCount > result.problems.length) console.error(`  … and ${result.problemCount - result.problems.length} more`);
      process.exitCode = 2;
    }
    if (result.unlinked.count) {
      const line = `${result.unlinked.count} events not linked yet (oldest #${result.unlinked.oldestId}, ${result.unlinked.oldestAt})`;
      if (result.unlinked.overdue) console.error(`ALARM: ${line}: is the worker's linker running?`);
      else console.log(line);
    }
  } finally {
    await dataSource.destroy();
  }
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

import { createHmac } from 'node:crypto';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { auditHmac, canonicalJson } from './audit-hash';
import { CheckpointClaim } from './audit-chain-walk';

/**
 * Signed checkpoints of the chain head, kept outside the database: one small JSON file per
 * checkpoint, created once and never rewritten (`wx`, read-only mode), so the folder can be
 * write-once storage. A database superuser who cuts the tail and moves the head back cannot cut
 * what a checkpoint already holds, and cannot write a checkpoint without the key.
 */
export interface Checkpoint {
  version: 1;
  seq: number;
  hash: string;
  at: string;
  mac: string;
}

const PREFIX = 'audit-checkpoint-';
const NAME = /^audit-checkpoint-(\d{16})-[0-9TZ]+\.json$/;

/** Its own key, derived from the chain key, so a checkpoint can never pass for a link. */
function checkpointKey(key: Buffer): Buffer {
  return createHmac('sm3', key).update('csd audit checkpoint v1').digest();
}

function macOf(key: Buffer, c: Omit<Checkpoint, 'mac'>): string {
  return auditHmac(checkpointKey(key), canonicalJson({ version: c.version, seq: c.seq, hash: c.hash, at: c.at }));
}

export async function writeCheckpoint(dir: string, key: Buffer, head: { seq: number; hash: string }, at = new Date()): Promise<string> {
  await mkdir(dir, { recursive: true });
  const body: Omit<Checkpoint, 'mac'> = { version: 1, seq: head.seq, hash: head.hash, at: at.toISOString() };
  const checkpoint: Checkpoint = { ...body, mac: macOf(key, body) };
  const file = `${PREFIX}${String(head.seq).padStart(16, '0')}-${body.at.replace(/[-:.]/g, '')}.json`;
  const handle = await open(join(dir, file), 'wx', 0o444);
  try {
    await handle.writeFile(`${JSON.stringify(checkpoint)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return file;
}

export interface LatestCheckpoint {
  checkpoint: (CheckpointClaim & { at: string }) | null;
  /** Files that fail their signature (forged or edited), newer than the valid one. */
  rejected: string[];
}

/** The checkpoint with the highest sequence number whose signature holds. */
export async function latestCheckpoint(dir: string, key: Buffer): Promise<LatestCheckpoint> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoint: null, rejected: [] };
    throw error;
  }
  const rejected: string[] = [];
  for (const file of names.filter((n) => n.startsWith(PREFIX)).sort().reverse()) {
    const named = NAME.exec(file);
    let c: Checkpoint | undefined;
    try {
      c = JSON.parse(await readFile(join(dir, file), 'utf8')) as Checkpoint;
    } catch {
      c = undefined;
    }
    const valid =
      named && c && c.version === 1 && Number.isSafeInteger(c.seq) && c.seq === Number(named[1]) && typeof c.hash === 'string' && typeof c.at === 'string' && c.mac === macOf(key, c);
    if (valid) return { checkpoint: { seq: c!.seq, hash: c!.hash, at: c!.at, file }, rejected };
    rejected.push(file);
    if (rejected.length >= 50) break;
  }
  return { checkpoint: null, rejected };
}

import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latestCheckpoint, writeCheckpoint } from './audit-checkpoints';

const key = Buffer.from('3c'.repeat(32), 'hex');

describe('audit checkpoints', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'csd-checkpoints-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds none in an empty or missing folder', async () => {
    expect(await latestCheckpoint(join(dir, 'nothing'), key)).toEqual({ checkpoint: null, rejected: [] });
  });

  it('writes read-only files once and answers the one with the highest sequence number', async () => {
    await writeCheckpoint(dir, key, { seq: 9, hash: 'b'.repeat(64) }, new Date('2026-01-01T00:00:00Z'));
    const file = await writeCheckpoint(dir, key, { seq: 12, hash: 'a'.repeat(64) }, new Date('2026-01-01T00:01:00Z'));
    await writeCheckpoint(dir, key, { seq: 10, hash: 'c'.repeat(64) }, new Date('2026-01-01T00:02:00Z'));
    expect(await latestCheckpoint(dir, key)).toEqual({ checkpoint: { seq: 12, hash: 'a'.repeat(64), at: '2026-01-01T00:01:00.000Z', file }, rejected: [] });
    expect(readdirSync(dir)).toHaveLength(3);
    await expect(writeCheckpoint(dir, key, { seq: 12, hash: 'a'.repeat(64) }, new Date('2026-01-01T00:01:00Z'))).rejects.toThrow(/EEXIST/);
  });

  it('rejects a forged or edited checkpoint and falls back to the latest valid one', async () => {
    await writeCheckpoint(dir, key, { seq: 5, hash: 'a'.repeat(64) }, new Date('2026-01-01T00:00:00Z'));
    const edited = await writeCheckpoint(dir, key, { seq: 8, hash: 'b'.repeat(64) }, new Date('2026-01-01T00:01:00Z'));
    const path = join(dir, edited);
    chmodSync(path, 0o644);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"b', '"c'));
    // Signed with another key: as a database superuser without the key would have to.
    await writeCheckpoint(dir, Buffer.alloc(32, 1), { seq: 20, hash: 'd'.repeat(64) });
    const found = await latestCheckpoint(dir, key);
    expect(found.checkpoint?.seq).toBe(5);
    expect(found.rejected).toHaveLength(2);
  });
});

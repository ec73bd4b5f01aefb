import { ChainHead, ChainLink, ChainWalk, CheckpointClaim } from './audit-chain-walk';
import { auditEventHash, AuditEventFields, GENESIS_HASH } from './audit-hash';

const key = Buffer.from('5a'.repeat(32), 'hex');
const wrongKey = Buffer.from('a5'.repeat(32), 'hex');

function event(i: number): AuditEventFields {
  return {
    occurredAt: new Date(Date.UTC(2026, 2, 1, 8, 0, i)),
    actorId: `u${i % 3}`,
    actorRole: 'agent',
    actorZone: 'huangpu',
    action: i % 2 ? 'case.accept' : 'case.file',
    entityType: 'case',
    entityId: `c${i}`,
    before: i % 2 ? { status: 'submitted' } : null,
    after: { status: i % 2 ? 'accepted' : 'submitted', n: i },
    ip: '10.0.0.1',
    userAgent: 'jest',
    requestId: `r${i}`,
  };
}

/** Links 1..n hashed with `k`, each pointing at the one before. */
function relink(events: AuditEventFields[], k = key, from: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }): ChainLink[] {
  let prevHash = from.hash;
  return events.map((e, i) => {
    const seq = from.seq + i + 1;
    const hash = auditEventHash({ ...e, seq, prevHash }, k);
    const link = { seq, eventId: String(seq), prevHash, hash, event: e };
    prevHash = hash;
    return link;
  });
}

const N = 10;
const intact = () => relink(Array.from({ length: N }, (_, i) => event(i + 1)));
const headOf = (links: ChainLink[]): ChainHead => ({ seq: links[links.length - 1].seq, hash: links[links.length - 1].hash });

function walk(links: ChainLink[], head: ChainHead | null, checkpoint: CheckpointClaim | null = null) {
  const w = new ChainWalk(key, checkpoint);
  links.forEach((l) => w.add(l));
  const last = w.finish(head);
  return { problems: w.problems.map((p) => ({ reason: p.reason, seq: p.seq, ...(p.toSeq ? { toSeq: p.toSeq } : {}) })), count: w.problemCount, checked: w.checked, last, first: w.first };
}

describe('ChainWalk', () => {
  it('passes an intact chain that meets its head and checkpoint', () => {
    const links = intact();
    const r = walk(links, headOf(links), { seq: 7, hash: links[6].hash, file: 'cp7' });
    expect(r).toMatchObject({ problems: [], count: 0, checked: N, last: headOf(links) });
  });

  it('edit: names the edited event only; the links after it still verify against each other', () => {
    const links = intact();
    links[2] = { ...links[2], event: { ...links[2].event!, after: { status: 'forged' } } };
    links[7] = { ...links[7], event: { ...links[7].event!, actorId: 'someone-else' } };
    expect(walk(links, headOf(links)).problems).toEqual([
      { reason: 'hash_mismatch', seq: 3 },
      { reason: 'hash_mismatch', seq: 8 },
    ]);
  });

  it('edit and re-hash the rest without the key: every re-hashed link fails', () => {
    const links = intact();
    const events = links.map((l) => l.event!);
    events[3] = { ...events[3], after: { status: 'forged' } };
    const forged = [...links.slice(0, 3), ...relink(events.slice(3), wrongKey, { seq: 3, hash: links[2].hash })];
    const r = walk(forged, headOf(forged));
    expect(r.problems).toEqual([4, 5, 6, 7, 8, 9, 10].map((seq) => ({ reason: 'hash_mismatch', seq })));
    expect(r.first).toEqual({ id: '4', seq: 4, reason: 'hash_mismatch' });
  });

  it('delete: names the missing sequence numbers, not the successor, and goes on checking', () => {
    const links = intact();
    const cut = [...links.slice(0, 3), ...links.slice(4, 5), ...links.slice(7)];
    cut[cut.length - 1] = { ...cut[cut.length - 1], event: { ...cut[cut.length - 1].event!, entityId: 'x' } };
    expect(walk(cut, headOf(links)).problems).toEqual([
      { reason: 'missing', seq: 4 },
      { reason: 'missing', seq: 6, toSeq: 7 },
      { reason: 'hash_mismatch', seq: 10 },
    ]);
  });

  it('an event row deleted under its link is named too', () => {
    const links = intact();
    links[4] = { ...links[4], event: null };
    expect(walk(links, headOf(links)).problems).toEqual([{ reason: 'event_missing', seq: 5 }]);
  });

  it('insert: a forged link in the middle (later ones renumbered) breaks the chain there', () => {
    const links = intact();
    const forgedLink: ChainLink = { seq: 4, eventId: '99', prevHash: links[2].hash, hash: 'e'.repeat(64), event: event(99) };
    const shifted = links.slice(3).map((l) => ({ ...l, seq: l.seq + 1 }));
    const r = walk([...links.slice(0, 3), forgedLink, ...shifted], { seq: 11, hash: shifted[shifted.length - 1].hash });
    expect(r.problems.slice(0, 3)).toEqual([
      { reason: 'hash_mismatch', seq: 4 },
      { reason: 'chain_broken', seq: 5 },
      { reason: 'hash_mismatch', seq: 5 },
    ]);
    // Renumbered links fail their own hash (the sequence number is hashed).
    expect(r.problems.filter((p) => p.reason === 'hash_mismatch').map((p) => p.seq)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('insert at the end without the key fails its hash', () => {
    const links = intact();
    const extra = relink([event(50)], wrongKey, headOf(links));
    expect(walk([...links, ...extra], headOf(extra)).problems).toEqual([{ reason: 'hash_mismatch', seq: 11 }]);
  });

  it('reorder: two events swapped fail their hashes; two links swapped also break the chain', () => {
    const links = intact();
    const swappedEvents = links.map((l) => ({ ...l }));
    [swappedEvents[3].event, swappedEvents[4].event] = [links[4].event, links[3].event];
    expect(walk(swappedEvents, headOf(links)).problems).toEqual([
      { reason: 'hash_mismatch', seq: 4 },
      { reason: 'hash_mismatch', seq: 5 },
    ]);
    const swappedLinks = [...links.slice(0, 3), { ...links[4], seq: 4 }, { ...links[3], seq: 5 }, ...links.slice(5)];
    const reasons = walk(swappedLinks, headOf(links)).problems;
    expect(reasons).toEqual(
      expect.arrayContaining([
        { reason: 'chain_broken', seq: 4 },
        { reason: 'hash_mismatch', seq: 4 },
        { reason: 'chain_broken', seq: 5 },
        { reason: 'hash_mismatch', seq: 5 },
        { reason: 'chain_broken', seq: 6 },
      ]),
    );
  });

  it('truncate: a cut tail is found through the head row', () => {
    const links = intact();
    expect(walk(links.slice(0, 7), headOf(links)).problems).toEqual([{ reason: 'tail_missing', seq: 8, toSeq: 10 }]);
  });

  it('truncate and move the head back: found through the signed checkpoint', () => {
    const links = intact();
    const short = links.slice(0, 7);
    expect(walk(short, headOf(short)).problems).toEqual([]);
    const checkpoint = { seq: 9, hash: links[8].hash, file: 'cp9' };
    expect(walk(short, headOf(short), checkpoint).problems).toEqual([{ reason: 'checkpoint_missing', seq: 8, toSeq: 9 }]);
  });

  it('a chain that no longer holds the checkpointed link is reported', () => {
    const links = intact();
    expect(walk(links, headOf(links), { seq: 5, hash: 'd'.repeat(64), file: 'cp5' }).problems).toEqual([{ reason: 'checkpoint_mismatch', seq: 5 }]);
  });

  it('a head that disagrees with the last link, or lags behind it, is reported', () => {
    const links = intact();
    expect(walk(links, { seq: 10, hash: 'c'.repeat(64) }).problems).toEqual([{ reason: 'head_mismatch', seq: 10 }]);
    expect(walk(links, { seq: 8, hash: links[7].hash }).problems).toEqual([{ reason: 'head_behind', seq: 8 }]);
  });
});

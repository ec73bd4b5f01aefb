import { LiveSessionCache } from './live-session-cache';
import type { SessionClaims } from './sessions.repository';

const claims = (over: Partial<SessionClaims> = {}): SessionClaims => ({
  userId: 'u1',
  familyId: 'f1',
  role: 'agent',
  zoneId: 'huangpu',
  authorityId: null,
  ...over,
});

function setup(ttlMs = 60_000, max = 1_000) {
  let clock = 1_000_000;
  const cache = new LiveSessionCache(ttlMs, max, () => clock);
  cache.opened();
  /** A check that found the session live, remembered as SessionsRepository.isLive does. */
  const checked = (c: SessionClaims) => cache.remember(c, cache.ticket());
  return { cache, checked, tick: (ms: number) => (clock += ms) };
}

describe('LiveSessionCache', () => {
  it('remembers a live session for its TTL only', () => {
    const { cache, checked, tick } = setup(60_000);
    checked(claims());
    expect(cache.has(claims())).toBe(true);
    tick(59_999);
    expect(cache.has(claims())).toBe(true);
    tick(1);
    expect(cache.has(claims())).toBe(false);
  });

  it('keys on every claim: another family, role, zone or authority is not remembered', () => {
    const { cache, checked } = setup();
    checked(claims());
    expect(cache.has(claims({ familyId: 'f2' }))).toBe(false);
    expect(cache.has(claims({ role: 'supervisor' }))).toBe(false);
    expect(cache.has(claims({ zoneId: 'yangpu' }))).toBe(false);
    expect(cache.has(claims({ zoneId: null }))).toBe(false);
    expect(cache.has(claims({ authorityId: 'huangpu-cac' }))).toBe(false);
    expect(cache.has(claims({ userId: 'u2' }))).toBe(false);
  });

  it('forgets every session of an account when the database notifies a change, and only that account', () => {
    const { cache, checked } = setup();
    checked(claims());
    checked(claims({ familyId: 'f2' }));
    checked(claims({ userId: 'u2', familyId: 'f9' }));
    cache.changed('u1');
    expect(cache.has(claims())).toBe(false);
    expect(cache.has(claims({ familyId: 'f2' }))).toBe(false);
    expect(cache.has(claims({ userId: 'u2', familyId: 'f9' }))).toBe(true);
  });

  it('does not keep an answer whose query ran while a change was notified', () => {
    const { cache } = setup();
    const ticket = cache.ticket();
    cache.changed('u1'); // the revoke commits while the check's query is in flight
    cache.remember(claims(), ticket);
    expect(cache.has(claims())).toBe(false);
  });

  it('remembers nothing while notifications do not arrive, and starts empty when they do again', () => {
    const { cache, checked } = setup();
    checked(claims());
    cache.closed();
    expect(cache.has(claims())).toBe(false);
    checked(claims());
    expect(cache.has(claims())).toBe(false);
    cache.opened();
    expect(cache.has(claims())).toBe(false);
    checked(claims());
    expect(cache.has(claims())).toBe(true);
  });

  it('a process that never listened remembers nothing', () => {
    const cache = new LiveSessionCache(60_000, 10);
    cache.remember(claims(), cache.ticket());
    expect(cache.has(claims())).toBe(false);
  });

  it('a TTL of 0 remembers nothing', () => {
    const { cache, checked } = setup(0);
    checked(claims());
    expect(cache.has(claims())).toBe(false);
  });

  it('starts again from nothing when full', () => {
    const { cache, checked } = setup(60_000, 2);
    checked(claims({ userId: 'a' }));
    checked(claims({ userId: 'b' }));
    checked(claims({ userId: 'b' })); // the same session again takes no new place
    expect(cache.has(claims({ userId: 'a' }))).toBe(true);
    checked(claims({ userId: 'c' }));
    expect(cache.has(claims({ userId: 'a' }))).toBe(false);
    expect(cache.has(claims({ userId: 'b' }))).toBe(false);
    checked(claims({ userId: 'c' }));
    expect(cache.has(claims({ userId: 'c' }))).toBe(true);
  });
});

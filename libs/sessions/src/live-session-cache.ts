import type { SessionClaims } from './sessions.repository';

/**
 * The positive answers of the session check, in one process. It remembers only while the
 * database's change notifications reach this process (`opened`), and forgets an account when one
 * names it: a logout, a revoked family, a disabled account or a changed role, zone or authority
 * (the triggers of migration 1764518000000).
 *
 * A check takes a `ticket` before it asks the database and may `remember` its answer only with an
 * unchanged ticket, so a change notified while the query ran is never overwritten by the answer it
 * made stale. (SessionChanges makes a remembered answer wait for the notifications already sent.)
 */
export class LiveSessionCache {
  /** userId → claims key → expiry (ms since epoch). */
  private readonly accounts = new Map<string, Map<string, number>>();
  private entries = 0;
  private generation = 0;
  private listening = false;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when a check of these claims answered "live" within the TTL and nothing has changed since. */
  has(claims: SessionClaims): boolean {
    const expiry = this.accounts.get(claims.userId)?.get(keyOf(claims));
    return expiry !== undefined && expiry > this.now();
  }

  ticket(): number {
    return this.generation;
  }

  /** Keeps a "live" answer, unless anything changed since the ticket was taken. */
  remember(claims: SessionClaims, ticket: number): void {
    if (!this.listening || this.ttlMs <= 0 || ticket !== this.generation) return;
    const key = keyOf(claims);
    const expiry = this.now() + this.ttlMs;
    const known = this.accounts.get(claims.userId);
    if (known?.has(key)) {
      known.set(key, expiry);
      return;
    }
    if (this.entries >= this.maxEntries) this.clear();
    const sessions = this.accounts.get(claims.userId) ?? new Map<string, number>();
    sessions.set(key, expiry);
    this.accounts.set(claims.userId, sessions);
    this.entries++;
  }

  /** The database says the account's sessions or standing changed (committed). */
  changed(userId: string): void {
    this.generation++;
    this.entries -= this.accounts.get(userId)?.size ?? 0;
    this.accounts.delete(userId);
  }

  /** Notifications reach this process (again): start from nothing, as changes may have been missed. */
  opened(): void {
    this.clear();
    this.listening = true;
  }

  /** Notifications no longer reach this process: every check goes to the database. */
  closed(): void {
    this.clear();
    this.listening = false;
  }

  private clear(): void {
    this.generation++;
    this.accounts.clear();
    this.entries = 0;
  }
}

const keyOf = (c: SessionClaims) => `${c.familyId}|${c.role}|${c.zoneId ?? ''}|${c.authorityId ?? ''}`;

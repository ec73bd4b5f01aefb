import { Injectable, Module } from '@nestjs/common';
import { Tx } from '@app/database';

export interface AgentRow {
  id: string;
  displayName: string;
  zoneId: string;
  skills: string[];
  lastAssignedAt: Date | null;
}

/**
 * The read-only view of accounts (migration ReadViews1764492000000) that other modules' SQL may
 * join for a person's name, role, placement and masked or encrypted phone, instead of `users`.
 * Columns: id, role, status, zone_id, authority_id, display_name, phone_masked, phone_cipher, phone_hash.
 */
export const USER_DIRECTORY_VIEW = 'user_directory';

export interface Contact {
  displayName: string;
  phoneMasked: string | null;
}

/** Which zones a query covers: some, or every zone (a city-wide supervisor). */
export type ZoneSelection = readonly string[] | 'all';

/**
 * What other modules may know about accounts — names, roles, placements, the contact fields —
 * without reading `users` themselves. Inside a transaction it reads through that transaction.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly txHost: Tx) {}

  async displayNames(ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    if (!unique.length) return new Map();
    const rows: { id: string; display_name: string }[] = await this.txHost.tx.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [unique]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** Accounts whose display name contains `text` (a pick-list), by name. */
  async searchByName(text: string, limit: number): Promise<{ id: string; displayName: string; role: string | null }[]> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: { id: string; display_name: string; role: string | null }[] = await this.txHost.tx.query(
      `SELECT id, display_name, role FROM users WHERE display_name ILIKE $1 ORDER BY display_name, id LIMIT $2`,
      [pattern, limit],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role }));
  }

  async displayName(id: string | null | undefined): Promise<string | undefined> {
    return id ? (await this.displayNames([id])).get(id) : undefined;
  }

  /** An active staff account (agent, supervisor, authority officer), e.g. one sent on a visit. */
  async activeStaff(id: string): Promise<{ id: string; displayName: string; zoneId: string | null } | undefined> {
    const [row] = await this.txHost.tx.query(
      `SELECT id, display_name AS "displayName", zone_id AS "zoneId" FROM users WHERE id = $1 AND role IN ('agent', 'supervisor', 'cac_officer') AND status = 'active'`,
      [id],
    );
    return row;
  }

  async maskedPhone(id: string): Promise<string | null> {
    const [row] = await this.txHost.tx.query(`SELECT phone_masked FROM users WHERE id = $1`, [id]);
    return row?.phone_masked ?? null;
  }

  /** The name and masked phone of one account, in one statement (a case's creator on its page). */
  async contact(id: string): Promise<Contact | undefined> {
    return (await this.contacts([id])).get(id);
  }

  /** Names and masked phones of some accounts in one statement (a case's creator and assignee). */
  async contacts(ids: readonly (string | null | undefined)[]): Promise<Map<string, Contact>> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    if (!unique.length) return new Map();
    const rows: { id: string; display_name: string; phone_masked: string | null }[] = await this.txHost.tx.query(
      `SELECT id, display_name, phone_masked FROM users WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.id, { displayName: r.display_name, phoneMasked: r.phone_masked ?? null }]));
  }

  async byPhoneHash(phoneHash: string): Promise<{ id: string; role: string; displayName: string; phoneMasked: string | null } | undefined> {
    const [row] = await this.txHost.tx.query(`SELECT id, role, display_name, phone_masked FROM users WHERE phone_hash = $1`, [phoneHash]);
    return row ? { id: row.id, role: row.role, displayName: row.display_name, phoneMasked: row.phone_masked ?? null } : undefined;
  }

  /** A creator account without a password (no hash can match ''): claimed later by registering the phone. */
  async createUnclaimedCreator(fields: { phoneCipher: string; phoneHash: string; phoneMasked: string; displayName: string }): Promise<string> {
    const [row] = await this.txHost.tx.query(
      `INSERT INTO users (role, phone_cipher, phone_hash, phone_masked, display_name, password_hash) VALUES ('creator', $1, $2, $3, $4, '') RETURNING id`,
      [fields.phoneCipher, fields.phoneHash, fields.phoneMasked, fields.displayName],
    );
    return row.id;
  }

  /** Active agents of the zones, optionally only those with `skill`, by zone and name. */
  async activeAgents(zones: ZoneSelection, skill?: string): Promise<AgentRow[]> {
    if (zones !== 'all' && !zones.length) return [];
    const rows: { id: string; display_name: string; zone_id: string; skills: string[]; last_assigned_at: Date | null }[] = await this.txHost.tx.query(
      `SELECT id, display_name, zone_id, skills, last_assigned_at FROM users
       WHERE role = 'agent' AND status = 'active' AND ($1::text[] IS NULL OR zone_id = ANY($1::text[])) AND ($2::text IS NULL OR $2 = ANY(skills))
       ORDER BY zone_id, display_name`,
      [zones === 'all' ? null : zones, skill ?? null],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, zoneId: r.zone_id, skills: r.skills, lastAssignedAt: r.last_assigned_at }));
  }

  async isActiveAgentOf(userId: string, zoneId: string): Promise<boolean> {
    const [row] = await this.txHost.tx.query(`SELECT 1 FROM users WHERE id = $1 AND role = 'agent' AND zone_id = $2 AND status = 'active'`, [userId, zoneId]);
    return !!row;
  }

  /** Remembers when an agent was last given a case (round-robin among equally loaded agents). */
  async markAssigned(userId: string, at: Date): Promise<void> {
    await this.txHost.tx.query(`UPDATE users SET last_assigned_at = $2 WHERE id = $1`, [userId, at]);
  }

  /** Active supervisors of the zone, and the city-wide ones (zone_id NULL). */
  async supervisorsOf(zoneId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(
      `SELECT id FROM users WHERE role = 'supervisor' AND status = 'active' AND (zone_id = $1 OR zone_id IS NULL) ORDER BY id`,
      [zoneId],
    );
    return rows.map((r) => r.id);
  }

  /** Active city-wide supervisors (no zone). */
  async citySupervisors(): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM users WHERE role = 'supervisor' AND status = 'active' AND zone_id IS NULL ORDER BY id`);
    return rows.map((r) => r.id);
  }

  async officersOf(authorityId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM users WHERE role = 'cac_officer' AND status = 'active' AND authority_id = $1 ORDER BY id`, [authorityId]);
    return rows.map((r) => r.id);
  }

  /** The encrypted phone of each of these users that is active. */
  async activePhones(ids: readonly string[]): Promise<Map<string, string | null>> {
    const rows: { id: string; phone_cipher: string | null }[] = await this.txHost.tx.query(`SELECT id, phone_cipher FROM users WHERE id = ANY($1::uuid[]) AND status = 'active'`, [ids]);
    return new Map(rows.map((r) => [r.id, r.phone_cipher]));
  }
}

/** The directory on its own, for modules that must not depend on account administration. */
@Module({ providers: [UserDirectory], exports: [UserDirectory] })
export class UserDirectoryModule {}

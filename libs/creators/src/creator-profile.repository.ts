import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

export interface ProfileRow {
  user_id: string;
  display_name: string;
  phone_masked: string | null;
  real_name_masked: string | null;
  id_card_masked: string | null;
  platform_accounts: unknown[] | null;
  studio: string | null;
  mcn: string | null;
  verified_at: Date | null;
}

/** The columns of `creator_profiles` a creator's edit may set (null clears one). */
export interface ProfileChanges {
  real_name_cipher?: string;
  real_name_masked?: string;
  id_card_cipher?: string;
  id_card_hash?: string;
  id_card_masked?: string;
  verified_at?: null;
  verified_by?: null;
  platform_accounts?: string;
  studio?: string | null;
  mcn?: string | null;
}

const CHANGEABLE: readonly (keyof ProfileChanges)[] = [
  'real_name_cipher',
  'real_name_masked',
  'id_card_cipher',
  'id_card_hash',
  'id_card_masked',
  'verified_at',
  'verified_by',
  'platform_accounts',
  'studio',
  'mcn',
];

/** `creator_profiles`, read with the creator's account row (a creator is a `users` row with the role). */
@Injectable()
export class CreatorProfileRepository {
  constructor(private readonly txHost: Tx) {}

  /** The profile as shown (masked values only); undefined when the user is not a creator. */
  async view(userId: string): Promise<ProfileRow | undefined> {
    const [row]: ProfileRow[] = await this.txHost.tx.query(
      `SELECT u.id AS user_id, u.display_name, u.phone_masked, p.real_name_masked, p.id_card_masked, p.platform_accounts, p.studio, p.mcn, p.verified_at
       FROM users u LEFT JOIN creator_profiles p ON p.user_id = u.id WHERE u.id = $1 AND u.role = 'creator'`,
      [userId],
    );
    return row;
  }

  /** Writes the changed columns (creating the profile row on first use) and moves the version on. */
  async update(userId: string, changes: ProfileChanges): Promise<void> {
    const m = this.txHost.tx;
    await m.query(`INSERT INTO creator_profiles (user_id) VALUES ($1) ON CONFLICT DO NOTHING`, [userId]);
    const params: unknown[] = [userId];
    const sets = CHANGEABLE.filter((column) => column in changes).map((column) => {
      params.push(changes[column]);
      return `${column} = $${params.length}`;
    });
    sets.push('updated_at = now()', 'version = version + 1');
    await m.query(`UPDATE creator_profiles SET ${sets.join(', ')} WHERE user_id = $1`, params);
  }

  /** The encrypted identity: phone, real name and ID number. */
  async identity(userId: string): Promise<{ phone_cipher: string | null; real_name_cipher: string | null; id_card_cipher: string | null } | undefined> {
    const [row] = await this.txHost.tx.query(
      `SELECT u.phone_cipher, p.real_name_cipher, p.id_card_cipher FROM users u LEFT JOIN creator_profiles p ON p.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    return row;
  }

  /** Whether the profile holds a real name and an ID number, with the row locked for the verification. */
  async lockForVerification(userId: string): Promise<boolean> {
    const [profile] = await this.txHost.tx.query(`SELECT id_card_cipher, real_name_cipher FROM creator_profiles WHERE user_id = $1 FOR UPDATE`, [userId]);
    return !!profile?.id_card_cipher && !!profile?.real_name_cipher;
  }

  async markVerified(userId: string, by: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE creator_profiles SET verified_at = now(), verified_by = $2, version = version + 1 WHERE user_id = $1`, [userId, by]);
  }
}

import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import { DEFAULT_PASSWORD_POLICY, PasswordPolicy } from './password-policy';

/** The password and lockout policy, kept in `settings` under `security_policy` and edited by secadmin. */
@Injectable()
export class SecurityPolicyRepository {
  constructor(private readonly txHost: Tx) {}

  async get(): Promise<PasswordPolicy> {
    const [row] = await this.txHost.tx.query(`SELECT value FROM settings WHERE key = 'security_policy'`);
    return { ...DEFAULT_PASSWORD_POLICY, ...(row?.value ?? {}) };
  }

  async set(policy: PasswordPolicy, actorId: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('security_policy', $1, now(), $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [JSON.stringify(policy), actorId],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_PASSWORD_POLICY, PasswordPolicy } from './password-policy';

/** The password and lockout policy, kept in `settings` and editable by secadmin. */
@Injectable()
export class SecurityPolicyService {
  constructor(private readonly dataSource: DataSource) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<PasswordPolicy> {
    const [row] = await manager.query(`SELECT value FROM settings WHERE key = 'security_policy'`);
    return { ...DEFAULT_PASSWORD_POLICY, ...(row?.value ?? {}) };
  }

  async set(manager: EntityManager, policy: PasswordPolicy, actorId: string): Promise<void> {
    await manager.query(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('security_policy', $1, now(), $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [JSON.stringify(policy), actorId],
    );
  }
}

import { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditChainService } from '@app/audit';
import type { AuditVerification } from '@app/contracts';
import { Role } from '@app/common';
import { PiiCipher, maskPhone } from '@app/pii';
import { hashPassword } from '@app/users';
import { createApiApp } from '../../apps/api/src/bootstrap';

export const PASSWORD = 'Test@2026pw';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  role: Role;
  login: string;
  zoneId: string | null;
  authorityId: string | null;
  token: string;
  refreshToken: string;
}

/** The real api, as production builds it, against the run's fresh database and Redis. */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly db: DataSource,
  ) {}

  /** `env` overrides configuration for this app only (read while the app is built). */
  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const app = await createApiApp();
      await app.init();
      return new TestApp(app, app.get(DataSource));
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  /** A fresh account per test (no shared fixtures), logged in. Creators get a random phone. */
  async user(role: Role, placement: { zoneId?: string | null; authorityId?: string | null; skills?: string[] } = {}): Promise<TestUser> {
    const pii = this.app.get(PiiCipher);
    const zoneId = placement.zoneId !== undefined ? placement.zoneId : role === 'agent' || role === 'supervisor' ? 'huangpu' : null;
    const authorityId = placement.authorityId ?? (role === 'cac_officer' ? 'cac_huangpu' : null);
    const isCreator = role === 'creator';
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const login = isCreator ? phone : `t.${role}.${randomUUID().slice(0, 8)}`;
    const [row] = await this.db.query(
      `INSERT INTO users (role, zone_id, authority_id, username, phone_cipher, phone_hash, phone_masked, display_name, password_hash, skills)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        role,
        zoneId,
        authorityId,
        isCreator ? null : login,
        isCreator ? pii.encrypt(phone) : null,
        isCreator ? pii.searchKey(phone) : null,
        isCreator ? maskPhone(phone) : null,
        `测试${role}`,
        await (passwordHash ??= hashPassword(PASSWORD)),
        placement.skills ?? ['starlight', 'shield', 'compliance', 'legislation'],
      ],
    );
    // Each test user logs in from an address of its own, as real users do (rate limits are per address).
    const res = await this.http.post('/api/v1/auth/login').set('X-Forwarded-For', randomAddress()).send({ username: login, password: PASSWORD }).expect(200);
    return { id: row.id, role, login, zoneId, authorityId, token: res.body.accessToken, refreshToken: res.body.refreshToken };
  }

  /** The SMS code last sent to `phone` (registration or password reset), unsealed as the SMS delivery does (the outbox holds it encrypted). */
  async registrationCode(phone: string, template: 'registration_code' | 'password_reset_code' = 'registration_code'): Promise<string> {
    const pii = this.app.get(PiiCipher);
    const rows: { payload: { sealed: string }; recipient_cipher: string }[] = await this.db.query(
      `SELECT payload, recipient_cipher FROM notification_outbox WHERE template = $1 ORDER BY id DESC LIMIT 50`,
      [template],
    );
    const row = rows.find((r) => pii.decrypt(r.recipient_cipher) === phone);
    if (!row) throw new Error(`no registration code for ${phone}`);
    return (JSON.parse(pii.decrypt(row.payload.sealed)) as { code: string }).code;
  }

  /** Links every committed audit event (as the worker would) and verifies the chain, as GET /audit/verify does. */
  verifyAudit(): Promise<AuditVerification> {
    return this.app.get(AuditChainService).verify();
  }

  async count(table: string): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  }
}

export const randomAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

export const bearer = (user: { token: string }) => ({ Authorization: `Bearer ${user.token}` });

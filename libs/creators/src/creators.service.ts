import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, NotFoundError, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseRepository } from '@app/cases';
import { isValidIdCard, maskIdCard, PiiCipher } from '@app/pii';
import { UpdateCreatorProfileDto } from './creator-profile.dto';

interface ProfileRow {
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

/** `张小喵` → `张**` */
const maskName = (name: string) => `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;

/**
 * The creator profile used by intake. Real name and ID number are optional until a case needs
 * them, stored encrypted, shown masked; a full read is for desk staff only and is audited.
 */
@Injectable()
export class CreatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
  ) {}

  async own(actor: Actor) {
    return this.view(this.dataSource.manager, actor.userId);
  }

  async update(actor: Actor, meta: RequestMeta, dto: UpdateCreatorProfileDto) {
    if (dto.idCardNumber && !isValidIdCard(dto.idCardNumber)) {
      throw new ValidationError([{ field: 'idCardNumber', message: '身份证号校验位不正确，请核对' }]);
    }
    return this.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO creator_profiles (user_id) VALUES ($1) ON CONFLICT DO NOTHING`, [actor.userId]);
      const sets: string[] = [];
      const params: unknown[] = [actor.userId];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (dto.realName !== undefined) {
        set('real_name_cipher', this.pii.encrypt(dto.realName));
        set('real_name_masked', maskName(dto.realName));
      }
      if (dto.idCardNumber !== undefined) {
        set('id_card_cipher', this.pii.encrypt(dto.idCardNumber));
        set('id_card_hash', this.pii.searchKey(dto.idCardNumber));
        set('id_card_masked', maskIdCard(dto.idCardNumber));
      }
      // A changed identity must be checked again at the desk.
      if (dto.realName !== undefined || dto.idCardNumber !== undefined) {
        set('verified_at', null);
        set('verified_by', null);
      }
      if (dto.platformAccounts !== undefined) set('platform_accounts', JSON.stringify(dto.platformAccounts));
      if (dto.studio !== undefined) set('studio', dto.studio || null);
      if (dto.mcn !== undefined) set('mcn', dto.mcn || null);
      sets.push('updated_at = now()', 'version = version + 1');
      await m.query(`UPDATE creator_profiles SET ${sets.join(', ')} WHERE user_id = $1`, params);
      const after = await this.view(m, actor.userId);
      await this.audit.record(m, { actor, meta, action: 'creator_profile.update', entityType: 'creator_profile', entityId: actor.userId, after: { fields: Object.keys(dto) } });
      return after;
    });
  }

  /** Staff see the profile of a creator whose case they can see. */
  async forStaff(actor: Actor, creatorId: string) {
    await this.checkStaffReach(actor, creatorId);
    return this.view(this.dataSource.manager, creatorId);
  }

  /** The unmasked identity, for checking documents at the desk; every read is audited. */
  async identity(actor: Actor, meta: RequestMeta, creatorId: string) {
    await this.checkStaffReach(actor, creatorId);
    return this.dataSource.transaction(async (m) => {
      const [row] = await m.query(
        `SELECT u.phone_cipher, p.real_name_cipher, p.id_card_cipher FROM users u LEFT JOIN creator_profiles p ON p.user_id = u.id WHERE u.id = $1`,
        [creatorId],
      );
      await this.audit.record(m, { actor, meta, action: 'pii.read', entityType: 'creator_profile', entityId: creatorId, after: { fields: ['phone', 'realName', 'idCardNumber'] } });
      const open = (value: string | null) => (value ? this.pii.decrypt(value) : null);
      return { phone: open(row.phone_cipher), realName: open(row.real_name_cipher), idCardNumber: open(row.id_card_cipher) };
    });
  }

  async verify(actor: Actor, meta: RequestMeta, creatorId: string) {
    await this.checkStaffReach(actor, creatorId);
    return this.dataSource.transaction(async (m) => {
      const [profile] = await m.query(`SELECT id_card_cipher, real_name_cipher FROM creator_profiles WHERE user_id = $1 FOR UPDATE`, [creatorId]);
      if (!profile?.id_card_cipher || !profile?.real_name_cipher) {
        throw new ValidationError([{ field: 'idCardNumber', message: '创作者尚未填写真实姓名和身份证号，无法核验' }]);
      }
      await m.query(`UPDATE creator_profiles SET verified_at = now(), verified_by = $2, version = version + 1 WHERE user_id = $1`, [creatorId, actor.userId]);
      await this.audit.record(m, { actor, meta, action: 'creator_profile.verify', entityType: 'creator_profile', entityId: creatorId });
      return this.view(m, creatorId);
    });
  }

  private async checkStaffReach(actor: Actor, creatorId: string): Promise<void> {
    const reachable = await this.cases.visibleTo(actor).andWhere('c.creator_id = :creatorId', { creatorId }).getExists();
    if (!reachable) throw new NotFoundError('creator', creatorId);
  }

  private async view(m: EntityManager, userId: string) {
    const [row]: ProfileRow[] = await m.query(
      `SELECT u.id AS user_id, u.display_name, u.phone_masked, p.real_name_masked, p.id_card_masked, p.platform_accounts, p.studio, p.mcn, p.verified_at
       FROM users u LEFT JOIN creator_profiles p ON p.user_id = u.id WHERE u.id = $1 AND u.role = 'creator'`,
      [userId],
    );
    if (!row) throw new NotFoundError('creator', userId);
    return {
      userId: row.user_id,
      displayName: row.display_name,
      phone: row.phone_masked,
      realName: row.real_name_masked,
      idCardNumber: row.id_card_masked,
      platformAccounts: row.platform_accounts ?? [],
      studio: row.studio,
      mcn: row.mcn,
      verified: !!row.verified_at,
      verifiedAt: row.verified_at,
    };
  }
}

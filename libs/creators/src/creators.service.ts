import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CaseRepository } from '@app/cases';
import { Transactional } from '@app/database';
import { isValidIdCard, maskIdCard, PiiCipher } from '@app/pii';
import { UpdateCreatorProfileDto } from './creator-profile.dto';
import { CreatorProfileRepository, ProfileChanges } from './creator-profile.repository';
import { CreatorError, CreatorErrorCode } from './creators.errors';

/** `张小喵` → `张**` */
const maskName = (name: string) => `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;

const notFound = (id: string) => new CreatorError(CreatorErrorCode.NotFound, `未找到记录（${id}）`);

/**
 * The creator profile used by intake. Real name and ID number are optional until a case needs
 * them, stored encrypted, shown masked; a full read is for desk staff only and is audited.
 */
@Injectable()
export class CreatorsService {
  constructor(
    private readonly profiles: CreatorProfileRepository,
    private readonly cases: CaseRepository,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
  ) {}

  async own(actor: Actor) {
    return this.view(actor.userId);
  }

  async update(actor: Actor, meta: RequestMeta, dto: UpdateCreatorProfileDto) {
    if (dto.idCardNumber && !isValidIdCard(dto.idCardNumber)) {
      throw new ValidationError([{ field: 'idCardNumber', message: '身份证号校验位不正确，请核对' }]);
    }
    return this.save(actor, meta, dto);
  }

  @Transactional()
  private async save(actor: Actor, meta: RequestMeta, dto: UpdateCreatorProfileDto) {
    const changes: ProfileChanges = {};
    if (dto.realName !== undefined) {
      changes.real_name_cipher = this.pii.encrypt(dto.realName);
      changes.real_name_masked = maskName(dto.realName);
    }
    if (dto.idCardNumber !== undefined) {
      changes.id_card_cipher = this.pii.encrypt(dto.idCardNumber);
      changes.id_card_hash = this.pii.searchKey(dto.idCardNumber);
      changes.id_card_masked = maskIdCard(dto.idCardNumber);
    }
    // A changed identity must be checked again at the desk.
    if (dto.realName !== undefined || dto.idCardNumber !== undefined) {
      changes.verified_at = null;
      changes.verified_by = null;
    }
    if (dto.platformAccounts !== undefined) changes.platform_accounts = JSON.stringify(dto.platformAccounts);
    if (dto.studio !== undefined) changes.studio = dto.studio || null;
    if (dto.mcn !== undefined) changes.mcn = dto.mcn || null;
    await this.profiles.update(actor.userId, changes);
    const after = await this.view(actor.userId);
    await this.audit.record({ actor, meta, action: 'creator_profile.update', entityType: 'creator_profile', entityId: actor.userId, after: { fields: Object.keys(dto) } });
    return after;
  }

  /** Staff see the profile of a creator whose case they can see. */
  async forStaff(actor: Actor, creatorId: string) {
    await this.checkStaffReach(actor, creatorId);
    return this.view(creatorId);
  }

  /** The unmasked identity, for checking documents at the desk; every read is audited. */
  async identity(actor: Actor, meta: RequestMeta, creatorId: string) {
    await this.checkStaffReach(actor, creatorId);
    return this.readIdentity(actor, meta, creatorId);
  }

  @Transactional()
  private async readIdentity(actor: Actor, meta: RequestMeta, creatorId: string) {
    const row = await this.profiles.identity(creatorId);
    await this.audit.record({ actor, meta, action: 'pii.read', entityType: 'creator_profile', entityId: creatorId, after: { fields: ['phone', 'realName', 'idCardNumber'] } });
    const open = (value: string | null | undefined) => (value ? this.pii.decrypt(value) : null);
    return { phone: open(row?.phone_cipher), realName: open(row?.real_name_cipher), idCardNumber: open(row?.id_card_cipher) };
  }

  async verify(actor: Actor, meta: RequestMeta, creatorId: string) {
    await this.checkStaffReach(actor, creatorId);
    return this.markVerified(actor, meta, creatorId);
  }

  @Transactional()
  private async markVerified(actor: Actor, meta: RequestMeta, creatorId: string) {
    if (!(await this.profiles.lockForVerification(creatorId))) {
      throw new ValidationError([{ field: 'idCardNumber', message: '创作者尚未填写真实姓名和身份证号，无法核验' }]);
    }
    await this.profiles.markVerified(creatorId, actor.userId);
    await this.audit.record({ actor, meta, action: 'creator_profile.verify', entityType: 'creator_profile', entityId: creatorId });
    return this.view(creatorId);
  }

  private async checkStaffReach(actor: Actor, creatorId: string): Promise<void> {
    const reachable = await this.cases.visibleTo(actor).andWhere('c.creator_id = :creatorId', { creatorId }).getExists();
    if (!reachable) throw notFound(creatorId);
  }

  private async view(userId: string) {
    const row = await this.profiles.view(userId);
    if (!row) throw notFound(userId);
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

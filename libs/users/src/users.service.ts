import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ADMIN_ROLES, AppError, NotFoundError, RequestMeta, Role, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { Tx } from '@app/database';
import { ZonesService } from '@app/zones';
import { hashPassword } from './password-hasher';
import { passwordProblem, PasswordPolicy } from './password-policy';
import { SecurityPolicyService } from './security-policy.service';
import { toUserView, User, UserView } from './user.entity';
import { CreateAccountDto, GrantRoleDto, ListAccountsQuery, UpdateAccountDto } from './users.dto';

/**
 * Account administration under 三员分立: sysadmin creates and edits accounts, secadmin grants
 * roles and unlocks, and neither can do the other's part. An account holds at most one role.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly txHost: Tx,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly policy: SecurityPolicyService,
  ) {}

  async list(query: ListAccountsQuery): Promise<UserView[]> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').orderBy('u.created_at', 'DESC').limit(500);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.zoneId) qb.andWhere('u.zone_id = :zoneId', { zoneId: query.zoneId });
    if (query.q) qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const users = await qb.getMany();
    return users.map((u) => toUserView(u));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    const user = await manager.findOne(User, { where: { id } });
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  async create(actor: Actor, meta: RequestMeta, dto: CreateAccountDto): Promise<UserView> {
    await this.checkPlacement(dto.zoneId ?? null, dto.authorityId ?? null);
    return this.dataSource.transaction(async (m) => {
      const problem = passwordProblem(dto.password, await this.policy.get(m));
      if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
      const taken = await m.count(User, { where: { username: dto.username } });
      if (taken) throw new AppError('conflict', 'user.username_taken', `登录名 ${dto.username} 已被使用`);
      const user = m.create(User, {
        username: dto.username,
        displayName: dto.displayName,
        passwordHash: await hashPassword(dto.password),
        zoneId: dto.zoneId ?? null,
        authorityId: dto.authorityId ?? null,
        skills: dto.skills ?? [],
        role: null,
      });
      await m.save(user);
      const view = toUserView(user);
      await this.audit.record(m, { actor, meta, action: 'user.create', entityType: 'user', entityId: user.id, after: view });
      return view;
    });
  }

  async update(actor: Actor, meta: RequestMeta, id: string, dto: UpdateAccountDto): Promise<UserView> {
    // In the transaction context, so that the zone look-up below reads through this transaction.
    return this.txHost.withTransaction(async () => {
      const m = this.txHost.tx;
      const user = await this.get(id, m);
      if (dto.status === 'disabled' && user.id === actor.userId) {
        throw new AppError('forbidden', 'user.self_disable', '不能停用自己的账号');
      }
      const before = toUserView(user);
      const zoneId = dto.zoneId !== undefined ? dto.zoneId : user.zoneId;
      const authorityId = dto.authorityId !== undefined ? dto.authorityId : user.authorityId;
      await this.checkPlacement(zoneId, authorityId);
      this.checkRoleFits(user.role, zoneId, authorityId);
      Object.assign(user, {
        displayName: dto.displayName ?? user.displayName,
        zoneId,
        authorityId,
        skills: dto.skills ?? user.skills,
        status: dto.status ?? user.status,
      });
      await m.save(user);
      const after = toUserView(user);
      await this.audit.record(m, { actor, meta, action: 'user.update', entityType: 'user', entityId: id, before, after });
      if (dto.status === 'disabled') await this.revokeSessions(m, id);
      return after;
    });
  }

  async grantRole(actor: Actor, meta: RequestMeta, id: string, dto: GrantRoleDto): Promise<UserView> {
    if (id === actor.userId) throw new AppError('forbidden', 'user.self_grant', '不能修改自己的角色');
    return this.dataSource.transaction(async (m) => {
      const user = await this.get(id, m);
      const before = toUserView(user);
      const role = dto.role;
      if (role === 'creator' || user.role === 'creator') {
        throw new AppError('conflict', 'user.creator_role', '创作者账号由本人注册，不能与工作人员角色互相转换');
      }
      if (role && user.role && ADMIN_ROLES.includes(user.role) && role !== user.role) {
        throw new AppError('conflict', 'user.admin_role_held', '该账号已持有管理员角色，须先收回后再授予其他角色（三员分立）');
      }
      this.checkRoleFits(role, user.zoneId, user.authorityId);
      user.role = role;
      await m.save(user);
      const after = toUserView(user);
      await this.audit.record(m, { actor, meta, action: role ? 'user.grant_role' : 'user.revoke_role', entityType: 'user', entityId: id, before, after });
      await this.revokeSessions(m, id);
      return after;
    });
  }

  async unlock(actor: Actor, meta: RequestMeta, id: string): Promise<UserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await this.get(id, m);
      const before = toUserView(user);
      user.lockedUntil = null;
      user.failedLoginCount = 0;
      await m.save(user);
      const after = toUserView(user);
      await this.audit.record(m, { actor, meta, action: 'user.unlock', entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  async getPolicy(): Promise<PasswordPolicy> {
    return this.policy.get();
  }

  async setPolicy(actor: Actor, meta: RequestMeta, policy: PasswordPolicy): Promise<PasswordPolicy> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.policy.get(m);
      await this.policy.set(m, policy, actor.userId);
      await this.audit.record(m, { actor, meta, action: 'security_policy.update', entityType: 'settings', entityId: 'security_policy', before, after: policy });
      return policy;
    });
  }

  private async revokeSessions(m: EntityManager, userId: string): Promise<void> {
    await m.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }

  private async checkPlacement(zoneId: string | null, authorityId: string | null): Promise<void> {
    if (zoneId && !(await this.zones.zone(zoneId))) throw new ValidationError([{ field: 'zoneId', message: `集聚区 ${zoneId} 不存在` }]);
    if (authorityId && !(await this.zones.authority(authorityId))) {
      throw new ValidationError([{ field: 'authorityId', message: `网信部门 ${authorityId} 不存在` }]);
    }
  }

  private checkRoleFits(role: Role | null, zoneId: string | null, authorityId: string | null): void {
    if (role === 'agent' && !zoneId) throw new AppError('conflict', 'user.agent_needs_zone', '服务台专员必须属于一个集聚区，请先由系统管理员设置集聚区');
    if (role === 'cac_officer' && !authorityId) {
      throw new AppError('conflict', 'user.officer_needs_authority', '网信办联络员必须属于一个网信部门，请先由系统管理员设置');
    }
  }
}

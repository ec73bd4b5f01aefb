import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, EntityManager, Not } from 'typeorm';
import { Actor, ADMIN_ROLES, AppError, NotFoundError, RequestMeta, Role, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { SessionsRepository } from '@app/sessions';
import { ZonesService } from '@app/zones';
import { LoginLockout } from './login-lockout';
import { PasswordHasher } from './password-hasher';
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
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly policy: SecurityPolicyService,
    private readonly sessions: SessionsRepository,
    private readonly lockout: LoginLockout,
    private readonly hasher: PasswordHasher,
  ) {}

  async list(query: ListAccountsQuery): Promise<UserView[]> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').orderBy('u.created_at', 'DESC').limit(500);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.zoneId) qb.andWhere('u.zone_id = :zoneId', { zoneId: query.zoneId });
    if (query.q) qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const users = await qb.getMany();
    return users.map((u) => toUserView(u));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  async create(actor: Actor, meta: RequestMeta, dto: CreateAccountDto): Promise<UserView> {
    await this.checkPlacement(this.dataSource.manager, dto.zoneId ?? null, dto.authorityId ?? null);
    return this.dataSource.transaction(async (m) => {
      const problem = passwordProblem(dto.password, await this.policy.get(m), { login: dto.username, displayName: dto.displayName });
      if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
      const taken = await m.count(User, { where: { username: dto.username } });
      if (taken) throw new AppError('conflict', 'user.username_taken', `登录名 ${dto.username} 已被使用`);
      const user = m.create(User, {
        username: dto.username,
        displayName: dto.displayName,
        passwordHash: await this.hasher.hash(dto.password),
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
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockForChange(m, id);
      this.checkNotAnotherAdmin(actor, user);
      if (dto.status === 'disabled' && user.id === actor.userId) {
        throw new AppError('forbidden', 'user.self_disable', '不能停用自己的账号');
      }
      const before = toUserView(user);
      const next = {
        displayName: dto.displayName ?? user.displayName,
        zoneId: dto.zoneId !== undefined ? dto.zoneId : user.zoneId,
        authorityId: dto.authorityId !== undefined ? dto.authorityId : user.authorityId,
        skills: dto.skills ?? user.skills,
        status: dto.status ?? user.status,
      };
      // A request that changes nothing writes nothing: no audit event, no new version.
      if (isDeepStrictEqual(next, { displayName: user.displayName, zoneId: user.zoneId, authorityId: user.authorityId, skills: user.skills, status: user.status })) {
        return before;
      }
      await this.checkPlacement(m, next.zoneId, next.authorityId);
      this.checkRoleFits(user.role, next.zoneId, next.authorityId);
      const disabling = next.status === 'disabled' && user.status !== 'disabled';
      if (disabling && user.role) await this.checkNotLastActiveAdmin(m, user.role, user.id);
      Object.assign(user, next);
      await m.save(user);
      const after = toUserView(user);
      await this.audit.record(m, { actor, meta, action: 'user.update', entityType: 'user', entityId: id, before, after });
      // A new zone or authority ends the old tokens by itself (they carry the old one); a
      // disabled account loses every session.
      if (disabling) await this.sessions.revokeUser(m, id);
      return after;
    });
  }

  /** Grants a role (required); granting the role the account already holds changes and writes nothing. */
  async grantRole(actor: Actor, meta: RequestMeta, id: string, dto: GrantRoleDto): Promise<UserView> {
    if (id === actor.userId) throw new AppError('forbidden', 'user.self_grant', '不能修改自己的角色');
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockForChange(m, id);
      this.checkNotAnotherAdmin(actor, user);
      const role = dto.role;
      if (role === user.role) return toUserView(user);
      if (role === 'creator' || user.role === 'creator') {
        throw new AppError('conflict', 'user.creator_role', '创作者账号由本人注册，不能与工作人员角色互相转换');
      }
      if (user.role && ADMIN_ROLES.includes(user.role)) {
        throw new AppError('conflict', 'user.admin_role_held', '该账号已持有管理员角色，须先收回后再授予其他角色（三员分立）');
      }
      this.checkRoleFits(role, user.zoneId, user.authorityId);
      return this.changeRole(m, actor, meta, user, role);
    });
  }

  /** Takes the role away (its own request); an account without a role is left as it is. */
  async revokeRole(actor: Actor, meta: RequestMeta, id: string): Promise<UserView> {
    if (id === actor.userId) throw new AppError('forbidden', 'user.self_grant', '不能修改自己的角色');
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockForChange(m, id);
      this.checkNotAnotherAdmin(actor, user);
      if (!user.role) return toUserView(user);
      if (user.role === 'creator') throw new AppError('conflict', 'user.creator_role', '创作者账号由本人注册，不能收回其角色');
      if (user.status === 'active') await this.checkNotLastActiveAdmin(m, user.role, user.id);
      return this.changeRole(m, actor, meta, user, null);
    });
  }

  async unlock(actor: Actor, meta: RequestMeta, id: string): Promise<UserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await this.get(id, m);
      const before = toUserView(user);
      user.lockedUntil = null;
      user.failedLoginCount = 0;
      await m.save(user);
      // The locks themselves live in Redis, one per address the account was attacked from.
      const login = user.username ?? (await m.getRepository(User).createQueryBuilder('u').addSelect('u.phoneHash').where('u.id = :id', { id }).getOneOrFail()).phoneHash;
      if (login) await this.lockout.unlock(login);
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

  private async changeRole(m: EntityManager, actor: Actor, meta: RequestMeta, user: User, role: Role | null): Promise<UserView> {
    const before = toUserView(user);
    user.role = role;
    await m.save(user);
    const after = toUserView(user);
    await this.audit.record(m, { actor, meta, action: role ? 'user.grant_role' : 'user.revoke_role', entityType: 'user', entityId: user.id, before, after });
    await this.sessions.revokeUser(m, user.id);
    return after;
  }

  /** 三员分立: an admin never changes the account of another admin role (sysadmin cannot disable the auditor). */
  private checkNotAnotherAdmin(actor: Actor, user: User): void {
    if (user.role && ADMIN_ROLES.includes(user.role) && user.role !== actor.role) {
      throw new AppError('forbidden', 'user.other_admin', '不能修改其他管理员角色（系统管理员、安全管理员、审计管理员）的账号（三员分立）');
    }
  }

  /**
   * Locks the account for a change. The accounts of an admin role are locked all together, in
   * one order, so that two admins disabling each other at once queue one behind the other (and
   * the second sees the first's change) instead of deadlocking or both winning.
   */
  private async lockForChange(m: EntityManager, id: string): Promise<User> {
    const current = await this.get(id, m);
    if (current.role && ADMIN_ROLES.includes(current.role)) {
      await m.find(User, { select: { id: true }, where: { role: current.role }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    }
    return this.get(id, m, { lock: true });
  }

  /** The last active account of an admin role is never disabled or stripped of its role (the role's accounts are locked). */
  private async checkNotLastActiveAdmin(m: EntityManager, role: Role, userId: string): Promise<void> {
    if (!ADMIN_ROLES.includes(role)) return;
    const others = await m.count(User, { where: { role, status: 'active', id: Not(userId) } });
    if (others === 0) {
      throw new AppError('conflict', 'user.last_admin', '这是该管理员角色最后一个启用的账号，不能停用或收回（三员分立）');
    }
  }

  private async checkPlacement(m: EntityManager, zoneId: string | null, authorityId: string | null): Promise<void> {
    if (zoneId && !(await this.zones.zone(zoneId, m))) throw new ValidationError([{ field: 'zoneId', message: `集聚区 ${zoneId} 不存在` }]);
    if (authorityId && !(await this.zones.authority(authorityId, m))) {
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

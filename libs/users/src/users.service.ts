import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { Actor, ADMIN_ROLES, RequestMeta, Role, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { SessionsRepository } from '@app/sessions';
import { ZonesService } from '@app/zones';
import { LoginLockout } from './login-lockout';
import { PasswordHasher } from './password-hasher';
import { passwordProblem, PasswordPolicy } from './password-policy';
import { SecurityPolicyRepository } from './security-policy.repository';
import { toUserView, User, UserView } from './user.entity';
import { CreateAccountDto, GrantRoleDto, ListAccountsQuery, UpdateAccountDto } from './users.dto';
import { UserError, UserErrorCode } from './users.errors';
import { UsersRepository } from './users.repository';

/**
 * Account administration under 三员分立: sysadmin creates and edits accounts, secadmin grants
 * roles and unlocks, and neither can do the other's part. An account holds at most one role, no
 * admin changes the account of another admin role, and the last active account of an admin role
 * stays. A request that changes nothing writes nothing.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly zones: ZonesService,
    private readonly policy: SecurityPolicyRepository,
    private readonly sessions: SessionsRepository,
    private readonly lockout: LoginLockout,
    private readonly hasher: PasswordHasher,
  ) {}

  async list(query: ListAccountsQuery): Promise<UserView[]> {
    return (await this.users.list(query)).map((u) => toUserView(u));
  }

  @Transactional()
  async create(actor: Actor, meta: RequestMeta, dto: CreateAccountDto): Promise<UserView> {
    await this.checkPlacement(dto.zoneId ?? null, dto.authorityId ?? null);
    const problem = passwordProblem(dto.password, await this.policy.get(), { login: dto.username, displayName: dto.displayName });
    if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
    if (await this.users.usernameTaken(dto.username)) throw new UserError(UserErrorCode.UsernameTaken, `登录名 ${dto.username} 已被使用`);
    const user = await this.users.insert({
      username: dto.username,
      displayName: dto.displayName,
      passwordHash: await this.hasher.hash(dto.password),
      zoneId: dto.zoneId ?? null,
      authorityId: dto.authorityId ?? null,
      skills: dto.skills ?? [],
      role: null,
    });
    const view = toUserView(user);
    await this.audit.record({ actor, meta, action: 'user.create', entityType: 'user', entityId: user.id, after: view });
    return view;
  }

  @Transactional()
  async update(actor: Actor, meta: RequestMeta, id: string, dto: UpdateAccountDto): Promise<UserView> {
    const user = await this.lockForChange(id);
    this.checkNotAnotherAdmin(actor, user);
    if (dto.status === 'disabled' && user.id === actor.userId) throw new UserError(UserErrorCode.SelfDisable, '不能停用自己的账号');
    const before = toUserView(user);
    const current = { displayName: user.displayName, zoneId: user.zoneId, authorityId: user.authorityId, skills: user.skills, status: user.status };
    const next = {
      displayName: dto.displayName ?? user.displayName,
      zoneId: dto.zoneId !== undefined ? dto.zoneId : user.zoneId,
      authorityId: dto.authorityId !== undefined ? dto.authorityId : user.authorityId,
      skills: dto.skills ?? user.skills,
      status: dto.status ?? user.status,
    };
    if (isDeepStrictEqual(next, current)) return before;
    await this.checkPlacement(next.zoneId, next.authorityId);
    this.checkRoleFits(user.role, next.zoneId, next.authorityId);
    const disabling = next.status === 'disabled' && user.status !== 'disabled';
    if (disabling && user.role) await this.checkNotLastActiveAdmin(user.role, user.id);
    Object.assign(user, next);
    await this.users.save(user);
    const after = toUserView(user);
    await this.audit.record({ actor, meta, action: 'user.update', entityType: 'user', entityId: id, before, after });
    // A new zone or authority ends the old access tokens by itself (they name the old one, see
    // SessionsRepository.isLive); a disabled account loses every session.
    if (disabling) await this.sessions.revokeUser(id);
    return after;
  }

  /** Grants a role (required); granting the role the account already holds changes and writes nothing. */
  @Transactional()
  async grantRole(actor: Actor, meta: RequestMeta, id: string, dto: GrantRoleDto): Promise<UserView> {
    if (id === actor.userId) throw new UserError(UserErrorCode.SelfGrant, '不能修改自己的角色');
    const user = await this.lockForChange(id);
    this.checkNotAnotherAdmin(actor, user);
    if (dto.role === user.role) return toUserView(user);
    if (dto.role === 'creator' || user.role === 'creator') {
      throw new UserError(UserErrorCode.CreatorRole, '创作者账号由本人注册，不能与工作人员角色互相转换');
    }
    if (user.role && ADMIN_ROLES.includes(user.role)) {
      throw new UserError(UserErrorCode.AdminRoleHeld, '该账号已持有管理员角色，须先收回后再授予其他角色（三员分立）');
    }
    this.checkRoleFits(dto.role, user.zoneId, user.authorityId);
    return this.changeRole(actor, meta, user, dto.role);
  }

  /** Takes the role away (its own request); an account without a role is left as it is. */
  @Transactional()
  async revokeRole(actor: Actor, meta: RequestMeta, id: string): Promise<UserView> {
    if (id === actor.userId) throw new UserError(UserErrorCode.SelfGrant, '不能修改自己的角色');
    const user = await this.lockForChange(id);
    this.checkNotAnotherAdmin(actor, user);
    if (!user.role) return toUserView(user);
    if (user.role === 'creator') throw new UserError(UserErrorCode.CreatorRole, '创作者账号由本人注册，不能收回其角色');
    if (user.status === 'active') await this.checkNotLastActiveAdmin(user.role, user.id);
    return this.changeRole(actor, meta, user, null);
  }

  @Transactional()
  async unlock(actor: Actor, meta: RequestMeta, id: string): Promise<UserView> {
    const user = await this.get(id);
    const before = toUserView(user);
    user.lockedUntil = null;
    user.failedLoginCount = 0;
    await this.users.save(user);
    // The locks themselves live in Redis, one per address the account was attacked from.
    const login = user.username ?? (await this.users.phoneHashOf(id));
    if (login) await this.lockout.unlock(login);
    const after = toUserView(user);
    await this.audit.record({ actor, meta, action: 'user.unlock', entityType: 'user', entityId: id, before, after });
    return after;
  }

  getPolicy(): Promise<PasswordPolicy> {
    return this.policy.get();
  }

  @Transactional()
  async setPolicy(actor: Actor, meta: RequestMeta, policy: PasswordPolicy): Promise<PasswordPolicy> {
    const before = await this.policy.get();
    await this.policy.set(policy, actor.userId);
    await this.audit.record({ actor, meta, action: 'security_policy.update', entityType: 'settings', entityId: 'security_policy', before, after: policy });
    return policy;
  }

  private async get(id: string, options: { lock?: boolean } = {}): Promise<User> {
    const user = await this.users.findById(id, options);
    if (!user) throw new UserError(UserErrorCode.NotFound, `未找到记录（${id}）`);
    return user;
  }

  private async changeRole(actor: Actor, meta: RequestMeta, user: User, role: Role | null): Promise<UserView> {
    const before = toUserView(user);
    user.role = role;
    await this.users.save(user);
    const after = toUserView(user);
    await this.audit.record({ actor, meta, action: role ? 'user.grant_role' : 'user.revoke_role', entityType: 'user', entityId: user.id, before, after });
    await this.sessions.revokeUser(user.id);
    return after;
  }

  /**
   * Locks the account for a change. The accounts of an admin role are locked all together, in
   * one order, so that two admins disabling each other at once queue one behind the other (and
   * the second sees the first's change) instead of deadlocking or both winning.
   */
  private async lockForChange(id: string): Promise<User> {
    const current = await this.get(id);
    if (current.role && ADMIN_ROLES.includes(current.role)) await this.users.lockRole(current.role);
    return this.get(id, { lock: true });
  }

  /** 三员分立: an admin never changes the account of another admin role (sysadmin cannot disable the auditor). */
  private checkNotAnotherAdmin(actor: Actor, user: User): void {
    if (user.role && ADMIN_ROLES.includes(user.role) && user.role !== actor.role) {
      throw new UserError(UserErrorCode.OtherAdmin, '不能修改其他管理员角色（系统管理员、安全管理员、审计管理员）的账号（三员分立）');
    }
  }

  /** The last active account of an admin role is never disabled or stripped of its role (the role's accounts are locked). */
  private async checkNotLastActiveAdmin(role: Role, userId: string): Promise<void> {
    if (ADMIN_ROLES.includes(role) && (await this.users.countActiveWithRole(role, userId)) === 0) {
      throw new UserError(UserErrorCode.LastAdmin, '这是该管理员角色最后一个启用的账号，不能停用或收回（三员分立）');
    }
  }

  private async checkPlacement(zoneId: string | null, authorityId: string | null): Promise<void> {
    if (zoneId && !(await this.zones.zone(zoneId))) throw new ValidationError([{ field: 'zoneId', message: `集聚区 ${zoneId} 不存在` }]);
    if (authorityId && !(await this.zones.authority(authorityId))) {
      throw new ValidationError([{ field: 'authorityId', message: `网信部门 ${authorityId} 不存在` }]);
    }
  }

  private checkRoleFits(role: Role | null, zoneId: string | null, authorityId: string | null): void {
    if (role === 'agent' && !zoneId) throw new UserError(UserErrorCode.AgentNeedsZone, '服务台专员必须属于一个集聚区，请先由系统管理员设置集聚区');
    if (role === 'cac_officer' && !authorityId) {
      throw new UserError(UserErrorCode.OfficerNeedsAuthority, '网信办联络员必须属于一个网信部门，请先由系统管理员设置');
    }
  }
}

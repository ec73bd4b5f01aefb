import type { Actor, Role } from '@app/common';
import type { AuditService } from '@app/audit';
import type { SessionsRepository } from '@app/sessions';
import type { ZonesService } from '@app/zones';
import type { LoginLockout } from './login-lockout';
import type { PasswordHasher } from './password-hasher';
import type { SecurityPolicyRepository } from './security-policy.repository';
import type { User } from './user.entity';
import type { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

// The transaction itself is the repositories' business; here the rules alone.
jest.mock('@app/database', () => ({ Transactional: () => () => undefined }));

const meta = { ip: null, userAgent: null, requestId: null };
const actor = (role: Role, userId = `${role}-actor`): Actor => ({ userId, role, zoneId: null, authorityId: null });
const account = (role: Role | null, extra: Partial<User> = {}): User =>
  ({ id: 'target', role, zoneId: role === 'agent' ? 'huangpu' : null, authorityId: null, username: 'target', displayName: '目标', status: 'active', skills: [], lockedUntil: null, ...extra }) as User;

function setup(target: User, activeOthers = 1) {
  const users = {
    findById: jest.fn(async () => ({ ...target })),
    lockRole: jest.fn(async () => undefined),
    countActiveWithRole: jest.fn(async () => activeOthers),
    save: jest.fn(async (u: User) => u),
  };
  const audit = { record: jest.fn(async () => undefined) };
  const sessions = { revokeUser: jest.fn(async () => undefined) };
  const zones = { zone: jest.fn(async () => ({ id: 'huangpu' })), authority: jest.fn(async () => ({ id: 'cac_huangpu' })) };
  const service = new UsersService(
    users as unknown as UsersRepository,
    audit as unknown as AuditService,
    zones as unknown as ZonesService,
    {} as SecurityPolicyRepository,
    sessions as unknown as SessionsRepository,
    {} as LoginLockout,
    {} as PasswordHasher,
  );
  return { service, users, audit, sessions };
}

describe('UsersService under 三员分立', () => {
  it.each([
    ['sysadmin', 'secadmin'],
    ['sysadmin', 'auditor'],
  ] as const)('%s may not disable or edit the %s', async (by, held) => {
    const { service, users, audit } = setup(account(held));
    await expect(service.update(actor(by), meta, 'target', { status: 'disabled' })).rejects.toMatchObject({ code: 'user.other_admin' });
    await expect(service.update(actor(by), meta, 'target', { displayName: '改名' })).rejects.toMatchObject({ code: 'user.other_admin' });
    expect(users.save).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it.each(['sysadmin', 'auditor'] as const)('secadmin may not grant over or revoke the role of a %s', async (held) => {
    const { service, users } = setup(account(held));
    await expect(service.grantRole(actor('secadmin'), meta, 'target', { role: 'agent' })).rejects.toMatchObject({ code: 'user.other_admin' });
    await expect(service.revokeRole(actor('secadmin'), meta, 'target')).rejects.toMatchObject({ code: 'user.other_admin' });
    expect(users.save).not.toHaveBeenCalled();
  });

  it('locks the accounts of an admin role together before changing one of them', async () => {
    const { service, users } = setup(account('sysadmin'));
    await service.update(actor('sysadmin'), meta, 'target', { status: 'disabled' });
    expect(users.lockRole).toHaveBeenCalledWith('sysadmin');
    expect(users.lockRole.mock.invocationCallOrder[0]).toBeLessThan(users.save.mock.invocationCallOrder[0]);
  });

  it('never disables or strips the last active account of an admin role', async () => {
    const disable = setup(account('sysadmin'), 0);
    await expect(disable.service.update(actor('sysadmin'), meta, 'target', { status: 'disabled' })).rejects.toMatchObject({ code: 'user.last_admin' });
    const revoke = setup(account('secadmin'), 0);
    await expect(revoke.service.revokeRole(actor('secadmin'), meta, 'target')).rejects.toMatchObject({ code: 'user.last_admin' });
    expect(disable.users.save).not.toHaveBeenCalled();
    expect(revoke.users.save).not.toHaveBeenCalled();
    // A disabled admin account is not the "last active" one: its role may go.
    const inactive = setup(account('secadmin', { status: 'disabled' }), 0);
    await inactive.service.revokeRole(actor('secadmin'), meta, 'target');
    expect(inactive.users.save).toHaveBeenCalledWith(expect.objectContaining({ role: null }));
  });

  it('a grant of the role the account already has, or a revoke of no role, writes nothing', async () => {
    const same = setup(account('agent'));
    expect((await same.service.grantRole(actor('secadmin'), meta, 'target', { role: 'agent' })).role).toBe('agent');
    const none = setup(account(null));
    expect((await none.service.revokeRole(actor('secadmin'), meta, 'target')).role).toBeNull();
    for (const { users, audit, sessions } of [same, none]) {
      expect(users.save).not.toHaveBeenCalled();
      expect(audit.record).not.toHaveBeenCalled();
      expect(sessions.revokeUser).not.toHaveBeenCalled();
    }
  });

  it('a change of role is audited and ends the sessions', async () => {
    const { service, audit, sessions } = setup(account('agent'));
    await service.grantRole(actor('secadmin'), meta, 'target', { role: 'supervisor' });
    expect(audit.record).toHaveBeenCalledWith(expect.objectContaining({ action: 'user.grant_role', before: expect.objectContaining({ role: 'agent' }), after: expect.objectContaining({ role: 'supervisor' }) }));
    expect(sessions.revokeUser).toHaveBeenCalledWith('target');
  });

  it('a PATCH that changes nothing writes nothing; moving zones keeps the sessions (the old tokens die by themselves)', async () => {
    const same = setup(account('agent'));
    await same.service.update(actor('sysadmin'), meta, 'target', { zoneId: 'huangpu', status: 'active' });
    expect(same.users.save).not.toHaveBeenCalled();
    expect(same.audit.record).not.toHaveBeenCalled();
    const moved = setup(account('agent'));
    await moved.service.update(actor('sysadmin'), meta, 'target', { zoneId: 'yangpu' });
    expect(moved.users.save).toHaveBeenCalledWith(expect.objectContaining({ zoneId: 'yangpu' }));
    expect(moved.sessions.revokeUser).not.toHaveBeenCalled();
  });

  it('disabling ends every session; nobody disables themselves', async () => {
    const { service, sessions } = setup(account('agent'));
    await service.update(actor('sysadmin'), meta, 'target', { status: 'disabled' });
    expect(sessions.revokeUser).toHaveBeenCalledWith('target');
    const self = setup(account('sysadmin', { id: 'me' }));
    await expect(self.service.update(actor('sysadmin', 'me'), meta, 'me', { status: 'disabled' })).rejects.toMatchObject({ code: 'user.self_disable' });
  });
});

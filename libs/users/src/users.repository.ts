import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { Role } from '@app/common';
import { User } from './user.entity';
import type { ListAccountsQuery } from './users.dto';

/** The `users` table: accounts, their role and placement, and what login needs (the password hash). */
@Injectable()
export class UsersRepository {
  constructor(private readonly txHost: Tx) {}

  private get users() {
    return this.txHost.tx.getRepository(User);
  }

  findById(id: string, options: { lock?: boolean } = {}): Promise<User | null> {
    return this.users.findOne({ where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The account a login names (a staff login name, or a creator's phone by its search key), with its password hash. */
  findForLogin(login: { username: string } | { phoneHash: string }): Promise<User | null> {
    const qb = this.users.createQueryBuilder('u').addSelect('u.passwordHash');
    return 'username' in login ? qb.where('u.username = :v', { v: login.username }).getOne() : qb.where('u.phone_hash = :v', { v: login.phoneHash }).getOne();
  }

  /** The account of a phone number, locked: a walk-in account has an empty password hash until claimed. */
  findByPhoneForUpdate(phoneHash: string): Promise<User | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.phone_hash = :h', { h: phoneHash }).setLock('pessimistic_write').getOne();
  }

  async phoneHashOf(id: string): Promise<string | null> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.phoneHash').where('u.id = :id', { id }).getOne();
    return user?.phoneHash ?? null;
  }

  list(query: ListAccountsQuery): Promise<User[]> {
    const qb = this.users.createQueryBuilder('u').orderBy('u.created_at', 'DESC').limit(500);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.zoneId) qb.andWhere('u.zone_id = :zoneId', { zoneId: query.zoneId });
    if (query.q) qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    return qb.getMany();
  }

  async usernameTaken(username: string): Promise<boolean> {
    return (await this.users.count({ where: { username } })) > 0;
  }

  async insert(fields: Partial<User>): Promise<User> {
    return this.users.save(this.users.create(fields));
  }

  save(user: User): Promise<User> {
    return this.users.save(user);
  }

  /** Locks every account of a role, in one order, so that changes among them queue instead of deadlocking. */
  async lockRole(role: Role): Promise<void> {
    await this.users.find({ select: { id: true }, where: { role }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  async countActiveWithRole(role: Role, exceptId: string): Promise<number> {
    const [{ n }] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM users WHERE role = $1 AND status = 'active' AND id <> $2`, [role, exceptId]);
    return n;
  }

  /** What secadmin's list shows as 已锁定: locked from at least one address, until the latest such lock ends. */
  async markLocked(id: string, until: Date): Promise<void> {
    await this.txHost.tx.query(`UPDATE users SET locked_until = GREATEST(locked_until, $2) WHERE id = $1`, [id, until]);
  }
}

import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR_ID } from '@app/common';
import { Tx } from '@app/database';
import { AuditEventRepository, AuditService } from '@app/audit';
import { maskPhone, PiiCipher } from '@app/pii';
import { DEMO_PASSWORD, hashPassword } from '@app/users';

export { DEMO_PASSWORD };

interface DemoAccount {
  username?: string;
  phone?: string;
  displayName: string;
  role: string;
  zoneId?: string;
  authorityId?: string;
  skills?: string[];
  note: string;
}

const ALL = ['starlight', 'shield', 'compliance', 'legislation'];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { phone: '13800000001', displayName: '阿喵UP主', role: 'creator', note: '创作者（黄浦）' },
  { phone: '13800000002', displayName: '老王说法', role: 'creator', note: '创作者（杨浦）' },
  { phone: '13800000003', displayName: '小鹿Vlog', role: 'creator', note: '创作者（沙龙报名）' },
  { phone: '13800000004', displayName: '科普阿杰', role: 'creator', note: '创作者（沙龙候补）' },
  { phone: '13800000005', displayName: '弄堂摄影师', role: 'creator', note: '创作者（沙龙候补）' },
  { username: 'hp.agent1', displayName: '黄浦·李专员', role: 'agent', zoneId: 'huangpu', skills: ALL, note: '黄浦服务台专员' },
  { username: 'hp.agent2', displayName: '黄浦·陈专员', role: 'agent', zoneId: 'huangpu', skills: ['shield', 'compliance'], note: '黄浦服务台专员' },
  { username: 'hp.supervisor', displayName: '黄浦·周主管', role: 'supervisor', zoneId: 'huangpu', note: '黄浦主管' },
  { username: 'yp.agent1', displayName: '杨浦·赵专员', role: 'agent', zoneId: 'yangpu', skills: ALL, note: '杨浦服务台专员' },
  { username: 'yp.agent2', displayName: '杨浦·孙专员', role: 'agent', zoneId: 'yangpu', skills: ['starlight', 'legislation', 'shield'], note: '杨浦服务台专员' },
  { username: 'yp.supervisor', displayName: '杨浦·吴主管', role: 'supervisor', zoneId: 'yangpu', note: '杨浦主管' },
  { username: 'city.supervisor', displayName: '全市·郑主管', role: 'supervisor', note: '全市主管（两区）' },
  { username: 'cac.huangpu', displayName: '黄浦区委网信办·钱联络员', role: 'cac_officer', authorityId: 'cac_huangpu', note: '黄浦区委网信办' },
  { username: 'cac.yangpu', displayName: '杨浦区委网信办·冯联络员', role: 'cac_officer', authorityId: 'cac_yangpu', note: '杨浦区委网信办' },
  { username: 'cac.city', displayName: '市委网信办·褚联络员', role: 'cac_officer', authorityId: 'cac_city', note: '市委网信办' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin', note: '系统管理员（账号、设置）' },
  { username: 'secadmin', displayName: '安全管理员', role: 'secadmin', note: '安全管理员（授权、解锁、策略）' },
  { username: 'auditor', displayName: '审计管理员', role: 'auditor', note: '审计管理员（审计日志）' },
];

/** Seeds the demo accounts into an empty database; returns false when it already has users. */
export async function seedDemo(dataSource: DataSource, pii: PiiCipher): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (m) => {
    // Outside the application's transaction context: the audit layer is handed this transaction as its host.
    const audit = new AuditService(new AuditEventRepository({ tx: m } as unknown as Tx));
    const [{ count }] = await m.query('SELECT count(*)::int AS count FROM users');
    if (count > 0) return false;
    for (const a of DEMO_ACCOUNTS) {
      const [row] = await m.query(
        `INSERT INTO users (role, zone_id, authority_id, username, phone_cipher, phone_hash, phone_masked, display_name, password_hash, skills)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          a.role,
          a.zoneId ?? null,
          a.authorityId ?? null,
          a.username ?? null,
          a.phone ? pii.encrypt(a.phone) : null,
          a.phone ? pii.searchKey(a.phone) : null,
          a.phone ? maskPhone(a.phone) : null,
          a.displayName,
          passwordHash,
          a.skills ?? [],
        ],
      );
      await audit.record({
        actor: SYSTEM_ACTOR_ID,
        action: 'user.seed',
        entityType: 'user',
        entityId: row.id,
        after: { role: a.role, zoneId: a.zoneId ?? null, authorityId: a.authorityId ?? null, username: a.username ?? null },
      });
    }
    return true;
  });
}

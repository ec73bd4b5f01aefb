import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { Role } from '@app/common';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Null until secadmin grants a role to an account sysadmin created. */
  @Column({ type: 'text', nullable: true }) role: Role | null;
  @Column({ name: 'zone_id', type: 'text', nullable: true }) zoneId: string | null;
  @Column({ name: 'authority_id', type: 'text', nullable: true }) authorityId: string | null;
  /** Login name of staff and admins; creators log in with their phone number. */
  @Column({ type: 'text', nullable: true }) username: string | null;
  @Column({ name: 'phone_cipher', type: 'text', nullable: true, select: false }) phoneCipher: string | null;
  @Column({ name: 'phone_hash', type: 'text', nullable: true, select: false }) phoneHash: string | null;
  @Column({ name: 'phone_masked', type: 'text', nullable: true }) phoneMasked: string | null;
  @Column({ name: 'display_name', type: 'text' }) displayName: string;
  @Column({ name: 'password_hash', type: 'text', select: false }) passwordHash: string;
  @Column({ type: 'text', default: 'active' }) status: 'active' | 'disabled';
  @Column({ name: 'failed_login_count', type: 'int', default: 0 }) failedLoginCount: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  /** Programmes an agent handles; auto-assignment picks among agents with the skill. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) skills: string[];
  /** PIPL: the version of 用户协议 and 隐私政策 the user agreed to, and when (creators, at registration). */
  @Column({ name: 'consent_version', type: 'text', nullable: true }) consentVersion: string | null;
  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true }) consentedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}

/** What the API shows of an account: never hashes, never the full phone number. */
export interface UserView {
  id: string;
  role: Role | null;
  zoneId: string | null;
  authorityId: string | null;
  username: string | null;
  phone: string | null;
  displayName: string;
  status: 'active' | 'disabled';
  locked: boolean;
  skills: string[];
  createdAt: Date;
}

export function toUserView(user: User, now = new Date()): UserView {
  return {
    id: user.id,
    role: user.role,
    zoneId: user.zoneId,
    authorityId: user.authorityId,
    username: user.username,
    phone: user.phoneMasked,
    displayName: user.displayName,
    status: user.status,
    locked: !!user.lockedUntil && user.lockedUntil > now,
    skills: user.skills,
    createdAt: user.createdAt,
  };
}
